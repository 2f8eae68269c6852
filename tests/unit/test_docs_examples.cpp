// The examples of docs/library-format.md hold: each row of the Approximations and Grouping
// tables, and each field of the Full-width and Grouping examples, written as the docs say,
// gives the text the docs show beside it. A change of behaviour or of the docs fails here.
#include "core/data/csv.hpp"
#include "core/data/values.hpp"
#include "core/library/loader.hpp"
#include "core/render/plan.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

using namespace reportkit;

namespace {

std::string library_format() {
    std::ifstream in(std::string(REPORTKIT_DOCS) + "/library-format.md", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The lines of the docs' section `heading` (## …) up to the next one.
std::vector<std::string> section_lines(const std::string& heading) {
    std::istringstream in(library_format());
    std::vector<std::string> lines;
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("## "))
            inside = line == "## " + heading;
        else if (inside)
            lines.push_back(line);
    }
    return lines;
}

// The cells of a Markdown table row, trimmed; `\|` stays inside its cell as |.
std::vector<std::string> cells(const std::string& row) {
    std::vector<std::string> out;
    std::string cell;
    for (size_t i = 1; i < row.size(); ++i) {
        if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
            cell += '|';
            ++i;
        } else if (row[i] == '|') {
            out.push_back(std::regex_replace(cell, std::regex("^ +| +$"), ""));
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    return out;
}

// The table rows of a section below its header row and rule.
std::vector<std::vector<std::string>> table_rows(const std::string& heading) {
    std::vector<std::vector<std::string>> rows;
    for (const std::string& line : section_lines(heading))
        if (line.starts_with("| ") && !line.starts_with("| ---")) rows.push_back(cells(line));
    if (!rows.empty()) rows.erase(rows.begin()); // the header
    return rows;
}

library_ptr load(const std::string& xml) {
    load_result r = load_library_text(xml, "docs-example.xml");
    INFO(xml);
    INFO((r.diags.empty() ? "" : format_diagnostic(r.diags[0])));
    REQUIRE(r.ok());
    return r.lib;
}

// The first ```xml block of a section, closed so that it loads.
std::string xml_example(const std::string& heading) {
    std::string xml;
    bool inside = false;
    for (const std::string& line : section_lines(heading)) {
        if (line == "```xml")
            inside = true;
        else if (line == "```" && inside)
            break;
        else if (inside)
            xml += line + "\n";
    }
    return xml + "</library>\n";
}

// The number a shown value was written from: 52,002 → 52002, 96％ → 0.96.
double number_in(const std::string& shown) {
    std::string digits = std::regex_replace(shown, std::regex("[^0-9.]"), "");
    double n = std::stod(digits);
    return shown.find('%') != std::string::npos || shown.find("％") != std::string::npos ? n / 100 : n;
}

} // namespace

TEST_CASE("each row of the docs' Approximations table renders what the report writes") {
    auto rows = table_rows("Approximations");
    REQUIRE(rows.size() == 8);
    for (const auto& row : rows) {
        std::smatch m;
        REQUIRE(std::regex_search(row[1], m, std::regex("`([^`]*)`")));
        std::string text = m[1];
        REQUIRE(std::regex_search(text, m, std::regex(R"(\{\{(\w+))")));
        std::string key = m[1];
        std::string value = std::regex_replace(row[2], std::regex(" .*"), "");
        std::string wanted = std::regex_replace(row[0], std::regex(",.*"), "");
        INFO(row[0] << " | " << row[1] << " | " << row[2]);
        std::string type = key == "funds" ? "amount" : "integer";
        auto lib =
            load(R"(<library id="docs" version="1.0.0" title="例"><fields><field key=")" + key +
                 R"(" type=")" + type + R"(" label="数"/></fields><section id="s" title="例" level="0"><p>)" +
                 text + "</p></section></library>");
        csv_result csv = parse_csv("key,value\n" + key + "," + value + "\n", "values.csv");
        table_result values = read_table(csv.grid);
        REQUIRE(values.problems.empty());
        value_resolver resolver([&](const std::string& k) { return lib->find_field(k); }, &values.table);
        numbering_state numbers;
        std::string shown = render_text(plan_section(*lib, *lib->find_section("s"), numbers),
                                        [&](const std::string& k, const placeholder_options& p) {
                                            return resolver.text(k, p, placeholder_marker(*lib, k));
                                        });
        CHECK(shown == wanted + "\n");
    }
}

TEST_CASE("each row of the docs' Grouping table is how that grouping writes the numbers") {
    auto rows = table_rows("Grouping");
    REQUIRE(rows.size() == 3);
    const double numbers[] = {3297, 52002, 2200000};
    for (const auto& row : rows) {
        std::string grouping = std::regex_replace(row[0], std::regex("`([a-z]+)`.*"), "$1");
        INFO(row[0]);
        auto lib = load(
            R"(<library id="docs" version="1.0.0" title="例" grouping=")" + grouping +
            R"("><fields><field key="n" type="integer" label="数"/></fields><section id="s" title="例" level="0"><p>{{n}}</p></section></library>)");
        for (size_t i = 0; i < 3; ++i)
            CHECK(format_value(numbers[i], false, *lib->find_field("n"), {}) == row[i + 1]);
    }
}

TEST_CASE("each field of the docs' Full-width and Grouping examples shows what its comment says") {
    for (const char* heading : {"Full-width percent sign", "Grouping"}) {
        std::string xml = xml_example(heading);
        auto lib = load(xml);
        std::istringstream lines(xml);
        int checked = 0;
        for (std::string line; std::getline(lines, line);) {
            std::smatch m;
            if (!std::regex_search(line, m, std::regex(R"(key="([^"]+)\".*<!-- (.+) -->)"))) continue;
            const field* f = lib->find_field(m[1].str());
            REQUIRE(f);
            INFO(line);
            CHECK(format_value(number_in(m[2]), false, *f, {}) == std::string(m[2]));
            ++checked;
        }
        CHECK(checked >= 2);
    }
}
