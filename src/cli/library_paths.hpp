// The library files named on a command line: files as given, folders as their *.xml files, each
// read and checked here before any office starts.
#pragma once

#include "core/library/model.hpp"

#include <string>
#include <vector>

namespace reportkit::cli {

std::vector<std::string> library_paths(const std::vector<std::string>& paths);

// The library in `file`: errors read best without a round trip to the office. A library with
// errors is a runtime_error that lists each one as file:line:col.
library_ptr load_valid_library(const std::string& file);

} // namespace reportkit::cli
