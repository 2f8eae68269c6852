// reportkit lint: compiler-style diagnostics for section libraries.
#include "commands.hpp"
#include "library_paths.hpp"

#include "library/loader.hpp"

#include <fmt/format.h>
#include <iostream>

namespace reportkit::cli {

int cmd_lint(const args& a) {
    bool json = false;
    std::vector<std::string> paths;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] == "--format" && i + 1 < a.size() && (a[i + 1] == "json" || a[i + 1] == "text")) {
            json = a[++i] == "json";
        } else if (a[i].starts_with("-")) {
            std::cerr << "reportkit lint: unknown option '" << a[i] << "'\n"
                      << "usage: reportkit lint [--format text|json] PATH...\n";
            return 2;
        } else {
            paths.push_back(a[i]);
        }
    }
    if (paths.empty()) {
        std::cerr << "usage: reportkit lint [--format text|json] PATH...\n";
        return 2;
    }
    diagnostics all;
    std::vector<std::string> files = library_paths(paths);
    for (const std::string& file : files) {
        load_result r = load_library_file(file);
        all.insert(all.end(), r.diags.begin(), r.diags.end());
    }
    if (json) {
        std::cout << diagnostics_to_json(all) << "\n";
    } else {
        for (const diagnostic& d : all) std::cerr << format_diagnostic(d) << "\n";
        int errors = count(all, severity::error), warnings = count(all, severity::warning);
        std::cerr << fmt::format("{} error{}, {} warning{} in {} file{}\n", errors, errors == 1 ? "" : "s", warnings,
                                 warnings == 1 ? "" : "s", files.size(), files.size() == 1 ? "" : "s");
    }
    return has_errors(all) ? 1 : 0;
}

} // namespace reportkit::cli
