#include "core/library/text_import.hpp"

#include "core/data/skeleton.hpp"
#include "core/library/names.hpp"
#include "core/text/numbering.hpp"
#include "core/text/trim.hpp"
#include "core/text/utf8.hpp"
#include "core/text/xml_escape.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>
#include <set>
#include <span>

namespace reportkit {
namespace {

constexpr size_t npos = std::string_view::npos;

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The character that ends just before byte `i` (empty at the start).
std::string_view char_before(std::string_view s, size_t i) {
    size_t start = i;
    while (start > 0 && is_continuation(s[start - 1]))
        --start;
    if (start > 0) --start;
    return s.substr(start, i - start);
}

constexpr std::array<std::string_view, 10> numerals = {"一", "二", "三", "四", "五",
                                                       "六", "七", "八", "九", "十"};

size_t numeral_at(std::string_view s, size_t i) {
    for (std::string_view n : numerals)
        if (s.substr(i, n.size()) == n) return n.size();
    return 0;
}

struct heading_marker {
    int level = 0;     // 0: not a heading
    size_t length = 0; // bytes of the marker
};

// 一、 (1), （一） (2), 1. or 1、 (3), （1） (4); half-width brackets too.
heading_marker marker_of(std::string_view line) {
    size_t i = 0;
    while (size_t n = numeral_at(line, i))
        i += n;
    if (i > 0 && line.substr(i).starts_with("、")) return {1, i + 3};
    if (line.starts_with("（") || line.starts_with("(")) {
        size_t start = line.starts_with("(") ? 1 : 3, j = start;
        bool chinese = false;
        while (size_t n = numeral_at(line, j)) {
            j += n;
            chinese = true;
        }
        if (!chinese)
            while (j < line.size() && is_digit(line[j]))
                ++j;
        if (j == start) return {};
        std::string_view rest = line.substr(j);
        size_t close = rest.starts_with("）") ? 3 : rest.starts_with(")") ? 1 : 0;
        return close ? heading_marker{chinese ? 2 : 4, j + close} : heading_marker{};
    }
    size_t j = 0;
    while (j < line.size() && is_digit(line[j]))
        ++j;
    if (j == 0 || j > 2) return {};
    std::string_view rest = line.substr(j);
    for (std::string_view sep : {".", "．", "、"}) // 1.5万元 is a number, not a heading
        if (rest.starts_with(sep) && !(rest.size() > sep.size() && is_digit(rest[sep.size()])))
            return {3, j + sep.size()};
    return {};
}

// A title line: before any heading, short, and not a sentence.
bool looks_like_title(std::string_view line) {
    return character_count(line) <= 40 && line.find("。") == npos;
}

// Where a clause starts or ends: the label of a number is the clause in front of it.
bool is_clause_break(std::string_view c) {
    for (std::string_view b : {"，", "。", "；", "：", "、", "！", "？", "（", "）", "“", "”", ",", ";", ":",
                               "(", ")", "\"", "】"})
        if (c == b) return true;
    return false;
}

// Units written after a number, longest first where one begins another.
constexpr std::array<std::string_view, 56> units = {
    "个百分点", "万人次", "人次",   "场次", "批次", "户次", "万人", "万元", "亿元", "千元", "元", "小时",
    "课时",     "学时",   "平方米", "公里", "万户", "次",   "篇",   "条",   "件",   "项",   "人", "名",
    "个",       "场",     "期",     "家",   "份",   "户",   "所",   "批",   "轮",   "天",   "吨", "台",
    "套",       "本",     "部",     "处",   "支",   "起",   "例",   "封",   "单",   "座",   "间", "辆",
    "张",       "幅",     "倍",     "万",   "亩",   "页",   "册",   "卷"};

// Approximate wording written in front of a number (余 goes after it).
constexpr std::array<std::string_view, 3> approx_prefixes = {"超过", "近", "约"};

// After a number, these make it a date or an ordinal, which stays text.
constexpr std::array<std::string_view, 6> not_counts = {"年", "月", "日", "号", "时", "届"};

// A full-width Latin letter (Ａ–Ｚ, ａ–ｚ: U+FF21–FF3A, U+FF41–FF5A) at `i`.
bool is_full_width_letter(std::string_view s, size_t i) {
    if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xEF) return false;
    auto b = static_cast<unsigned char>(s[i + 1]), c = static_cast<unsigned char>(s[i + 2]);
    return (b == 0xBC && c >= 0xA1 && c <= 0xBA) || (b == 0xBD && c >= 0x81 && c <= 0x9A);
}

// The unit after a number: a listed one, or full-width letters as some reports write them (12Ｔ, 3ＧＢ).
std::string_view unit_at(std::string_view s, size_t i) {
    for (std::string_view u : units)
        if (s.substr(i, u.size()) == u) return u;
    size_t end = i;
    while (is_full_width_letter(s, end))
        end += 3;
    return s.substr(i, end - i);
}

bool is_x(std::string_view s, size_t i, size_t& length) {
    if (i < s.size() && (s[i] == 'X' || s[i] == 'x')) {
        length = 1;
        return true;
    }
    if (s.substr(i).starts_with("Ｘ") || s.substr(i).starts_with("ｘ")) {
        length = 3;
        return true;
    }
    return false;
}

// A file name inside an XML comment, where "--" may not appear.
std::string comment_text(std::string s) {
    for (size_t i = s.find("--"); i != npos; i = s.find("--", i))
        s.replace(i, 2, "- -");
    return s;
}

// One paragraph's numbers become placeholders of fields named after the section.
class paragraph_converter {
public:
    paragraph_converter(const std::string& section_id, const std::string& section_title, int& counter,
                        std::vector<imported_value>& values, std::set<std::string>& labels)
        : section_id_(section_id), section_title_(section_title), counter_(counter), values_(values),
          labels_(labels) {}

