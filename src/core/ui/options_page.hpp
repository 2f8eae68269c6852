// The ReportKit page under Tools › Options: the settings it edits, the choices it offers for
// thousands separators, and which folders it accepts as library folders.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// org.reportkit.Settings as the page shows and stores it.
struct settings {
    std::vector<std::string> shared_folders; // Libraries/SharedFolders: team shares, system paths
    long long group_thousands_from = 10000;  // Data/GroupThousandsFrom; 0: no separators
    bool warn_before_export = true;          // Data/WarnBeforeExport
    bool refresh_on_open = false;            // Data/RefreshOnOpen
};

// One entry of the thousands-separator dropdown: the GroupThousandsFrom it stores and its label,
// with two numbers written as that setting writes them ("From 10,000 (3297, 23,456)").
struct grouping_choice {
    long long group_from;
    std::string label;
};

// No grouping, from 10,000, always; a value set elsewhere (5000) gets an entry of its own, so
// that opening the page and pressing OK never changes it.
std::vector<grouping_choice> grouping_choices(long long current, std::string_view language);

// The entry that shows `current` (0 for anything at or below zero: no separators).
std::size_t grouping_index(const std::vector<grouping_choice>& choices, long long current);

// A folder as the page lists it: without the trailing slash a folder picker adds.
std::string folder_entry(std::string_view folder);

enum class folder_check { ok, empty, relative, duplicate };

// Whether `folder` (a system path) can join `folders`: a full path, not listed yet.
folder_check check_folder(const std::vector<std::string>& folders, std::string_view folder);

// What the page says about a folder it did not add ("" for ok and empty).
std::string folder_check_text(folder_check check, std::string_view folder, std::string_view language);

} // namespace reportkit
