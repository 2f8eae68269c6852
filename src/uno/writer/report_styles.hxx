// Creates the report's paragraph, character and list styles in a Writer document when they
// are missing. Existing styles are left exactly as the user made them.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

namespace reportkit::office {

void ensure_report_styles(const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace reportkit::office
