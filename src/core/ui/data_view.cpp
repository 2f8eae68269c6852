#include "core/ui/data_view.hpp"

#include "core/ui/messages.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

namespace reportkit {

std::string problem_count(size_t problems, std::string_view language) {
    return fmt::format("{} {}", problems,
                       text(problems == 1 ? message::problem_one : message::problems_many, language));
}

data_view view_of(const data_facts& facts, std::string_view language) {
    data_view v;
    bool writable = !facts.read_only;
    v.link = writable;
    v.unlink = v.refresh = writable && facts.linked;
    v.fields = writable;
    if (facts.entries == 0)
        v.counts = text(message::no_numbers, language);
    else if (facts.problems == 0)
        v.counts = text(message::all_filled, language);
    else
        v.counts = problem_count(facts.problems, language);
    return v;
}

std::vector<field_entry> field_entries(const std::vector<library_ptr>& libraries) {
    std::vector<field_entry> out;
    std::set<std::string> keys;
    std::map<std::string, size_t> labels; // label → how many lines carry it
    std::vector<std::pair<const library*, const field*>> picked;
    for (const library_ptr& lib : libraries)
        for (const field& f : lib->fields)
            if (keys.insert(f.key).second) {
                picked.emplace_back(lib.get(), &f);
                ++labels[f.label.empty() ? f.key : f.label];
            }
    for (auto [lib, f] : picked) {
        std::string label = f->label.empty() ? f->key : f->label;
        std::string line = label + "（" + f->key + "）";
        if (labels[label] > 1 && !lib->title.empty()) line += " · " + lib->title;
        out.push_back({lib->id, f->key, line});
    }
    return out;
}

} // namespace reportkit
