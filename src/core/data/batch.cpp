#include "core/data/batch.hpp"

#include "core/text/trim.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace reportkit {
namespace {

constexpr size_t header_search_rows = 20;

const cell_value& cell_at(const sheet_grid& g, size_t row, size_t column) {
    static const cell_value empty;
    return column < g.rows[row].size() ? g.rows[row][column] : empty;
}

// A unit's name becomes part of file names: no folders, nothing hidden.
bool usable_name(const std::string& name) {
    return !name.empty() && name.find_first_of("/\\") == std::string::npos && name.front() != '.';
}

size_t header_row(const sheet_grid& g) {
    for (size_t r = 0; r < g.rows.size() && r < header_search_rows; ++r)
        for (const cell_value& c : g.rows[r])
            if (header_kind(c) == sheet_column::key) return r;
    return g.rows.size();
}

} // namespace

batch_result split_batch(const sheet_grid& g) {
    batch_result result;
    size_t header = header_row(g);
    if (header == g.rows.size()) {
        result.problems.push_back(sheet_problem(
            g, 0, 0, "no-header", "no header row with a key column (key/键/字段) in the first 20 rows"));
        return result;
    }
    size_t key = g.rows.size(), unit = g.rows.size();
    std::vector<size_t> value_columns;
    for (size_t c = 0; c < g.rows[header].size(); ++c) {
        sheet_column kind = header_kind(g.rows[header][c]);
        std::string name = trimmed(g.rows[header][c].text);
        if (kind == sheet_column::key && key == g.rows.size())
            key = c;
        else if (kind == sheet_column::unit && unit == g.rows.size())
            unit = c;
        else if (kind == sheet_column::other && !name.empty())
            value_columns.push_back(c);
    }
    for (size_t c : value_columns) {
        std::string name = trimmed(g.rows[header][c].text);
        if (!usable_name(name)) {
            result.problems.push_back(
                sheet_problem(g, header, c, "bad-unit-name",
                              fmt::format("'{}' cannot name report files: a unit's name has "
                                          "no / or \\ and does not start with a dot",
                                          name)));
            continue;
        }
        auto same = std::find_if(result.units.begin(), result.units.end(),
                                 [&](const batch_unit& u) { return u.name == name; });
        if (same != result.units.end()) {
            result.problems.push_back(sheet_problem(g, header, c, "duplicate-unit",
                                                    fmt::format("the unit '{}' has two columns", name)));
            continue;
        }
        batch_unit u{name, {g.file, g.sheet, {}, false}};
        auto text = [](const char* s) { return cell_value{cell_kind::text, 0, s, false}; };
        u.sheet.rows.push_back({text("key"), text("value")});
        if (unit != g.rows.size()) u.sheet.rows.back().push_back(text("unit"));
        for (size_t r = header + 1; r < g.rows.size(); ++r) {
            u.sheet.rows.push_back({cell_at(g, r, key), cell_at(g, r, c)});
            if (unit != g.rows.size()) u.sheet.rows.back().push_back(cell_at(g, r, unit));
        }
        result.units.push_back(std::move(u));
    }
    if (value_columns.empty())
        result.problems.push_back(
            sheet_problem(g, header, 0, "no-units",
                          "no unit columns: after the key column, each unit needs a column "
                          "headed by its name"));
    return result;
}

std::string grid_csv(const sheet_grid& grid) {
    std::string out;
    for (const auto& row : grid.rows) {
        for (size_t c = 0; c < row.size(); ++c) {
            // A number as read, not as shown: "12,5" from a semicolon CSV is 12.5 here.
            const cell_value& v = row[c];
            std::string quoted =
                v.kind == cell_kind::number && !v.percent ? fmt::format("{}", v.number) : v.text;
            for (size_t i = quoted.find('"'); i != std::string::npos; i = quoted.find('"', i + 2))
                quoted.insert(i, 1, '"');
            out += (c ? ",\"" : "\"") + quoted + "\"";
        }
        out += "\n";
    }
    return out;
}

} // namespace reportkit
