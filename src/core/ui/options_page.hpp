// The ReportKit page under Tools › Options: the settings it edits, the choices it offers for
// thousands separators, and which folders it accepts as library folders.
#pragma once

#include "core/data/values.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// org.reportkit.Settings as the page shows and stores it.
struct settings {
    std::vector<std::string> shared_folders;             // Libraries/SharedFolders: team shares, system paths
    std::optional<grouping> group;                       // Data/Grouping: "" (nothing) follows each library
    long long group_thousands_from = default_group_from; // Data/GroupThousandsFrom; 0: no separators
    bool warn_before_export = true;                      // Data/WarnBeforeExport
    bool refresh_on_open = false;                        // Data/RefreshOnOpen
};

// Data/Grouping as stored: "" follows the libraries, else none, comma or thin (anything else: "").
std::optional<grouping> grouping_setting(std::string_view stored);
std::string grouping_setting_text(const std::optional<grouping>& g);

// One entry of the thousands-separator dropdown: the Grouping and GroupThousandsFrom it stores,
// and its label with two numbers written as it writes them ("Commas from 10,000 (3297, 23,456)").
struct grouping_choice {
    std::optional<grouping> group;
    long long group_from;
    std::string label;
};

// As each library says, none, commas from 10,000, thin spaces from 10,000, commas always; a
// threshold set elsewhere (5000) gets an entry of its own, so that opening the page and pressing
// OK never changes it.
std::vector<grouping_choice> grouping_choices(const settings& current, std::string_view language);

// The entry that shows `current` (no grouping for a threshold at or below zero).
std::size_t grouping_index(const std::vector<grouping_choice>& choices, const settings& current);

// A folder as the page lists it: without the trailing slash a folder picker adds.
std::string folder_entry(std::string_view folder);

enum class folder_check { ok, empty, relative, duplicate };

// Whether `folder` (a system path) can join `folders`: a full path, not listed yet.
folder_check check_folder(const std::vector<std::string>& folders, std::string_view folder);

// What the page says about a folder it did not add ("" for ok and empty).
std::string folder_check_text(folder_check check, std::string_view folder, std::string_view language);

} // namespace reportkit