    // The paragraph as the content of a <p>: escaped text, placeholders and <item>s. A marker
    // with nothing after it (……二是) is no list: the paragraph stays text, as lint wants items
    // with text.
    std::string convert(std::string_view text) {
        std::vector<size_t> items = item_positions(text);
        std::vector<std::string_view> item_texts;
        for (size_t k = 0; k < items.size(); ++k) {
            size_t begin =
                items[k] + chinese_number(static_cast<int>(k) + 1).size() + std::string_view("是").size();
            size_t end = k + 1 < items.size() ? items[k + 1] : text.size();
            item_texts.push_back(text.substr(begin, end - begin));
        }
        if (items.empty() || std::any_of(item_texts.begin(), item_texts.end(),
                                         [](std::string_view t) { return trimmed_view(t).empty(); }))
            return numbers(text);
        std::string out = numbers(text.substr(0, items.front()));
        for (std::string_view t : item_texts)
            out += "<item>" + numbers(t) + "</item>";
        return out;
    }

private:
    // 一是……二是……: at least two, in order, each after a clause break or at the start.
    static std::vector<size_t> item_positions(std::string_view text) {
        std::vector<size_t> at;
        size_t from = 0;
        for (int n = 1; n <= 20; ++n) {
            std::string marker = chinese_number(n) + "是";
            size_t p = text.find(marker, from);
            while (p != npos && p > 0 && !is_clause_break(char_before(text, p)))
                p = text.find(marker, p + marker.size());
            if (p == npos) break;
            at.push_back(p);
            from = p + marker.size();
        }
        if (at.size() < 2) at.clear();
        return at;
    }

    std::string numbers(std::string_view s) {
        std::string out;
        for (size_t i = 0; i < s.size();) {
            size_t used = 0;
            if (out.ends_with('{')) // "{{{key}}" would read as a placeholder named "{key": keep the text
                used = 0;
            else if (s.substr(i).starts_with("【待填："))
                used = marker(s, i, out);
            else if (is_digit(s[i]) || is_x(s, i, used))
                used = number(s, i, out);
            if (used == 0) {
                out += xml_escaped(s.substr(i, 1));
                used = 1;
            }
            i += used;
        }
        return out;
    }

