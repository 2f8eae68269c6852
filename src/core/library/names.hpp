// The lexical rules for keys and ids ([a-z][a-z0-9_-]* segments joined by dots) and numbers.
#pragma once

#include <algorithm>
#include <string_view>

namespace reportkit {

inline bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
inline bool is_name_char(char c) {
    return is_lower(c) || is_digit(c) || c == '_' || c == '-';
}

// One or more segments of [a-z][a-z0-9_-]* joined by dots.
inline bool is_name(std::string_view s) {
    bool segment_start = true;
    for (char c : s) {
        if (segment_start) {
            if (!is_lower(c)) return false;
            segment_start = false;
        } else if (c == '.') {
            segment_start = true;
        } else if (!is_name_char(c)) {
            return false;
        }
    }
    return !s.empty() && !segment_start;
}

// Digits, optionally with a fractional part: 100, 0.5.
inline bool is_number(std::string_view s) {
    size_t dot = s.find('.');
    auto digits = [](std::string_view d) { return !d.empty() && std::all_of(d.begin(), d.end(), is_digit); };
    return dot == std::string_view::npos ? digits(s) : digits(s.substr(0, dot)) && digits(s.substr(dot + 1));
}

} // namespace reportkit
