// Loading a section library file (format version 1) into the model, with diagnostics.
#pragma once

#include "core/library/model.hpp"

#include <string>
#include <string_view>

namespace reportkit {

struct load_result {
    library_ptr lib; // null when the file could not be read or parsed at all
    diagnostics diags;
    bool ok() const { return lib && !has_errors(diags); }
};

// Reads and checks one library file. Never throws for bad input: problems become diagnostics.
load_result load_library_file(const std::string& path);

// The same for text already in memory; `path` is only used in diagnostics.
load_result load_library_text(std::string_view xml, const std::string& path);

} // namespace reportkit