    // 【待填：label】, ReportKit's own marker for a missing number: its label is known.
    size_t marker(std::string_view s, size_t i, std::string& out) {
        size_t open = i + std::string_view("【待填：").size(), close = s.find("】", open);
        if (close == npos || close == open) return 0;
        std::string_view label = s.substr(open, close - open);
        size_t end = close + std::string_view("】").size();
        std::string_view unit = unit_at(s, end);
        add_field(out, unit.ends_with("元") ? "amount" : "integer", -1, std::string(unit), std::string(label),
                  "", "");
        return end - i;
    }

    // A count, rate or amount (18次, 97.4%, 1,800万元, 500余篇) or an X typed in its place.
    size_t number(std::string_view s, size_t i, std::string& out) {
        std::string_view before = char_before(s, i);
        if (before.size() == 1 && (is_ascii_letter(before[0]) || is_digit(before[0]) || before[0] == '.'))
            return 0;
        if (before == "第") return 0; // an ordinal
        size_t j = i, x = 0;
        std::string digits;
        int places = -1;
        bool typed_x = is_x(s, i, x);
        if (typed_x) {
            while (is_x(s, j, x))
                j += x;
            if ((s.substr(j).starts_with(".") || s.substr(j).starts_with("．")) &&
                is_x(s, j + (s[j] == '.' ? 1 : 3), x)) {
                j += s[j] == '.' ? 1 : 3;
                places = 0;
                while (is_x(s, j, x)) {
                    j += x;
                    ++places;
                }
            }
            if (j < s.size() && is_ascii_letter(s[j])) return 0; // a word, not a placeholder
        } else {
            while (j < s.size()) { // 1,800: a thousands comma is dropped
                if (is_digit(s[j]))
                    digits += s[j++];
                else if (s[j] == ',' && j + 3 < s.size() && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
                         is_digit(s[j + 3]))
                    ++j;
                else
                    break;
            }
            if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
                digits += s[j++];
                places = 0;
                while (j < s.size() && is_digit(s[j])) {
                    digits += s[j++];
                    ++places;
                }
            }
            if (j < s.size() && is_ascii_letter(s[j])) return 0;
        }
        size_t after = j;
        std::string approx;
        for (std::string_view word : {"余", "多"}) { // 500余篇, 1000多人, "X 余篇" with a stray space
            size_t gap = s.substr(after).starts_with(" ") ? 1 : 0;
            if (s.substr(after + gap).starts_with(word) && !unit_at(s, after + gap + word.size()).empty()) {
                approx = word;
                after += gap + word.size();
            }
        }
        size_t unit_start = after < s.size() && s[after] == ' ' ? after + 1 : after;
        for (std::string_view no : not_counts)
            if (s.substr(unit_start).starts_with(no)) return 0;
        std::string type = places >= 0 ? "decimal" : "integer", unit, percent_sign;
        size_t end = after; // the placeholder's end: the unit stays text, a percent sign does not
        if (s.substr(unit_start).starts_with("%") || s.substr(unit_start).starts_with("％")) {
            type = "percent";
            if (s[unit_start] != '%') percent_sign = "％"; // kept as the report wrote it
            end = unit_start + (s[unit_start] == '%' ? 1 : 3);
            if (!digits.empty()) digits += "%";
            places = std::max(places, 0);
        } else if (std::string_view u = unit_at(s, unit_start); !u.empty()) {
            unit = u;
            unit += qualifier_at(s, unit_start + u.size()); // 卷（盒）: the unit as written
            if (u.ends_with("元")) {
                type = "amount";
                places = std::max(places, 0);
            }
        } else if (!typed_x) {
            return 0; // a bare number: a code, a page, a phone number …
        } else if (places < 0) {
            type = "text"; // "X 区": a name was left out, not a count
        }
        if (approx.empty() && type != "text") approx = take_approx_prefix(out);
        std::string label = label_before(s, i);
        if (is_fragment(label)) label = clause_with_x(s, i, end);
        context_ = clause_with_x(s, i, end, true);
        add_field(out, type, type == "integer" ? -1 : places, unit, label, typed_x ? "" : digits, approx,
                  percent_sign);
        return end - i;
    }

