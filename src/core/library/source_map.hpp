// Byte offsets in a library file turned into line:column (columns count characters), and the raw
// positions pugixml does not keep: attributes, and characters of text that held entities.
// Internal to the loader; header-only so the tests can check it directly.
#pragma once

#include "core/library/model.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace reportkit::detail {

class source_map {
public:
    static constexpr size_t npos = std::string_view::npos;

    explicit source_map(std::string_view text) : text_(text) {
        line_starts_.push_back(0);
        for (size_t i = text.find('\n'); i != npos; i = text.find('\n', i + 1))
            line_starts_.push_back(i + 1);
    }

    std::string_view text() const { return text_; }

    // 1-based line and column of a byte offset. The loader asks in document order, so a cursor
    // makes each call cost only the distance from the previous one.
    text_position at(size_t offset) const {
        offset = std::min(offset, text_.size());
        size_t line = cursor_line_;
        int column = cursor_column_;
        size_t from = cursor_offset_;
        if (offset < cursor_offset_ || (line + 1 < line_starts_.size() && offset >= line_starts_[line + 1])) {
            // A later line: the next few are stepped over, anything else is found by bisection.
            auto first =
                line_starts_.begin() + static_cast<ptrdiff_t>(offset < cursor_offset_ ? 0 : line + 1);
            auto near = std::min(first + 8, line_starts_.end());
            auto it = std::find_if(first, near, [&](size_t start) { return start > offset; });
            if (it == near && (near == line_starts_.end() || *near <= offset))
                it = std::upper_bound(near, line_starts_.end(), offset);
            line = static_cast<size_t>(it - line_starts_.begin()) - 1;
            column = 1;
            from = line_starts_[line];
        }
        column += characters(from, offset);
        cursor_line_ = line;
        cursor_column_ = column;
        cursor_offset_ = offset;
        return {static_cast<int>(line + 1), column};
    }

    // The offset of attribute `name` in the start tag whose element name begins at `element`
    // (pugixml's offset_debug), or npos. Quoted values are skipped, so title="a level=1" is safe.
    size_t attribute(size_t element, std::string_view name) const {
        char quote = 0;
        for (size_t i = element; i < text_.size(); ++i) {
            char c = text_[i];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            } else if (is_space(c) && text_.compare(i + 1, name.size(), name) == 0) {
                size_t j = i + 1 + name.size();
                while (j < text_.size() && is_space(text_[j]))
                    ++j;
                if (j < text_.size() && text_[j] == '=') return i + 1;
            }
        }
        return npos;
    }

    // The offset just inside the quote of the value of the attribute at `attr`, or npos.
    size_t attribute_value(size_t attr) const {
        if (attr == npos) return npos;
        size_t i = text_.find('=', attr);
        if (i == npos) return npos;
        i = text_.find_first_of("\"'", i);
        return i == npos ? npos : i + 1;
    }

    // The raw offset reached after `count` bytes of decoded text starting at raw offset `raw`:
    // entities (when `entities`) and CR LF pairs take more raw bytes than they give.
    size_t skip(size_t raw, size_t count, bool entities) const {
        size_t end = std::min(raw + count, text_.size());
        auto has = [&](char c) { return std::memchr(text_.data() + raw, c, end - raw) != nullptr; };
        if (!has('\r') && !(entities && has('&'))) return end; // the usual case: one byte, one byte
        for (size_t done = 0; done < count && raw < text_.size();) {
            char c = text_[raw];
            if (c == '&' && entities) {
                size_t semi = text_.find(';', raw);
                size_t produced = semi == npos ? 0 : entity_length(text_.substr(raw + 1, semi - raw - 1));
                if (produced) {
                    raw = semi + 1;
                    done += produced;
                    continue;
                }
            } else if (c == '\r' && raw + 1 < text_.size() && text_[raw + 1] == '\n') {
                ++raw; // the pair becomes one '\n'
            }
            ++raw;
            ++done;
        }
        return raw;
    }

private:
    // Characters in [from, to): bytes that are not UTF-8 continuations (10xxxxxx), eight at a time.
    int characters(size_t from, size_t to) const {
        int n = 0;
        size_t i = from;
        for (; i + 8 <= to; i += 8) {
            uint64_t w;
            std::memcpy(&w, text_.data() + i, 8);
            uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ull; // bit 7 set, bit 6 clear
            n += 8 - std::popcount(continuation);
        }
        for (; i < to; ++i)
            if (!is_continuation(text_[i])) ++n;
        return n;
    }

    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    // Bytes an entity decodes to; 0 for one pugixml leaves as written (unknown names).
    static size_t entity_length(std::string_view e) {
        if (e == "amp" || e == "lt" || e == "gt" || e == "quot" || e == "apos") return 1;
        if (e.size() < 2 || e[0] != '#') return 0;
        bool hex = e[1] == 'x';
        unsigned long cp = 0;
        for (size_t i = hex ? 2 : 1; i < e.size(); ++i) {
            char c = e[i];
            int digit = c >= '0' && c <= '9'          ? c - '0'
                        : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                      : -1;
            if (digit < 0 || cp > 0x10FFFF) return 0;
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(digit);
        }
        return encoded_length(static_cast<char32_t>(cp));
    }

    std::string_view text_;
    std::vector<size_t> line_starts_;
    mutable size_t cursor_offset_ = 0, cursor_line_ = 0;
    mutable int cursor_column_ = 1;
};

} // namespace reportkit::detail
