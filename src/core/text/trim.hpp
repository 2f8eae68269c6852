// Whitespace around sheet cells and lines of imported text: ASCII blanks and the full-width
// space (U+3000) that Chinese tables and documents are often padded with.
#pragma once

#include <string>
#include <string_view>

namespace reportkit {

inline std::string_view trimmed_view(std::string_view s) {
    constexpr std::string_view wide = "\u3000";
    for (bool changed = true; changed;) {
        changed = false;
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
            s.remove_prefix(1);
            changed = true;
        } else if (s.starts_with(wide)) {
            s.remove_prefix(wide.size());
            changed = true;
        }
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
            s.remove_suffix(1);
            changed = true;
        } else if (s.ends_with(wide)) {
            s.remove_suffix(wide.size());
            changed = true;
        }
    }
    return s;
}

inline std::string trimmed(std::string_view s) {
    return std::string(trimmed_view(s));
}

} // namespace reportkit
