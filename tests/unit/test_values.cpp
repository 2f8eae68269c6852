// Values: cells read as a field's type, numbers written as the genre writes them, derived values.
#include "core/data/values.hpp"

#include <catch2/catch.hpp>
#include <limits>
#include <map>

using namespace reportkit;

namespace {

field make_field(std::string key, field_type type, std::string unit = "", int decimals = -1) {
    field f;
    f.key = std::move(key);
    f.type = type;
    f.unit = std::move(unit);
    f.decimals = decimals;
    return f;
}

data_entry entry(cell_value v, std::string unit = "") {
    data_entry e;
    e.key = "k";
    e.value = std::move(v);
    e.unit = std::move(unit);
    e.cell = "数据!B2";
    return e;
}

cell_value number(double n, bool percent = false) {
    return {cell_kind::number, n, std::to_string(n), percent};
}
cell_value text(std::string s) {
    return {cell_kind::text, 0, std::move(s), false};
}

// The text a cell gives a field, or "invalid: …" / "missing: …".
std::string shown(const field& f, cell_value v, std::string unit = "") {
    field_value r = read_cell(f, entry(std::move(v), std::move(unit)));
    if (r.status == value_status::invalid) return "invalid: " + r.message.text("en-US");
    if (r.status == value_status::missing) return "missing: " + r.message.text("en-US");
    if (f.type == field_type::text) return r.text;
    return format_value(r.number, false, f, {});
}

} // namespace

TEST_CASE("numbers are written without separators unless grouping is asked for") {
    CHECK(format_number(3297, field_type::integer, -1) == "3297");
    CHECK(format_number(52002, field_type::integer, -1) == "52002");
    CHECK(format_number(1234567.5, field_type::decimal, 1) == "1234567.5");
    CHECK(format_number(2025, field_type::year, -1, {grouping::comma, 1000}) == "2025");
}

TEST_CASE("comma and thin-space grouping start at 10,000 unless told otherwise") {
    number_style comma{grouping::comma}, thin{grouping::thin};
    CHECK(format_number(3297, field_type::integer, -1, comma) == "3297");
    CHECK(format_number(12345, field_type::integer, -1, comma) == "12,345");
    CHECK(format_number(1234567, field_type::integer, -1, comma) == "1,234,567");
    CHECK(format_number(-15000, field_type::integer, -1, comma) == "-15,000");
    CHECK(format_number(12345, field_type::integer, -1, thin) == "12\u202F345");
    CHECK(format_number(1234567.25, field_type::decimal, 2, thin) == "1\u202F234\u202F567.25");
    CHECK(format_number(3297, field_type::integer, -1, {grouping::comma, 1000}) == "3,297");
    CHECK(format_number(12345, field_type::integer, -1, {grouping::comma, 0}) == "12345");
}

TEST_CASE("a field's grouping is used unless the document's settings force one") {
    field f = make_field("k", field_type::integer, "卷");
    CHECK(format_value(52002, false, f, {}) == "52002");
    f.group = grouping::comma;
    CHECK(format_value(52002, false, f, {}) == "52,002");
    CHECK(format_value(52002, false, f, {}, {.forced = grouping::none}) == "52002");
    CHECK(format_value(52002, false, f, {}, {.forced = grouping::thin}) == "52\u202F002");
    CHECK(format_value(52002, false, f, {}, {.forced = std::nullopt, .group_from = 100000}) == "52002");
    f.group = grouping::none;
    CHECK(format_value(20000, false, f, {.approx = "余"}, {.forced = grouping::comma}) == "20,000余");
}

TEST_CASE("rounding is half away from zero (四舍五入), percentages at most their decimals") {
    CHECK(format_number(0.9745, field_type::percent, 1) == "97.5%");
    CHECK(format_number(0.974, field_type::percent, 1) == "97.4%");
    CHECK(format_number(0.95, field_type::percent, 1) == "95%");
    CHECK(format_number(1, field_type::percent, -1) == "100%");
    CHECK(format_number(0.12345, field_type::percent, 2) == "12.35%");
    CHECK(format_number(2.5, field_type::integer, -1) == "3");
    CHECK(format_number(-2.5, field_type::integer, -1) == "-3");
    CHECK(format_number(0.125, field_type::decimal, 2) == "0.13");
    CHECK(format_number(1800.5, field_type::amount, 1) == "1800.5");
    CHECK(format_number(1800, field_type::amount, 2) == "1800.00");
    CHECK(format_number(1800, field_type::amount, -1) == "1800");
    CHECK(format_number(12.50, field_type::decimal, -1) == "12.5");
}

