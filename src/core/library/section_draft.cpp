#include "core/library/section_draft.hpp"

#include "core/data/field_names.hpp"
#include "core/library/loader.hpp"
#include "core/library/text_import.hpp"
#include "core/render/plan.hpp"
#include "core/text/trim.hpp"
#include "core/text/utf8.hpp"
#include "core/text/xml_escape.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <pugixml.hpp>
#include <set>
#include <utility>

namespace reportkit {
namespace {

constexpr size_t npos = std::string::npos;

// The key the converted paragraphs name their numbers by until the draft is written.
constexpr char placeholder_prefix[] = "draft";

// Words of report headings and what an id says for them, longest first where one holds another.
constexpr std::array<std::pair<std::string_view, std::string_view>, 40> id_words = {{
    {"意识形态", "ideology"},  {"党风廉政", "integrity"}, {"理论学习", "study"},   {"结束语", "closing"},
    {"主题党日", "party-day"}, {"组织生活", "org-life"},  {"党建", "party"},       {"学习", "study"},
    {"廉政", "integrity"},     {"廉洁", "integrity"},     {"作风", "conduct"},     {"组织", "organization"},
    {"队伍", "team"},          {"安全", "safety"},        {"问题", "problems"},    {"不足", "shortcomings"},
    {"计划", "plan"},          {"思路", "plan"},          {"总述", "opening"},     {"公文", "documents"},
    {"信息", "info"},          {"督查", "supervision"},   {"督办", "supervision"}, {"调研", "research"},
    {"宣传", "publicity"},     {"巡察", "inspection"},    {"培训", "training"},    {"制度", "rules"},
    {"服务", "service"},       {"保障", "support"},       {"会议", "meetings"},    {"政治", "politics"},
    {"责任", "duty"},          {"经济", "economy"},       {"财务", "finance"},     {"人事", "personnel"},
    {"党员", "members"},       {"支部", "branch"},        {"法治", "law"},         {"考核", "assessment"},
}};

// The words of a clause before its first number, X, field or 【待填：…】 marker.
std::string_view words_of(std::string_view clause) {
    size_t end = std::min(clause.find_first_of("0123456789Xx"), clause.size());
    for (std::string_view stop : {std::string_view("【"), field_mark})
        end = std::min(end, clause.find(stop));
    return trimmed_view(clause.substr(0, end));
}

constexpr std::array<std::string_view, 6> clause_breaks = {"，", "。", "；", "：", ",", ";"};

// Where the clause holding byte `at` starts and ends.
std::pair<size_t, size_t> clause_around(std::string_view text, size_t at) {
    size_t start = 0, end = text.size();
    for (std::string_view stop : clause_breaks) {
        if (size_t before = text.rfind(stop, at); before != npos)
            start = std::max(start, before + stop.size());
        end = std::min(end, text.find(stop, at));
    }
    return {start, end};
}

// The first words of a paragraph that are no number or field, up to the next one or a clause
// break, as the title of a section without a heading.
std::string first_words(std::string_view shown) {
    std::string text(shown); // each 【待填：…】 as a field mark, its "：" no clause break
    for (size_t at = text.find("【待填："); at != npos; at = text.find("【待填：", at)) {
        size_t close = text.find("】", at);
        if (close == npos) break;
        text.replace(at, close + std::string_view("】").size() - at, field_mark);
    }
    for (size_t start = 0; start < text.size();) {
        size_t end = clause_around(text, start).second;
        std::string_view words = words_of(std::string_view(text).substr(start, end - start));
        if (!words.empty() && words.size() > sequence_length(words[0])) { // two characters or more
            size_t cut = 0;
            for (int n = 0; cut < words.size() && n < 16; ++n)
                cut += sequence_length(words[cut]);
            return std::string(trimmed_view(words.substr(0, cut)));
        }
        start = end + (end < text.size() ? sequence_length(text[end]) : 0);
    }
    return {};
}

bool has_section_titled(const library* lib, const std::string& title) {
    if (!lib) return false;
    for (const section& s : lib->sections)
        if (s.title == title) return true;
    return false;
}

// A field of `lib` that holds the same value: the same label and unit.
const field* matching_field(const library* lib, const imported_value& v) {
    if (!lib) return nullptr;
    for (const field& f : lib->fields)
        if (f.label == v.label && f.unit == v.unit && f.formula.empty()) return &f;
    return nullptr;
}

// "|scale=万|decimals=1" of a placeholder's options, without its approx (the review edits that).
std::string options_but_approx(std::string_view options) {
    std::string kept;
    for (size_t bar = options.find('|'); bar != npos;) {
        size_t next = options.find('|', bar + 1);
        std::string_view option = options.substr(bar, next == npos ? npos : next - bar);
        if (!option.starts_with("|approx=")) kept += option;
        bar = next;
    }
    return kept;
}

// `content` with each {{placeholder…}} of the draft's fields named by the field's key and approx.
std::string with_keys(std::string content, const std::vector<draft_field>& fields) {
    for (const draft_field& f : fields) {
        std::string open = "{{" + f.placeholder;
        for (size_t at = content.find(open); at != npos; at = content.find(open, at + 2)) {
            size_t after = at + open.size();
            if (after >= content.size() || (content[after] != '}' && content[after] != '|')) continue;
            size_t close = content.find("}}", after);
            if (close == npos) break;
            std::string placeholder = "{{" + f.key + (f.approx.empty() ? "" : "|approx=" + f.approx) +
                                      options_but_approx(content.substr(after, close - after)) + "}}";
            content.replace(at, close + 2 - at, placeholder);
            break;
        }
    }
    return content;
}

std::string field_declarations(const section_draft& d) {
    std::string out;
    std::set<std::string> declared;
    for (const draft_field& f : d.fields) {
        if (f.reused || !declared.insert(f.key).second) continue;
        out += field_declaration(f.key, f.type, f.percent_sign, f.unit, f.decimals, f.label);
    }
    return out;
}

std::string section_element(const section_draft& d) {
    std::string out = section_start_tag(d.id, d.title, d.note, d.level, d.run_in, d.category);
    for (const std::string& p : d.paragraphs)
        out += "    <p>" + with_keys(p, d.fields) + "</p>\n";
    return out + "  </section>\n";
}

} // namespace

saved_library linted(std::string xml, const std::string& path) {
    load_result r = load_library_text(xml, path);
    bool ok = r.ok();
    return {std::move(r.diags), std::move(xml), ok ? std::move(r.lib) : nullptr};
}

namespace {

// Where a line starts before `pos` when only blanks stand between them, so that inserted lines
// keep the file's indentation; else `pos`.
size_t line_start(std::string_view xml, size_t pos) {
    size_t start = pos;
    while (start > 0 && (xml[start - 1] == ' ' || xml[start - 1] == '\t'))
        --start;
    return start == 0 || xml[start - 1] == '\n' ? start : pos;
}

// Where the element `n` starts: pugixml gives the offset of its name, after the "<".
size_t element_start(pugi::xml_node n) {
    return static_cast<size_t>(n.offset_debug()) - 1;
}

// Whole lines inserted at `pos`, on a line of their own.
void insert_lines(std::string& xml, size_t pos, const std::string& lines) {
    xml.insert(pos, pos == 0 || xml[pos - 1] == '\n' ? lines : "\n" + lines);
}

// `text` with every field mark replaced by `by`.
std::string without_marks(std::string_view text, std::string_view by) {
    std::string out;
    for (size_t at = 0;;) {
        size_t mark = text.find(field_mark, at);
        out += text.substr(at, mark == npos ? npos : mark - at);
        if (mark == npos) return out;
        out += by;
        at = mark + field_mark.size();
    }
}

// A heading's text as a title: the values its fields show, their markers left out. The fields
// leave `fields`, which holds those of the paragraphs after it.
std::string title_without_fields(std::string_view heading, std::vector<selected_field>& fields) {
    std::string title;
    size_t k = 0;
    for (size_t at = 0;;) {
        size_t mark = heading.find(field_mark, at);
        title += heading.substr(at, mark == npos ? npos : mark - at);
        if (mark == npos) break;
        if (k < fields.size() && !is_marker(fields[k].shown)) title += fields[k].shown;
        ++k;
        at = mark + field_mark.size();
    }
    fields.erase(fields.begin(), fields.begin() + static_cast<std::ptrdiff_t>(std::min(k, fields.size())));
    return std::string(trimmed_view(title));
}

// What a field shows in a clause of the review: its value, else its marker.
std::string shown_in_context(const selected_field& f) {
    return is_marker(f.shown) ? f.shown : "【" + f.shown + "】";
}

// The clause each field stands in, the field shown as 【…】 and the other fields as they show.
std::vector<std::string> field_contexts(const std::vector<std::string>& body,
                                        const std::vector<selected_field>& fields) {
    std::vector<std::string> out;
    size_t k = 0;
    for (const std::string& p : body) {
        size_t first = k; // the paragraph's first field
        for (size_t mark = p.find(field_mark); mark != npos && k < fields.size();
             mark = p.find(field_mark, mark + field_mark.size()), ++k) {
            auto [start, end] = clause_around(p, mark);
            size_t j = first;
            for (size_t at = p.find(field_mark); at != npos && at < start; at = p.find(field_mark, at + 1))
                ++j;
            std::string clause;
            for (size_t at = start; at < end;) {
                size_t next = std::min(p.find(field_mark, at), end);
                clause += p.substr(at, next - at);
                if (next == end) break;
                clause += j < fields.size() ? (j == k ? shown_in_context(fields[j]) : fields[j].shown) : "";
                ++j;
                at = next + field_mark.size();
            }
            out.push_back(std::string(trimmed_view(clause)));
        }
    }
    out.resize(fields.size());
    return out;
}

// A placeholder field of the selection as a field of the draft: declared as `lib` declares it
// (then reused), else as its own library does, else with the label its marker shows.
draft_field draft_of(const selected_field& s, const library* lib, std::string context,
                     std::string placeholder) {
    draft_field f;
    f.key = s.key;
    f.approx = s.options.approx;
    f.value = is_marker(s.shown) ? "" : s.shown;
    f.context = std::move(context);
    f.placeholder = std::move(placeholder);
    const field* known = lib ? lib->find_field(s.key) : nullptr;
    f.reused = known != nullptr;
    if (!known && s.declared) known = &*s.declared;
    if (known) {
        f.label = known->label;
        f.unit = known->unit;
        f.type = to_string(known->type);
        f.decimals = known->decimals;
        f.percent_sign = known->percent_sign == "％" ? "％" : "";
    } else if (is_marker(s.shown)) {
        f.label = s.shown.substr(std::string_view("【待填：").size(),
                                 s.shown.size() - std::string_view("【待填：】").size());
    }
    return f;
}

// The paragraphs with the k-th field mark as the placeholder {{<prefix>.f<k>…}}, its options
// but approx kept (the draft field carries that).
void place_fields(std::vector<std::string>& paragraphs, const std::vector<selected_field>& fields,
                  std::string_view prefix) {
    size_t k = 0;
    for (std::string& p : paragraphs)
        for (size_t mark = p.find(field_mark); mark != npos && k < fields.size();
             mark = p.find(field_mark, mark)) {
            placeholder_options options = fields[k].options;
            options.approx.clear();
            std::string placeholder = fmt::format("{{{{{}.f{}{}}}}}", prefix, ++k, options_text(options));
            p.replace(mark, field_mark.size(), placeholder);
            mark += placeholder.size();
        }
}

// The draft's fields in the order the paragraphs name them.
void in_text_order(section_draft& d) {
    std::string all;
    for (const std::string& p : d.paragraphs)
        all += p;
    auto where = [&](const draft_field& f) {
        for (size_t at = all.find("{{" + f.placeholder); at != npos;
             at = all.find("{{" + f.placeholder, at + 2)) {
            size_t after = at + 2 + f.placeholder.size();
            if (after < all.size() && (all[after] == '}' || all[after] == '|')) return at;
        }
        return npos;
    };
    std::stable_sort(d.fields.begin(), d.fields.end(),
                     [&](const draft_field& a, const draft_field& b) { return where(a) < where(b); });
}

} // namespace

draft_field draft_field_of(const imported_value& v) {
    return {.key = v.key,
            .label = v.label,
            .unit = v.unit,
            .type = v.type,
            .approx = v.approx,
            .decimals = v.decimals,
            .percent_sign = v.percent_sign,
            .value = v.value,
            .context = v.context,
            .reused = false,
            .placeholder = v.key};
}

std::string propose_section_id(std::string_view title, const library* lib) {
    std::vector<std::string_view> words;
    for (size_t i = 0; i < title.size();) {
        size_t used = sequence_length(title[i]);
        for (const auto& [zh, en] : id_words)
            if (title.substr(i).starts_with(zh)) {
                if (std::find(words.begin(), words.end(), en) == words.end() && words.size() < 3)
                    words.push_back(en);
                used = zh.size();
                break;
            }
        i += used;
    }
    std::string base = words.empty() ? "section" : std::string(words.front());
    for (size_t i = 1; i < words.size(); ++i)
        base += "-" + std::string(words[i]);
    std::string id = base;
    for (int n = 2; lib && lib->find_section(id); ++n)
        id = fmt::format("{}-{}", base, n);
    return id;
}

section_draft propose_section(const std::vector<selected_paragraph>& paragraphs, const library* lib,
                              const std::string& category, int outline_level) {
    std::vector<std::string> body;
    std::vector<selected_field> fields; // of the marks in `body`, in order
    for (const selected_paragraph& p : paragraphs)
        if (std::string_view t = trimmed_view(p.text); !t.empty()) {
            body.emplace_back(t);
            fields.insert(fields.end(), p.fields.begin(), p.fields.end());
        }
    section_draft d;
    if (body.empty()) return d;
    heading_number h = heading_number_of(body.front());
    if (h.level == 0 && outline_level >= 1 && outline_level <= 4) h.level = outline_level;
    std::string_view heading = trimmed_view(std::string_view(body.front()).substr(h.length));
    if (h.level > 0 && !heading.empty()) {
        d.level = h.level;
        size_t stop = heading.find("。");
        std::string rest = stop == npos ? std::string() : std::string(trimmed_view(heading.substr(stop + 3)));
        if (h.level >= 2 && stop > 0 && !rest.empty()) { // （一）标题。正文……
            d.run_in = true;
            d.title = title_without_fields(heading.substr(0, stop), fields);
            body.front() = rest;
        } else {
            d.title = title_without_fields(heading, fields);
            body.erase(body.begin());
        }
    } else {
        d.title = first_words(body.front());
    }
    d.id = propose_section_id(d.title, lib);
    d.category = !category.empty() ? category : d.level == 1 ? d.title : "其他";
    if (has_section_titled(lib, d.title)) d.note = "自定义";

    std::vector<std::string> contexts = field_contexts(body, fields);
    std::set<std::string> labels;
    imported_paragraphs converted = import_paragraphs(body, placeholder_prefix, d.title, labels);
    d.paragraphs = std::move(converted.contents);
    int n = 0;
    for (imported_value& v : converted.values) {
        draft_field f = draft_field_of(v);
        f.key = fmt::format("{}.n{}", d.id, ++n);
        f.label = without_marks(v.label, "");
        f.context = without_marks(v.context, "…");
        if (const field* same = matching_field(lib, v)) {
            f.key = same->key;
            f.type = to_string(same->type);
            f.reused = true;
        }
        d.fields.push_back(std::move(f));
    }
    for (size_t k = 0; k < fields.size(); ++k)
        d.fields.push_back(
            draft_of(fields[k], lib, contexts[k], fmt::format("{}.f{}", placeholder_prefix, k + 1)));
    place_fields(d.paragraphs, fields, placeholder_prefix);
    in_text_order(d);
    return d;
}

saved_library add_section(const section_draft& draft, std::string_view library_xml, const std::string& path) {
    std::string xml(library_xml);
    pugi::xml_document doc;
    doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    pugi::xml_node root = doc.child("library");
    size_t end = xml.rfind("</library>");
    if (!root || end == npos) return linted(std::move(xml), path); // the loader says what is wrong

    std::string fields = field_declarations(draft);
    size_t fields_at = npos; // where the declarations go
    pugi::xml_node declared = root.child("fields");
    if (declared) {
        size_t close = xml.find("</fields>", element_start(declared));
        fields_at = close == npos ? npos : line_start(xml, close);
    } else if (!fields.empty()) {
        fields = "  <fields>\n" + fields + "  </fields>\n";
        fields_at = line_start(xml, end);
        for (pugi::xml_node n : root.children())
            if (std::string_view(n.name()) == "section" || std::string_view(n.name()) == "outline") {
                fields_at = line_start(xml, element_start(n));
                break;
            }
    }
    insert_lines(xml, line_start(xml, end), section_element(draft)); // the later place first
    if (!fields.empty() && fields_at != npos) insert_lines(xml, fields_at, fields);
    return linted(std::move(xml), path);
}

saved_library new_library_with(const section_draft& draft, const std::string& id, const std::string& title,
                               const std::string& path) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += fmt::format("<library id=\"{}\" version=\"0.1.0\" title=\"{}\" lang=\"zh-CN\">\n", xml_escaped(id),
                       xml_escaped(title));
    if (std::string fields = field_declarations(draft); !fields.empty())
        xml += "  <fields>\n" + fields + "  </fields>\n";
    xml += section_element(draft) + "</library>\n";
    return linted(std::move(xml), path);
}

} // namespace reportkit
