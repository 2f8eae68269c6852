// reportkit fields: the values a library needs, as a table or as a data-sheet skeleton (CSV, or
// .ods written by Calc through the engine service).
#include "commands.hpp"
#include "files.hpp"
#include "library_paths.hpp"
#include "session.hpp"

#include "core/data/formula.hpp"
#include "core/data/skeleton.hpp"
#include "core/text/utf8.hpp"
#include "uno/common/strings.hxx"

#include "core/library/loader.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <vector>

namespace reportkit::cli {
namespace {

// Display width in a terminal: East Asian wide characters take two columns, the rest one
// (“” and other ambiguous-width characters are narrow outside CJK locales).
size_t width(const std::string& s) {
    size_t w = 0;
    for (size_t i = 0; i < s.size();) {
        char32_t cp = code_point_at(s, i);
        bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                    (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        w += wide ? 2 : 1;
        i += sequence_length(s[i]);
    }
    return w;
}

std::string pad(const std::string& s, size_t w) {
    return s + std::string(w > width(s) ? w - width(s) : 0, ' ');
}

// Where each field is used: section and outline ids in library order, then the derived fields
// whose formula names it ("info.adoption_rate (formula)").
std::map<std::string, std::vector<std::string>> uses(const library& lib) {
    std::map<std::string, std::vector<std::string>> out;
    std::vector<std::variant<formula, formula_error>> formulas;
    auto add = [&](const std::string& key, const std::string& where) {
        std::vector<std::string>& list = out[key];
        if (std::find(list.begin(), list.end(), where) == list.end()) list.push_back(where);
    };
    auto scan = [&](const runs& rs, const std::string& where) {
        for (const run& r : rs)
            if (r.kind == run_kind::field) add(r.text, where);
    };
    for (const section& s : lib.sections)
        for (const paragraph& p : s.paragraphs)
            scan(p.content, s.id);
    for (const outline& o : lib.outlines)
        for (const outline_item& i : o.items)
            scan(i.content, o.id);
    for (const field& f : lib.fields)
        if (auto* parsed = std::get_if<formula>(&formulas.emplace_back(formula::parse(f.formula))))
            for (const formula_reference& r : parsed->references())
                add(r.key, f.key + " (formula)");
    return out;
}

} // namespace

// Writes the skeleton through Calc: the libraries are loaded into the engine by file.
int write_ods(const std::string& out, const std::vector<std::string>& files, const session_options& options) {
    using namespace css;
    office_session session(options);
    auto engine = session.engine();
    auto url = [](const std::string& path) {
        return office::to_ou(office::file_url(std::filesystem::absolute(path).string()));
    };
    std::string ids; // the engine takes several library ids separated by commas
    for (const std::string& file : files)
        ids += (ids.empty() ? "" : ",") + office::to_std(engine->loadLibrary(url(file)));
    session.data()->writeDataSkeleton(nullptr, office::to_ou(ids), url(out));
    say("wrote " + out);
    return 0;
}

int cmd_fields(const args& a) {
    const std::string usage =
        std::string("usage: reportkit fields [--csv | --ods OUT.ods [--force]] PATH... ") + session_usage +
        "\n  --force: replace OUT.ods when it exists (it may hold values)\n";
    bool as_csv = false, force = false;
    std::string ods;
    session_options options;
    std::vector<std::string> paths;
    try {
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i] == "--csv") {
                as_csv = true;
            } else if (a[i] == "--ods") {
                if (i + 1 >= a.size()) throw usage_error("--ods needs a file name");
                ods = a[++i];
            } else if (a[i] == "--force") {
                force = true;
            } else if (a[i] == "--help" || a[i] == "-h") {
                std::cout << usage;
                return 0;
            } else if (parse_session_option(a, i, options)) {
            } else if (a[i].starts_with("-")) {
                throw usage_error("unknown option '" + a[i] + "'");
            } else {
                paths.push_back(a[i]);
            }
        }
        if (paths.empty()) throw usage_error("give library files or folders");
    } catch (const usage_error& e) {
        std::cerr << "reportkit fields: " << e.what() << "\n" << usage;
        return 2;
    }
    bool failed = false;
    std::vector<library_ptr> libs;
    std::vector<std::string> files;
    for (const std::string& file : library_paths(paths)) {
        load_result r = load_library_file(file);
        if (!r.ok()) {
            for (const diagnostic& d : r.diags)
                if (d.level == severity::error) std::cerr << format_diagnostic(d) << "\n";
            failed = true;
            continue;
        }
        libs.push_back(r.lib);
        files.push_back(file);
    }
    if (failed) return 1;
    if (!ods.empty())
        return run_command("fields", usage, [&] {
            require_writable_output(ods, force ? existing_file::replace : existing_file::keep);
            return write_ods(ods, files, options);
        });
    if (as_csv) {
        std::vector<const field*> all;
        for (const library_ptr& lib : libs)
            for (const field& f : lib->fields)
                all.push_back(&f);
        std::cout << skeleton_csv(all, false);
        return 0;
    }
    for (size_t n = 0; n < libs.size(); ++n) {
        const library& lib = *libs[n];
        auto used = uses(lib);
        std::cout << files[n] << " (" << lib.id << " " << to_string(lib.ver) << ")\n";
        size_t wk = 3, wl = 5, wu = 4;
        for (const field& f : lib.fields) {
            wk = std::max(wk, width(f.key));
            wl = std::max(wl, width(f.label));
            wu = std::max(wu, width(f.unit));
        }
        std::cout << "  " << pad("key", wk) << "  " << pad("type", 7) << "  " << pad("unit", wu) << "  "
                  << pad("label", wl) << "  used in\n";
        for (const field& f : lib.fields) {
            std::string where;
            for (const std::string& u : used[f.key])
                where += (where.empty() ? "" : ", ") + u;
            std::cout << "  " << pad(f.key, wk) << "  " << pad(to_string(f.type), 7) << "  "
                      << pad(f.unit, wu) << "  " << pad(f.label, wl) << "  " << where << "\n";
        }
    }
    return 0;
}

} // namespace reportkit::cli