    // 近, 超过 or 约 just written in front of the number belongs to its placeholder.
    static std::string take_approx_prefix(std::string& out) {
        for (std::string_view word : approx_prefixes)
            if (out.ends_with(word)) {
                out.resize(out.size() - word.size());
                return std::string(word);
            }
        return {};
    }

    // Where the clause holding byte `i` starts.
    static size_t clause_start(std::string_view s, size_t i) {
        while (i > 0) {
            std::string_view c = char_before(s, i);
            if (is_clause_break(c)) break;
            i -= c.size();
        }
        return i;
    }

    // The whole clause in front of the number: what people call the value (全年组织集体学习).
    static std::string label_before(std::string_view s, size_t i) {
        std::string_view clause = trimmed_view(s.substr(clause_start(s, i), i - clause_start(s, i)));
        for (std::string_view word : approx_prefixes)
            if (clause.ends_with(word)) clause.remove_suffix(word.size());
        return std::string(trimmed_view(clause));
    }

    // Too little to tell a value by: nothing, one character (对, 为, 和), or an open quote (编发《).
    static bool is_fragment(std::string_view label) {
        if (character_count(label) < 2) return true;
        for (std::string_view open : {"《", "“", "（", "("})
            if (label.ends_with(open)) return true;
        return false;
    }

    // The clause around the number [i, end) with the number as X (对X个单位开展巡察), or, for the
    // review list, as 【the number】.
    static std::string clause_with_x(std::string_view s, size_t i, size_t end, bool shown = false) {
        size_t from = clause_start(s, i), to = end;
        while (to < s.size()) {
            std::string_view c = s.substr(to, sequence_length(s[to]));
            if (is_clause_break(c) && c != "《" && c != "》") break;
            to += c.size();
        }
        std::string number = shown ? "【" + std::string(s.substr(i, end - i)) + "】" : "X";
        return std::string(trimmed_view(s.substr(from, i - from))) + number +
               std::string(s.substr(end, to - end));
    }

    // A bracketed qualifier right after a unit, one or two characters: （盒） in 卷（盒）.
    static std::string_view qualifier_at(std::string_view s, size_t i) {
        if (!s.substr(i).starts_with("（")) return {};
        size_t close = s.find("）", i);
        if (close == npos || close - i - 3 > 6 || close - i - 3 == 0) return {};
        return s.substr(i, close + 3 - i);
    }

    void add_field(std::string& out, const std::string& type, int places, const std::string& unit,
                   const std::string& label, const std::string& value, const std::string& approx,
                   const std::string& percent_sign = "") {
        std::string key = fmt::format("{}.n{}", section_id_, ++counter_);
        int decimals = places >= 0 ? std::min(places, 6) : -1;
        std::string unique = unique_label(label);
        out += "{{" + key + (approx.empty() ? "" : "|approx=" + approx) + "}}";
        values_.push_back({key, unique, unit, value, context_, type, decimals, approx, percent_sign});
        context_.clear();
    }

    // Labels are unique in the library: a repeated one gets the section's title, then a count.
    std::string unique_label(const std::string& label) {
        std::string out = label;
        if (labels_.count(out)) out = label + "（" + section_title_ + "）";
        for (int n = 2; labels_.count(out); ++n)
            out = fmt::format("{}（{}，第{}处）", label, section_title_, n);
        labels_.insert(out);
        return out;
    }

    const std::string& section_id_;
    const std::string& section_title_;
    int& counter_;
    std::vector<imported_value>& values_;
    std::set<std::string>& labels_; // every label of the library so far
    std::string context_;
};

// "— 3 —", "- 3 -", "3", "第 3 页": a page number left in text copied from a PDF.
bool is_page_number(std::string_view line) {
    bool digits = false;
    for (size_t i = 0; i < line.size();) {
        std::string_view rest = line.substr(i);
        size_t skip = 0;
        for (std::string_view decoration : {"—", "－", "第", "页", "\u3000", "-", " "})
            if (rest.starts_with(decoration)) skip = decoration.size();
        if (skip == 0 && is_digit(line[i])) {
            digits = true;
            skip = 1;
        }
        if (skip == 0) return false;
        i += skip;
    }
    return digits;
}

