// Finding sections as a writer types: title, note, category, tags, summary and body text.
#pragma once

#include "core/library/model.hpp"

#include <string_view>
#include <vector>

namespace reportkit {

// The sections matching every space-separated word of `query` (ASCII letters match either
// case; Chinese matches as typed), in library order. An empty query matches everything.
std::vector<const section*> find_sections(const library& lib, std::string_view query);

// Sections grouped by category, categories in order of first appearance; "" groups last.
struct category_group {
    std::string category;
    std::vector<const section*> sections;
};
std::vector<category_group> group_by_category(const std::vector<const section*>& sections);

} // namespace reportkit