TEST_CASE("approximate wording and the direction of a change") {
    field f = make_field("k", field_type::integer, "篇");
    CHECK(format_value(500, false, f, {.approx = "余"}) == "500余");
    CHECK(format_value(500, false, f, {.approx = "近"}) == "近500");
    f.approx = "超过";
    CHECK(format_value(1800, false, f, {}) == "超过1800");
    CHECK(format_value(1800, false, f, {.approx = "约"}) == "约1800"); // the placeholder wins

    field rate = make_field("r", field_type::percent, "", 1);
    CHECK(format_value(0.125, true, rate, {}) == "增长12.5%");
    CHECK(format_value(-0.032, true, rate, {}) == "下降3.2%");
    CHECK(format_value(0.0004, true, rate, {}) == "持平");
}

TEST_CASE("a field may ask for the full-width percent sign") {
    field rate = make_field("r", field_type::percent, "", 1);
    rate.percent_sign = "％";
    CHECK(format_value(0.96, false, rate, {}) == "96％");
    CHECK(format_value(0.974, false, rate, {}) == "97.4％");
    CHECK(format_value(-0.032, true, rate, {}) == "下降3.2％");
    CHECK(shown(rate, text("96％")) == "96％");
    rate.percent_sign = "%";
    CHECK(shown(rate, text("96％")) == "96%");
}

TEST_CASE("the approximations the genre writes, with exact text") {
    field pages = make_field("pages", field_type::integer, "页");
    pages.scale = "万";
    CHECK(format_value(2200000, false, pages, {.approx = "余"}) == "220万余");
    CHECK(format_value(2236000, false, pages, {.approx = "余"}) == "223.6万余");
    CHECK(format_value(2236999, false, pages, {.approx = "余", .decimals = 0}) == "223万余"); // never more
    CHECK(format_value(2155000, false, pages, {}) == "215.5万");
    CHECK(format_value(4951000, false, pages, {.approx = "近"}) == "近495.1万");
    CHECK(format_value(4951000, false, pages, {.approx = "近", .decimals = 0}) == "近496万"); // 近 never less
    CHECK(format_value(350000000, false, pages, {.approx = "", .scale = "亿"}) == "3.5亿");
    field papers = make_field("papers", field_type::integer, "篇");
    papers.approx = "近余";
    CHECK(format_value(500, false, papers, {}) == "近500余");
    CHECK(format_value(1000, false, papers, {.approx = "多"}) == "1000多");
    CHECK(format_value(1000, false, papers, {.approx = "上"}) == "上千");
    CHECK(format_value(3500, false, papers, {.approx = "上"}) == "上千");
    CHECK(format_value(120, false, papers, {.approx = "上"}) == "上百");
    CHECK(format_value(23000, false, papers, {.approx = "上"}) == "上万");
    CHECK(format_value(150000, false, papers, {.approx = "上"}) == "上十万");
    CHECK(format_value(2000000000, false, papers, {.approx = "上"}) == "上十亿");
    CHECK(format_value(8, false, papers, {.approx = "上"}) == "8"); // nothing to say 上 of
    field comma = make_field("c", field_type::integer);
    comma.group = grouping::comma;
    comma.scale = "万";
    CHECK(format_value(123456780000, false, comma, {.approx = "余", .decimals = 0}) == "12,345,678万余");
}

