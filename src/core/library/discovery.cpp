#include "core/library/discovery.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace reportkit {

const char* to_string(library_origin o) {
    switch (o) {
    case library_origin::bundled:
        return "bundled";
    case library_origin::user:
        return "user";
    case library_origin::shared:
        return "shared";
    case library_origin::explicit_file:
        return "explicit";
    }
    return "bundled";
}

const library* library_set::find(std::string_view id) const {
    auto it = std::lower_bound(libraries.begin(), libraries.end(), id,
                               [](const library_ptr& lib, std::string_view key) { return lib->id < key; });
    return it != libraries.end() && (*it)->id == id ? it->get() : nullptr;
}

std::vector<std::string> library_files(const std::string& path) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return {path};
    std::vector<std::string> files;
    if (!fs::is_directory(path, ec)) return files;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
        const fs::path& p = entry.path();
        // Hidden files are editors' backups and macOS "._" companions on shared drives, never libraries.
        if (p.extension() == ".xml" && !p.filename().string().starts_with(".") && entry.is_regular_file(ec))
            files.push_back(p.string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

library_set discover_libraries(const std::vector<library_folder>& folders) {
    struct candidate {
        library_ptr lib;
        library_origin origin;
    };
    std::map<std::string, std::vector<candidate>> by_id; // sorted by id, copies in the order found
    std::set<fs::path> seen;                             // a file reached twice is loaded once
    library_set result;
    for (const library_folder& folder : folders) {
        std::error_code ec;
        if (folder.origin == library_origin::explicit_file && !fs::exists(folder.path, ec)) {
            // Asked for by name, so its absence is news (a missing folder is not: a fresh user has none).
            result.diags.push_back({severity::error,
                                    {folder.path, 0, 0},
                                    "unreadable-file",
                                    "cannot open the file: it does not exist"});
            continue;
        }
        for (const std::string& file : library_files(folder.path)) {
            fs::path canonical = fs::weakly_canonical(file, ec);
            if (!seen.insert(ec ? fs::path(file) : canonical).second) continue;
            load_result r = load_library_file(file);
            result.diags.insert(result.diags.end(), r.diags.begin(), r.diags.end());
            if (r.ok()) by_id[r.lib->id].push_back({r.lib, folder.origin});
        }
    }
    for (auto& [id, copies] : by_id) {
        // Highest version wins; among equals, the first found (bundled before user before shared).
        auto best =
            std::max_element(copies.begin(), copies.end(),
                             [](const candidate& a, const candidate& b) { return a.lib->ver < b.lib->ver; });
        for (const candidate& c : copies) {
            if (&c == &*best) continue;
            bool same = c.lib->ver == best->lib->ver;
            std::string winner =
                same ? fmt::format("{} has the same version and was found first", best->lib->path)
                     : fmt::format("{} has {}", best->lib->path, to_string(best->lib->ver));
            result.diags.push_back({severity::note,
                                    {c.lib->path, 0, 0},
                                    "shadowed-library",
                                    fmt::format("library '{}' {} in {} is not used: {}", id,
                                                to_string(c.lib->ver), c.lib->path, winner)});
        }
        result.libraries.push_back(best->lib);
        result.origins.push_back(best->origin);
    }
    return result;
}

} // namespace reportkit
