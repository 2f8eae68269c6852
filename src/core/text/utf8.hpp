// UTF-8 as the text code walks it: which bytes continue a character, how long a character is
// from its first byte, and where the characters around a byte offset begin.
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
