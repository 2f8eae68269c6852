// What GB/T 9704-2012 asks of a printed page, checked on a page measured from a PDF: where the
// text block is, how many lines and characters it holds, where the page number stands.
#pragma once

#include "pdf_measure.hxx"

#include <optional>

namespace reportkit::test {

// The line that is the page's number ("— 7 —"), if there is exactly one; its number in `number`.
std::optional<pdf_line> page_number_line(const pdf_page& page, int& number);

// The lines of text, without the page number.
std::vector<pdf_line> body_lines(const pdf_page& page);

// Chinese text only (ideographs and full-width punctuation), nothing half-width: a text, a line.
bool is_chinese_text(const std::string& text);
bool is_chinese_line(const pdf_line& line);

// Characters of a line that stand inside the text block of the GB/T page (a full stop or comma
// may hang past its right edge, as Writer and Word let punctuation do).
size_t characters_in_block(const pdf_line& line);

} // namespace reportkit::test
