// Creates the report's paragraph, character and list styles in a Writer document when they
// are missing. Existing styles are left as the user made them, except the numbering of
// ReportKit's own list style and heading styles, which is put back when it was changed.
#pragma once

#include "core/layout/page_layout.hpp"

#include <com/sun/star/text/XTextDocument.hpp>

#include <string>
#include <vector>

namespace reportkit::office {

// What happens to report styles the document has already: kept as the user changed them, or
// set back to ReportKit's figures (applying the official layout).
enum class existing_styles { keep, reset };

// `fonts`: the installed families, to choose among each style's font candidates.
void ensure_report_styles(const css::uno::Reference<css::text::XTextDocument>& document,
                          const std::vector<std::string>& fonts,
                          existing_styles existing = existing_styles::keep);

// Sets the character spacing of ReportKit's paragraph styles of the page's body size so that a
// line of the page holds exactly page.chars characters. Only what differs is set.
void fit_report_styles_to_page(const css::uno::Reference<css::text::XTextDocument>& document,
                               const page_layout& page);

// Word and RTF imports drop "no space between Asian and other text" (w:autoSpaceDE/DN): in a
// document opened from such a file, ReportKit's paragraph styles get it back, without an undo
// step and without marking the document modified.
void restore_typography_after_import(const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace reportkit::office