TEST_CASE("cells are read as the field's type") {
    field count = make_field("k", field_type::integer, "次");
    CHECK(shown(count, number(18)) == "18");
    CHECK(shown(count, text(" 1,234 ")) == "1234");
    CHECK(shown(count, text("18次")) == "18");
    CHECK(shown(count, text("１８")) == "18");
    CHECK(shown(count, text("十八")) == "invalid: '十八' is not a number, and 'k' (integer) needs one");
    CHECK(shown(count, number(12.5)) ==
          "invalid: '12.500000' is not a whole number, and 'k' counts whole things");
    CHECK(shown(count, text("")) == "missing: the value of 'k' is empty");
    CHECK(shown(count, cell_value{}) == "missing: the value of 'k' is empty");
    CHECK(read_cell(count, entry(text("十八"))).message.text("zh-CN") == "“十八”不是数字，“k”需要填数字");

    field rate = make_field("k", field_type::percent, "", 1);
    CHECK(shown(rate, number(0.974)) == "97.4%");
    CHECK(shown(rate, number(0.974, true)) == "97.4%");
    CHECK(shown(rate, text("97.4%")) == "97.4%");
    CHECK(shown(rate, text("97.4％")) == "97.4%");
    CHECK(shown(rate, number(97.4)) == "97.4%");
    CHECK(shown(rate, number(1)) == "100%");

    field money = make_field("k", field_type::amount, "万元", 1);
    CHECK(shown(money, number(18000000), "元") == "1800.0");
    CHECK(shown(money, number(1.5), "亿元") == "15000.0");
    CHECK(shown(money, number(1800), "万元") == "1800.0");
    CHECK(shown(money, number(1800)) == "1800.0");
    CHECK(shown(money, number(5), "美元") ==
          "invalid: the amount is in '美元', which cannot be converted to '万元'");

    field year = make_field("k", field_type::year);
    CHECK(shown(year, number(2025)) == "2025");
    CHECK(shown(year, text("2025年")) == "invalid: '2025年' is not a number, and 'k' (year) needs one");
    CHECK(shown(year, number(25)) == "invalid: '25.000000' is outside the range of 'k' (1900–2100)");

    field name = make_field("k", field_type::text);
    CHECK(shown(name, text("市委办公室")) == "市委办公室");
}

TEST_CASE("derived values are computed from the sheet; loops and gaps are reported") {
    std::map<std::string, field> fields;
    auto declare = [&](field f, std::string formula = "") {
        f.formula = std::move(formula);
        fields[f.key] = f;
    };
    declare(make_field("done", field_type::integer));
    declare(make_field("all", field_type::integer));
    declare(make_field("rate", field_type::percent, "", 1), "rate(done, all)");
    declare(make_field("last", field_type::integer));
    declare(make_field("growth", field_type::percent, "", 1), "yoy(all, last)");
    declare(make_field("gap", field_type::integer), "all - missing.key");
    declare(make_field("a", field_type::integer), "b + 1");
    declare(make_field("b", field_type::integer), "a + 1");
    declare(make_field("none", field_type::percent), "done / zero");
    declare(make_field("zero", field_type::integer));
    declare(make_field("absent", field_type::integer));

    data_table table;
    auto row = [&](std::string key, double v, std::string cell) {
        data_entry e;
        e.key = std::move(key);
        e.value = number(v);
        e.cell = std::move(cell);
        table.add(std::move(e));
    };
    row("done", 312, "数据!B2");
    row("all", 500, "数据!B3");
    row("last", 400, "数据!B4");
    row("zero", 0, "数据!B5");

    value_resolver values(
        [&](const std::string& k) -> const field* {
            auto i = fields.find(k);
            return i == fields.end() ? nullptr : &i->second;
        },
        &table);
    CHECK(values.text("done", {}, "【】") == "312");
    CHECK(values.text("rate", {}, "【】") == "62.4%");
    CHECK(values.text("growth", {}, "【】") == "增长25%");
    CHECK(values.value("done").cell == "数据!B2");
    CHECK(values.value("absent").status == value_status::missing);
    CHECK(values.value("absent").message.text("en-US") == "the data sheet has no row for 'absent'");
    CHECK(values.value("absent").message.text("zh-CN") == "数据表中没有“absent”这一行");
    CHECK(values.text("absent", {}, "【待填：缺】") == "【待填：缺】");
    CHECK(values.value("gap").status == value_status::invalid);
    CHECK(
        values.value("gap").message.text("en-US") ==
        "'gap' = all - missing.key needs 'missing.key': 'missing.key' is not declared in any loaded library");
    CHECK(values.value("a").status == value_status::invalid);
    CHECK(values.value("a").message.text("en-US") == "the formulas depend on themselves: a → b → a");
    CHECK(values.value("b").message.text("en-US") == "the formulas depend on themselves: a → b → a");
    CHECK(values.value("b").message.text("zh-CN") == "公式循环引用：a → b → a");
    CHECK(values.value("none").message.text("en-US") == "'none' = done / zero divides by zero: 'zero' is 0");
    CHECK(values.value("none").message.text("zh-CN") ==
          "无法计算 none = done / zero（除数为零：“zero”为 0）");
    CHECK(
        values.value("gap").message.text("zh-CN") ==
        "无法计算 gap = all - missing.key（“missing.key”无可用的值：已加载的章节库中没有字段“missing.key”）");

    value_resolver unlinked([&](const std::string& k) { return &fields.at(k); }, nullptr);
    CHECK(unlinked.value("done").status == value_status::missing);
    CHECK(unlinked.value("rate").status == value_status::missing);
    CHECK(unlinked.value("done").message.text("zh-CN") == "文档尚未链接数据表");
    CHECK(unlinked.value("rate").message.text("zh-CN") == "缺少“done”的值，无法计算 rate = rate(done, all)");
}

