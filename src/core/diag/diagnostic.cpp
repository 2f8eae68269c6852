#include "core/diag/diagnostic.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

namespace reportkit {

const char* to_string(severity s) {
    switch (s) {
    case severity::note:
        return "note";
    case severity::warning:
        return "warning";
    case severity::error:
        return "error";
    }
    return "error";
}

bool has_errors(const diagnostics& d) {
    return std::any_of(d.begin(), d.end(), [](const diagnostic& x) { return x.level == severity::error; });
}

int count(const diagnostics& d, severity s) {
    return static_cast<int>(
        std::count_if(d.begin(), d.end(), [s](const diagnostic& x) { return x.level == s; }));
}

namespace {

std::string place(const source_location& w) {
    std::string where = w.file;
    if (!w.cell.empty())
        where += ":" + w.cell;
    else if (w.line > 0)
        where += fmt::format(":{}:{}", w.line, w.column);
    return where;
}

} // namespace

std::string format_diagnostic(const diagnostic& d) {
    return fmt::format("{}: {}: {} [{}]", place(d.where), to_string(d.level), d.message, d.code);
}

std::string said_in(const diagnostic& d, std::string_view language) {
    return d.said.empty() ? d.message : d.said.text(language);
}

std::string format_diagnostic(const diagnostic& d, std::string_view language) {
    source_location named = d.where; // the file by its name: people picked it, its folder is noise
    named.file = std::filesystem::path(named.file).filename().string();
    return text(message::at_place, language, place(named), said_in(d, language));
}

diagnostic said_diagnostic(source_location where, std::string code, phrase said) {
    std::string english = said.text("en");
    return {severity::error, std::move(where), std::move(code), std::move(english), std::move(said)};
}

namespace {

// JSON text is UTF-8: bytes that are not (a file name, an echoed value) become U+FFFD.
void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (size_t i = 0; i < s.size();) {
        size_t n = valid_sequence_length(s, i);
        if (n == 0) {
            out += "\\ufffd";
            i = character_end(s, i + 1);
            continue;
        }
        auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20)
                out += fmt::format("\\u{:04x}", c);
            else
                out.append(s.data() + i, n);
        }
        i += n;
    }
    out += '"';
}

} // namespace

std::string diagnostics_to_json(const diagnostics& list) {
    std::string out = "[";
    for (size_t i = 0; i < list.size(); ++i) {
        const diagnostic& d = list[i];
        out += i ? ",\n  {" : "\n  {";
        out += "\"file\": ";
        append_json_string(out, d.where.file);
        out += fmt::format(", \"line\": {}, \"column\": {}, \"severity\": \"{}\", \"code\": ", d.where.line,
                           d.where.column, to_string(d.level));
        append_json_string(out, d.code);
        if (!d.where.cell.empty()) {
            out += ", \"cell\": ";
            append_json_string(out, d.where.cell);
        }
        out += ", \"message\": ";
        append_json_string(out, d.message);
        out += "}";
    }
    out += list.empty() ? "]" : "\n]";
    return out;
}

} // namespace reportkit
