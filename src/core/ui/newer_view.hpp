// What the sections panel shows of the inserted sections a newer library version changes
// (有新版本 / "Newer version"): one row each, and Update for those the writer has not edited.
// An edited section is listed and never updated from here.
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
    bool update = false;              // Update may be pressed
};

newer_view newer_view_of(const std::vector<section_status>& statuses, bool read_only,
                         std::string_view language);

} // namespace reportkit
