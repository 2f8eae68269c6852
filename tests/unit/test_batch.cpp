// Batch sheets: one value column per unit split into one data sheet per unit.
#include "core/data/batch.hpp"
#include "core/data/csv.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

batch_result split(const std::string& csv) {
    csv_result parsed = parse_csv(csv, "batch.csv");
    REQUIRE(parsed.problems.empty());
    return split_batch(parsed.grid);
}

// A unit's sheet read back as the engine reads it.
table_result unit_table(const batch_unit& u) {
    return read_table(parse_csv(grid_csv(u.sheet), u.name + ".csv").grid);
}

} // namespace

TEST_CASE("each value column of a batch sheet is one unit's data sheet") {
    auto r = split("key,label,办公室,财务处,note\n"
                   "org.name,单位名称,办公室,财务处,\n"
                   "docs.handled,办文数量,\"1,234\",87,\n");
    REQUIRE(r.problems.empty());
    REQUIRE(r.units.size() == 2);
    CHECK(r.units[0].name == "办公室");
    CHECK(r.units[1].name == "财务处");
    auto office = unit_table(r.units[0]);
    REQUIRE(office.problems.empty());
    CHECK(office.table.find("org.name")->value.text == "办公室");
    CHECK(office.table.find("docs.handled")->value.text == "1,234");
    auto finance = unit_table(r.units[1]);
    CHECK(finance.table.find("org.name")->value.text == "财务处");
    CHECK(finance.table.find("docs.handled")->value.text == "87");
}

TEST_CASE("a batch sheet's unit column is shared by every unit") {
    auto r = split("键,单位,甲,乙\nbudget.total,万元,12.5,3\n");
    REQUIRE(r.units.size() == 2);
    auto second = unit_table(r.units[1]);
    REQUIRE(second.problems.empty());
    CHECK(second.table.find("budget.total")->unit == "万元");
    CHECK(second.table.find("budget.total")->value.text == "3");
}

TEST_CASE("numbers of a semicolon batch sheet keep their value in the unit's sheet") {
    auto r = split("key;甲\nrate.done;12,5\n");
    REQUIRE(r.units.size() == 1);
    auto t = unit_table(r.units[0]);
    REQUIRE(t.problems.empty());
    // A comma CSV now: the decimal comma would split the value there.
    CHECK(t.table.find("rate.done")->value.text == "12.5");
}

TEST_CASE("text with quotes and commas survives the unit's CSV") {
    auto r = split("key,甲\nnote.text,\"他说\"\"好\"\",很好\"\n");
    auto t = unit_table(r.units.at(0));
    CHECK(t.table.find("note.text")->value.text == "他说\"好\",很好");
}

TEST_CASE("batch sheets without units, with a repeated unit or a unit that cannot name a file are refused") {
    auto none = split("key,label\nx.y,名称\n");
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].code == "no-units");
    auto twice = split("key,甲,甲\nx.y,1,2\n");
    REQUIRE(twice.problems.size() == 1);
    CHECK(twice.problems[0].code == "duplicate-unit");
    CHECK(format_diagnostic(twice.problems[0]).find("C1") != std::string::npos);
    auto path = split("key,a/b,.hidden,好\nx.y,1,2,3\n");
    CHECK(path.problems.size() == 2);
    CHECK(path.units.size() == 1);
    auto header = split("名称,值\n甲,1\n");
    REQUIRE(header.problems.size() == 1);
    CHECK(header.problems[0].code == "no-header");
}