// A heading number with no title after it ("二、" on a line of its own, as a list label is
// copied): its title is the next line.
bool is_lone_marker(std::string_view line) {
    heading_marker m = marker_of(line);
    return m.level > 0 && trimmed_view(line.substr(m.length)).empty();
}

// Where a paragraph may end. A semicolon, colon or quote at a line's end is inside one, and a
// half-width full stop is more often a decimal point (99.|2%).
bool ends_sentence(std::string_view line) {
    for (std::string_view end : {"。", "！", "？", "!", "?"})
        if (line.ends_with(end)) return true;
    return false;
}

// The text's paragraphs, trimmed, without blank lines and page numbers. Text copied from a PDF
// breaks every line at the page width: when most long lines have about the same length, a line
// of that length that does not end a sentence goes on in the next one.
std::vector<std::string> paragraphs_of(std::string_view text, bool& unwrapped) {
    std::vector<std::string_view> lines;
    for (size_t pos = 0; pos <= text.size();) {
        size_t eol = text.find('\n', pos);
        std::string_view line = trimmed_view(text.substr(pos, eol == npos ? npos : eol - pos));
        pos = eol == npos ? text.size() + 1 : eol + 1;
        if (!line.empty() && !is_page_number(line)) lines.push_back(line);
    }
    std::map<size_t, int> lengths; // characters → lines, for lines of 10 characters or more
    int long_lines = 0;
    for (std::string_view line : lines)
        if (size_t n = character_count(line); n >= 10) {
            ++lengths[n];
            ++long_lines;
        }
    size_t width = 0; // the most common length, the longer of equals
    int most = 0;
    for (const auto& [n, count] : lengths)
        if (count >= most) {
            most = count;
            width = n;
        }
    int near = 0, longer = 0;
    for (const auto& [n, count] : lengths) {
        near += n + 2 >= width && n <= width + 2 ? count : 0;
        longer += n > width + 5 ? count : 0;
    }
    // Four in ten long lines have about that length, and hardly any is much longer.
    unwrapped = long_lines >= 8 && near * 10 >= long_lines * 4 && longer * 10 <= long_lines;
    // Headings and the title are set in bigger or bolder type: fewer characters fill their line.
    auto continues = [&](size_t i) {
        std::string_view line = lines[i];
        if (!unwrapped || i + 1 == lines.size() || ends_sentence(line)) return false;
        size_t n = character_count(line);
        if (n + 1 >= width) return true;
        if (marker_of(line).level > 0) return n * 4 >= width * 3;
        std::string_view next = lines[i + 1];
        return i == 0 && character_count(next) <= 10 && marker_of(next).level == 0 && next.find("。") == npos;
    };
    // 三是…… starting a line goes on the paragraph with 二是, even after a sentence that ended at
    // the page width.
    auto next_item = [&](const std::string& paragraph, std::string_view line) {
        for (int n = 2; unwrapped && n <= 20; ++n)
            if (line.starts_with(chinese_number(n) + "是"))
                return paragraph.find(chinese_number(n - 1) + "是") != npos;
        return false;
    };
    std::vector<std::string> out;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i > 0 && (continues(i - 1) || (is_lone_marker(out.back()) && marker_of(lines[i]).level == 0) ||
                      next_item(out.back(), lines[i])))
            out.back() += lines[i];
        else
            out.emplace_back(lines[i]);
    }
    return out;
}

// A table of contents at the top: two or more headings before any text, the first of them found
// again further down (at the same level, its words starting the later heading, which may go on).
size_t contents_length(const std::vector<std::string>& lines) {
    size_t n = 0;
    while (n < lines.size() && marker_of(lines[n]).level > 0)
        ++n;
    if (n < 2) return 0;
    heading_marker first = marker_of(lines[0]);
    std::string_view entry = trimmed_view(std::string_view(lines[0]).substr(first.length));
    bool again =
        std::any_of(lines.begin() + static_cast<ptrdiff_t>(n), lines.end(), [&](const std::string& l) {
            heading_marker m = marker_of(l);
            return m.level == first.level &&
                   trimmed_view(std::string_view(l).substr(m.length)).starts_with(entry);
        });
    return again ? n : 0;
}

