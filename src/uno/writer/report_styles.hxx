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

// `fonts`: the installed families, to choose among each style's font candidates. With a `page`,
// the styles of its body size are fitted to it: one line of its grid to a line of text, and the
// character spacing that puts exactly page->chars characters on a line. Only what differs is set.
void ensure_report_styles(const css::uno::Reference<css::text::XTextDocument>& document,
                          const std::vector<std::string>& fonts,
                          existing_styles existing = existing_styles::keep,
                          const page_layout* page = nullptr);

// Word and RTF imports drop "no space between Asian and other text" (w:autoSpaceDE/DN): in a
// document opened from such a file, ReportKit's paragraph styles get it back, without an undo
// step and without marking the document modified.
void restore_typography_after_import(const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace reportkit::office
