// Hostile input built in code: formulas and derived chains deep enough to overflow the stack of
// a recursive parser, evaluator or resolver must give a clear error instead.
#include "core/data/formula.hpp"
#include "core/data/values.hpp"
#include "core/library/loader.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <functional>
#include <map>

using namespace reportkit;

namespace {

std::string error_of(const std::string& text) {
    auto r = formula::parse(text);
    auto* e = std::get_if<formula_error>(&r);
    return e ? std::to_string(e->offset) + ": " + e->message : "ok";
}

std::string repeat(std::string_view part, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i)
        out += part;
    return out;
}

// a + a + … with `n` terms.
std::string sum(size_t n) {
    return "a" + repeat(" + a", n - 1);
}

const std::string too_deep = "nests more than 100 levels deep (parentheses, signs and operations in a row): "
                             "split it into several derived fields";

// A library declaring `fields` (XML lines), with a section that shows `shown`.
std::string library_xml(const std::string& fields, const std::string& shown) {
    return fmt::format(R"(<library id="deep" version="1.0.0" title="t">
  <fields>
{}  </fields>
  <section id="s" title="t" level="2">
    <p>{}</p>
  </section>
</library>
)",
                       fields, shown);
}

// A library with `a` and a field `x` derived by `formula`, both shown.
std::string formula_library(const std::string& formula) {
    return library_xml(fmt::format("    <field key=\"a\" type=\"integer\" label=\"a\"/>\n"
                                   "    <field key=\"x\" type=\"integer\" label=\"x\" formula=\"{}\"/>\n",
                                   formula),
                       "{{x}}{{a}}");
}

// A library whose field k0 is derived through `n` formulas: k0 = k1 + 1, …, k{n-1} = k{n} + 1.
std::string chain_library(size_t n) {
    std::string fields;
    for (size_t i = 0; i < n; ++i)
        fields += fmt::format("    <field key=\"k{}\" type=\"integer\" label=\"k\" formula=\"k{} + 1\"/>\n",
                              i, i + 1);
    fields += fmt::format("    <field key=\"k{}\" type=\"integer\" label=\"k\"/>\n", n);
    return library_xml(fields, "{{k0}}");
}

// The one diagnostic lint gives, as printed.
std::string diagnosis(const std::string& xml) {
    load_result r = load_library_text(xml, "t.xml");
    REQUIRE(r.diags.size() == 1);
    return format_diagnostic(r.diags[0]);
}

} // namespace

TEST_CASE("deeply nested parentheses, signs and helper calls are refused before the stack runs out") {
    CHECK(error_of(std::string(20000, '(') + "1" + std::string(20000, ')')) == "100: " + too_deep);
    CHECK(error_of(repeat("-", 20000) + "1") == "100: " + too_deep);
    CHECK(error_of(repeat("- + ", 10000) + "a") == "200: " + too_deep);
    CHECK(error_of(repeat("rate(1, ", 20000) + "1" + std::string(20000, ')')) == "800: " + too_deep);
    // Up to the limit, everything still works.
    CHECK(error_of(std::string(100, '(') + "1" + std::string(100, ')')) == "ok");
    CHECK(error_of(repeat("-", 99) + "1") == "ok");
}

TEST_CASE("a long chain of operations is refused at the limit, quickly, and short ones evaluate") {
    CHECK(error_of(sum(50000)) == fmt::format("{}: {}", sum(100).size() + 1, too_deep));
    CHECK(error_of(repeat("2 * ", 50000) + "2") == fmt::format("{}: {}", 99 * 4 + 2, too_deep));
    auto r = formula::parse(sum(100));
    REQUIRE(std::holds_alternative<formula>(r));
    formula_value v = std::get<formula>(r).evaluate([](const std::string&) { return formula_value{2, {}}; });
    CHECK(v.value == 200);
}

TEST_CASE("lint refuses hostile formulas with a diagnostic at their place") {
    for (const std::string& f :
         {std::string(20000, '(') + "1" + std::string(20000, ')'), repeat("-", 20000) + "1", sum(50000)}) {
        std::string p = diagnosis(formula_library(f));
        CHECK(p.starts_with("t.xml:4:"));
        CHECK(p.ends_with(fmt::format("formula '{}…' {} [bad-value]", f.substr(0, 60), too_deep)));
    }
}

TEST_CASE("a long but shallow formula lints, and its names are placed right") {
    // 65,536 terms nested 16 deep, with entities on the way: the last name is not declared.
    std::function<std::string(int)> balanced = [&](int depth) -> std::string {
        return depth == 0 ? "a" : "(" + balanced(depth - 1) + "&#32;+ " + balanced(depth - 1) + ")";
    };
    std::string f = balanced(16);
    f.replace(f.rfind('a'), 1, "b");
    std::string xml = formula_library(f);
    CHECK(diagnosis(xml) ==
          fmt::format("t.xml:4:{}: error: field 'b' is not declared: add <field key=\"b\" …/> to "
                      "<fields> [undeclared-field]",
                      xml.find('b', xml.find("formula=")) - xml.find("    <field key=\"x\"") + 1));
}

TEST_CASE("lint refuses a chain of derived fields longer than the resolver computes") {
    CHECK(load_library_text(chain_library(32), "t.xml").diags.empty());
    CHECK(diagnosis(chain_library(10000)) ==
          "t.xml:35:5: error: field 'k0' is derived through more than 32 formulas in a chain (k0 → … → k32): "
          "compute it with fewer steps [formula-chain]");
}

TEST_CASE("the value resolver stops at a chain of 32 derived fields with the reason, whatever it is given") {
    // Field definitions also come back from documents, unchecked by lint: 10,000 in a chain.
    std::map<std::string, field> fields;
    const size_t n = 10000;
    for (size_t i = 0; i <= n; ++i) {
        field f;
        f.key = "k" + std::to_string(i);
        f.type = field_type::integer;
        if (i < n) f.formula = fmt::format("k{} + 1", i + 1);
        fields[f.key] = f;
    }
    data_table table;
    data_entry e;
    e.key = "k" + std::to_string(n);
    e.value = {cell_kind::number, 5, "5", false};
    e.cell = "数据!B2";
    table.add(e);
    value_resolver values(
        [&](const std::string& k) -> const field* {
            auto i = fields.find(k);
            return i == fields.end() ? nullptr : &i->second;
        },
        &table);
    const field_value& top = values.value("k0");
    CHECK(top.status == value_status::invalid);
    CHECK(top.message.text("en-US") ==
          "'k0' is derived through more than 32 formulas in a chain, so it is not computed");
    // Within the limit of its own inputs, a field still gets its value.
    const field_value& near = values.value(fmt::format("k{}", n - 32));
    CHECK(near.status == value_status::filled);
    CHECK(near.number == 5 + 32);
}
