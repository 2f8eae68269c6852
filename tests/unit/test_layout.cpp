// The report's styles: GB/T 9704 choices and font selection.
#include "core/layout/report_styles.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

TEST_CASE("the first installed font of a candidate list is chosen, else the first candidate") {
    CHECK(choose_font("仿宋_GB2312;仿宋;Noto Serif CJK SC", {"Noto Serif CJK SC", "仿宋"}) == "仿宋");
    CHECK(choose_font("仿宋_GB2312;仿宋;Noto Serif CJK SC", {"Noto Serif CJK SC"}) == "Noto Serif CJK SC");
    CHECK(choose_font("仿宋_GB2312;仿宋", {}) == "仿宋_GB2312");
    CHECK(choose_font("黑体", {"黑体"}) == "黑体");
}

TEST_CASE("each block kind has its style; headings are numbered and carry their outline level") {
    block heading;
    heading.kind = block_kind::heading;
    heading.level = 2;
    CHECK(paragraph_style(heading) == "报告二级标题");
    CHECK(heading_title_style(2) == "报告二级标题字");
    CHECK(heading_title_style(1).empty());
    block body;
    CHECK(paragraph_style(body) == "报告正文");
    for (const style_spec& s : report_styles()) {
        INFO(s.name);
        CHECK(s.numbered == (s.outline_level > 0));
        if (!s.character) CHECK(s.size_pt > 0);
    }
    REQUIRE(heading_numbering().size() == 4);
    CHECK(heading_numbering()[1].prefix == "（");
    CHECK(heading_numbering()[1].format == number_format::chinese);
}
