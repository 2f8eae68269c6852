// Formulas of derived fields: syntax errors with their offsets, evaluation, rate and yoy.
#include "core/data/formula.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace reportkit;

namespace {

std::string error_of(std::string_view text) {
    auto r = formula::parse(text);
    auto* e = std::get_if<formula_error>(&r);
    return e ? std::to_string(e->offset) + ": " + e->message : "ok";
}

formula_value eval(std::string_view text, const std::map<std::string, double>& values) {
    auto r = formula::parse(text);
    REQUIRE(std::holds_alternative<formula>(r));
    return std::get<formula>(r).evaluate([&](const std::string& k) -> formula_value {
        auto i = values.find(k);
        if (i == values.end()) return {0, phrase(message::no_row, k)};
        return {i->second, {}};
    });
}

} // namespace

TEST_CASE("formula syntax errors name the first problem from the left") {
    CHECK(error_of("a / b") == "ok");
    CHECK(error_of("-(a + 1.5) × b-c ÷ 2") == "ok");
    CHECK(error_of("rate(a, b)") == "ok");
    CHECK(error_of("yoy(a.now，a.before)") == "ok");
    CHECK(error_of("a % 2") ==
          "2: has '%': use field keys, numbers, + - * / × ÷, parentheses, rate(…) and yoy(…)");
    CHECK(error_of("a +") == "3: ends without a field or number");
    CHECK(error_of("(a * 2") == "6: has a '(' that is never closed");
    CHECK(error_of("a 2") == "2: needs an operator before '2'");
    CHECK(error_of("a) + (2") == "1: has a ')' that closes nothing");
    CHECK(error_of("2x + A") == "0: has '2x', which is neither a field key nor a number");
    CHECK(error_of("  ") == "0: is empty");
    CHECK(error_of("* a") == "0: needs a field or number before '*'");
    CHECK(error_of("sum(a, b)") ==
          "0: calls 'sum', which is not a helper: use rate(part, whole) or yoy(now, before)");
    CHECK(error_of("rate(a)") == "6: rate(…) takes two values separated by a comma");
    CHECK(error_of("a, b") == "1: has a ',' outside rate(…) or yoy(…)");
    CHECK(error_of("rate(a, b, c)") == "9: has a ',' outside rate(…) or yoy(…)");
}

TEST_CASE("formulas list the keys they use with their offsets") {
    auto r = formula::parse("rate(done, done + open)");
    REQUIRE(std::holds_alternative<formula>(r));
    const auto& refs = std::get<formula>(r).references();
    REQUIRE(refs.size() == 3);
    CHECK(refs[0].key == "done");
    CHECK(refs[0].offset == 5);
    CHECK(refs[2].key == "open");
    CHECK(refs[2].offset == 18);
}

TEST_CASE("formulas compute with precedence, signs, rate and year-on-year change") {
    CHECK(eval("a + b * 2", {{"a", 1}, {"b", 3}}).value == 7);
    CHECK(eval("(a + b) × 2", {{"a", 1}, {"b", 3}}).value == 8);
    CHECK(eval("-a ÷ 4", {{"a", 2}}).value == -0.5);
    CHECK(eval("a - -b", {{"a", 2}, {"b", 3}}).value == 5);
    CHECK(eval("rate(a, b)", {{"a", 312}, {"b", 500}}).value == Approx(0.624));
    CHECK(eval("yoy(now, before)", {{"now", 115}, {"before", 100}}).value == Approx(0.15));
    CHECK(eval("yoy(now, before)", {{"now", 85}, {"before", 100}}).value == Approx(-0.15));
    CHECK(std::get<formula>(formula::parse("yoy(a, b)")).result_kind() == formula_result_kind::change);
    CHECK(std::get<formula>(formula::parse("rate(a, b)")).result_kind() == formula_result_kind::plain);
}

TEST_CASE("division by zero and missing inputs are errors, not numbers") {
    CHECK(eval("a / b", {{"a", 1}, {"b", 0}}).error.text("en-US") == "divides by zero: 'b' is 0");
    CHECK(eval("a / (b - b)", {{"a", 1}, {"b", 2}}).error.text("en-US") ==
          "divides by zero: the divisor is 0");
    CHECK(eval("rate(a, b)", {{"a", 1}, {"b", 0}}).error.text("en-US") == "divides by zero: 'b' is 0");
    CHECK(eval("yoy(a, b)", {{"a", 1}, {"b", 0}}).error.text("en-US") ==
          "has no year-on-year change: 'b' is 0");
    CHECK(eval("a + c", {{"a", 1}}).error.text("en-US") == "the data sheet has no row for 'c'");
}

TEST_CASE("why a formula has no value is said in Chinese too") {
    CHECK(eval("a / b", {{"a", 1}, {"b", 0}}).error.text("zh-CN") == "除数为零：“b”为 0");
    CHECK(eval("a / (b - b)", {{"a", 1}, {"b", 2}}).error.text("zh-CN") == "除数为零：除数为 0");
    CHECK(eval("yoy(a, b)", {{"a", 1}, {"b", 0}}).error.text("zh-CN") == "无法计算同比：“b”为 0");
}
