#include "core/library/suggest.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <numeric>

namespace reportkit {
namespace {

// Levenshtein distance over bytes (keys and ids are ASCII).
size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), size_t{0});
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

template <class T>
std::string missing_message(const library& lib, std::string_view id, const char* what,
                            const std::vector<T>& items) {
    std::vector<std::string_view> ids;
    for (const T& item : items)
        ids.push_back(item.id);
    std::string out = fmt::format("library '{}' has no {} '{}'", lib.id, what, id);
    if (std::string near = nearest_name(id, ids); !near.empty())
        out += fmt::format(" (did you mean {}?)", near);
    if (ids.empty()) return out + fmt::format("; it has no {}s", what);
    return out + fmt::format("; it has: {}", fmt::join(ids, ", "));
}

} // namespace

std::string nearest_name(std::string_view wanted, const std::vector<std::string_view>& names) {
    size_t limit = wanted.size() / 3, best = limit + 1; // a 1- or 2-letter name is too short to guess
    std::string_view found;
    for (std::string_view name : names)
        if (size_t d = edit_distance(wanted, name); d < best && d > 0) {
            best = d;
            found = name;
        }
    return std::string(found);
}

std::string missing_outline_message(const library& lib, std::string_view id) {
    return missing_message(lib, id, "outline", lib.outlines);
}

std::string missing_section_message(const library& lib, std::string_view id) {
    return missing_message(lib, id, "section", lib.sections);
}

} // namespace reportkit
