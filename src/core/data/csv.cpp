#include "core/data/csv.hpp"

#include "core/data/values.hpp"
#include "core/text/trim.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <iconv.h>
#include <sstream>

namespace reportkit {
namespace {

std::optional<std::string> convert(std::string_view bytes, const char* from) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    size_t in_left = bytes.size(), out_left = out.size();
    char* o = out.data();
    bool ok = true;
    while (in_left > 0) {
        if (iconv(cd, &in, &in_left, &o, &out_left) != static_cast<size_t>(-1)) continue;
        if (errno != E2BIG) {
            ok = false;
            break;
        }
        size_t used = static_cast<size_t>(o - out.data());
        out.resize(out.size() * 2);
        o = out.data() + used;
        out_left = out.size() - used;
    }
    iconv_close(cd);
    if (!ok) return std::nullopt;
    out.resize(out.size() - out_left);
    return out;
}

diagnostic csv_problem(const std::string& file, int line, int column, std::string code, phrase said) {
    return said_diagnostic({file, line, column}, std::move(code), std::move(said));
}

// How a number written in a field uses its comma: 12,5 and 1.234,5 as the decimal mark;
// 1,234,567, 1,234.5 and 3.5 keep the point as the decimal mark; 1,234 could be either.
enum class comma_use { none, decimal, grouping, unclear };

bool looks_like_number(std::string_view t) {
    return t.find_first_not_of("0123456789.,+-%") == std::string_view::npos &&
           t.find_first_of("0123456789") != std::string_view::npos;
}

// How many digits follow position `at`.
size_t digits_after(std::string_view t, size_t at) {
    return std::min(t.find_first_not_of("0123456789", at + 1), t.size()) - at - 1;
}

comma_use comma_in(std::string_view t) {
    if (!looks_like_number(t)) return comma_use::none;
    size_t comma = t.rfind(','), point = t.rfind('.');
    if (comma == std::string_view::npos) {
        bool decimal_point =
            point != std::string_view::npos && t.find('.') == point && digits_after(t, point) != 3;
        return decimal_point ? comma_use::grouping : comma_use::none;
    }
    if (point != std::string_view::npos) return comma > point ? comma_use::decimal : comma_use::grouping;
    // 1,2,3 is no number either way; the value reader says so.
    if (std::count(t.begin(), t.end(), ',') > 1)
        return commas_group_thousands(t) ? comma_use::grouping : comma_use::none;
    return digits_after(t, comma) == 3 ? comma_use::unclear : comma_use::decimal;
}

diagnostic cell_problem(const csv_result& r, size_t row, size_t column, std::string code, phrase said) {
    diagnostic d = csv_problem(r.grid.file, 0, 0, std::move(code), std::move(said));
    d.where.cell = cell_name("", row, column);
    return d;
}

// "1.234,5" read with a decimal comma, as a number cell that keeps its text; false if malformed.
bool read_decimal_comma(cell_value& c) {
    std::string t = trimmed(c.text);
    bool percent = t.ends_with('%');
    if (percent) t.pop_back();
    std::string swapped = t; // 1.234,5 → 1,234.5, so that the grouping rule of point files applies
    for (char& ch : swapped)
        ch = ch == '.' ? ',' : ch == ',' ? '.' : ch;
    if (!commas_group_thousands(swapped)) return false;
    std::erase(swapped, ',');
    if (swapped.starts_with('+')) swapped.erase(0, 1);
    double v = 0;
    auto [end, ec] = std::from_chars(swapped.data(), swapped.data() + swapped.size(), v);
    if (ec != std::errc() || end != swapped.data() + swapped.size()) return false;
    c.kind = cell_kind::number;
    c.number = percent ? v / 100 : v;
    c.percent = percent;
    return true;
}

// With ; or tab between values, a comma in a number is a decimal mark (12,5) or a thousands
// separator (1,234,567): decided from the whole file, refused when the file does not tell.
void settle_decimal_mark(csv_result& r) {
    std::optional<std::pair<size_t, size_t>> decimal, grouping, unclear;
    auto& rows = r.grid.rows;
    for (size_t i = 0; i < rows.size(); ++i)
        for (size_t j = 0; j < rows[i].size(); ++j) {
            comma_use use = comma_in(trimmed(rows[i][j].text));
            auto& first = use == comma_use::decimal    ? decimal
                          : use == comma_use::grouping ? grouping
                                                       : unclear;
            if (use != comma_use::none && !first) first = std::pair(i, j);
        }
    auto text_at = [&](std::pair<size_t, size_t> at) { return trimmed(rows[at.first][at.second].text); };
    if (decimal && grouping) {
        auto later = std::max(*decimal, *grouping);
        auto earlier = std::min(*decimal, *grouping);
        r.problems.push_back(
            cell_problem(r, later.first, later.second, "mixed-decimal-marks",
                         phrase(message::sheet_mixed_decimal_marks, text_at(later), text_at(earlier),
                                cell_name("", earlier.first, earlier.second))));
        return;
    }
    if (!decimal && unclear && !grouping) {
        r.problems.push_back(cell_problem(r, unclear->first, unclear->second, "unclear-decimal-mark",
                                          phrase(message::sheet_unclear_decimal_mark, text_at(*unclear))));
        return;
    }
    if (!decimal) return;
    for (size_t i = 0; i < rows.size(); ++i)
        for (size_t j = 0; j < rows[i].size(); ++j) {
            std::string t = trimmed(rows[i][j].text);
            // 1.234 too: with a decimal comma, its point groups thousands.
            if (looks_like_number(t) && t.find_first_of(".,") != std::string::npos &&
                !read_decimal_comma(rows[i][j]))
                r.problems.push_back(
                    cell_problem(r, i, j, "bad-number", phrase(message::sheet_bad_decimal_comma, t)));
        }
}

} // namespace

