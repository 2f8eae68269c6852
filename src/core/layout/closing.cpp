#include "core/layout/closing.hpp"

#include "core/text/utf8.hpp"

#include <regex>

namespace reportkit {

std::string date_text(const runs& date, const std::string& year) {
    std::string out;
    for (const run& r : date)
        out += r.kind == run_kind::field ? year : r.text;
    return out;
}

bool is_official_date(const std::string& text) {
    static const std::regex pattern("[0-9]{4}年(1[0-2]|[1-9])月(3[01]|[12][0-9]|[1-9])日");
    return std::regex_match(text, pattern);
}

double printed_width_chars(const runs& content) {
    double width = 0;
    for (const run& r : content) {
        if (r.kind == run_kind::field) {
            width += 2;
            continue;
        }
        for (size_t i = 0; i < r.text.size(); i += sequence_length(r.text[i]))
            width += static_cast<unsigned char>(r.text[i]) < 0x80 ? 0.5 : 1;
    }
    return width;
}

double issuer_indent_chars(double line_chars, double date_chars) {
    // A centred paragraph's centre is halfway between its indents: left = line − 2 × (the date's
    // centre from the right).
    return line_chars - 2 * (date_right_indent_chars + date_chars / 2);
}

} // namespace reportkit
