// How ReportKit opens a file it only reads (a data sheet, a document to check or import): hidden,
// read-only, and nothing in it runs — no macro, no link updated. A document the command changes
// into a copy (update) is opened the same way but editable.
#pragma once

#include "uno/common/properties.hxx"

#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>

namespace reportkit::office {

inline css::uno::Sequence<css::beans::PropertyValue> reading_properties(bool read_only = true) {
    return properties({{"Hidden", css::uno::Any(true)},
                       {"ReadOnly", css::uno::Any(read_only)},
                       {"MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)},
                       {"UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)}});
}

} // namespace reportkit::office
