// Finding libraries in folders (bundled, the user's, team shares) and choosing one per id.
#pragma once

#include "core/library/loader.hpp"

#include <string>
#include <vector>

namespace reportkit {

enum class library_origin { bundled, user, shared, explicit_file };
const char* to_string(library_origin o);

struct library_folder {
    std::string path; // a folder (scanned for *.xml, not recursively) or a single .xml file
    library_origin origin = library_origin::bundled;
};

struct library_set {
    std::vector<library_ptr> libraries;  // one per id, the highest version; sorted by id
    std::vector<library_origin> origins; // parallel to libraries: where each winner was found
    diagnostics diags;                   // load problems, and notes on shadowed copies

    const library* find(std::string_view id) const;
};

// The library files a folder entry stands for: its *.xml files in name order (not recursively,
// hidden files left out), or the path itself when it is a file; empty when it does not exist.
std::vector<std::string> library_files(const std::string& path);

// Loads every library found; a missing folder is skipped silently (a fresh user has none).
// A file with errors is left out; when one id appears several times the highest version wins
// and each other copy is reported with a note naming both files.
library_set discover_libraries(const std::vector<library_folder>& folders);

} // namespace reportkit
