#include "core/data/embedded_fields.hpp"

#include "core/data/formula.hpp"
#include "core/library/loader.hpp"

#include <pugixml.hpp>
#include <set>
#include <sstream>

namespace reportkit {

std::vector<std::string> plan_keys(const plan& p) {
    std::vector<std::string> keys;
    std::set<std::string> seen;
    auto scan = [&](const runs& rs) {
        for (const run& r : rs)
            if (r.kind == run_kind::field && seen.insert(r.text).second) keys.push_back(r.text);
    };
    for (const block& b : p.blocks) {
        scan(b.heading);
        scan(b.content);
    }
    return keys;
}

std::vector<const field*> fields_with_inputs(const library& lib, const std::vector<std::string>& keys) {
    std::vector<const field*> out;
    std::set<std::string> seen;
    std::vector<std::string> pending(keys.rbegin(), keys.rend());
    while (!pending.empty()) {
        std::string key = std::move(pending.back());
        pending.pop_back();
        const field* f = lib.find_field(key);
        if (!f || !seen.insert(key).second) continue;
        out.push_back(f);
        if (f->formula.empty()) continue;
        auto parsed = formula::parse(f->formula);
        if (auto* fm = std::get_if<formula>(&parsed))
            for (auto r = fm->references().rbegin(); r != fm->references().rend(); ++r)
                pending.push_back(r->key);
    }
    return out;
}

std::string embedded_fields_xml(const std::vector<const field*>& fields) {
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("library");
    root.append_attribute("id") = "document";
    root.append_attribute("version") = "1.0.0";
    root.append_attribute("title") = "document";
    pugi::xml_node list = root.append_child("fields");
    for (const field* f : fields) {
        pugi::xml_node n = list.append_child("field");
        n.append_attribute("key") = f->key.c_str();
        n.append_attribute("type") = to_string(f->type);
        n.append_attribute("label") = f->label.c_str();
        if (!f->unit.empty()) n.append_attribute("unit") = f->unit.c_str();
        if (f->decimals >= 0) n.append_attribute("decimals") = f->decimals;
        if (!f->approx.empty()) n.append_attribute("approx") = f->approx.c_str();
        if (!f->scale.empty()) n.append_attribute("scale") = f->scale.c_str();
        if (!f->formula.empty()) n.append_attribute("formula") = f->formula.c_str();
        if (f->group != grouping::none) n.append_attribute("grouping") = to_string(f->group);
        if (f->percent_sign != "%") n.append_attribute("percent-sign") = f->percent_sign.c_str();
    }
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw);
    return out.str();
}

library_ptr read_embedded_fields(std::string_view xml) {
    if (xml.empty()) return nullptr;
    load_result r = load_library_text(xml, "document");
    return r.ok() ? r.lib : nullptr;
}

} // namespace reportkit