// A heading with its text (a section), or alone (a heading of the outline).
struct part {
    int level = 0;
    std::string id, title, category;
    std::string note; // where a title repeats: which part of the report this one is from
    bool run_in = false;
    std::vector<std::string_view> paragraphs;
};

// Sections that share a title get notes naming the part of the report each is from, and their
// order there when one part has several, so the draft lints clean and the deck tells them apart.
void set_variant_notes(std::vector<part>& parts) {
    std::map<std::string, std::vector<part*>> by_title;
    for (part& p : parts)
        if (!p.paragraphs.empty()) by_title[p.title].push_back(&p);
    for (auto& [title, same] : by_title) {
        if (same.size() < 2) continue;
        std::map<std::string, int> seen, in_category;
        for (part* p : same)
            ++in_category[p->category];
        for (part* p : same) {
            p->note = "见“" + p->category + "”";
            if (in_category[p->category] > 1) p->note += fmt::format("第{}处", ++seen[p->category]);
        }
    }
}

// The text with the line breaks of word processors made plain ones, and what no library can hold
// reported at its line and column: control characters, bytes that are not UTF-8, "{{".
std::string plain_text(std::string_view text, const std::string& source, diagnostics& problems) {
    std::string out;
    out.reserve(text.size());
    int line = 1, column = 1;
    auto report = [&](std::string code, std::string message) {
        problems.push_back({severity::error, {source, line, column}, std::move(code), std::move(message)});
    };
    for (size_t i = 0; i < text.size();) {
        size_t n = valid_sequence_length(text, i);
        char32_t cp = n ? code_point_at(text, i) : 0;
        int width = 1; // columns count characters
        if (n == 0) {
            report("bad-encoding",
                   fmt::format("byte 0x{:02X} is not UTF-8", static_cast<unsigned char>(text[i])));
            n = character_end(text, i + 1) - i;
        } else if (cp == '\v' || cp == '\f') {
            out += '\n';
        } else if (is_forbidden_character(cp)) {
            report("bad-character",
                   fmt::format("control character U+{:04X}: a library cannot hold it; remove it "
                               "from the report and import again",
                               static_cast<uint32_t>(cp)));
        } else if (text.substr(i).starts_with("{{")) {
            report("literal-placeholder",
                   "'{{' in the text would be read as a placeholder; write it otherwise "
                   "(for example ｛｛) and import again");
            out += "{{";
            n = width = 2;
        } else {
            out += text.substr(i, n);
        }
        bool newline = cp == '\n' || cp == '\v' || cp == '\f';
        line += newline ? 1 : 0;
        column = newline ? 1 : column + width;
        i += n;
    }
    return out;
}

// Markup a website or converter left in the text (##paidbegin##, ##paidend##): dropped, and named
// once each in `warnings`.
std::string without_markup(std::string_view text, std::vector<std::string>& warnings) {
    std::string out;
    std::map<std::string, int> dropped;
    for (size_t i = 0; i < text.size();) {
        if (text.substr(i).starts_with("##")) {
            size_t end = i + 2;
            while (end < text.size() &&
                   (is_ascii_letter(text[end]) || is_digit(text[end]) || text[end] == '_'))
                ++end;
            if (end > i + 2 && text.substr(end).starts_with("##")) {
                ++dropped[std::string(text.substr(i, end + 2 - i))];
                i = end + 2;
                continue;
            }
        }
        out += text[i++];
    }
    for (const auto& [marker, count] : dropped)
        warnings.push_back(fmt::format("dropped {} × {}: markup, not report text", count, marker));
    return out;
}

