// The official page of GB/T 9704-2012: its figures, and what follows from them.
#include "core/layout/closing.hpp"
#include "core/layout/page_layout.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

TEST_CASE(
    "the GB/T 9704 page is A4 with a 156 x 225 mm text block, 37 mm from the top, 28 mm from the left") {
    const page_layout& p = gbt9704_page();
    CHECK(p.width_mm == 210);
    CHECK(p.height_mm == 297);
    CHECK(p.top_mm == 37);
    CHECK(p.left_mm == 28);
    CHECK(p.block_width_mm() == Approx(156));
    CHECK(p.block_height_mm() == Approx(225));
}

TEST_CASE("the text grid holds 22 lines of 28 characters of 3号 (16 pt) text") {
    const page_layout& p = gbt9704_page();
    CHECK(p.lines == 22);
    CHECK(p.chars == 28);
    CHECK(p.body_pt == 16);
    // 28 characters fit the block's width and a 29th does not; likewise 22 lines its height.
    CHECK(p.chars * p.char_pitch_mm() <= p.block_width_mm());
    CHECK((p.chars + 1) * p.char_pitch_mm() > p.block_width_mm());
    CHECK((p.lines + 1) * p.line_pitch_mm() > p.block_height_mm());
    // 16 pt characters set 0.2 pt closer: exactly 28 of them fill a line.
    double spacing = p.character_spacing_pt(p.body_pt);
    CHECK(spacing == Approx(-0.206).margin(0.001));
    CHECK(p.chars * (p.body_pt + spacing) * 25.4 / 72 == Approx(p.block_width_mm()));
    // A line is taller than the 16 pt text on it (in practice about 28-29 pt).
    CHECK(p.line_pitch_mm() / 25.4 * 72 == Approx(29).margin(0.5));
}

TEST_CASE("page numbers are 4号 (14 pt) between dashes, 7 mm below the block, odd right and even left") {
    const page_layout& p = gbt9704_page();
    CHECK(p.number_pt == 14);
    CHECK(p.number_gap_mm == 7);
    CHECK(p.number_inset_chars == 1);
    CHECK(page_number_text(p, 1) == "— 1 —");
    CHECK(page_number_text(p, 12) == "— 12 —");
    CHECK(page_number_side(1) == page_side::right);
    CHECK(page_number_side(2) == page_side::left);
    CHECK(page_number_side(3) == page_side::right);
}

TEST_CASE("a layout is named gbt9704 or none, and nothing else") {
    CHECK(parse_layout("gbt9704") == layout_kind::gbt9704);
    CHECK(parse_layout("none") == layout_kind::none);
    CHECK_FALSE(parse_layout("GBT9704").has_value());
    CHECK_FALSE(parse_layout("").has_value());
    CHECK(std::string(to_string(layout_kind::gbt9704)) == "gbt9704");
    CHECK(std::string(to_string(layout_kind::none)) == "none");
}

TEST_CASE("the closing block: the date four characters in from the right, the issuing body centred over it") {
    run year;
    year.kind = run_kind::field;
    year.text = "report.year";
    run rest;
    rest.text = "年12月28日";
    runs date = {year, rest};
    CHECK(date_text(date, "2025") == "2025年12月28日");
    CHECK(is_official_date("2025年12月28日"));
    CHECK(is_official_date("2026年1月5日"));
    CHECK_FALSE(is_official_date("2026年01月05日"));
    CHECK_FALSE(is_official_date("二〇二六年一月五日"));
    CHECK_FALSE(is_official_date("26年1月5日"));
    // Four half-width digits are two characters, 年 月 日 three, 12 and 28 one each.
    CHECK(printed_width_chars(date) == Approx(7));
    // On a 28-character line the date's centre is 4 + 3.5 characters from the right; a centred
    // issuing body with its left indent at 28 - 15 = 13 characters has its centre there too.
    double indent = issuer_indent_chars(28, 7);
    CHECK(indent == Approx(13));
    CHECK((indent + 28) / 2 == Approx(28 - date_right_indent_chars - 7.0 / 2));
}
