#include "core/ui/sections_view.hpp"

#include <algorithm>

namespace reportkit {

sections_view view_of(const sections_facts& facts) {
    sections_view v;
    bool writable = !facts.read_only;
    v.insert = writable && facts.has_library && facts.pick == tree_pick::section;
    v.insert_outline = writable && facts.has_library && facts.has_outline;
    v.apply_layout = writable;
    if (facts.read_only)
        v.status = message::read_only;
    else if (!facts.has_library)
        v.status = message::no_library;
    else if (facts.pick == tree_pick::category)
        v.status = message::pick_section;
    else if (facts.pick == tree_pick::nothing)
        v.status = message::select_section;
    return v;
}

std::string tree_label(const library& lib, const section& s, std::string_view language) {
    if (s.note.empty()) return s.title;
    bool shared = std::any_of(lib.sections.begin(), lib.sections.end(),
                              [&](const section& other) { return &other != &s && other.title == s.title; });
    if (!shared) return s.title;
    return language.starts_with("zh") ? s.title + "（" + s.note + "）" : s.title + " (" + s.note + ")";
}

size_t library_to_open(const std::vector<std::string>& ids, const std::string& document_library,
                       const std::string& last_used) {
    for (const std::string* wanted : {&document_library, &last_used}) {
        if (wanted->empty()) continue;
        auto i = std::find(ids.begin(), ids.end(), *wanted);
        if (i != ids.end()) return static_cast<size_t>(i - ids.begin());
    }
    return 0;
}

} // namespace reportkit