// The closing words of a report (总之……, 新的一年……) are its closing, not part of the last section.
void move_closing(std::vector<part>& parts) {
    part& last = parts.back();
    if (parts.size() < 2 || last.paragraphs.empty()) return;
    std::string_view p = last.paragraphs.back();
    bool closing = false;
    for (std::string_view word : {"总之", "总而言之", "新的一年", "在新的一年", "展望", "回顾"})
        closing = closing || p.starts_with(word);
    if (!closing || (last.run_in && last.paragraphs.size() == 1)) return;
    part c{0, "closing", "结束语", "结束语", {}, false, {p}};
    last.paragraphs.pop_back();
    parts.push_back(std::move(c));
}

} // namespace

import_result import_report_text(std::string_view input, const import_options& options) {
    import_result result;
    std::string text =
        plain_text(input, options.source.empty() ? "<input>" : options.source, result.problems);
    if (!result.problems.empty()) return result;
    std::string clean = without_markup(text, result.warnings);
    const std::vector<std::string> all_lines = paragraphs_of(clean, result.unwrapped);
    result.contents = contents_length(all_lines);
    const std::span<const std::string> lines = std::span(all_lines).subspan(result.contents);
    std::string title;
    std::vector<part> parts{{0, "opening", "总述", "总述", {}, false, {}}};
    std::array<int, 5> counters{};
    std::string category = "总述";
    for (std::string_view line : lines) {
        heading_marker m = marker_of(line);
        if (m.level == 0 || is_lone_marker(line)) {   // a number left alone is kept as text
            bool before_headings = parts.size() == 1; // the opening is the only part so far
            if (before_headings && title.empty() && parts.front().paragraphs.empty() &&
                looks_like_title(line))
                title = line;
            else
                parts.back().paragraphs.push_back(line);
            continue;
        }
        counters[static_cast<size_t>(m.level)]++;
        for (size_t deeper = static_cast<size_t>(m.level) + 1; deeper < counters.size(); ++deeper)
            counters[deeper] = 0;
        part p;
        p.level = m.level;
        p.id = fmt::format("s{}", counters[1]);
        for (int l = 2; l <= m.level; ++l)
            p.id += fmt::format("-{}", counters[static_cast<size_t>(l)]);
        std::string_view heading = trimmed_view(line.substr(m.length));
        size_t stop = heading.find("。");
        if (m.level >= 2 && stop != npos && stop > 0 && !trimmed_view(heading.substr(stop + 3)).empty()) {
            p.run_in = true; // （一）标题。正文……
            p.title = heading.substr(0, stop);
            p.paragraphs.push_back(trimmed_view(heading.substr(stop + 3)));
        } else {
            p.title = heading;
        }
        if (m.level == 1) category = p.title;
        p.category = category;
        parts.push_back(std::move(p));
    }

    move_closing(parts);
    set_variant_notes(parts);
    std::set<std::string> labels;
    for (const part& p : parts) {
        imported_part& out = result.parts.emplace_back(
            imported_part{p.id, p.title, p.note, p.category, p.level, p.run_in, {}});
        if (p.paragraphs.empty()) {
            result.headings += p.level > 0 ? 1 : 0;
            continue;
        }
        int counter = 0;
        paragraph_converter convert(p.id, p.title, counter, result.values, labels);
        for (std::string_view para : p.paragraphs)
            out.contents.push_back(convert.convert(para));
        ++result.sections;
    }
    // An X in the title (XX县…, 2025年X月) is a value to fill, as in the text.
    int title_counter = 0;
    result.report_title = title;
    result.title_content =
        paragraph_converter("title", "标题", title_counter, result.values, labels).convert(title);
    result.library_title = !options.title.empty() ? options.title : !title.empty() ? title : "导入的段落库";
    result.xml = imported_library_xml(result, options);
    return result;
}

