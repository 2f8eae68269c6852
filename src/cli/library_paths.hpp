// The library files named on a command line: files as given, folders as their *.xml files.
#pragma once

#include <string>
#include <vector>

namespace reportkit::cli {

std::vector<std::string> library_paths(const std::vector<std::string>& paths);

} // namespace reportkit::cli
