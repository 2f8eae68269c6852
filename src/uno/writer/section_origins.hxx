// Section origins in a Writer document (core/library/origins): each inserted section spans one
// bookmark (RK_S1, RK_S2 …) over its whole paragraphs, and the user-defined property
// ReportKit.Sections holds one record per bookmark. Bookmarks keep their place when the writer
// types inside, before or after them, and .odt and .docx both keep bookmarks and properties. A
// section is read from its bookmark's end, back over its recorded number of paragraphs.
#pragma once

#include "core/library/origins.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <optional>
#include <string>
#include <vector>

namespace reportkit::office {

std::vector<section_origin> recorded_origins(const css::uno::Reference<css::text::XTextDocument>& document);

// Bookmarks each section of `p`, whose last paragraph has just been written up to `end`, and
// records it as coming from `lib`. Call it inside the insertion's undo context.
void mark_sections(const css::uno::Reference<css::text::XTextDocument>& document,
                   const css::uno::Reference<css::text::XTextRange>& end, const plan& p, const library& lib);

// The section's whole paragraphs: as many as recorded, up to the end of its bookmark; null when
// the bookmark is gone.
css::uno::Reference<css::text::XTextRange>
section_range(const css::uno::Reference<css::text::XTextDocument>& document, const section_origin& origin);

// The fingerprint of the section's text now, or nothing when its bookmark is gone.
std::optional<std::string> current_fingerprint(const css::uno::Reference<css::text::XTextDocument>& document,
                                               const section_origin& origin);

// The section's text now as people read it, each field as it shows (core's shown_section_text),
// or nothing when its bookmark is gone.
std::optional<std::string> current_text(const css::uno::Reference<css::text::XTextDocument>& document,
                                        const section_origin& origin);

// Removes a section's bookmark (its text stays, its record is ignored from now on).
void remove_mark(const css::uno::Reference<css::text::XTextDocument>& document, const std::string& mark);

} // namespace reportkit::office
