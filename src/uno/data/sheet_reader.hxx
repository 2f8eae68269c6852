// Reading a data sheet into the core's table: CSV files by the core itself; .ods, .xlsx and
// .xls through Calc — live when the sheet is open in this office (unsaved edits included),
// else loaded hidden with macros disabled and closed again.
#pragma once

#include "core/data/table.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace reportkit::office {

table_result read_data_sheet(const css::uno::Reference<css::uno::XComponentContext>& context,
                             const rtl::OUString& url);

} // namespace reportkit::office
