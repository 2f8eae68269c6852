// What the Data panel shows, decided from what it knows: the counts line over the audit, what
// may be pressed, the fields to offer. The panel only copies this onto its controls.
#pragma once

#include "core/library/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

struct data_facts {
    bool read_only = false;
    bool linked = false; // a data sheet is linked
    size_t problems = 0; // audit entries that are problems
    size_t entries = 0;  // every audit entry: placeholders and typed X
};

struct data_view {
    bool link = false, unlink = false, refresh = false, fields = false;
    std::string counts; // "No report numbers yet." / "Every number is filled." / "3 problems (…):"
};

data_view view_of(const data_facts& facts, std::string_view language);

// "1 problem (click one to select it):", "N problems (…):", "N 个问题（单击定位）：".
std::string problem_count(size_t problems, std::string_view language);

// One line of the Fields list: what to insert (library id, key) and how it reads.
struct field_entry {
    std::string library_id;
    std::string key;
    std::string line; // "label（key）"; with the library's title when two libraries share the label
};

// The fields of `libraries` in that order (put the document's library first), each key once.
std::vector<field_entry> field_entries(const std::vector<library_ptr>& libraries);

} // namespace reportkit
