#include "library/loader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <fstream>
#include <initializer_list>

namespace reportkit {
namespace {

// Where things are: byte offsets of the source turned into line:column (columns in code points).
class source_map {
public:
    source_map(std::string_view text, std::string path) : text_(text), path_(std::move(path)) {
        line_starts_.push_back(0);
        for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
            line_starts_.push_back(i + 1);
    }

    std::string_view text() const { return text_; }
    const std::string& path() const { return path_; }

    text_position at(size_t offset) const {
        offset = std::min(offset, text_.size());
        auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        size_t line = static_cast<size_t>(it - line_starts_.begin());
        size_t start = line_starts_[line - 1];
        int column = 1;
        for (size_t i = start; i < offset; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column; // count UTF-8 lead bytes
        return {static_cast<int>(line), column};
    }

    // The '<' of an element.
    text_position of(pugi::xml_node n) const {
        ptrdiff_t off = n.offset_debug();
        return at(off > 0 ? static_cast<size_t>(off - 1) : 0);
    }

    // An attribute's name inside its element's start tag (pugixml keeps no attribute offsets).
    text_position of(pugi::xml_node n, const char* name) const {
        size_t i = static_cast<size_t>(std::max<ptrdiff_t>(n.offset_debug(), 0));
        std::string_view want(name);
        char quote = 0;
        for (; i < text_.size(); ++i) {
            char c = text_[i];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            } else if ((c == ' ' || c == '\t' || c == '\n' || c == '\r') &&
                       text_.compare(i + 1, want.size(), want) == 0) {
                size_t j = i + 1 + want.size();
                while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t' || text_[j] == '\n')) ++j;
                if (j < text_.size() && text_[j] == '=') return at(i + 1);
            }
        }
        return of(n);
    }

    // The raw offset of character `index` of a text node's decoded value (entities and CRLF
    // take more raw bytes than they give).
    size_t raw_offset(pugi::xml_node text_node, size_t index) const {
        size_t r = static_cast<size_t>(std::max<ptrdiff_t>(text_node.offset_debug(), 0));
        size_t d = 0;
        while (d < index && r < text_.size()) {
            if (text_[r] == '&') {
                size_t semi = text_.find(';', r);
                if (semi == std::string_view::npos) break;
                size_t produced = decoded_length(text_.substr(r + 1, semi - r - 1));
                r = semi + 1;
                d += produced;
            } else if (text_[r] == '\r' && r + 1 < text_.size() && text_[r + 1] == '\n') {
                r += 2;
                d += 1;
            } else {
                ++r;
                ++d;
            }
        }
        return r;
    }

private:
    static size_t decoded_length(std::string_view entity) {
        if (entity.empty() || entity[0] != '#') return 1; // &amp; &lt; &gt; &quot; &apos;
        unsigned long cp = 0;
        bool hex = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X');
        std::from_chars(entity.data() + (hex ? 2 : 1), entity.data() + entity.size(), cp, hex ? 16 : 10);
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    std::string_view text_;
    std::string path_;
    std::vector<size_t> line_starts_;
};

bool is_name(std::string_view s) {
    // one or more segments of [a-z][a-z0-9_-]* joined by dots
    bool segment_start = true;
    if (s.empty()) return false;
    for (char c : s) {
        if (segment_start) {
            if (c < 'a' || c > 'z') return false;
            segment_start = false;
        } else if (c == '.') {
            segment_start = true;
        } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            return false;
        }
    }
    return !segment_start;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whitespace containing a line break disappears: Chinese text is wrapped freely in the XML.
std::string fold_breaks(std::string_view s) {
    if (s.find('\n') == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        size_t j = i;
        while (j < s.size() && !is_space(s[j])) ++j;
        out.append(s.data() + i, j - i); // a whole run of non-space characters at once
        size_t k = j;
        bool has_break = false;
        while (k < s.size() && is_space(s[k])) has_break |= s[k++] == '\n';
        if (!has_break) out.append(s.data() + j, k - j);
        i = k;
    }
    return out;
}

std::string trim(std::string_view s) {
    size_t a = 0, b = s.size();
    while (a < b && is_space(s[a])) ++a;
    while (b > a && is_space(s[b - 1])) --b;
    return std::string(s.substr(a, b - a));
}

const char* const approx_words[] = {"余", "近", "超过", "约"};

bool is_approx(std::string_view s) {
    return std::find(std::begin(approx_words), std::end(approx_words), s) != std::end(approx_words);
}

std::optional<int> parse_int(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

struct reference {
    std::string name;
    text_position where;
};

class loader {
public:
    loader(std::string_view xml, const std::string& path) : map_(xml, path) {}

    load_result load() {
        pugi::xml_document doc;
        pugi::xml_parse_result parsed =
            doc.load_buffer(map_.text().data(), map_.text().size(), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed) {
            report(severity::error, map_.at(static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0))), "xml-syntax",
                   fmt::format("malformed XML: {}", parsed.description()));
            return {nullptr, std::move(diags_)};
        }
        pugi::xml_node root = doc.document_element();
        if (std::string_view(root.name()) != "library") {
            report(severity::error, map_.of(root), "unknown-element",
                   fmt::format("the root element must be <library>, not <{}>", root.name()));
            return {nullptr, std::move(diags_)};
        }
        auto lib = std::make_shared<library>();
        lib_ = lib.get();
        lib_->path = map_.path();
        parse_library(root);
        check_references();
        return {std::move(lib), std::move(diags_)};
    }

private:
    void report(severity level, text_position at, const char* code, std::string message) {
        diags_.push_back({level, {map_.path(), at.line, at.column}, code, std::move(message)});
    }

