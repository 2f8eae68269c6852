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

// The bytes of the well-formed character that starts at byte `i`, or 0 when the bytes there are
// no UTF-8: a stray continuation byte, a cut-off or overlong sequence, a surrogate, beyond U+10FFFF.
inline size_t valid_sequence_length(std::string_view s, size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k)
        if (!is_continuation(s[i + k])) return 0;
    char32_t cp = code_point_at(s, i);
    bool overlong = encoded_length(cp) != n;
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return overlong || surrogate || cp > 0x10FFFF ? 0 : n;
}

// Well-formed UTF-8: every character as valid_sequence_length accepts it.
inline bool is_valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t n = valid_sequence_length(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

// Code points no text may hold: C0 controls but tab, line feed and carriage return, DEL and the C1
// controls, and the noncharacters U+FFFE and U+FFFF. Writer drops the text around them.
inline bool is_forbidden_character(char32_t cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F) ||
           cp == 0xFFFE || cp == 0xFFFF;
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
