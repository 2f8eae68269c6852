#include "core/library/loader.hpp"

#include "core/layout/closing.hpp"
#include "core/library/number_words.hpp"
#include "core/library/suggest.hpp"

#include "core/data/formula.hpp"
#include "core/library/names.hpp"
#include "core/library/source_map.hpp"
#include "core/text/utf8.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <functional>
#include <map>

namespace reportkit {
namespace {

using detail::source_map;
constexpr size_t npos = std::string_view::npos;

// An element's name; pugixml keeps no lengths, so strcmp spares a strlen per comparison.
bool is(pugi::xml_node n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return s;
}

void trim_end(std::string& s) {
    while (!s.empty() && is_space(s.back()))
        s.pop_back();
}

// Appends `s` under the text rule: whitespace that contains a line break disappears, so Chinese
// text can be wrapped freely in the XML; other spaces stay.
void append_folded(std::string& out, std::string_view s) {
    if (s.find('\n') == npos) {
        out += s;
        return;
    }
    out.reserve(out.size() + s.size());
    for (size_t i = 0; i < s.size();) {
        size_t j = i;
        while (j < s.size() && !is_space(s[j]))
            ++j;
        out.append(s.data() + i, j - i); // a whole stretch of non-space characters at once
        size_t k = j;
        bool has_break = false;
        while (k < s.size() && is_space(s[k]))
            has_break |= s[k++] == '\n';
        if (!has_break) out.append(s.data() + j, k - j);
        i = k;
    }
}

// An attribute or plain element's text under the text rule, trimmed.
std::string text_value(std::string_view s) {
    std::string out;
    append_folded(out, trim(s));
    return out;
}

bool is_approx(std::string_view s) {
    return parse_approx(s).has_value();
}

// A number from min to max written as one digit (no sign, no leading zeros, no spaces).
std::optional<int> digit_in(std::string_view s, int min, int max) {
    if (s.size() != 1 || !is_digit(s[0]) || s[0] - '0' < min || s[0] - '0' > max) return std::nullopt;
    return s[0] - '0';
}

// A name used somewhere, checked once everything is declared. `name` points into the parsed
// document, which lives as long as the loader works.
struct reference {
    std::string_view name;
    text_position where;
};

template <size_t N> using attribute_names = std::array<std::string_view, N>;
constexpr attribute_names<8> library_attributes{"id",     "version",  "title",        "lang",
                                                "format", "grouping", "percent-sign", "layout"};
constexpr attribute_names<10> field_attributes{"key",    "type",    "label",    "unit",  "decimals",
                                               "approx", "formula", "grouping", "scale", "percent-sign"};
constexpr attribute_names<7> section_attributes{"id", "title", "level", "run-in", "category", "tags", "note"};
constexpr attribute_names<1> paragraph_attributes{"items"};
constexpr attribute_names<4> outline_attributes{"id", "title", "start", "layout"};
constexpr attribute_names<1> heading_attributes{"level"};
constexpr attribute_names<1> include_attributes{"section"};
constexpr attribute_names<1> change_attributes{"version"};
constexpr attribute_names<0> no_attributes{};

class loader {
public:
    loader(std::string_view xml, const std::string& path) : map_(xml), path_(path) {}

    load_result load() {
        check_characters();
        check_references_to_entities();
        pugi::xml_document doc;
        // Without parse_wconv_attribute line breaks in attributes survive for the text rule.
        constexpr unsigned options = pugi::parse_default & ~pugi::parse_wconv_attribute;
        pugi::xml_parse_result parsed =
            doc.load_buffer(map_.text().data(), map_.text().size(), options, pugi::encoding_utf8);
        if (!parsed) {
            report(severity::error, map_.at(static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0))),
                   "xml-syntax", fmt::format("malformed XML: {}", parsed.description()));
            return {nullptr, std::move(diags_)};
        }
        pugi::xml_node root = doc.document_element();
        if (!is(root, "library")) {
            report(severity::error, position(root), "unknown-element",
                   fmt::format("the root element must be <library>, not <{}>", root.name()));
            return {nullptr, std::move(diags_)};
        }
        auto lib = std::make_shared<library>();
        lib_ = lib.get();
        lib_->path = path_;
        parse_library(root);
        check_references();
        return {std::move(lib), std::move(diags_)};
    }

private:
    void report(severity level, text_position at, const char* code, std::string message) {
        diags_.push_back({level, {path_, at.line, at.column}, code, std::move(message)});
    }

    // Bytes that are no UTF-8 (the first only: a file in another encoding has them everywhere), and
    // each character no text may hold, wherever it is written.
    void check_characters() {
        std::string_view s = map_.text();
        bool bad_utf8_seen = false;
        for (size_t i = 0; i < s.size();) {
            size_t n = valid_sequence_length(s, i);
            if (n == 0) {
                if (!bad_utf8_seen)
                    report(severity::error, map_.at(i), "bad-encoding",
                           fmt::format("byte 0x{:02X} is not UTF-8: save the library as UTF-8",
                                       static_cast<unsigned char>(s[i])));
                bad_utf8_seen = true;
                i = character_end(s, i + 1);
                continue;
            }
            forbidden_character(code_point_at(s, i), i);
            i += n;
        }
    }

    void forbidden_character(char32_t cp, size_t at) {
        if (!is_forbidden_character(cp)) return;
        report(severity::error, map_.at(at), "bad-character",
               fmt::format("{} U+{:04X} in text: Writer cannot show it, remove it",
                           cp >= 0xFFFE ? "noncharacter" : "control character", static_cast<uint32_t>(cp)));
    }

