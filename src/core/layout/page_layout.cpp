#include "core/layout/page_layout.hpp"

namespace reportkit {
namespace {

// GB/T 9704-2012 §5.2.1 and §7.5: A4, block 156 × 225 mm, 22 lines of 28 characters in 3号
// (16 pt), page numbers in 4号 (14 pt) 宋体 7 mm below the block, one character in from it.
page_layout make_gbt9704() {
    page_layout p;
    p.width_mm = 210;
    p.height_mm = 297;
    p.top_mm = 37;
    p.left_mm = 28;
    p.right_mm = 26;
    p.bottom_mm = 35;
    p.lines = 22;
    p.chars = 28;
    p.body_pt = 16;
    p.number_pt = 14;
    p.number_prefix = "— ";
    p.number_suffix = " —";
    p.number_gap_mm = 7;
    p.number_inset_chars = 1;
    p.number_font = "宋体;SimSun;AR PL UMing CN;Noto Serif CJK SC";
    p.number_western_font = "Times New Roman;Liberation Serif";
    return p;
}

} // namespace

std::optional<layout_kind> parse_layout(std::string_view s) {
    if (s == "gbt9704") return layout_kind::gbt9704;
    if (s == "none") return layout_kind::none;
    return std::nullopt;
}

const char* to_string(layout_kind k) {
    return k == layout_kind::gbt9704 ? "gbt9704" : "none";
}

const page_layout& gbt9704_page() {
    static const page_layout page = make_gbt9704();
    return page;
}

std::string page_number_text(const page_layout& page, int number) {
    return page.number_prefix + std::to_string(number) + page.number_suffix;
}

page_side page_number_side(int number) {
    return number % 2 == 1 ? page_side::right : page_side::left;
}

} // namespace reportkit
