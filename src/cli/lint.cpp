// reportkit lint: compiler-style diagnostics for section libraries.
#include "commands.hpp"
#include "library_paths.hpp"

#include "core/library/loader.hpp"

#include <fmt/format.h>
#include <iostream>

namespace reportkit::cli {
namespace {

const char* usage = "usage: reportkit lint [--format text|json] PATH...\n";

int usage_error(const std::string& message) {
    std::cerr << "reportkit lint: " << message << "\n" << usage;
    return 2;
}

const char* plural(size_t n) {
    return n == 1 ? "" : "s";
}

} // namespace

int cmd_lint(const args& a) {
    bool json = false;
    bool options_done = false; // after "--", every argument is a path
    std::vector<std::string> paths;
    for (size_t i = 0; i < a.size(); ++i) {
        const std::string& arg = a[i];
        if (options_done || !arg.starts_with("-")) {
            paths.push_back(arg);
        } else if (arg == "--") {
            options_done = true;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            return 0;
        } else if (arg == "--format" || arg.starts_with("--format=")) {
            std::string value = arg == "--format" ? (i + 1 < a.size() ? a[++i] : "") : arg.substr(9);
            if (value != "text" && value != "json")
                return usage_error(fmt::format("--format takes text or json, not '{}'", value));
            json = value == "json";
        } else {
            return usage_error(fmt::format("unknown option '{}'", arg));
        }
    }
    if (paths.empty()) return usage_error("no library file or folder given");

    diagnostics all;
    std::vector<std::string> files = library_paths(paths);
    for (const std::string& file : files) {
        load_result r = load_library_file(file);
        all.insert(all.end(), r.diags.begin(), r.diags.end());
    }
    // JSON is the output (stdout, for tools); text diagnostics go to stderr, as compilers do.
    if (json)
        std::cout << diagnostics_to_json(all) << "\n";
    else
        for (const diagnostic& d : all)
            std::cerr << format_diagnostic(d) << "\n";
    int errors = count(all, severity::error), warnings = count(all, severity::warning);
    std::cerr << fmt::format("{} error{}, {} warning{} in {} file{}\n", errors, plural(errors), warnings,
                             plural(warnings), files.size(), plural(files.size()));
    return has_errors(all) ? 1 : 0;
}

} // namespace reportkit::cli
