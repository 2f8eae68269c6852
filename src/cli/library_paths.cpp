#include "library_paths.hpp"

#include <algorithm>
#include <filesystem>

namespace reportkit::cli {

std::vector<std::string> library_paths(const std::vector<std::string>& paths) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (!fs::is_directory(p, ec)) {
            files.push_back(p); // a missing file is reported by the loader
            continue;
        }
        std::vector<std::string> inside;
        for (const auto& e : fs::directory_iterator(p, ec))
            if (e.is_regular_file(ec) && e.path().extension() == ".xml") inside.push_back(e.path().string());
        std::sort(inside.begin(), inside.end());
        files.insert(files.end(), inside.begin(), inside.end());
    }
    return files;
}

} // namespace reportkit::cli
