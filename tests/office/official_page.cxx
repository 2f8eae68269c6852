#include "official_page.hxx"

#include "core/layout/page_layout.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <regex>

namespace reportkit::test {
namespace {

bool is_chinese(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E) ||
           c == 0x201C || c == 0x201D || c == 0x2014;
}

std::vector<char32_t> code_points(const std::string& s) {
    std::vector<char32_t> result;
    for (size_t i = 0; i < s.size(); i += sequence_length(s[i]))
        result.push_back(code_point_at(s, i));
    return result;
}

} // namespace

std::optional<pdf_line> page_number_line(const pdf_page& page, int& number) {
    static const std::regex pattern("^— ?([0-9]+) ?—$");
    std::optional<pdf_line> found;
    int count = 0;
    for (const pdf_line& l : page.lines) {
        std::smatch m;
        std::string t = l.text();
        if (!std::regex_match(t, m, pattern)) continue;
        ++count;
        number = std::stoi(m[1]);
        found = l;
    }
    return count == 1 ? found : std::nullopt;
}

std::vector<pdf_line> body_lines(const pdf_page& page) {
    std::vector<pdf_line> result;
    int number = 0;
    auto numbered = page_number_line(page, number);
    for (const pdf_line& l : page.lines)
        if (!numbered || l.box.y0 != numbered->box.y0) result.push_back(l);
    return result;
}

bool is_chinese_text(const std::string& text) {
    auto cps = code_points(text);
    return !cps.empty() && std::all_of(cps.begin(), cps.end(), is_chinese);
}

bool is_chinese_line(const pdf_line& line) {
    return is_chinese_text(line.text());
}

size_t characters_in_block(const pdf_line& line) {
    const page_layout& p = gbt9704_page();
    double right_pt = (p.width_mm - p.right_mm) / mm_per_pt;
    size_t inside = 0;
    for (const pdf_word& w : line.words) {
        auto cps = code_points(w.text);
        if (cps.empty()) continue;
        double advance = (w.box.x1 - w.box.x0) / static_cast<double>(cps.size());
        for (size_t i = 0; i < cps.size(); ++i)
            if (w.box.x0 + (static_cast<double>(i) + 0.5) * advance < right_pt) ++inside;
    }
    return inside;
}

} // namespace reportkit::test
