// reportkit fields: the values a library needs, as a table or as a data-sheet skeleton (CSV).
#include "commands.hpp"
#include "library_paths.hpp"

#include "library/loader.hpp"

#include <fmt/format.h>
#include <iostream>
#include <map>
#include <set>

namespace reportkit::cli {
namespace {

std::string csv(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// Display width: CJK characters take two columns in a terminal.
size_t width(const std::string& s) {
    size_t w = 0;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        w += len >= 3 ? 2 : 1;
        i += len;
    }
    return w;
}

std::string pad(const std::string& s, size_t w) { return s + std::string(w > width(s) ? w - width(s) : 0, ' '); }

// Where each field is used: section and outline ids, in library order.
std::map<std::string, std::set<std::string>> uses(const library& lib) {
    std::map<std::string, std::set<std::string>> out;
    auto scan = [&](const runs& rs, const std::string& where) {
        for (const run& r : rs)
            if (r.kind == run_kind::field) out[r.text].insert(where);
    };
    for (const section& s : lib.sections)
        for (const paragraph& p : s.paragraphs) scan(p.content, s.id);
    for (const outline& o : lib.outlines)
        for (const outline_item& i : o.items) scan(i.content, o.id);
    for (const field& f : lib.fields)
        if (!f.formula.empty()) out[f.key].insert("formula");
    return out;
}

} // namespace

int cmd_fields(const args& a) {
    bool as_csv = false;
    std::vector<std::string> paths;
    for (const std::string& arg : a) {
        if (arg == "--csv") as_csv = true;
        else if (arg.starts_with("-")) {
            std::cerr << "reportkit fields: unknown option '" << arg << "'\nusage: reportkit fields [--csv] PATH...\n";
            return 2;
        } else paths.push_back(arg);
    }
    if (paths.empty()) {
        std::cerr << "usage: reportkit fields [--csv] PATH...\n";
        return 2;
    }
    bool failed = false;
    if (as_csv) std::cout << "key,label,unit,value\n";
    for (const std::string& file : library_paths(paths)) {
        load_result r = load_library_file(file);
        if (!r.ok()) {
            for (const diagnostic& d : r.diags)
                if (d.level == severity::error) std::cerr << format_diagnostic(d) << "\n";
            failed = true;
            continue;
        }
        auto used = uses(*r.lib);
        if (as_csv) {
            for (const field& f : r.lib->fields)
                if (f.formula.empty()) // derived values are computed, not entered
                    std::cout << csv(f.key) << "," << csv(f.label) << "," << csv(f.unit) << ",\n";
            continue;
        }
        std::cout << file << " (" << r.lib->id << " " << to_string(r.lib->ver) << ")\n";
        size_t wk = 3, wl = 5;
        for (const field& f : r.lib->fields) wk = std::max(wk, width(f.key)), wl = std::max(wl, width(f.label));
        std::cout << "  " << pad("key", wk) << "  " << pad("type", 8) << "  " << pad("unit", 6) << "  "
                  << pad("label", wl) << "  used in\n";
        for (const field& f : r.lib->fields) {
            std::string where;
            for (const std::string& u : used[f.key]) where += (where.empty() ? "" : ", ") + u;
            std::cout << "  " << pad(f.key, wk) << "  " << pad(to_string(f.type), 8) << "  " << pad(f.unit, 6) << "  "
                      << pad(f.label, wl) << "  " << where << "\n";
        }
    }
    return failed ? 1 : 0;
}

} // namespace reportkit::cli
