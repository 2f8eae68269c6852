// The printed page of an official document after GB/T 9704-2012 (党政机关公文格式): paper,
// text block, text grid and page numbers, as figures the Writer glue applies to a page style.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reportkit {

// The layout a library or outline asks for: layout="gbt9704" (the default) or "none".
enum class layout_kind { gbt9704, none };
std::optional<layout_kind> parse_layout(std::string_view s);
const char* to_string(layout_kind k);

// Where a page number stands: odd pages at the right of the block, even pages at the left.
enum class page_side { left, right };

struct page_layout {
    double width_mm = 0, height_mm = 0;                          // the paper
    double top_mm = 0, bottom_mm = 0, left_mm = 0, right_mm = 0; // margins around the text block
    int lines = 0, chars = 0; // the text grid: lines a page, characters a line
    double body_pt = 0;       // the body text size the grid is made for

    double number_pt = 0;                     // page numbers: "— 1 —"
    std::string number_prefix, number_suffix; // around the number: a dash (一字线) and a space
    double number_gap_mm = 0;      // from the bottom of the text block to the top of the number's line
    double number_inset_chars = 0; // from the block's edge, in characters of the grid
    std::string number_font;       // East Asian candidates, best first, separated by ';'
    std::string number_western_font;

    double block_width_mm() const { return width_mm - left_mm - right_mm; }
    double block_height_mm() const { return height_mm - top_mm - bottom_mm; }
    double line_pitch_mm() const { return block_height_mm() / lines; }
    double char_pitch_mm() const { return block_width_mm() / chars; }
    // The space to add after each character of `size_pt` text (negative: closer) so that `chars`
    // of them fill a line.
    double character_spacing_pt(double size_pt) const { return char_pitch_mm() * 72 / 25.4 - size_pt; }
};

// The figures of GB/T 9704-2012.
const page_layout& gbt9704_page();

// A page number as printed: "— 7 —" (em dashes, half-width digits).
std::string page_number_text(const page_layout& page, int number);
page_side page_number_side(int number);

} // namespace reportkit
