#include "core/data/audit.hpp"

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
    auto c = i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
    if (c < 0xE3 || c > 0xE9 || i + 2 >= s.size()) return false;
    unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                  (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    return cp >= 0x3400 && cp <= 0x9FFF;
}

bool percent_at(std::string_view s, size_t i) {
    return i < s.size() && (s[i] == '%' || s.substr(i).starts_with("\uFF05"));
}

} // namespace

const char* to_string(audit_status s) {
    switch (s) {
    case audit_status::filled:
        return "filled";
    case audit_status::missing:
        return "missing";
    case audit_status::invalid:
        return "invalid";
    case audit_status::stale:
        return "stale";
    }
    return "missing";
}

audit_status placeholder_status(std::string_view shown, const std::string& expected, const field_value& now,
                                bool linked, std::string_view marker) {
    if (!linked) return shown == marker ? audit_status::missing : audit_status::filled;
    if (now.status == value_status::invalid) return audit_status::invalid;
    if (now.status == value_status::missing) return audit_status::missing;
    return shown == expected ? audit_status::filled : audit_status::stale;
}

std::string audit_message(audit_status s, const field_value& now, std::string_view language) {
    bool zh = language.starts_with("zh");
    switch (s) {
    case audit_status::missing:
    case audit_status::invalid:
        return zh && !now.message_zh.empty() ? now.message_zh : now.message;
    case audit_status::stale:
        return zh ? "数据表已更新，请刷新" : "the data sheet has changed: refresh";
    case audit_status::filled:
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

} // namespace reportkit
