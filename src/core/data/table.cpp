#include "core/data/table.hpp"

#include "core/library/names.hpp"
#include "core/text/trim.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace reportkit {
namespace {

constexpr size_t none = static_cast<size_t>(-1);
constexpr size_t header_search_rows = 20;

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

enum column { key_column, value_column, label_column, unit_column, note_column, column_count };

// The header words each column answers to.
column header_column(const cell_value& c) {
    static const std::array<std::vector<std::string_view>, column_count> words = {{
        {"key", "键", "字段", "字段键", "代码"},
        {"value", "值", "数值", "数据", "取值"},
        {"label", "名称", "标签", "指标", "项目"},
        {"unit", "单位"},
        {"note", "notes", "备注", "说明"},
    }};
    std::string s = lower(trimmed(c.text));
    for (size_t i = 0; i < words.size(); ++i)
        if (std::find(words[i].begin(), words[i].end(), s) != words[i].end()) return column(i);
    return column_count;
}

// Reports each non-empty value of row `r` under an empty header cell; true when there was one.
bool report_headless_values(const sheet_grid& g, size_t header, size_t r, diagnostics& problems) {
    bool found = false;
    for (size_t c = 0; c < g.rows[r].size(); ++c) {
        bool headed = c < g.rows[header].size() && !trimmed(g.rows[header][c].text).empty();
        if (headed || trimmed(g.rows[r][c].text).empty()) continue;
        problems.push_back(sheet_problem(g, r, c, "value-without-header",
                                         phrase(message::sheet_value_without_header, g.rows[r][c].text)));
        found = true;
    }
    return found;
}

} // namespace

diagnostic sheet_problem(const sheet_grid& g, size_t row, size_t col, std::string code, phrase said) {
    return said_diagnostic({.file = g.file, .cell = cell_name(g.sheet, row, col)}, std::move(code),
                           std::move(said));
}

namespace {

// The first character of a value that Writer cannot show (a control character), or 0: a report
// would show the value without it, different from the sheet.
char32_t forbidden_character_in(std::string_view text) {
    for (size_t i = 0; i < text.size(); i += sequence_length(text[i]))
        if (char32_t cp = code_point_at(text, i); is_forbidden_character(cp)) return cp;
    return 0;
}

phrase forbidden_message(char32_t cp) {
    return phrase(message::sheet_bad_character, fmt::format("U+{:04X}", static_cast<uint32_t>(cp)));
}

} // namespace

std::string cell_name(const std::string& sheet, size_t row, size_t column) {
    std::string letters;
    for (size_t c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    std::string name = letters + std::to_string(row + 1);
    return sheet.empty() ? name : sheet + "!" + name;
}

sheet_column header_kind(const cell_value& header) {
    return static_cast<sheet_column>(header_column(header)); // the same order
}

bool data_table::add(data_entry e) {
    if (!index_.emplace(e.key, entries_.size()).second) return false;
    entries_.push_back(std::move(e));
    return true;
}

const data_entry* data_table::find(std::string_view key) const {
    auto i = index_.find(std::string(key));
    if (i == index_.end() && key.find('.') != std::string_view::npos) {
        std::string named(key);
        std::replace(named.begin(), named.end(), '.', '_');
        i = index_.find(named);
    }
    return i == index_.end() ? nullptr : &entries_[i->second];
}

table_result read_table(const sheet_grid& g) {
    table_result result;
    result.table.file = g.file;
    std::array<size_t, column_count> at;
    size_t header = none;
    for (size_t r = 0; r < g.rows.size() && r < header_search_rows && header == none; ++r) {
        at.fill(none);
        for (size_t c = 0; c < g.rows[r].size(); ++c) {
            column k = header_column(g.rows[r][c]);
            if (k != column_count && at[k] == none) at[k] = c;
        }
        if (at[key_column] != none && at[value_column] != none) header = r;
    }
    if (header == none) {
        diagnostic d = sheet_problem(g, 0, 0, "no-header", phrase(message::sheet_no_header));
        d.where.cell = g.sheet;
        result.problems.push_back(std::move(d));
        return result;
    }
    auto cell = [&](size_t r, size_t col) -> const cell_value* {
        return col != none && col < g.rows[r].size() ? &g.rows[r][col] : nullptr;
    };
    auto text = [&](size_t r, size_t col) {
        const cell_value* c = cell(r, col);
        return c ? trimmed(c->text) : std::string();
    };
    std::vector<std::pair<std::string, std::string>> first_seen; // key → cell, for duplicates
    for (size_t r = header + 1; r < g.rows.size(); ++r) {
        std::string key = text(r, at[key_column]);
        if (key.empty() || key.starts_with("#")) continue; // blank rows and comments
        if (g.values_need_headers && report_headless_values(g, header, r, result.problems)) continue;
        if (!is_name(key)) {
            result.problems.push_back(
                sheet_problem(g, r, at[key_column], "bad-key", phrase(message::sheet_bad_key, key)));
            continue;
        }
        data_entry e;
        e.key = key;
        if (const cell_value* v = cell(r, at[value_column])) e.value = *v;
        e.unit = text(r, at[unit_column]);
        e.label = text(r, at[label_column]);
        e.cell = cell_name(g.sheet, r, at[value_column]);
        if (char32_t cp = forbidden_character_in(e.value.text)) {
            result.problems.push_back(
                sheet_problem(g, r, at[value_column], "bad-character", forbidden_message(cp)));
            continue;
        }
        if (const data_entry* first = result.table.find(key)) {
            result.problems.push_back(sheet_problem(g, r, at[key_column], "duplicate-key",
                                                    phrase(message::sheet_duplicate_key, key, first->cell)));
            continue;
        }
        result.table.add(std::move(e));
    }
    return result;
}

void add_named_cells(table_result& result, std::vector<data_entry> named) {
    for (data_entry& e : named) {
        auto refuse = [&](std::string code, phrase said) {
            result.problems.push_back(said_diagnostic({.file = result.table.file, .cell = e.cell},
                                                      std::move(code), std::move(said)));
        };
        if (char32_t cp = forbidden_character_in(e.value.text)) {
            refuse("bad-character", forbidden_message(cp));
            continue;
        }
        if (const data_entry* first = result.table.find(e.key)) {
            refuse("duplicate-key", phrase(message::sheet_named_cell_repeats, e.key, first->cell));
            continue;
        }
        result.table.add(std::move(e));
    }
}

} // namespace reportkit
