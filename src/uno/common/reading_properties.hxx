// How ReportKit opens a file it only reads (a data sheet, a document to check or import): hidden,
// read-only, and nothing in it runs — no macro, no link updated.
#pragma once

#include "uno/common/properties.hxx"

#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>

namespace reportkit::office {

inline css::uno::Sequence<css::beans::PropertyValue> reading_properties() {
    return properties({{"Hidden", css::uno::Any(true)},
                       {"ReadOnly", css::uno::Any(true)},
                       {"MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)},
                       {"UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)}});
}

} // namespace reportkit::office
