#include "core/data/csv.hpp"

#include "core/text/utf8.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
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

diagnostic csv_problem(const std::string& file, int line, int column, std::string code, std::string message) {
    diagnostic d;
    d.where = {file, line, column};
    d.code = std::move(code);
    d.message = std::move(message);
    return d;
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
                                              "this quoted value is never closed"));
    end_field();
    // A file ending with a line break leaves one empty row behind.
    while (!rows.empty() && rows.back().size() == 1 && rows.back()[0].kind == cell_kind::empty)
        rows.pop_back();
    return result;
}

csv_result read_csv_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        csv_result r;
        r.problems.push_back(
            csv_problem(path, 0, 0, "unreadable-file",
                        fmt::format("cannot read the data sheet: {}", std::strerror(errno))));
        return r;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto text = decode_text(bytes.str());
    if (!text) {
        csv_result r;
        r.problems.push_back(csv_problem(path, 0, 0, "bad-encoding",
                                         "the file is neither UTF-8 nor GB18030 text; save it as CSV "
                                         "(UTF-8) from Calc or Excel"));
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