TEST_CASE("commas in a number must separate thousands, or the cell is invalid") {
    field count = make_field("k", field_type::integer);
    CHECK(shown(count, text("12,5")) == "invalid: the commas in '12,5' are not thousands separators (as in "
                                        "1,234,567), so it is not read as a number");
    CHECK(shown(count, text("1,2,3")) == "invalid: the commas in '1,2,3' are not thousands separators (as in "
                                         "1,234,567), so it is not read as a number");
    CHECK(shown(count, text("1234,567")).starts_with("invalid: the commas in '1234,567'"));
    CHECK(shown(count, text(",123")).starts_with("invalid: the commas in ',123'"));
    CHECK(shown(count, text("1,234,567")) == "1234567");
    CHECK(shown(count, text("-12,345")) == "-12345");
    CHECK(shown(count, text("１，２３４")) == "1234");
    CHECK(read_cell(count, entry(text("12,5"))).cell == "数据!B2");
    CHECK(read_cell(count, entry(text("12,5"))).message.text("zh-CN") ==
          "“12,5”中的逗号不是千位分隔符（如 1,234,567），无法作为数字读取");
    field amount = make_field("k", field_type::decimal, "", 1);
    CHECK(shown(amount, text("12,345.5")) == "12345.5");
    CHECK(shown(amount, text("12.345,5")).starts_with("invalid: the commas in '12.345,5'"));
}

TEST_CASE("each type has a range, and a value outside it is invalid with the range named") {
    field count = make_field("k", field_type::integer);
    const std::string huge = "invalid: '1e308' is outside the range of 'k' (-1,000,000,000,000,000 – "
                             "1,000,000,000,000,000)";
    CHECK(shown(count, text("1e308")) == huge);
    CHECK(shown(count, cell_value{cell_kind::number, 1e308, "1e308", false}) == huge);
    CHECK(shown(count, cell_value{cell_kind::number, std::numeric_limits<double>::infinity(), "inf", false})
              .starts_with("invalid: 'inf' is outside the range of 'k'"));
    CHECK(shown(count, number(1e15)) == "1000000000000000");
    CHECK(shown(count, number(-1e16)).starts_with("invalid: "));
    CHECK(read_cell(count, entry(text("1e308"))).cell == "数据!B2");
    CHECK(read_cell(count, entry(text("1e308"))).message.text("zh-CN") ==
          "“1e308”超出“k”的允许范围（-1,000,000,000,000,000 – 1,000,000,000,000,000）");

    field money = make_field("k", field_type::amount, "万元", 1);
    CHECK(shown(money, number(1e7), "亿元") == "100000000000.0");       // 10^11 万元 is fine …
    CHECK(shown(money, number(2e11), "亿元").starts_with("invalid: ")); // … 2 × 10^15 万元 is not
    CHECK(shown(make_field("k", field_type::decimal), text("1e16")).starts_with("invalid: "));

    field rate = make_field("k", field_type::percent, "", 1);
    CHECK(shown(rate, text("1000%")) == "1000%");
    CHECK(shown(rate, text("1000.1%")) == "invalid: '1000.1%' is outside the range of 'k' (-1000% – 1000%)");
    CHECK(shown(rate, number(-20, true)).starts_with("invalid: "));

    field year = make_field("k", field_type::year);
    CHECK(shown(year, number(1900)) == "1900");
    CHECK(shown(year, text("2100")) == "2100");
    CHECK(shown(year, text("2101")) == "invalid: '2101' is outside the range of 'k' (1900–2100)");
    CHECK(shown(year, number(1899)).starts_with("invalid: "));
}

TEST_CASE("numbers up to the largest allowed are written exactly") {
    number_style comma{grouping::comma};
    CHECK(format_number(999999999999999, field_type::integer, 0, comma) == "999,999,999,999,999");
    CHECK(format_number(1e15, field_type::integer, 0) == "1000000000000000");
    CHECK(format_number(123456789012.3, field_type::decimal, 1, comma) == "123,456,789,012.3");
    CHECK(format_number(1.005, field_type::decimal, 2) == "1.01"); // still 四舍五入 despite binary fractions
}