    // pugixml expands only the five XML entities and character references: any other &name; would
    // reach the report as it is written, and a DOCTYPE's declarations are never read.
    void check_references_to_entities() {
        std::string_view s = map_.text();
        for (size_t i = s.find_first_of("<&"); i != npos; i = s.find_first_of("<&", i + 1)) {
            if (s[i] == '&') {
                entity_reference(s, i);
                continue;
            }
            std::string_view rest = s.substr(i);
            std::string_view end = rest.starts_with("<!--")        ? "-->"
                                   : rest.starts_with("<![CDATA[") ? "]]>"
                                   : rest.starts_with("<?")        ? "?>"
                                                                   : "";
            if (rest.starts_with("<!DOCTYPE")) {
                report(
                    severity::error, map_.at(i), "unknown-entity",
                    "a library has no DOCTYPE: its entities are not read; write the characters themselves");
                size_t close = s.find('>', i);
                if (close == npos) return;
                end = s.substr(i, close - i).find('[') != npos ? "]>" : ">"; // a subset of declarations
            }
            if (!end.empty()) {
                size_t close = s.find(end, i);
                if (close == npos) return; // the XML parser reports it
                i = close;
            }
        }
    }

    // The reference that starts at `amp`: a character reference to a character no text may hold,
    // or a named entity other than the five of XML.
    void entity_reference(std::string_view s, size_t amp) {
        size_t semicolon = s.substr(amp, 34).find(';'); // names are short: no scan to the end per '&'
        if (semicolon == npos) return;                  // a lone '&' is the parser's business
        semicolon += amp;
        std::string_view name = s.substr(amp + 1, semicolon - amp - 1);
        if (name.starts_with('#')) {
            bool hex = name.starts_with("#x");
            uint32_t cp = 0;
            auto [end, ec] =
                std::from_chars(name.data() + (hex ? 2 : 1), name.data() + name.size(), cp, hex ? 16 : 10);
            if (ec == std::errc() && end == name.data() + name.size()) forbidden_character(cp, amp);
            return;
        }
        constexpr std::string_view xml_entities[] = {"lt", "gt", "amp", "quot", "apos"};
        if (name.empty() || !std::all_of(name.begin(), name.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_';
            }))
            return;
        if (std::find(std::begin(xml_entities), std::end(xml_entities), name) != std::end(xml_entities))
            return;
        report(severity::error, map_.at(amp), "unknown-entity",
               fmt::format("unknown entity '&{};': XML knows only &lt; &gt; &amp; &quot; &apos;; write the "
                           "character itself or a reference like &#160;",
                           name));
    }

    static size_t offset(pugi::xml_node n) {
        return static_cast<size_t>(std::max<ptrdiff_t>(n.offset_debug(), 0));
    }

    // An element's '<' (pugixml gives the offset of its name), or the start of a text node.
    text_position position(pugi::xml_node n) const {
        size_t at = offset(n);
        return map_.at(n.type() == pugi::node_element && at > 0 ? at - 1 : at);
    }

    // An attribute's name in its element's start tag.
    text_position position(pugi::xml_node n, std::string_view attribute) const {
        size_t at = map_.attribute(offset(n), attribute);
        return at == npos ? position(n) : map_.at(at);
    }

    // One pass over an element's attributes: each allowed one lands in its slot, the others are
    // reported, and the first `required` names must be present.
    template <size_t N>
    std::array<pugi::xml_attribute, N> attributes(pugi::xml_node n, const attribute_names<N>& names,
                                                  size_t required) {
        std::array<pugi::xml_attribute, N> slots{};
        for (pugi::xml_attribute a : n.attributes()) {
            const char* name = a.name();
            size_t i = 0;
            while (i < N && std::strcmp(names[i].data(), name) != 0) // the names are literals, so terminated
                ++i;
            if (i < N && slots[i])
                duplicate_attribute(n, name);
            else if (i < N)
                slots[i] = a;
            else if (!std::string_view(name).starts_with("xmlns") &&
                     !std::string_view(name).starts_with("xml:"))
                report(severity::error, position(n, name), "unknown-attribute",
                       fmt::format("<{}> has no attribute '{}'", n.name(), name));
        }
        for (size_t i = 0; i < required; ++i)
            if (!slots[i])
                report(severity::error, position(n), "missing-attribute",
                       fmt::format("<{}> needs the attribute '{}'", n.name(), names[i]));
        return slots;
    }

    // Well-formed XML has each attribute once; pugixml does not check, so the first one is kept.
    void duplicate_attribute(pugi::xml_node n, std::string_view name) {
        size_t first = map_.attribute(offset(n), name);
        size_t second = first == npos ? npos : map_.attribute(first + 1, name);
        report(severity::error, second == npos ? position(n) : map_.at(second), "xml-syntax",
               fmt::format("malformed XML: <{}> has the attribute '{}' twice", n.name(), name));
    }

    void unknown_element(pugi::xml_node n, pugi::xml_node parent) {
        report(severity::error, position(n), "unknown-element",
               fmt::format("<{}> is not allowed inside <{}>", n.name(), parent.name()));
    }

    // An element of the format in the wrong place or given twice.
    void misplaced(pugi::xml_node n, std::string message) {
        report(severity::error, position(n), "unknown-element", std::move(message));
    }

    // Text where only elements belong would otherwise be dropped without a word.
    void stray_text(pugi::xml_node text, pugi::xml_node parent) {
        std::string_view value = text.value();
        size_t lead = 0;
        while (lead < value.size() && is_space(value[lead]))
            ++lead;
        if (lead == value.size()) return;
        report(severity::error, map_.at(map_.skip(offset(text), lead, true)), "unknown-element",
               fmt::format("text is not allowed directly inside <{}>{}", parent.name(),
                           is(parent, "section") ? ": put it in a <p>" : ""));
    }

    // Reports anything inside an element that must be empty.
    void check_empty(pugi::xml_node n) {
        for (pugi::xml_node c : n.children()) {
            if (c.type() == pugi::node_element)
                unknown_element(c, n);
            else if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
                stray_text(c, n);
        }
    }

    static bool is_text(pugi::xml_node n) {
        return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata;
    }

    // layout="gbt9704" or "none"; absent: the one around it decides.
    std::optional<layout_kind> layout_value(pugi::xml_node n, pugi::xml_attribute a) {
        if (!a) return std::nullopt;
        auto parsed = parse_layout(a.value());
        if (!parsed)
            report(severity::error, position(n, "layout"), "bad-value",
                   fmt::format("unknown layout '{}': use gbt9704 (GB/T 9704-2012) or none", a.value()));
        return parsed;
    }

    std::string name_value(pugi::xml_node n, pugi::xml_attribute a, const char* what) {
        if (!a) return {};
        std::string value = a.value();
        if (!is_name(value))
            report(severity::error, position(n, a.name()), "bad-value",
                   fmt::format("bad {} '{}': use lowercase ASCII segments joined by dots, e.g. party.study",
                               what, value));
        return value;
    }

    // Records the last item of `items` under its id; a second use of the id is reported.
    template <class T>
    void index(name_index& idx, const std::vector<T>& items, std::string T::*id, pugi::xml_node n,
               const char* attribute, const char* what) {
        const std::string& name = items.back().*id;
        if (name.empty()) return;
        size_t first =
            idx.insert(name, items.size() - 1, [&](size_t p) { return std::string_view(items[p].*id); });
        if (first != items.size() - 1)
            report(severity::error, position(n, attribute), "duplicate-id",
                   fmt::format("{} '{}' is given twice (first at line {})", what, name,
                               items[first].where.line));
    }

    void parse_library(pugi::xml_node root) {
        enum { id, version, title, lang, format, group, percent, layout };
        auto a = attributes(root, library_attributes, 3);
        lib_->group = grouping_value(root, a[group], grouping::none);
        lib_->percent_sign = percent_sign_value(root, a[percent], "%");
        lib_->id = name_value(root, a[id], "library id");
        lib_->title = text_value(a[title].value());
        lib_->lang = a[lang] ? a[lang].value() : "zh-CN";
        if (a[version]) {
            if (auto parsed = parse_version(a[version].value()))
                lib_->ver = *parsed;
            else
                report(
                    severity::error, position(root, "version"), "bad-value",
                    fmt::format("bad version '{}': use major.minor.patch, e.g. 1.2.0", a[version].value()));
        }
        if (a[format] && std::string_view(a[format].value()) != "1")
            report(severity::error, position(root, "format"), "unsupported-format",
                   fmt::format("library format '{}' is not supported; this ReportKit reads format 1",
                               a[format].value()));
        lib_->layout = layout_value(root, a[layout]);

        size_t sections = 0, outlines = 0; // reserved up front: no moves of big vectors while loading
        for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
            sections += is(n, "section");
            outlines += is(n, "outline");
        }
        lib_->sections.reserve(sections);
        lib_->outlines.reserve(outlines);

        // 1: after <summary>, 2: after <changes>, 3: after <fields>, 4: among sections and outlines
        int stage = 0;
        for (pugi::xml_node n : root.children()) {
            if (is_text(n)) stray_text(n, root);
            if (n.type() != pugi::node_element) continue;
            if (is(n, "summary")) {
                if (stage >= 1) misplaced(n, "<summary> must come first in <library>, and only once");
                lib_->summary = plain_text(n);
                stage = std::max(stage, 1);
            } else if (is(n, "changes")) {
                if (stage >= 2)
                    misplaced(n, "<changes> must come after <summary> and before <fields>, and only once");
                parse_changes(n);
                stage = std::max(stage, 2);
            } else if (is(n, "fields")) {
                if (stage >= 3)
                    misplaced(n, "<fields> must come before the sections and outlines, and only once");
                parse_fields(n);
                stage = std::max(stage, 3);
            } else if (is(n, "section")) {
                parse_section(n);
                stage = 4;
            } else if (is(n, "outline")) {
                parse_outline(n);
                stage = 4;
            } else {
                unknown_element(n, root);
            }
        }
    }

    // <changes><change version="1.1.0">…</change>…</changes>: each version once, none above the
    // library's own, each with its note.
    void parse_changes(pugi::xml_node n) {
        attributes(n, no_attributes, 0);
        for (pugi::xml_node c : n.children()) {
            if (is_text(c)) stray_text(c, n);
            if (c.type() != pugi::node_element) continue;
            if (!is(c, "change")) {
                unknown_element(c, n);
                continue;
            }
            auto a = attributes(c, change_attributes, 1);
            if (!a[0]) continue;
            change_note note{{}, {}, position(c)};
            auto parsed = parse_version(a[0].value());
            if (!parsed) {
                report(severity::error, position(c, "version"), "bad-value",
                       fmt::format("bad version '{}': use major.minor.patch, e.g. 1.2.0", a[0].value()));
                continue;
            }
            note.ver = *parsed;
            note.text = text_value(c.text().get());
            if (note.text.empty())
                report(severity::error, position(c), "empty-change",
                       fmt::format("the change of version {} says nothing: write one line about what changed",
                                   to_string(note.ver)));
            if (note.ver > lib_->ver)
                report(severity::error, position(c, "version"), "bad-value",
                       fmt::format("the change of version {} is above the library's version {}",
                                   to_string(note.ver), to_string(lib_->ver)));
            for (const change_note& earlier : lib_->changes)
                if (earlier.ver == note.ver)
                    report(severity::error, position(c, "version"), "duplicate-id",
                           fmt::format("version {} has a change already", to_string(note.ver)));
            lib_->changes.push_back(std::move(note));
        }
    }

    std::string plain_text(pugi::xml_node n) {
        attributes(n, no_attributes, 0);
        std::string text;
        for (pugi::xml_node c : n.children()) {
            if (c.type() == pugi::node_element)
                unknown_element(c, n);
            else if (is_text(c))
                text += c.value();
        }
        return text_value(text);
    }

    // grouping="none|comma|thin", or `otherwise` when absent or bad (a bad one is reported).
    grouping grouping_value(pugi::xml_node n, pugi::xml_attribute a, grouping otherwise) {
        if (!a) return otherwise;
        if (auto g = parse_grouping(a.value())) return *g;
        report(severity::error, position(n, "grouping"), "bad-value",
               fmt::format("grouping must be none, comma or thin, not '{}'", a.value()));
        return otherwise;
    }

    // percent-sign="%" or "％", or `otherwise` when absent or bad (a bad one is reported).
    std::string percent_sign_value(pugi::xml_node n, pugi::xml_attribute a, const std::string& otherwise) {
        if (!a) return otherwise;
        std::string_view v = a.value();
        if (v == "%" || v == "％") return std::string(v);
        report(severity::error, position(n, "percent-sign"), "bad-value",
               fmt::format("percent-sign must be % or the full-width ％, not '{}'", v));
        return otherwise;
    }

    void parse_fields(pugi::xml_node fields) {
        attributes(fields, no_attributes, 0);
        size_t count = 0;
        for (pugi::xml_node n = fields.first_child(); n; n = n.next_sibling())
            ++count;
        lib_->fields.reserve(lib_->fields.size() + count);
        for (pugi::xml_node n : fields.children()) {
            if (is_text(n)) stray_text(n, fields);
            if (n.type() != pugi::node_element) continue;
            if (is(n, "field"))
                parse_field(n);
            else
                unknown_element(n, fields);
        }
    }

    void parse_field(pugi::xml_node n) {
        enum { key, type, label, unit, decimals, approx, formula, group, scale, percent };
        auto a = attributes(n, field_attributes, 3);
        check_empty(n);
        field f;
        f.where = position(n);
        f.key = name_value(n, a[key], "field key");
        f.label = text_value(a[label].value());
        f.unit = text_value(a[unit].value());
        bool known_type = false;
        if (a[type]) {
            if (auto t = parse_field_type(a[type].value())) {
                f.type = *t;
                known_type = true;
            } else {
                report(severity::error, position(n, "type"), "bad-value",
                       fmt::format(
                           "unknown field type '{}' (use integer, decimal, percent, amount, year or text)",
                           a[type].value()));
            }
        }
        if (a[decimals]) {
            std::string_view v = a[decimals].value();
            auto d = digit_in(v, 0, 6);
            bool has_point = f.type == field_type::decimal || f.type == field_type::percent ||
                             f.type == field_type::amount;
            if (!d)
                report(severity::error, position(n, "decimals"), "bad-value",
                       fmt::format("decimals must be a whole number from 0 to 6, not '{}'", v));
            else if (known_type && !has_point)
                report(severity::error, position(n, "decimals"), "bad-value",
                       fmt::format("decimals are for decimal, percent and amount fields, not {}",
                                   to_string(f.type)));
            else
                f.decimals = *d;
        }
        if (a[approx]) {
            f.approx = a[approx].value();
            if (!is_approx(f.approx))
                report(severity::error, position(n, "approx"), "bad-value",
                       fmt::format("approx must be {}, not '{}'", approx_help, f.approx));
        }
        if (a[scale]) {
            f.scale = a[scale].value();
            if (!scale_factor(f.scale))
                report(severity::error, position(n, "scale"), "bad-value",
                       fmt::format("scale must be {}, not '{}'", scale_help, f.scale));
        }
        bool good_words =
            (f.approx.empty() || is_approx(f.approx)) && (f.scale.empty() || scale_factor(f.scale));
        if (known_type && good_words)
            if (std::string why = number_words_problem(f.type, f.approx, f.scale); !why.empty())
                report(severity::error, position(n, why.find("scale") != npos ? "scale" : "approx"),
                       "bad-value", fmt::format("field '{}': {}", f.key, why));
        if (a[formula]) {
            f.formula = a[formula].value();
            check_formula(n, a[formula].value());
        }
        f.group = grouping_value(n, a[group], lib_->group);
        f.percent_sign = percent_sign_value(n, a[percent], lib_->percent_sign);
        lib_->fields.push_back(std::move(f));
        index(lib_->field_index, lib_->fields, &field::key, n, "key", "field");
    }

    // A formula as a message quotes it: a long one cut short, so a hostile one does not flood lint.
    static std::string quoted_formula(std::string_view f) {
        constexpr size_t shown = 60;
        if (f.size() <= shown + 20) return std::string(f);
        return std::string(f.substr(0, character_start(f, shown))) + "…";
    }

    // The formula's syntax (data/formula); its names are checked once all fields are declared.
    void check_formula(pugi::xml_node n, std::string_view f) {
        size_t value = map_.attribute_value(map_.attribute(offset(n), "formula"));
        auto where = [&](size_t i) {
            return value == npos ? position(n, "formula") : map_.at(map_.skip(value, i, true));
        };
        auto parsed = formula::parse(f);
        if (auto* e = std::get_if<formula_error>(&parsed)) {
            report(severity::error, where(e->offset), "bad-value",
                   fmt::format("formula '{}' {}", quoted_formula(f), e->message));
            return;
        }
        // References come left to right: each is found from the one before, not from the start.
        size_t raw = value, done = 0;
        for (const formula_reference& r : std::get<formula>(parsed).references()) {
            if (value != npos) {
                raw = map_.skip(raw, r.offset - done, true);
                done = r.offset;
            }
            formula_uses_.push_back(
                {f.substr(r.offset, r.key.size()), value == npos ? position(n, "formula") : map_.at(raw)});
        }
    }

    void parse_section(pugi::xml_node n) {
        enum { id, title, level, run_in, category, tags, note };
        auto a = attributes(n, section_attributes, 3);
        section s;
        s.where = position(n);
        s.id = name_value(n, a[id], "section id");
        s.title = text_value(a[title].value());
        s.note = text_value(a[note].value());
        s.category = text_value(a[category].value());
        std::string_view t = a[tags].value();
        for (size_t i = 0; i < t.size();) {
            size_t end = i;
            while (end < t.size() && !is_space(t[end]))
                ++end;
            if (end > i) s.tags.emplace_back(t.substr(i, end - i));
            i = end + 1;
        }
        bool known_level = false;
        if (a[level]) {
            if (auto v = digit_in(a[level].value(), 0, 4)) {
                s.level = *v;
                known_level = true;
            } else {
                report(severity::error, position(n, "level"), "bad-value",
                       fmt::format("level must be 0 (no heading) or 1 to 4, not '{}'", a[level].value()));
            }
        }
        if (a[run_in]) {
            std::string_view v = a[run_in].value();
            if (v == "true")
                s.run_in = true;
            else if (v != "false")
                report(severity::error, position(n, "run-in"), "bad-value",
                       fmt::format("run-in must be true or false, not '{}'", v));
            if (s.run_in && known_level && s.level < 2)
                report(
                    severity::error, position(n, "run-in"), "bad-run-in",
                    fmt::format("run-in headings are for levels 2 to 4; this section is level {}", s.level));
        }
        bool summary_seen = false;
        for (pugi::xml_node c : n.children()) {
            if (is_text(c)) stray_text(c, n);
            if (c.type() != pugi::node_element) continue;
            if (is(c, "summary")) {
                if (summary_seen || !s.paragraphs.empty())
                    misplaced(c, "<summary> must come before the paragraphs of a <section>, and only once");
                s.summary = plain_text(c);
                summary_seen = true;
            } else if (is(c, "p")) {
                s.paragraphs.push_back(parse_paragraph(c));
            } else {
                unknown_element(c, n);
            }
        }
        if (s.paragraphs.empty())
            report(severity::error, s.where, "empty-section",
                   fmt::format("section '{}' has no paragraph: add at least one <p>", s.id));
        lib_->sections.push_back(std::move(s));
        index(lib_->section_index, lib_->sections, &section::id, n, "id", "section");
    }

    paragraph parse_paragraph(pugi::xml_node n) {
        paragraph p;
        p.where = position(n);
        auto a = attributes(n, paragraph_attributes, 0);
        if (a[0]) {
            std::string_view v = a[0].value();
            if (v == "di")
                p.items = item_style::di;
            else if (v != "shi")
                report(severity::error, position(n, "items"), "bad-value",
                       fmt::format("items must be shi (一是) or di (第一，), not '{}'", v));
        }
        p.content = parse_runs(n, true, "paragraph");
        return p;
    }

    // The runs of a paragraph, title or heading, trimmed at both ends; an empty one is reported.
    runs parse_runs(pugi::xml_node n, bool allow_items, const char* what) {
        scratch_.clear(); // reused, so a paragraph costs one allocation for its runs
        trim_next_ = true;
        parse_inline(n, allow_items, scratch_);
        if (!scratch_.empty() && scratch_.back().kind == run_kind::text) trim_end(scratch_.back().text);
        runs out;
        out.reserve(static_cast<size_t>(std::count_if(scratch_.begin(), scratch_.end(), is_content)));
        for (run& r : scratch_)
            if (is_content(r)) out.push_back(std::move(r));
        if (out.empty())
            report(severity::error, position(n), "empty-paragraph", fmt::format("this {} has no text", what));
        return out;
    }

    static bool is_content(const run& r) { return r.kind != run_kind::text || !r.text.empty(); }

    // Text, placeholders and (where allowed) <item> markers, in document order.
    void parse_inline(pugi::xml_node n, bool allow_items, runs& out) {
        for (pugi::xml_node c : n.children()) {
            if (is_text(c)) {
                parse_text(c, out);
            } else if (c.type() == pugi::node_element) {
                if (allow_items && is(c, "item"))
                    parse_item(c, out);
                else
                    unknown_element(c, n);
            }
        }
    }

    // An item is a marker run, then its text; whitespace around its tags goes, as at a paragraph's ends.
    void parse_item(pugi::xml_node n, runs& out) {
        attributes(n, no_attributes, 0);
        if (!out.empty() && out.back().kind == run_kind::text) trim_end(out.back().text);
        run marker;
        marker.kind = run_kind::item;
        marker.where = position(n);
        out.push_back(std::move(marker));
        size_t first = out.size();
        trim_next_ = true;
        parse_inline(n, false, out);
        if (out.size() > first && out.back().kind == run_kind::text) trim_end(out.back().text);
        if (std::none_of(out.begin() + static_cast<ptrdiff_t>(first), out.end(), is_content))
            report(severity::error, position(n), "empty-paragraph", "this item has no text");
        trim_next_ = true;
    }

    // Splits one text node at its {{placeholders}}.
    void parse_text(pugi::xml_node node, runs& out) {
        std::string_view value = node.value();
        bool entities = node.type() == pugi::node_pcdata;
        size_t raw = offset(node), decoded = 0; // raw offset of value[decoded]: entities make them differ
        size_t pos = 0;
        while (pos < value.size()) {
            size_t open = value.find("{{", pos);
            if (open == npos) {
                add_text(out, value.substr(pos));
                break;
            }
            add_text(out, value.substr(pos, open - pos));
            raw = map_.skip(raw, open - decoded, entities);
            decoded = open;
            text_position where = map_.at(raw);
            size_t close = value.find("}}", open + 2);
            size_t reopen = value.substr(0, close).find("{{", open + 2); // only up to the close: no rescans
            if (close == npos || reopen != npos) {
                report(severity::error, where, "bad-placeholder", "'{{' is not closed by '}}'");
                size_t end = reopen != npos ? reopen : value.size();
                add_text(out, value.substr(open, end - open)); // kept as text: no cascading empty-paragraph
                pos = end;
                continue;
            }
            parse_placeholder(value.substr(open + 2, close - open - 2), where, out);
            pos = close + 2;
        }
    }

    void add_text(runs& out, std::string_view text) {
        if (trim_next_) {
            while (!text.empty() && is_space(text.front()))
                text.remove_prefix(1);
            if (text.empty()) return;
            trim_next_ = false;
        }
        if (text.empty()) return;
        if (out.empty() || out.back().kind != run_kind::text) out.emplace_back();
        append_folded(out.back().text, text);
    }

    // {{ key | approx=余 | decimals=1 }}: spaces allowed around every part.
    void parse_placeholder(std::string_view inside, text_position where, runs& out) {
        size_t bar = inside.find('|');
        std::string_view key = trim(inside.substr(0, bar));
        if (!is_name(key)) {
            report(severity::error, where, "bad-placeholder",
                   fmt::format("'{{{{{}}}}}' does not name a field: write {{{{key}}}} with a declared key",
                               inside));
            add_text(out, fmt::format("{{{{{}}}}}", inside)); // kept as text: no cascading empty-paragraph
            return;
        }
        run r;
        r.kind = run_kind::field;
        r.text = key;
        r.where = where;
        while (bar != npos) {
            size_t next = inside.find('|', bar + 1);
            std::string_view option = trim(inside.substr(bar + 1, next == npos ? npos : next - bar - 1));
            bar = next;
            size_t eq = option.find('=');
            std::string_view name = trim(option.substr(0, eq));
            std::string_view value = eq == npos ? std::string_view() : trim(option.substr(eq + 1));
            if (name == "approx" && eq != npos) {
                if (is_approx(value))
                    r.options.approx = value;
                else
                    report(severity::error, where, "bad-value",
                           fmt::format("approx must be {}, not '{}'", approx_help, value));
            } else if (name == "scale" && eq != npos) {
                if (scale_factor(value))
                    r.options.scale = value;
                else
                    report(severity::error, where, "bad-value",
                           fmt::format("scale must be {}, not '{}'", scale_help, value));
            } else if (name == "decimals" && eq != npos) {
                if (auto d = digit_in(value, 0, 6))
                    r.options.decimals = *d;
                else
                    report(severity::error, where, "bad-value",
                           fmt::format("decimals must be a whole number from 0 to 6, not '{}'", value));
            } else {
                report(severity::error, where, "bad-placeholder",
                       fmt::format(
                           "unknown placeholder option '{}' (use approx=…, scale=万|亿 or decimals=0..6)",
                           option));
            }
        }
        out.push_back(std::move(r));
        trim_next_ = false;
    }

    void parse_outline(pugi::xml_node n) {
        enum { id, title, start, layout };
        auto a = attributes(n, outline_attributes, 2);
        outline o;
        o.where = position(n);
        o.id = name_value(n, a[id], "outline id");
        o.title = text_value(a[title].value());
        if (a[start]) {
            std::string_view v = a[start].value();
            int value = 0;
            auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
            bool plain = !v.empty() && v[0] != '0' && is_digit(v[0]);
            if (ec != std::errc() || end != v.data() + v.size() || !plain || value < 1 || value > 99)
                report(severity::error, position(n, "start"), "bad-value",
                       fmt::format("start must be a whole number from 1 to 99, not '{}'", v));
            else
                o.start = value;
        }
        o.layout = layout_value(n, a[layout]);
        bool summary_seen = false;
        for (pugi::xml_node c : n.children()) {
            if (is_text(c)) stray_text(c, n);
            if (c.type() != pugi::node_element) continue;
            if (is(c, "summary")) {
                if (summary_seen || !o.items.empty())
                    misplaced(c, "<summary> must come first in an <outline>, and only once");
                o.summary = plain_text(c);
                summary_seen = true;
                continue;
            }
            if (closed(o)) misplaced(c, "<closing> must come last in an <outline>, and only once");
            outline_item item;
            item.where = position(c);
            if (is(c, "title")) {
                if (!o.items.empty()) misplaced(c, "<title> must come first in an outline, and only once");
                attributes(c, no_attributes, 0);
                item.kind = outline_item_kind::title;
                item.content = parse_runs(c, false, "title");
            } else if (is(c, "p")) {
                attributes(c, no_attributes, 0);
                item.kind = outline_item_kind::paragraph;
                item.content = parse_runs(c, false, "paragraph");
            } else if (is(c, "heading")) {
                auto h = attributes(c, heading_attributes, 1);
                item.kind = outline_item_kind::heading;
                item.level = 1;
                if (h[0]) {
                    if (auto level = digit_in(h[0].value(), 1, 4))
                        item.level = *level;
                    else
                        report(severity::error, position(c, "level"), "bad-value",
                               fmt::format("heading level must be 1 to 4, not '{}'", h[0].value()));
                }
                item.content = parse_runs(c, false, "heading");
            } else if (is(c, "closing")) {
                parse_closing(c, o);
                continue;
            } else if (is(c, "include")) {
                auto inc = attributes(c, include_attributes, 1);
                check_empty(c);
                item.kind = outline_item_kind::include;
                item.section_id = inc[0].value();
                if (inc[0]) includes_.push_back({inc[0].value(), position(c, "section")});
            } else {
                unknown_element(c, n);
                continue;
            }
            o.items.push_back(std::move(item));
        }
        if (o.items.empty())
            report(severity::error, o.where, "empty-outline",
                   fmt::format("outline '{}' has nothing to render: add a <title>, <heading> or <include>",
                               o.id));
        lib_->outlines.push_back(std::move(o));
        index(lib_->outline_index, lib_->outlines, &outline::id, n, "id", "outline");
    }

    static bool closed(const outline& o) {
        return !o.items.empty() && o.items.back().kind == outline_item_kind::date;
    }

    // <closing><issuer>…</issuer><date>…</date></closing>: the issuing body over the date of writing.
    void parse_closing(pugi::xml_node n, outline& o) {
        attributes(n, no_attributes, 0);
        pugi::xml_node issuer, date;
        for (pugi::xml_node c : n.children()) {
            if (is_text(c)) stray_text(c, n);
            if (c.type() != pugi::node_element) continue;
            if (is(c, "issuer") && !issuer && !date)
                issuer = c;
            else if (is(c, "date") && !date)
                date = c;
            else if (is(c, "issuer") || is(c, "date"))
                misplaced(c, "a <closing> holds one <issuer>, then one <date>");
            else
                unknown_element(c, n);
        }
        if (!issuer || !date) {
            report(severity::error, position(n), "empty-paragraph",
                   "a <closing> needs an <issuer> (the issuing body) and a <date> (2026年1月15日)");
            return;
        }
        for (auto [node, kind] :
             {std::pair{issuer, outline_item_kind::issuer}, {date, outline_item_kind::date}}) {
            attributes(node, no_attributes, 0);
            outline_item item;
            item.kind = kind;
            item.where = position(node);
            item.content = parse_runs(node, false, kind == outline_item_kind::issuer ? "issuer" : "date");
            o.items.push_back(std::move(item));
        }
    }

    // Names that may point forward: placeholders and formulas to fields, includes to sections.
    void check_references() {
        std::vector<char> used(lib_->fields.size(), 0);
        auto use = [&](std::string_view key, text_position where, bool in_formula) {
            if (const field* f = lib_->find_field(key)) {
                used[static_cast<size_t>(f - lib_->fields.data())] = 1;
                return f;
            }
            // A key may contain '-', so "a-b" is one name; say so where it was meant as a minus.
            bool minus = in_formula && key.find('-') != npos;
            // Suggestions for the first few only: a flood of undeclared names stays linear.
            std::string near = suggestions_left_-- > 0 ? nearest_name(key, declared_keys()) : "";
            report(severity::error, where, "undeclared-field",
                   fmt::format("field '{}' is not declared: add <field key=\"{}\" …/> to <fields>{}{}", key,
                               key, minus ? " (to subtract, put spaces around '-')" : "",
                               near.empty() ? "" : fmt::format(" (did you mean {}?)", near)));
            return static_cast<const field*>(nullptr);
        };
        auto use_runs = [&](const runs& rs) {
            for (const run& r : rs)
                if (r.kind == run_kind::field)
                    if (const field* f = use(r.text, r.where, false)) check_number_words(*f, r);
        };
        for (const reference& f : formula_uses_)
            use(f.name, f.where, true);
        for (const section& s : lib_->sections)
            for (const paragraph& p : s.paragraphs)
                use_runs(p.content);
        for (const outline& o : lib_->outlines)
            for (const outline_item& i : o.items) {
                use_runs(i.content);
                if (i.kind == outline_item_kind::date) check_date(i);
            }
        for (const reference& inc : includes_)
            if (!lib_->find_section(inc.name))
                report(severity::error, inc.where, "missing-section",
                       fmt::format("the outline includes section '{}', which this library does not have",
                                   inc.name));
        for (size_t i = 0; i < lib_->fields.size(); ++i) {
            const field& f = lib_->fields[i];
            bool duplicate = lib_->find_field(f.key) != &f; // reported already
            if (is_name(f.key) && !duplicate && !used[i])   // a bad key is reported already
                report(severity::warning, f.where, "unused-field",
                       fmt::format("field '{}' is declared but no placeholder or formula uses it", f.key));
        }
        check_formulas();
        check_variant_notes();
        std::stable_sort(diags_.begin(), diags_.end(), [](const diagnostic& a, const diagnostic& b) {
            return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
        });
    }

    // GB/T 9704-2012 §7.3.5.3: the date of writing in Arabic numerals, the year whole, no leading
    // zeros; a placeholder in it is a year (a field of type year), so the date follows the report.
    void check_date(const outline_item& date) {
        for (const run& r : date.content)
            if (const field* f = r.kind == run_kind::field ? lib_->find_field(r.text) : nullptr;
                f && f->type != field_type::year)
                report(severity::error, r.where, "bad-date",
                       fmt::format("a <date> takes year fields only: '{}' is of type {}", r.text,
                                   to_string(f->type)));
        if (std::string written = date_text(date.content, "2026"); !is_official_date(written))
            report(severity::error, date.where, "bad-date",
                   fmt::format("write the date as GB/T 9704 does, in Arabic numerals without leading zeros: "
                               "{{{{report.year}}}}年12月28日 or 2026年1月5日, not '{}'",
                               written));
    }

    std::vector<std::string_view> declared_keys() const {
        std::vector<std::string_view> keys;
        for (const field& f : lib_->fields)
            keys.push_back(f.key);
        return keys;
    }

    // A placeholder's approx and scale with its field's: 上千 takes no scale, years no approx …
    void check_number_words(const field& f, const run& r) {
        if (r.options.approx.empty() && r.options.scale.empty()) return; // the field's own are checked
        std::string approx = r.options.approx.empty() ? f.approx : r.options.approx;
        std::string scale = r.options.scale.empty() ? f.scale : r.options.scale;
        if (std::string why = number_words_problem(f.type, approx, scale); !why.empty())
            report(severity::error, r.where, "bad-value", fmt::format("{{{{{}}}}}: {}", f.key, why));
    }

    // Formulas that can never give a value: loops between derived fields, and divisors that are
    // zero whatever the data (tried with arbitrary inputs, as a quick test would).
    void check_formulas() {
        std::vector<int> state(lib_->fields.size(), 0); // 0 new, 1 on the path, 2 done
        std::vector<std::string> path;
        bool chain_reported = false;
        std::function<void(size_t)> visit = [&](size_t i) {
            const field& f = lib_->fields[i];
            state[i] = 1;
            if (f.formula.empty()) {
                state[i] = 2;
                return;
            }
            path.push_back(f.key);
            auto parsed = formula::parse(f.formula);
            if (auto* fm = std::get_if<formula>(&parsed); fm && !f.formula.empty()) {
                for (const formula_reference& r : fm->references()) {
                    const field* to = lib_->find_field(r.key);
                    if (!to) continue;
                    auto j = static_cast<size_t>(to - lib_->fields.data());
                    if (state[j] == 1) {
                        std::string loop;
                        for (auto k = std::find(path.begin(), path.end(), to->key); k != path.end(); ++k)
                            loop += *k + " → ";
                        report(severity::error, to->where, "formula-loop",
                               fmt::format("the formulas depend on themselves: {}{}", loop, to->key));
                    } else if (state[j] == 0 && !to->formula.empty() &&
                               path.size() >= size_t(max_derived_chain)) {
                        // Bounds this walk, and the resolver's at refresh, which stops at the same depth.
                        if (!chain_reported)
                            report(severity::error, to->where, "formula-chain",
                                   fmt::format("field '{}' is derived through more than {} formulas in a "
                                               "chain ({} → … → {}): compute it with fewer steps",
                                               path.front(), max_derived_chain, path.front(), to->key));
                        chain_reported = true;
                    } else if (state[j] == 0) {
                        visit(j);
                    }
                }
                std::map<std::string, double> inputs; // one arbitrary value per key
                formula_value v = fm->evaluate([&](const std::string& key) {
                    return formula_value{
                        inputs.emplace(key, 1.37 + 0.71 * double(inputs.size())).first->second, {}};
                });
                if (!v.ok())
                    report(severity::error, f.where, "bad-value",
                           fmt::format("formula '{}' {} whatever the data", quoted_formula(f.formula),
                                       v.error.text("en")));
            }
            path.pop_back();
            state[i] = 2;
        };
        for (size_t i = 0; i < lib_->fields.size(); ++i)
            if (state[i] == 0 && lib_->find_field(lib_->fields[i].key) == &lib_->fields[i]) visit(i);
    }

    // Sections that share a title are told apart in the sidebar by their notes alone. A warning,
    // not an error: a library written before notes existed still loads. Each problem is reported
    // once, at the later section of the pair.
    void check_variant_notes() {
        std::map<std::string_view, std::vector<const section*>> by_title;
        for (const section& s : lib_->sections) {
            if (s.title.empty()) continue; // a missing title is reported already
            std::vector<const section*>& earlier = by_title[s.title];
            auto same_note = std::find_if(earlier.begin(), earlier.end(),
                                          [&](const section* e) { return e->note == s.note; });
            if (!earlier.empty() && (s.note.empty() || (earlier.size() == 1 && earlier[0]->note.empty())))
                report(severity::warning, s.where, "variant-note",
                       fmt::format("section '{}' has the same title '{}' as '{}' (line {}): give each a note "
                                   "that tells them apart, e.g. note=\"简短\"",
                                   s.id, s.title, earlier[0]->id, earlier[0]->where.line));
            else if (same_note != earlier.end())
                report(severity::warning, s.where, "variant-note",
                       fmt::format("section '{}' has the same title '{}' and note '{}' as '{}' (line {}): "
                                   "give each a different note",
                                   s.id, s.title, s.note, (*same_note)->id, (*same_note)->where.line));
            earlier.push_back(&s);
        }
    }

    source_map map_;
    std::string path_;
    library* lib_ = nullptr;
    diagnostics diags_;
    std::vector<reference> formula_uses_; // placeholders are found again in the model itself
    std::vector<reference> includes_;
    runs scratch_;
    bool trim_next_ = false; // at the start of a paragraph or item: leading whitespace goes
    int suggestions_left_ = 20;
};

