#include "library_paths.hpp"

#include "core/library/discovery.hpp"
#include "core/library/loader.hpp"

#include <filesystem>
#include <stdexcept>

namespace reportkit::cli {

// Folders list like the engine's library folders do (hidden files skipped, sorted).
std::vector<std::string> library_paths(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(p, ec)) {
            files.push_back(p); // the caller says when it is not a file
            continue;
        }
        auto inside = library_files(p);
        files.insert(files.end(), inside.begin(), inside.end());
    }
    return files;
}

library_ptr load_valid_library(const std::string& file) {
    load_result r = load_library_file(file);
    if (r.ok()) return r.lib;
    std::string message = file + " has errors:";
    for (const diagnostic& d : r.diags)
        if (d.level == severity::error) message += "\n" + format_diagnostic(d);
    throw std::runtime_error(message);
}

} // namespace reportkit::cli
