#include "core/library/library_draft.hpp"

#include "core/library/text_import.hpp"
#include "core/text/numbering.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace reportkit {
namespace {

constexpr size_t npos = std::string::npos;

import_options options_of(const library_draft& d) {
    import_options o;
    o.library_id = d.id;
    o.title = d.title;
    o.version = d.version;
    return o;
}

// `content` with each {{key…}} of a reviewed field named by its key and approximation as edited;
// one pass, so that a key renamed to another field's old key is not renamed twice.
std::string renamed(std::string_view content, const std::map<std::string, const draft_field*>& fields) {
    std::string out;
    size_t at = 0;
    for (size_t open = content.find("{{"); open != npos; open = content.find("{{", at)) {
        size_t close = content.find("}}", open);
        if (close == npos) break;
        std::string_view inside = content.substr(open + 2, close - open - 2);
        auto f = fields.find(std::string(inside.substr(0, inside.find('|'))));
        out += content.substr(at, open - at);
        if (f == fields.end())
            out += content.substr(open, close + 2 - open);
        else
            out += "{{" + f->second->key + (f->second->approx.empty() ? "" : "|approx=" + f->second->approx) +
                   "}}";
        at = close + 2;
    }
    return out + std::string(content.substr(at));
}

// Whether `content` names the field `key` in a placeholder.
bool names(std::string_view content, const std::string& key) {
    return content.find("{{" + key + "}}") != npos || content.find("{{" + key + "|") != npos;
}

// The parts the review left out, with the values only they named.
void leave_out(import_result& r, const std::set<std::string>& excluded) {
    std::vector<std::string> kept_text{r.title_content};
    for (const imported_part& p : r.parts)
        if (!excluded.count(p.id)) kept_text.insert(kept_text.end(), p.contents.begin(), p.contents.end());
    std::erase_if(r.parts,
                  [&](const imported_part& p) { return !p.contents.empty() && excluded.count(p.id); });
    std::erase_if(r.values, [&](const imported_value& v) {
        return std::none_of(kept_text.begin(), kept_text.end(),
                            [&](const std::string& c) { return names(c, v.key); });
    });
}

} // namespace

std::string import_text(const std::vector<document_paragraph>& paragraphs) {
    std::array<int, 5> counters{};
    std::string out;
    for (const document_paragraph& p : paragraphs) {
        int level = p.outline_level;
        if (level >= 1 && level <= 4) {
            size_t l = static_cast<size_t>(level);
            ++counters[l];
            std::fill(counters.begin() + static_cast<ptrdiff_t>(l) + 1, counters.end(), 0);
            if (heading_number_of(p.text).level == 0) out += heading_label(level, counters[l]);
        }
        out += p.text + "\n";
    }
    return out;
}

library_draft propose_library(std::string text, const std::string& id) {
    library_draft d;
    d.id = id;
    import_result r = import_report_text(text, options_of(d));
    d.text = std::move(text);
    d.problems = std::move(r.problems);
    d.title = r.library_title;
    for (const imported_part& p : r.parts)
        if (!p.contents.empty()) d.sections.push_back({p.id, p.title, p.level, true, p.id});
    for (const imported_value& v : r.values)
        d.fields.push_back(draft_field_of(v));
    return d;
}

saved_library reviewed_library(const library_draft& draft, const std::string& path) {
    import_result r = import_report_text(draft.text, options_of(draft));
    if (has_errors(r.problems)) return {std::move(r.problems), {}, nullptr};

    std::set<std::string> excluded;
    std::map<std::string, const draft_section*> sections;
    for (const draft_section& s : draft.sections)
        if (s.included)
            sections[s.proposed_id] = &s;
        else
            excluded.insert(s.proposed_id);
    leave_out(r, excluded);
    std::map<std::string, std::string> categories; // a level-1 title as edited names its category
    for (imported_part& p : r.parts)
        if (auto s = sections.find(p.id); s != sections.end() && !p.contents.empty()) {
            if (p.level == 1) categories[p.title] = s->second->title;
            p.id = s->second->id;
            p.title = s->second->title;
            p.level = s->second->level;
        }
    for (imported_part& p : r.parts)
        if (auto c = categories.find(p.category); c != categories.end()) p.category = c->second;

    std::map<std::string, const draft_field*> fields;
    for (const draft_field& f : draft.fields)
        fields[f.placeholder] = &f;
    for (imported_part& p : r.parts)
        for (std::string& content : p.contents)
            content = renamed(content, fields);
    r.title_content = renamed(r.title_content, fields);
    for (imported_value& v : r.values)
        if (auto f = fields.find(v.key); f != fields.end()) {
            v.key = f->second->key;
            v.label = f->second->label;
            v.unit = f->second->unit;
            v.type = f->second->type;
            v.approx = f->second->approx;
        }
    r.library_title = draft.title;
    return linted(imported_library_xml(r, options_of(draft)), path);
}

} // namespace reportkit
