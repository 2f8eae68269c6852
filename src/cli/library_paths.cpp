#include "library_paths.hpp"

#include "core/library/discovery.hpp"

#include <filesystem>

namespace reportkit::cli {

// Folders list like the engine's library folders do (hidden files skipped, sorted).
std::vector<std::string> library_paths(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(p, ec)) {
            files.push_back(p); // a missing file is reported by the loader
            continue;
        }
        auto inside = library_files(p);
        files.insert(files.end(), inside.begin(), inside.end());
    }
    return files;
}

} // namespace reportkit::cli