load_result file_error(const std::string& path, const char* code, std::string message) {
    return {nullptr, {{severity::error, {path, 0, 0}, code, std::move(message)}}};
}

load_result unreadable(const std::string& path, std::string message) {
    return file_error(path, "unreadable-file", std::move(message));
}

// A byte order mark of UTF-16, or a zero byte among the first two, as UTF-16 writes '<'.
bool is_utf16(std::string_view xml) {
    return xml.starts_with("\xFF\xFE") || xml.starts_with("\xFE\xFF") ||
           (xml.size() > 1 && (xml[0] == '\0' || xml[1] == '\0'));
}

} // namespace

load_result load_library_text(std::string_view xml, const std::string& path) {
    if (xml.starts_with("\xEF\xBB\xBF")) xml.remove_prefix(3); // a BOM is no character of line 1
    if (is_utf16(xml))
        return file_error(path, "bad-encoding", "the file is UTF-16: save the library as UTF-8");
    return loader(xml, path).load();
}

load_result load_library_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return unreadable(path, "this is a folder, not a library file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return unreadable(path, fmt::format("cannot open the file: {}", std::strerror(errno)));
    std::string text;
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size > 0) {
        text.resize(static_cast<size_t>(size));
        in.read(text.data(), size);
        text.resize(static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) return unreadable(path, "cannot read the file");
    return load_library_text(text, path);
}

} // namespace reportkit
