// The diff people read when a section has a newer version: Chinese compared by characters,
// Latin words and numbers whole, changes grouped into runs, and the Compare dialog's two sides.
#include "core/text/diff.hpp"
#include "core/ui/compare_view.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

std::vector<diff_run> kept(std::string t) {
    return {{change::kept, std::move(t)}};
}

} // namespace

TEST_CASE("equal texts are one kept run, and empty texts none") {
    CHECK(diff_text("全年办理公文", "全年办理公文") == kept("全年办理公文"));
    CHECK(diff_text("", "").empty());
    CHECK(diff_text("", "新增") == std::vector<diff_run>{{change::added, "新增"}});
    CHECK(diff_text("删去", "") == std::vector<diff_run>{{change::removed, "删去"}});
}

TEST_CASE("Chinese text is compared character by character, grouped into runs") {
    // Two characters typed before a phrase: one added run, the rest kept.
    CHECK(diff_text("全年办理公文。", "今年全年办理公文。") ==
          std::vector<diff_run>{{change::added, "今年"}, {change::kept, "全年办理公文。"}});
    // A phrase reworded in the middle: what went comes before what came.
    CHECK(diff_text("全年组织集中学习十二次。", "全年开展专题学习十二次。") ==
          std::vector<diff_run>{{change::kept, "全年"},
                                {change::removed, "组织集中"},
                                {change::added, "开展专题"},
                                {change::kept, "学习十二次。"}});
}

TEST_CASE("a lone kept character between two changes joins them") {
    // Only 的 is shared between the two changes: one replacement reads better than 的 kept alone.
    auto runs = diff_text("甲的乙。", "丙的丁。");
    CHECK(runs == std::vector<diff_run>{
                      {change::removed, "甲的乙"}, {change::added, "丙的丁"}, {change::kept, "。"}});
    // Two shared characters stay kept.
    CHECK(diff_text("甲工作乙", "丙工作丁").size() == 5);
}

TEST_CASE("Latin words and numbers change as a whole") {
    CHECK(diff_text("截至2024年", "截至2025年") == std::vector<diff_run>{{change::kept, "截至"},
                                                                         {change::removed, "2024"},
                                                                         {change::added, "2025"},
                                                                         {change::kept, "年"}});
    CHECK(diff_text("the annual report", "the yearly report") ==
          std::vector<diff_run>{{change::kept, "the "},
                                {change::removed, "annual"},
                                {change::added, "yearly"},
                                {change::kept, " report"}});
}

TEST_CASE("the runs spell both texts, paragraphs and placeholders included") {
    const std::vector<std::pair<std::string, std::string>> pairs{
        {"一、总体情况\n全年完成【待填：收入】万元。", "一、总体情况\n全年实现【待填：收入】万元，增长5%。"},
        {"第一段\n第二段", "第二段\n第一段"},
        {"abc 123 中文", "中文 abc"},
        {"重复重复重复", "重复复重"},
    };
    for (const auto& [before, after] : pairs) {
        auto runs = diff_text(before, after);
        CHECK(text_before(runs) == before);
        CHECK(text_after(runs) == after);
        for (size_t i = 1; i < runs.size(); ++i) // grouped: no two neighbours of one kind
            CHECK(runs[i].kind != runs[i - 1].kind);
    }
}

TEST_CASE("texts too long to compare in detail are shown replaced whole, still spelled right") {
    std::string before(3000, 'a'), after(3000, 'b');
    for (size_t i = 0; i < before.size(); i += 2)
        before[i] = ' ', after[i] = ' '; // 1,500 one-letter words and 1,500 spaces on each side
    auto runs = diff_text("开头" + before + "结尾", "开头" + after + "结尾");
    CHECK(text_before(runs) == "开头" + before + "结尾");
    CHECK(text_after(runs) == "开头" + after + "结尾");
    CHECK(runs.size() == 4);
    CHECK(runs.front() == diff_run{change::kept, "开头 "});
    CHECK(runs.back() == diff_run{change::kept, "结尾"});
}

TEST_CASE("the Compare dialog marks removed text on the document's side and added text on the new side") {
    section_status s;
    s.origin = {"RK_S2", "lib", {1, 0, 0}, "duties.docs", "f"};
    s.title = "规范公文办理";
    s.newest = {1, 1, 0};
    s.edited = true;
    s.outdated = true;
    compare_view zh = compare_view_of(s, "今年全年办理公文。", "全年办理公文，做到及时准确。", "zh-CN");
    CHECK(zh.title == "比较：规范公文办理");
    CHECK(zh.mine_label == "文档中的文本（1.0.0，已修改）");
    CHECK(zh.newer_label == "新版本（1.1.0）");
    CHECK(zh.mine == "【-今年-】全年办理公文。");
    CHECK(zh.newer == "全年办理公文【+，做到及时准确+】。");
    CHECK(zh.changes == 2);
    CHECK(zh.legend == "【-…-】为新版本删去的文字，【+…+】为新版本新增的文字。");

    s.edited = false;
    compare_view en = compare_view_of(s, "全年办理公文。", "全年办理公文。", "en-US");
    CHECK(en.title == "Compare: 规范公文办理");
    CHECK(en.mine_label == "In the document (1.0.0)");
    CHECK(en.newer_label == "New version (1.1.0)");
    CHECK(en.mine == "全年办理公文。");
    CHECK(en.changes == 0);
    CHECK(en.legend == "Both texts are the same.");
}
