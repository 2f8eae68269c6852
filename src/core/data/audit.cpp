#include "core/data/audit.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <utility>

namespace reportkit {
namespace {

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The UTF-8 length of an X at `i` (X, x, Ｘ U+FF38, ｘ U+FF58), or 0.
size_t x_at(std::string_view s, size_t i) {
    if (s[i] == 'X' || s[i] == 'x') return 1;
    if (s.substr(i).starts_with("\uFF38") || s.substr(i).starts_with("\uFF58")) return 3;
    return 0;
}

// A CJK ideograph (U+3400–U+9FFF) at `i`.
bool chinese_at(std::string_view s, size_t i) {
    char32_t cp = code_point_at(s, i);
    return cp >= 0x3400 && cp <= 0x9FFF;
}

bool percent_at(std::string_view s, size_t i) {
    return i < s.size() && (s[i] == '%' || s.substr(i).starts_with("\uFF05"));
}

// AuditEntry.Status as idl/org/reportkit/AuditEntry.idl documents it.
constexpr std::pair<audit_status, const char*> audit_status_names[] = {
    {audit_status::filled, "filled"},       {audit_status::missing, "missing"},
    {audit_status::invalid, "invalid"},     {audit_status::stale, "stale"},
    {audit_status::literal_x, "literal-x"}, {audit_status::sheet, "sheet"},
};

} // namespace

const char* to_string(audit_status s) {
    for (auto [status, name] : audit_status_names)
        if (status == s) return name;
    return "missing";
}

std::optional<audit_status> parse_audit_status(std::string_view s) {
    for (auto [status, name] : audit_status_names)
        if (name == s) return status;
    return std::nullopt;
}

audit_status placeholder_status(std::string_view shown, const std::string& expected, const field_value& now,
                                bool linked, std::string_view marker) {
    if (!linked) return shown == marker ? audit_status::missing : audit_status::filled;
    if (now.status == value_status::invalid) return audit_status::invalid;
    if (now.status == value_status::missing) return audit_status::missing;
    return shown == expected ? audit_status::filled : audit_status::stale;
}

std::string audit_message(audit_status s, const field_value& now, std::string_view language) {
    switch (s) {
    case audit_status::missing:
    case audit_status::invalid:
        return now.message.text(language);
    case audit_status::stale:
        return text(message::sheet_changed, language);
    case audit_status::literal_x:
        return text(message::literal_x, language);
    case audit_status::filled:
    case audit_status::sheet:
        break;
    }
    return {};
}

std::vector<literal_x> find_literal_x(std::string_view s) {
    std::vector<literal_x> found;
    for (size_t i = 0; i < s.size();) {
        size_t n = x_at(s, i);
        if (n == 0 || (i > 0 && is_ascii_alnum(s[i - 1]))) {
            ++i;
            continue;
        }
        // The run: X, XX, X.X, X,XXX (ASCII separators between Xs only).
        size_t end = i + n;
        for (;;) {
            if (end < s.size() && x_at(s, end)) {
                end += x_at(s, end);
            } else if (end + 1 < s.size() && (s[end] == '.' || s[end] == ',') && x_at(s, end + 1)) {
                end += 1 + x_at(s, end + 1);
            } else {
                break;
            }
        }
        bool standalone = end == s.size() || !is_ascii_alnum(s[end]);
        size_t after = end;
        while (after < s.size() && s[after] == ' ')
            ++after;
        size_t before = i;
        while (before > 0 && s[before - 1] == ' ')
            --before;
        if (standalone &&
            (chinese_at(s, after) || percent_at(s, after) || (before >= 3 && chinese_at(s, before - 3))))
            found.push_back({i, end - i});
        i = end;
    }
    return found;
}

std::string_view literal_x_context(std::string_view s, literal_x x, size_t reach) {
    size_t from = character_start(s, x.offset > reach ? x.offset - reach : 0);
    size_t to = character_end(s, std::min(s.size(), x.offset + x.length + reach));
    return s.substr(from, to - from);
}

} // namespace reportkit