    // Reports attributes outside `allowed` and missing `required` ones.
    void check_attributes(pugi::xml_node n, std::initializer_list<const char*> allowed,
                          std::initializer_list<const char*> required) {
        for (pugi::xml_attribute a : n.attributes()) {
            std::string_view name = a.name();
            if (name.starts_with("xmlns") || name.starts_with("xml:")) continue;
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char* x) { return name == x; }))
                report(severity::error, map_.of(n, a.name()), "unknown-attribute",
                       fmt::format("<{}> has no attribute '{}'", n.name(), name));
        }
        for (const char* r : required)
            if (!n.attribute(r))
                report(severity::error, map_.of(n), "missing-attribute",
                       fmt::format("<{}> needs the attribute '{}'", n.name(), r));
    }

    void unknown_element(pugi::xml_node n, pugi::xml_node parent) {
        report(severity::error, map_.of(n), "unknown-element",
               fmt::format("<{}> is not allowed inside <{}>", n.name(), parent.name()));
    }

    std::string name_attribute(pugi::xml_node n, const char* attr, const char* what) {
        pugi::xml_attribute a = n.attribute(attr);
        if (!a) return {};
        std::string value = a.value();
        if (!is_name(value))
            report(severity::error, map_.of(n, attr), "bad-value",
                   fmt::format("bad {} '{}': use lowercase ASCII segments joined by dots, e.g. party.study", what,
                               value));
        return value;
    }

    template <class T>
    void index(std::map<std::string, size_t, std::less<>>& idx, const std::vector<T>& items, pugi::xml_node n,
               const char* attr, const char* what) {
        const std::string& id = items.back().id;
        if (id.empty()) return;
        auto [it, inserted] = idx.emplace(id, items.size() - 1);
        if (!inserted)
            report(severity::error, map_.of(n, attr), "duplicate-id",
                   fmt::format("{} '{}' is given twice (first at line {})", what, id,
                               items[it->second].where.line));
    }

    void parse_library(pugi::xml_node root) {
        check_attributes(root, {"id", "version", "title", "lang", "format"}, {"id", "version", "title"});
        lib_->id = name_attribute(root, "id", "library id");
        lib_->title = root.attribute("title").value();
        lib_->lang = root.attribute("lang") ? root.attribute("lang").value() : "zh-CN";
        if (pugi::xml_attribute v = root.attribute("version")) {
            if (auto parsed = parse_version(v.value())) lib_->ver = *parsed;
            else
                report(severity::error, map_.of(root, "version"), "bad-value",
                       fmt::format("bad version '{}': use major.minor.patch, e.g. 1.2.0", v.value()));
        }
        if (pugi::xml_attribute f = root.attribute("format"); f && std::string_view(f.value()) != "1")
            report(severity::error, map_.of(root, "format"), "unsupported-format",
                   fmt::format("library format '{}' is not supported; this ReportKit reads format 1", f.value()));

        for (pugi::xml_node n : root.children()) {
            if (n.type() != pugi::node_element) continue;
            std::string_view name = n.name();
            if (name == "summary") lib_->summary = plain_text(n);
            else if (name == "fields") parse_fields(n);
            else if (name == "section") parse_section(n);
            else if (name == "outline") parse_outline(n);
            else unknown_element(n, root);
        }
    }

    std::string plain_text(pugi::xml_node n) {
        check_attributes(n, {}, {});
        for (pugi::xml_node c : n.children())
            if (c.type() == pugi::node_element) unknown_element(c, n);
        return trim(fold_breaks(n.text().get()));
    }

    void parse_fields(pugi::xml_node fields) {
        check_attributes(fields, {}, {});
        for (pugi::xml_node n : fields.children()) {
            if (n.type() != pugi::node_element) continue;
            if (std::string_view(n.name()) != "field") {
                unknown_element(n, fields);
                continue;
            }
            check_attributes(n, {"key", "type", "label", "unit", "decimals", "approx", "formula"},
                             {"key", "type", "label"});
            field f;
            f.where = map_.of(n);
            f.key = name_attribute(n, "key", "field key");
            f.label = n.attribute("label").value();
            f.unit = n.attribute("unit").value();
            if (pugi::xml_attribute t = n.attribute("type")) {
                if (auto type = parse_field_type(t.value())) f.type = *type;
                else
                    report(severity::error, map_.of(n, "type"), "bad-value",
                           fmt::format("unknown field type '{}' (use integer, decimal, percent, amount, year "
                                       "or text)",
                                       t.value()));
            }
            if (pugi::xml_attribute d = n.attribute("decimals")) {
                auto v = parse_int(d.value());
                if (v && *v >= 0 && *v <= 6) f.decimals = *v;
                else
                    report(severity::error, map_.of(n, "decimals"), "bad-value",
                           fmt::format("decimals must be a whole number from 0 to 6, not '{}'", d.value()));
            }
            if (pugi::xml_attribute a = n.attribute("approx")) {
                f.approx = a.value();
                if (!is_approx(f.approx))
                    report(severity::error, map_.of(n, "approx"), "bad-value",
                           fmt::format("approx must be 余, 近, 超过 or 约, not '{}'", f.approx));
            }
            if (pugi::xml_attribute formula = n.attribute("formula")) {
                f.formula = formula.value();
                parse_formula(f.formula, map_.of(n, "formula"));
            }
            lib_->fields.push_back(std::move(f));
            auto [it, inserted] = lib_->field_index.emplace(lib_->fields.back().key, lib_->fields.size() - 1);
            if (!lib_->fields.back().key.empty() && !inserted)
                report(severity::error, map_.of(n, "key"), "duplicate-id",
                       fmt::format("field '{}' is declared twice (first at line {})", lib_->fields.back().key,
                                   lib_->fields[it->second].where.line));
        }
    }

    // Checks the formula's characters and records the fields it names.
    void parse_formula(const std::string& formula, const text_position& where) {
        for (size_t i = 0; i < formula.size();) {
            unsigned char c = static_cast<unsigned char>(formula[i]);
            if (c >= 'a' && c <= 'z') {
                size_t j = i;
                while (j < formula.size() && (is_name_char(formula[j]))) ++j;
                std::string name = formula.substr(i, j - i);
                if (!is_name(name))
                    report(severity::error, where, "bad-value", fmt::format("bad field name '{}' in formula", name));
                else
                    formula_uses_.push_back({name, where});
                i = j;
            } else if ((c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' || c == '*' || c == '/' ||
                       c == '(' || c == ')' || is_space(static_cast<char>(c))) {
                ++i;
            } else if (formula.compare(i, 2, "×") == 0 || formula.compare(i, 2, "÷") == 0) {
                i += 2; // both are two bytes in UTF-8
            } else {
                size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
                report(severity::error, where, "bad-value",
                       fmt::format("formula '{}' has '{}': use field keys, numbers, + - * / × ÷ and parentheses",
                                   formula, formula.substr(i, len)));
                return;
            }
        }
    }

    static bool is_name_char(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    }

    void parse_section(pugi::xml_node n) {
        check_attributes(n, {"id", "title", "level", "run-in", "category", "tags"}, {"id", "title", "level"});
        section s;
        s.where = map_.of(n);
        s.id = name_attribute(n, "id", "section id");
        s.title = trim(fold_breaks(n.attribute("title").value()));
        s.category = n.attribute("category").value();
        std::string_view tags = n.attribute("tags").value();
        for (size_t i = 0; i < tags.size();) {
            size_t end = tags.find(' ', i);
            if (end == std::string_view::npos) end = tags.size();
            if (end > i) s.tags.emplace_back(tags.substr(i, end - i));
            i = end + 1;
        }
        if (pugi::xml_attribute l = n.attribute("level")) {
            auto v = parse_int(l.value());
            if (v && *v >= 0 && *v <= 4) s.level = *v;
            else
                report(severity::error, map_.of(n, "level"), "bad-value",
                       fmt::format("level must be 0 (no heading) or 1 to 4, not '{}'", l.value()));
        }
        if (pugi::xml_attribute r = n.attribute("run-in")) {
            std::string_view v = r.value();
            if (v == "true") s.run_in = true;
            else if (v != "false")
                report(severity::error, map_.of(n, "run-in"), "bad-value",
                       fmt::format("run-in must be true or false, not '{}'", v));
            if (s.run_in && s.level < 2)
                report(severity::error, map_.of(n, "run-in"), "bad-run-in",
                       fmt::format("run-in headings are for levels 2 to 4; this section is level {}", s.level));
        }
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view name = c.name();
            if (name == "summary") s.summary = plain_text(c);
            else if (name == "p") s.paragraphs.push_back(parse_paragraph(c, true));
            else unknown_element(c, n);
        }
        if (s.paragraphs.empty())
            report(severity::error, s.where, "empty-section",
                   fmt::format("section '{}' has no paragraph: add at least one <p>", s.id));
        lib_->sections.push_back(std::move(s));
        index(lib_->section_index, lib_->sections, n, "id", "section");
    }

    paragraph parse_paragraph(pugi::xml_node n, bool allow_items) {
        paragraph p;
        p.where = map_.of(n);
        check_attributes(n, allow_items ? std::initializer_list<const char*>{"items"} : std::initializer_list<const char*>{},
                         {});
        if (pugi::xml_attribute items = n.attribute("items")) {
            std::string_view v = items.value();
            if (v == "di") p.items = item_style::di;
            else if (v != "shi")
                report(severity::error, map_.of(n, "items"), "bad-value",
                       fmt::format("items must be shi (一是) or di (第一，), not '{}'", v));
        }
        parse_inline(n, allow_items, p.content);
        finish_runs(p.content);
        bool has_content = std::any_of(p.content.begin(), p.content.end(),
                                       [](const run& r) { return r.kind != run_kind::text || !r.text.empty(); });
        if (!has_content) report(severity::error, p.where, "empty-paragraph", "this paragraph has no text");
        return p;
    }

    // Text, placeholders and (where allowed) <item> markers, in document order.
    void parse_inline(pugi::xml_node n, bool allow_items, runs& out) {
        for (pugi::xml_node c : n.children()) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
                parse_text(c, out);
            } else if (c.type() == pugi::node_element) {
                if (allow_items && std::string_view(c.name()) == "item") {
                    check_attributes(c, {}, {});
                    run marker;
                    marker.kind = run_kind::item;
                    marker.where = map_.of(c);
                    out.push_back(std::move(marker));
                    parse_inline(c, false, out);
                } else {
                    unknown_element(c, n);
                }
            }
        }
    }

    // Splits one text node at its {{placeholders}}.
    void parse_text(pugi::xml_node text_node, runs& out) {
        std::string_view value = text_node.value();
        size_t pos = 0;
        while (pos < value.size()) {
            size_t open = value.find("{{", pos);
            add_text(out, value.substr(pos, open == std::string_view::npos ? std::string_view::npos : open - pos));
            if (open == std::string_view::npos) break;
            text_position where = map_.at(map_.raw_offset(text_node, open));
            size_t close = value.find("}}", open + 2);
            if (close == std::string_view::npos) {
                report(severity::error, where, "bad-placeholder", "'{{' is not closed by '}}'");
                break;
            }
            parse_placeholder(value.substr(open + 2, close - open - 2), where, out);
            pos = close + 2;
        }
    }

    void add_text(runs& out, std::string_view text) {
        if (text.empty()) return;
        std::string folded = fold_breaks(text);
        if (!out.empty() && out.back().kind == run_kind::text) {
            out.back().text += folded;
            return;
        }
        run r;
        r.text = std::move(folded);
        out.push_back(std::move(r));
    }

    void parse_placeholder(std::string_view inside, const text_position& where, runs& out) {
        run r;
        r.kind = run_kind::field;
        r.where = where;
        size_t bar = inside.find('|');
        r.text = trim(inside.substr(0, bar));
        if (!is_name(r.text)) {
            report(severity::error, where, "bad-placeholder",
                   fmt::format("'{{{{{}}}}}' does not name a field: write {{{{key}}}} with a declared key",
                               std::string(inside)));
            add_text(out, "{{" + std::string(inside) + "}}"); // kept as text: no cascading empty-paragraph
            return;
        }
        while (bar != std::string_view::npos) {
            size_t next = inside.find('|', bar + 1);
            std::string option = trim(inside.substr(bar + 1, next == std::string_view::npos ? next : next - bar - 1));
            bar = next;
            size_t eq = option.find('=');
            std::string name = trim(option.substr(0, eq));
            std::string value = eq == std::string::npos ? std::string() : trim(option.substr(eq + 1));
            if (name == "approx" && is_approx(value)) {
                r.options.approx = value;
            } else if (name == "decimals" && parse_int(value) && *parse_int(value) >= 0 && *parse_int(value) <= 6) {
                r.options.decimals = *parse_int(value);
            } else {
                report(severity::error, where, "bad-placeholder",
                       fmt::format("unknown placeholder option '{}' (use approx=余|近|超过|约 or decimals=0..6)",
                                   option));
            }
        }
        out.push_back(std::move(r));
    }

    // Trims the paragraph's outer whitespace and drops text runs left empty.
    static void finish_runs(runs& rs) {
        auto first = std::find_if(rs.begin(), rs.end(), [](const run& r) { return r.kind == run_kind::text; });
        if (first != rs.end() && first == rs.begin()) {
            size_t a = 0;
            while (a < first->text.size() && is_space(first->text[a])) ++a;
            first->text.erase(0, a);
        }
        if (!rs.empty() && rs.back().kind == run_kind::text) {
            std::string& t = rs.back().text;
            while (!t.empty() && is_space(t.back())) t.pop_back();
        }
        std::erase_if(rs, [](const run& r) { return r.kind == run_kind::text && r.text.empty(); });
    }

    void parse_outline(pugi::xml_node n) {
        check_attributes(n, {"id", "title"}, {"id", "title"});
        outline o;
        o.where = map_.of(n);
        o.id = name_attribute(n, "id", "outline id");
        o.title = n.attribute("title").value();
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view name = c.name();
            outline_item item;
            item.where = map_.of(c);
            if (name == "summary") {
                o.summary = plain_text(c);
                continue;
            } else if (name == "title") {
                if (!o.items.empty())
                    report(severity::error, item.where, "unknown-element",
                           "<title> must come first in an outline, and only once");
                item.kind = outline_item_kind::title;
                item.content = parse_paragraph(c, false).content;
            } else if (name == "p") {
                item.kind = outline_item_kind::paragraph;
                item.content = parse_paragraph(c, false).content;
            } else if (name == "heading") {
                item.kind = outline_item_kind::heading;
                check_attributes(c, {"level"}, {"level"});
                auto level = parse_int(c.attribute("level").value());
                if (c.attribute("level") && !(level && *level >= 1 && *level <= 4))
                    report(severity::error, map_.of(c, "level"), "bad-value",
                           fmt::format("heading level must be 1 to 4, not '{}'", c.attribute("level").value()));
                item.level = level.value_or(1);
                runs content;
                parse_inline(c, false, content);
                finish_runs(content);
                if (content.empty()) report(severity::error, item.where, "empty-paragraph", "this heading has no text");
                item.content = std::move(content);
            } else if (name == "include") {
                item.kind = outline_item_kind::include;
                check_attributes(c, {"section"}, {"section"});
                item.section_id = c.attribute("section").value();
                includes_.push_back({item.section_id, map_.of(c, "section")});
            } else {
                unknown_element(c, n);
                continue;
            }
            o.items.push_back(std::move(item));
        }
        if (o.items.empty())
            report(severity::error, o.where, "empty-outline",
                   fmt::format("outline '{}' has nothing to render: add a <title>, <heading> or <include>", o.id));
        lib_->outlines.push_back(std::move(o));
        index(lib_->outline_index, lib_->outlines, n, "id", "outline");
    }

    // Names that may point forward: placeholders and formulas to fields, includes to sections.
    void check_references() {
        std::vector<char> used(lib_->fields.size(), 0);
        auto use = [&](const std::string& key, const text_position& where) {
            auto it = lib_->field_index.find(key);
            if (it != lib_->field_index.end()) {
                used[it->second] = 1;
                return;
            }
            report(severity::error, where, "undeclared-field",
                   fmt::format("field '{}' is not declared: add <field key=\"{}\" …/> to <fields>", key, key));
        };
        auto use_runs = [&](const runs& rs) {
            for (const run& r : rs)
                if (r.kind == run_kind::field) use(r.text, r.where);
        };
        for (const reference& f : formula_uses_) use(f.name, f.where);
        for (const section& s : lib_->sections)
            for (const paragraph& p : s.paragraphs) use_runs(p.content);
        for (const outline& o : lib_->outlines)
            for (const outline_item& i : o.items) use_runs(i.content);
        for (const reference& inc : includes_)
            if (!lib_->find_section(inc.name))
                report(severity::error, inc.where, "missing-section",
                       fmt::format("the outline includes section '{}', which this library does not have", inc.name));
        for (size_t i = 0; i < lib_->fields.size(); ++i) {
            const field& f = lib_->fields[i];
            bool duplicate = !f.key.empty() && lib_->field_index.at(f.key) != i; // reported already
            if (!f.key.empty() && !duplicate && !used[i])
                report(severity::warning, f.where, "unused-field",
                       fmt::format("field '{}' is declared but no placeholder or formula uses it", f.key));
        }
        std::stable_sort(diags_.begin(), diags_.end(), [](const diagnostic& a, const diagnostic& b) {
            return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
        });
    }

    source_map map_;
    library* lib_ = nullptr;
    diagnostics diags_;
    std::vector<reference> formula_uses_; // placeholders are found again in the model itself
    std::vector<reference> includes_;
};

} // namespace

load_result load_library_text(std::string_view xml, const std::string& path) { return loader(xml, path).load(); }

load_result load_library_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {nullptr, {{severity::error, {path, 0, 0}, "unreadable-file", "cannot open the file"}}};
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return load_library_text(text, path);
}

} // namespace reportkit
