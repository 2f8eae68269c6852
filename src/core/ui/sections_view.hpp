// What the sections panel shows, decided from what it knows (after LibreOffice's
// PageFormatPanel: state in, commands out). The panel only copies this onto its controls.
#pragma once

#include "core/library/model.hpp"
#include "core/ui/messages.hpp"

#include <optional>
#include <string>
#include <vector>

namespace reportkit {

// What is selected in the section tree.
enum class tree_pick { nothing, category, section };

struct sections_facts {
    bool read_only = false;
    bool has_library = false;
    tree_pick pick = tree_pick::nothing;
    bool has_outline = false; // an outline is chosen in the outline list
};

struct sections_view {
    bool insert = false;           // Insert Section
    bool insert_outline = false;   // Insert Whole Report
    bool apply_layout = false;     // Apply Official Layout
    std::optional<message> status; // what the status line says; none: nothing (it is cleared)
};

sections_view view_of(const sections_facts& facts);

// The tree's label for a section: its title, with its note when another section of the
// library has the same title ("下一步工作打算（党建）" / "… (note)").
std::string tree_label(const library& lib, const section& s, std::string_view language);

// The library the deck opens on: the document's own, else the last used, else the first.
// `ids` in the library list's order; returns an index into it (0 when `ids` is empty).
size_t library_to_open(const std::vector<std::string>& ids, const std::string& document_library,
                       const std::string& last_used);

} // namespace reportkit
