#include "library/discovery.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <map>

namespace fs = std::filesystem;

namespace reportkit {

const char* to_string(library_origin o) {
    switch (o) {
    case library_origin::bundled: return "bundled";
    case library_origin::user: return "user";
    case library_origin::shared: return "shared";
    case library_origin::explicit_file: return "explicit";
    }
    return "bundled";
}

const library* library_set::find(std::string_view id) const {
    for (const library_ptr& lib : libraries)
        if (lib->id == id) return lib.get();
    return nullptr;
}

namespace {

// The *.xml files of a folder in name order, or the file itself.
std::vector<fs::path> library_files(const fs::path& p) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return {p};
    std::vector<fs::path> files;
    if (!fs::is_directory(p, ec)) return files;
    for (const auto& entry : fs::directory_iterator(p, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

library_set discover_libraries(const std::vector<library_folder>& folders) {
    struct candidate {
        library_ptr lib;
        library_origin origin;
    };
    std::map<std::string, std::vector<candidate>> by_id;
    library_set result;
    for (const library_folder& folder : folders) {
        for (const fs::path& file : library_files(folder.path)) {
            load_result r = load_library_file(file.string());
            result.diags.insert(result.diags.end(), r.diags.begin(), r.diags.end());
            if (r.ok()) by_id[r.lib->id].push_back({r.lib, folder.origin});
        }
    }
    for (auto& [id, copies] : by_id) {
        // Highest version wins; among equals, the earlier folder (bundled before user before shared).
        auto best = std::max_element(copies.begin(), copies.end(),
                                     [](const candidate& a, const candidate& b) { return a.lib->ver < b.lib->ver; });
        for (const candidate& c : copies) {
            if (&c == &*best) continue;
            result.diags.push_back({severity::note, {c.lib->path, 0, 0}, "shadowed-library",
                                    fmt::format("library '{}' {} is not used: {} {} is newer or found first", id,
                                                to_string(c.lib->ver), best->lib->path,
                                                to_string(best->lib->ver))});
        }
        result.libraries.push_back(best->lib);
        result.origins.push_back(best->origin);
    }
    return result;
}

} // namespace reportkit