std::optional<decoded_text> decode_text(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        if (!is_valid_utf8(bytes.substr(3))) return std::nullopt;
        return decoded_text{std::string(bytes.substr(3)), "UTF-8 (BOM)"};
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        bool le = bytes[0] == '\xFF';
        auto text = convert(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE");
        if (!text) return std::nullopt;
        return decoded_text{std::move(*text), le ? "UTF-16LE" : "UTF-16BE"};
    }
    if (is_valid_utf8(bytes)) return decoded_text{std::string(bytes), "UTF-8"};
    auto text = convert(bytes, "GB18030");
    if (!text) return std::nullopt;
    return decoded_text{std::move(*text), "GB18030"};
}

csv_result parse_csv(std::string_view s, const std::string& file) {
    csv_result result;
    result.grid.file = file;
    char separator = ',';
    bool quoted = false;
    for (char c : s.substr(0, s.find('\n'))) {
        if (c == '"') quoted = !quoted;
        if (!quoted && (c == ',' || c == ';' || c == '\t')) {
            separator = c;
            break;
        }
    }
    auto& rows = result.grid.rows;
    rows.emplace_back();
    std::string field;
    bool in_quotes = false, was_quoted = false;
    int line = 1, quote_line = 0, column = 1, quote_column = 0;
    auto end_field = [&] {
        cell_value c;
        if (!field.empty() || was_quoted) c.kind = cell_kind::text;
        c.text = std::move(field);
        rows.back().push_back(std::move(c));
        field.clear();
        was_quoted = false;
    };
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (in_quotes) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                in_quotes = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
        } else if (c == '"' && field.empty() && !was_quoted) {
            in_quotes = was_quoted = true;
            quote_line = line;
            quote_column = column;
        } else if (c == separator) {
            end_field();
            ++column;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            end_field();
            rows.emplace_back();
            ++line;
            column = 1;
        } else {
            field += c;
        }
    }
    if (in_quotes)
        result.problems.push_back(csv_problem(file, quote_line, quote_column, "unclosed-quote",
                                              phrase(message::sheet_unclosed_quote)));
    end_field();
    // A file ending with a line break leaves one empty row behind.
    while (!rows.empty() && rows.back().size() == 1 && rows.back()[0].kind == cell_kind::empty)
        rows.pop_back();
    result.grid.values_need_headers = true;
    if (separator != ',') settle_decimal_mark(result);
    return result;
}

csv_result read_csv_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        csv_result r;
        r.problems.push_back(csv_problem(path, 0, 0, "unreadable-file",
                                         phrase(message::sheet_unreadable_file, std::strerror(errno))));
        return r;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto text = decode_text(bytes.str());
    if (!text) {
        csv_result r;
        r.problems.push_back(csv_problem(path, 0, 0, "bad-encoding", phrase(message::sheet_bad_encoding)));
        return r;
    }
    return parse_csv(text->utf8, path);
}

table_result read_table_from_csv(const std::string& path) {
    csv_result csv = read_csv_file(path);
    if (has_errors(csv.problems)) {
        table_result r;
        r.table.file = path;
        r.problems = std::move(csv.problems);
        return r;
    }
    return read_table(csv.grid);
}

} // namespace reportkit