std::string imported_library_xml(const import_result& r, const import_options& options) {
    std::string fields_xml, sections_xml, outline_xml;
    for (const imported_value& v : r.values)
        fields_xml += field_declaration(v.key, v.type, v.percent_sign, v.unit, v.decimals, v.label);
    for (const imported_part& p : r.parts) {
        if (p.contents.empty()) {
            if (p.level > 0)
                outline_xml +=
                    fmt::format("    <heading level=\"{}\">{}</heading>\n", p.level, xml_escaped(p.title));
            continue;
        }
        sections_xml += section_start_tag(p.id, p.title, p.note, p.level, p.run_in, p.category);
        for (const std::string& content : p.contents)
            sections_xml += "    <p>" + content + "</p>\n";
        sections_xml += "  </section>\n";
        outline_xml += fmt::format("    <include section=\"{}\"/>\n", xml_escaped(p.id));
    }
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += fmt::format("<!-- Made by reportkit import{}. Check the ids, titles, categories and field "
                       "labels, then run reportkit lint. -->\n",
                       options.source.empty() ? "" : " from " + comment_text(options.source));
    xml += fmt::format("<library id=\"{}\" version=\"{}\" title=\"{}\" lang=\"zh-CN\">\n",
                       xml_escaped(options.library_id), xml_escaped(options.version),
                       xml_escaped(r.library_title));
    if (!fields_xml.empty()) xml += "  <fields>\n" + fields_xml + "  </fields>\n";
    xml += sections_xml;
    if (!outline_xml.empty() || !r.report_title.empty()) {
        xml += fmt::format("  <outline id=\"report\" title=\"{}\">\n",
                           xml_escaped(r.report_title.empty() ? r.library_title : r.report_title));
        if (!r.report_title.empty()) xml += "    <title>" + r.title_content + "</title>\n";
        xml += outline_xml + "  </outline>\n";
    }
    return xml + "</library>\n";
}

std::string field_declaration(std::string_view key, std::string_view type, std::string_view percent_sign,
                              std::string_view unit, int decimals, std::string_view label) {
    std::string out = fmt::format("    <field key=\"{}\" type=\"{}\"", xml_escaped(key), xml_escaped(type));
    if (!percent_sign.empty()) out += fmt::format(" percent-sign=\"{}\"", xml_escaped(percent_sign));
    if (!unit.empty()) out += fmt::format(" unit=\"{}\"", xml_escaped(unit));
    if (decimals >= 0) out += fmt::format(" decimals=\"{}\"", decimals);
    return out + fmt::format(" label=\"{}\"/>\n", xml_escaped(label));
}

std::string section_start_tag(std::string_view id, std::string_view title, std::string_view note, int level,
                              bool run_in, std::string_view category) {
    return fmt::format("  <section id=\"{}\" title=\"{}\"{} level=\"{}\"{} category=\"{}\">\n",
                       xml_escaped(id), xml_escaped(title),
                       note.empty() ? "" : " note=\"" + xml_escaped(note) + "\"", level,
                       run_in ? " run-in=\"true\"" : "", xml_escaped(category));
}

heading_number heading_number_of(std::string_view line) {
    heading_marker m = marker_of(line);
    return {m.level, m.length};
}

imported_paragraphs import_paragraphs(const std::vector<std::string>& paragraphs,
                                      const std::string& key_prefix, const std::string& title,
                                      std::set<std::string>& labels) {
    imported_paragraphs result;
    int counter = 0;
    paragraph_converter convert(key_prefix, title, counter, result.values, labels);
    for (const std::string& p : paragraphs)
        result.contents.push_back(convert.convert(trimmed_view(p)));
    return result;
}

std::string imported_review(const std::vector<imported_value>& values, const std::string& source) {
    std::string out = fmt::format("# Fields made by reportkit import{}: confirm each label and unit, then "
                                  "delete this file.\n# key\tlabel\tunit\tvalue\tcontext\n",
                                  source.empty() ? "" : " from " + source);
    for (const imported_value& v : values)
        out += fmt::format("{}\t{}\t{}\t{}\t{}\n", v.key, v.label, v.unit,
                           v.value.empty() ? "（待填）" : v.value, v.context);
    return out;
}

std::string imported_values_csv(const std::vector<imported_value>& values) {
    std::string out = skeleton_header_line(true);
    for (const imported_value& v : values)
        out += csv_field(v.key) + "," + csv_field(v.label) + "," + csv_field(v.unit) + "," +
               csv_field(v.value) + "\r\n";
    return out;
}

} // namespace reportkit
