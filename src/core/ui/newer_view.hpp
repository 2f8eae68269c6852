// What the sections panel shows of the inserted sections a newer library version changes
// (有新版本 / "Newer version"): one row each, the edited ones marked, and what Update does: with
// no row selected, it replaces every unedited section; with a row selected, that section alone,
// and an edited one only after the writer was shown the difference and chose to replace it.
#pragma once

#include "core/library/origins.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

struct newer_row {
    std::string mark;
    std::string label; // "抓实理论学习 1.0.0 → 1.1.0", edited ones marked so
    bool edited = false;
};

struct newer_view {
    std::vector<newer_row> rows;      // outdated sections only, in document record order
    std::vector<std::string> updates; // what Update replaces: the unedited rows' marks
    bool update = false;              // Update may be pressed with no row selected
    bool read_only = false;
};

newer_view newer_view_of(const std::vector<section_status>& statuses, bool read_only,
                         std::string_view language);

// What Update does with row `selected` (-1: none) of the list.
struct update_plan {
    std::vector<std::string> marks; // the sections to replace
    bool ask = false;               // one edited section: ask before replacing it
    bool enabled = false;           // Update may be pressed
};
update_plan update_for(const newer_view& v, int selected);

} // namespace reportkit
