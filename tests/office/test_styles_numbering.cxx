// What inserted text looks like in Writer: report styles, outline levels, live list numbers.
#include "office_test_env.hxx"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>

#include <catch2/catch.hpp>

using namespace reportkit::test;
using namespace css;
using strings = std::vector<std::string>;

namespace {

uno::Reference<beans::XPropertySet> style_named(const writer_document& doc, const char* family,
                                                const char* name) {
    uno::Reference<style::XStyleFamiliesSupplier> supplier(doc.get(), uno::UNO_QUERY_THROW);
    uno::Reference<container::XNameAccess> styles(supplier->getStyleFamilies()->getByName(ou(family)),
                                                  uno::UNO_QUERY_THROW);
    return uno::Reference<beans::XPropertySet>(styles->getByName(ou(name)), uno::UNO_QUERY_THROW);
}

// The character style of `count` characters from `offset` in a paragraph.
std::string char_style_at(const writer_document& doc, size_t paragraph, int offset) {
    auto range = uno::Reference<text::XTextRange>(doc.paragraph(paragraph), uno::UNO_QUERY_THROW);
    auto cursor = range->getText()->createTextCursorByRange(range->getStart());
    cursor->goRight(static_cast<sal_Int16>(offset), false);
    cursor->goRight(1, true);
    return string_property(uno::Reference<beans::XPropertySet>(cursor, uno::UNO_QUERY_THROW),
                           "CharStyleName");
}

} // namespace

TEST_CASE("an outline's paragraphs get the report styles, outline levels and list labels") {
    auto lib = test_library();
    writer_document doc;
    engine()->insertOutline(doc.get(), nullptr, lib, "report");
    struct expected {
        const char* style;
        int outline_level;
        const char* label;
    };
    std::vector<expected> want = {
        {"报告标题", 0, ""},           {"报告正文", 0, ""},         {"报告一级标题", 1, "一、"},
        {"报告二级标题", 2, "（一）"}, {"报告正文", 0, ""},         {"报告二级标题", 2, "（二）"},
        {"报告正文", 0, ""},           {"报告一级标题", 1, "二、"},
    };
    for (size_t i = 0; i < want.size(); ++i) {
        auto p = doc.paragraph(i);
        INFO("paragraph " << i);
        CHECK(string_property(p, "ParaStyleName") == want[i].style);
        CHECK(int_property(p, "OutlineLevel") == want[i].outline_level);
        CHECK(string_property(p, "ListLabelString") == want[i].label);
    }
    // The run-in title "抓实理论学习。" is in the level's title character style; the body is not.
    CHECK(char_style_at(doc, 3, 0) == "报告二级标题字");
    CHECK(char_style_at(doc, 3, 6) == "报告二级标题字");
    CHECK(char_style_at(doc, 3, 7) != "报告二级标题字");
    auto heading = style_named(doc, "ParagraphStyles", "报告一级标题");
    CHECK(string_property(heading, "NumberingStyleName") == "报告标题编号");
    // An installed 黑体 candidate: Noto Sans CJK SC on a plain Debian with fonts-noto-cjk.
    CHECK_THAT(string_property(heading, "CharFontNameAsian"),
               Catch::Matchers::Equals("黑体") || Catch::Matchers::Equals("SimHei") ||
                   Catch::Matchers::Equals("Noto Sans CJK SC"));
}

TEST_CASE("a run-in level-2 section is one outline paragraph that starts with its title (Navigator)") {
    auto lib = test_library();
    writer_document doc;
    engine()->insertOutline(doc.get(), nullptr, lib, "report");
    // What the Navigator lists under Headings: the paragraphs with an outline level.
    strings headings;
    auto all = doc.paragraphs();
    for (size_t i = 0; i < all.size(); ++i)
        if (int_property(doc.paragraph(i), "OutlineLevel") == 2) headings.push_back(all[i]);
    CHECK(
        headings ==
        strings{
            "（一）抓实理论学习。全年开展专题学习【待填：专题学习次数】次。一是学习有计划。二是研讨有成果。",
            "（二）规范公文办理"});
}

TEST_CASE("a section inserted in the middle renumbers the headings after it") {
    auto lib = test_library();
    writer_document doc;
    engine()->insertOutline(doc.get(), nullptr, lib, "report");
    // After "学习成效持续显现。", the last paragraph of （一）.
    auto after = uno::Reference<text::XTextRange>(doc.paragraph(4), uno::UNO_QUERY_THROW)->getEnd();
    engine()->insertSection(doc.get(), after, lib, "duties.docs");
    auto paragraphs = doc.paragraphs();
    REQUIRE(paragraphs.size() == 11);
    CHECK(paragraphs[5] == "（二）规范公文办理");
    CHECK(paragraphs[7] == "（三）规范公文办理");
    CHECK(paragraphs[9] == "二、存在的问题和不足");
}

TEST_CASE("a section goes at most one level below the heading before it") {
    auto lib = test_library();
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, lib, "problems");
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib, "duties.detail");
    auto paragraphs = doc.paragraphs();
    REQUIRE(paragraphs.size() == 4);
    CHECK(paragraphs[2] == "（一）细化办文流程"); // a level-3 section under 一、 becomes level 2
    CHECK(int_property(doc.paragraph(2), "OutlineLevel") == 2);
}

TEST_CASE("a style the user changed is left as the user made it") {
    auto lib = test_library();
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, lib, "duties.docs");
    auto body = style_named(doc, "ParagraphStyles", "报告正文");
    body->setPropertyValue("CharHeightAsian", uno::Any(12.0f));
    body->setPropertyValue("CharFontNameAsian", uno::Any(ou("宋体")));
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib, "problems");
    float height = 0;
    body->getPropertyValue("CharHeightAsian") >>= height;
    CHECK(height == 12.0f);
    CHECK(string_property(body, "CharFontNameAsian") == "宋体");
    CHECK(string_property(doc.paragraph(3), "ParaStyleName") == "报告正文");
}
