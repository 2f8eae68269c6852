#include "core/library/section_draft.hpp"

#include "core/library/loader.hpp"
#include "core/library/text_import.hpp"
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

// The first words of a paragraph, up to its first number or clause break, as the title of a
// section without a heading.
std::string first_words(std::string_view text) {
    size_t end = text.size();
    for (std::string_view stop : {"，", "。", "；", "：", ",", ";"})
        end = std::min(end, text.find(stop));
    end = std::min(end, text.find_first_of("0123456789Xx"));
    std::string_view words = text.substr(0, end);
    size_t cut = 0;
    for (int n = 0; cut < words.size() && n < 16; ++n)
        cut += sequence_length(words[cut]);
    return std::string(trimmed_view(words.substr(0, cut)));
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

// `content` with each {{placeholder…}} of the draft's fields named by the field's key and approx.
std::string with_keys(std::string content, const std::vector<draft_field>& fields) {
    for (const draft_field& f : fields) {
        std::string open = "{{" + f.placeholder;
        for (size_t at = content.find(open); at != npos; at = content.find(open, at + 2)) {
            size_t after = at + open.size();
            if (after >= content.size() || (content[after] != '}' && content[after] != '|')) continue;
            size_t close = content.find("}}", after);
            if (close == npos) break;
            std::string placeholder = "{{" + f.key + (f.approx.empty() ? "" : "|approx=" + f.approx) + "}}";
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

section_draft propose_section(const std::vector<std::string>& paragraphs, const library* lib,
                              const std::string& category, int outline_level) {
    std::vector<std::string> body;
    for (const std::string& p : paragraphs)
        if (std::string_view t = trimmed_view(p); !t.empty()) body.emplace_back(t);
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
            d.title = heading.substr(0, stop);
            body.front() = rest;
        } else {
            d.title = heading;
            body.erase(body.begin());
        }
    } else {
        d.title = first_words(body.front());
    }
    d.id = propose_section_id(d.title, lib);
    d.category = !category.empty() ? category : d.level == 1 ? d.title : "其他";
    if (has_section_titled(lib, d.title)) d.note = "自定义";

    std::set<std::string> labels;
    imported_paragraphs converted = import_paragraphs(body, placeholder_prefix, d.title, labels);
    d.paragraphs = std::move(converted.contents);
    int n = 0;
    for (imported_value& v : converted.values) {
        draft_field f = draft_field_of(v);
        f.key = fmt::format("{}.n{}", d.id, ++n);
        if (const field* same = matching_field(lib, v)) {
            f.key = same->key;
            f.type = to_string(same->type);
            f.reused = true;
        }
        d.fields.push_back(std::move(f));
    }
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
