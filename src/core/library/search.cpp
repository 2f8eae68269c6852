#include "core/library/search.hpp"

#include <algorithm>

namespace reportkit {
namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Everything a writer might search a section by, folded to lower-case ASCII.
std::string haystack(const section& s) {
    std::string h = s.title + "\n" + s.note + "\n" + s.category + "\n" + s.summary + "\n" + s.id;
    for (const auto& t : s.tags)
        h += "\n" + t;
    for (const paragraph& p : s.paragraphs)
        for (const run& r : p.content)
            if (r.kind == run_kind::text) h += r.text;
    return lower_ascii(h);
}

} // namespace

std::vector<const section*> find_sections(const library& lib, std::string_view query) {
    std::vector<std::string> words;
    std::string q = lower_ascii(query);
    for (size_t i = 0; i < q.size();) {
        size_t end = std::min(q.find(' ', i), q.size());
        if (end > i) words.push_back(q.substr(i, end - i));
        i = end + 1;
    }
    std::vector<const section*> out;
    for (const section& s : lib.sections) {
        if (words.empty()) {
            out.push_back(&s);
            continue;
        }
        std::string h = haystack(s);
        if (std::all_of(words.begin(), words.end(),
                        [&](const std::string& w) { return h.find(w) != std::string::npos; }))
            out.push_back(&s);
    }
    return out;
}

std::vector<category_group> group_by_category(const std::vector<const section*>& sections) {
    std::vector<category_group> groups;
    for (const section* s : sections) {
        auto it =
            std::find_if(groups.begin(), groups.end(), [&](auto& g) { return g.category == s->category; });
        if (it == groups.end()) it = groups.insert(groups.end(), {s->category, {}});
        it->sections.push_back(s);
    }
    std::stable_partition(groups.begin(), groups.end(), [](auto& g) { return !g.category.empty(); });
    return groups;
}

} // namespace reportkit
