// The audit: placeholder states and "X" left where a number belongs.
#include "core/data/audit.hpp"
#include "core/ui/problems.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

std::vector<std::string> xs(std::string_view s) {
    std::vector<std::string> out;
    for (literal_x x : find_literal_x(s))
        out.emplace_back(s.substr(x.offset, x.length));
    return out;
}

} // namespace

TEST_CASE("typed X placeholders are found where a number belongs") {
    using v = std::vector<std::string>;
    CHECK(xs("组织专题学习研讨 X 次，办结率 X%。") == v{"X", "X"});
    CHECK(xs("共XX篇，资金X.X万元，人数X,XXX人") == v{"XX", "X.X", "X,XXX"});
    CHECK(xs("同比增长Ｘ％") == v{"Ｘ"});
    CHECK(xs("x个支部") == v{"x"});
    CHECK(xs("Windows X, XML 文件，X光") == v{"X"}); // only X光 touches Chinese
    CHECK(xs("Mac OS X, version X1") == v{});
    CHECK(xs("没有占位符。") == v{});
}

TEST_CASE("placeholder states compare what is shown with the sheet") {
    field_value filled{value_status::filled, 18, "18", false, {}, "数据!B2"};
    field_value missing{value_status::missing, 0, "", false, "no row", ""};
    field_value invalid{value_status::invalid, 0, "十八", false, "not a number", "数据!B2"};
    CHECK(placeholder_status("18", "18", filled, true, "【待填：次数】") == audit_status::filled);
    CHECK(placeholder_status("17", "18", filled, true, "【待填：次数】") == audit_status::stale);
    CHECK(placeholder_status("【待填：次数】", "18", filled, true, "【待填：次数】") == audit_status::stale);
    CHECK(placeholder_status("【待填：次数】", "", missing, true, "【待填：次数】") == audit_status::missing);
    CHECK(placeholder_status("17", "", invalid, true, "【待填：次数】") == audit_status::invalid);
    CHECK(placeholder_status("【待填：次数】", "", missing, false, "【待填：次数】") ==
          audit_status::missing);
    CHECK(placeholder_status("17", "", missing, false, "【待填：次数】") == audit_status::filled);
    CHECK(audit_message(audit_status::missing, missing) == "no row");
    CHECK(audit_message(audit_status::stale, filled) == "the data sheet has changed: refresh");
    CHECK(audit_message(audit_status::filled, filled).empty());
}

TEST_CASE("audit messages read in the UI language") {
    field_value no_row{value_status::missing, 0, "", false, phrase(message::no_row, "k"), ""};
    CHECK(audit_message(audit_status::missing, no_row, "zh-CN") == "数据表中没有“k”这一行");
    CHECK(audit_message(audit_status::missing, no_row, "en-US") == "the data sheet has no row for 'k'");
    field_value filled{value_status::filled, 18, "18", false, {}, "数据!B2"};
    CHECK(audit_message(audit_status::stale, filled, "zh-CN") == "数据表已更新，请刷新");
    CHECK(audit_message(audit_status::literal_x, {}, "en-US") == "an X stands where a number belongs");
    CHECK(audit_message(audit_status::literal_x, {}, "zh-CN") == "应填数字处仍是 X");
}

TEST_CASE("every audit status goes to its AuditEntry string and back") {
    using enum audit_status;
    for (audit_status s : {filled, missing, invalid, stale, literal_x, sheet})
        CHECK(parse_audit_status(to_string(s)) == s);
    CHECK(std::string(to_string(literal_x)) == "literal-x");
    CHECK(std::string(to_string(sheet)) == "sheet");
    CHECK_FALSE(parse_audit_status("literal_x"));
    CHECK_FALSE(parse_audit_status(""));
}

TEST_CASE("the context of a typed X is cut at whole characters") {
    std::string_view s = "今年组织专题学习研讨 X 次，办结率达到百分之九十以上。";
    auto found = find_literal_x(s);
    REQUIRE(found.size() == 1);
    // 24 bytes either side, widened to whole characters where a cut falls inside one.
    CHECK(literal_x_context(s, found[0]) == "组织专题学习研讨 X 次，办结率达到百");
    CHECK(literal_x_context(s, found[0], 4) == "讨 X 次");
    CHECK(literal_x_context(s, found[0], 5) == "研讨 X 次，");
    CHECK(literal_x_context("X%", {0, 1}) == "X%");
}

TEST_CASE("audit lines read in the UI language") {
    CHECK(problem_line(audit_status::missing, "专题学习次数", "no row", "zh-CN") ==
          "未填：专题学习次数（no row）");
    CHECK(problem_line(audit_status::sheet, "数据!B2", "not a number", "en-US") ==
          "data sheet: 数据!B2 (not a number)");
    CHECK(problem_line(audit_status::literal_x, "…X次…", "an X", "zh-CN") == "残留X：…X次…");
    CHECK(problem_line(audit_status::invalid, "率", "", "en-US") == "invalid: 率");
    CHECK(problem_line("missing", "专题学习次数", "no row", "zh-CN") == "未填：专题学习次数（no row）");
    CHECK(problem_line("missing", "专题学习次数", "no row", "en-US") == "missing: 专题学习次数 (no row)");
    CHECK(problem_line("stale", "专题学习次数", "refresh", "zh-CN") == "待刷新：专题学习次数");
    CHECK(problem_line("filled", "专题学习次数", "", "zh-CN", "24") == "已填：专题学习次数 = 24");
    CHECK(problem_line("literal-x", "…办结率X%。", "", "en-US") == "typed X: …办结率X%。");
    CHECK(problem_list({"a", "b", "c"}, 2, "zh-CN") == "a\nb\n……还有 1 项\n");
    CHECK(problem_list({"a", "b", "c"}, 5, "en-US") == "a\nb\nc\n");
    CHECK(problem_list({"a", "b", "c"}, 1, "en-US") == "a\n… and 2 more\n");
    CHECK(is_problem("stale"));
    CHECK(is_problem(audit_status::literal_x));
    CHECK_FALSE(is_problem("filled"));
    CHECK_FALSE(is_problem(audit_status::filled));
}
