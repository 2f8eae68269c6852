// UTF-8 as the text code walks it: which bytes continue a character, how long a character is,
// where the characters around a byte offset begin, code points, and whether bytes are UTF-8.
#pragma once

#include <cstddef>
#include <string_view>

namespace reportkit {

// A byte that continues a character (10xxxxxx) rather than starting one.
inline bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The bytes of the character that starts with `lead` (1 to 4).
inline size_t sequence_length(char lead) {
    auto c = static_cast<unsigned char>(lead);
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// The bytes a code point takes in UTF-8.
inline size_t encoded_length(char32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// The code point of the character that starts at byte `i`; 0 past the end or when the
// character is cut off.
inline char32_t code_point_at(std::string_view s, size_t i) {
    if (i >= s.size()) return 0;
    size_t n = sequence_length(s[i]);
    if (i + n > s.size()) return 0;
    auto lead = static_cast<unsigned char>(s[i]);
    char32_t cp = n == 1 ? lead : n == 2 ? lead & 0x1F : n == 3 ? lead & 0x0F : lead & 0x07;
    for (size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

// Well-formed UTF-8: every lead byte followed by as many continuation bytes as it announces.
inline bool is_valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (size_t k = 1; k < n; ++k)
            if (!is_continuation(s[i + k])) return false;
        i += n;
    }
    return true;
}

// `i`, moved back to the start of the character it falls in.
inline size_t character_start(std::string_view s, size_t i) {
    while (i > 0 && i < s.size() && is_continuation(s[i]))
        --i;
    return i;
}

// `i`, moved on to the start of the next character when it falls inside one (at most the size).
inline size_t character_end(std::string_view s, size_t i) {
    while (i < s.size() && is_continuation(s[i]))
        ++i;
    return i;
}

// Characters (not bytes) in `s`.
inline size_t character_count(std::string_view s) {
    size_t n = 0;
    for (char c : s)
        n += is_continuation(c) ? 0 : 1;
    return n;
}

} // namespace reportkit
