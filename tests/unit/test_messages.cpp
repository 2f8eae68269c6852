// Messages: one table with both languages for every id, the rule that picks the language, and
// phrases that keep their arguments until they are shown.
#include "core/ui/messages.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace reportkit;

TEST_CASE("every message id has one entry with Chinese and English text") {
    std::set<int> ids;
    for (const message_text& m : all_messages()) {
        INFO("message " << static_cast<int>(m.id) << ": " << m.en);
        CHECK(ids.insert(static_cast<int>(m.id)).second); // once
        CHECK(std::string(m.zh) != "");
        CHECK(std::string(m.en) != "");
        CHECK(std::string(m.zh) != m.en);
    }
    // Ids are numbered from 0 without gaps, so none between the first and the last lacks an entry.
    REQUIRE(!ids.empty());
    CHECK(*ids.begin() == 0);
    CHECK(*ids.rbegin() == static_cast<int>(ids.size()) - 1);
    CHECK(ids.count(static_cast<int>(message::empty_formula)) == 1);
}

TEST_CASE("both languages of a message take the same arguments") {
    for (const message_text& m : all_messages()) {
        INFO("message " << static_cast<int>(m.id) << ": " << m.en);
        CHECK_NOTHROW(text(m.id, "zh-CN", "a", "b", "c", "d"));
        CHECK_NOTHROW(text(m.id, "en-US", "a", "b", "c", "d"));
    }
}

TEST_CASE("any zh locale reads Chinese, every other locale English") {
    CHECK(is_chinese("zh-CN"));
    CHECK(is_chinese("zh-TW"));
    CHECK(is_chinese("zh"));
    CHECK_FALSE(is_chinese("en-US"));
    CHECK_FALSE(is_chinese(""));
    CHECK_FALSE(is_chinese("de-zh"));
    CHECK(std::string(text(message::all_filled, "zh-CN")) == "全部数字均已填写。");
    CHECK(std::string(text(message::all_filled, "en-GB")) == "Every number is filled.");
}

TEST_CASE("messages with arguments are formatted in the language asked for") {
    CHECK(text(message::no_row, "zh-CN", "done") == "数据表中没有“done”这一行");
    CHECK(text(message::no_row, "en-US", "done") == "the data sheet has no row for 'done'");
    CHECK(text(message::more_problems, "en-US", 3) == "… and 3 more");
}

TEST_CASE("a phrase keeps its arguments, nested phrases too, until it is shown") {
    phrase why(message::input_unusable, "done", phrase(message::no_row, "done"));
    CHECK(why.text("zh-CN") == "“done”无可用的值：数据表中没有“done”这一行");
    CHECK(why.text("en-US") == "needs 'done': the data sheet has no row for 'done'");
    CHECK(phrase("plain words").text("zh-CN") == "plain words");
    CHECK(phrase().empty());
    CHECK(phrase("").empty());
    CHECK_FALSE(phrase(message::no_sheet_linked).empty());
    CHECK(phrase().text("en-US").empty());
}
