// reportkit fields: the values a library needs, as a table or as a data-sheet skeleton (CSV).
#include "commands.hpp"
#include "library_paths.hpp"

#include "library/loader.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <vector>

namespace reportkit::cli {
namespace {

// One CSV field (RFC 4180): quoted only when it holds a comma, a quote or a line break.
std::string csv(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// Display width in a terminal: East Asian wide characters take two columns, the rest one
// (“” and other ambiguous-width characters are narrow outside CJK locales).
size_t width(const std::string& s) {
    size_t w = 0;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (s[i + k] & 0x3F);
        bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                    (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        w += wide ? 2 : 1;
        i += len;
    }
    return w;
}

std::string pad(const std::string& s, size_t w) {
    return s + std::string(w > width(s) ? w - width(s) : 0, ' ');
}

// The field keys a formula names: runs of name characters that start with a letter, as the
// loader reads them ("info.adopted / info.submitted").
std::vector<std::string> formula_keys(const std::string& formula) {
    auto is_name_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    };
    std::vector<std::string> keys;
    for (size_t i = 0; i < formula.size();) {
        if (formula[i] < 'a' || formula[i] > 'z') {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < formula.size() && is_name_char(formula[j]))
            ++j;
        keys.push_back(formula.substr(i, j - i));
        i = j;
    }
    return keys;
}

// Where each field is used: section and outline ids in library order, then the derived fields
// whose formula names it ("info.adoption_rate (formula)").
std::map<std::string, std::vector<std::string>> uses(const library& lib) {
    std::map<std::string, std::vector<std::string>> out;
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
        for (const std::string& key : formula_keys(f.formula))
            add(key, f.key + " (formula)");
    return out;
}

} // namespace

int cmd_fields(const args& a) {
    const char* usage = "usage: reportkit fields [--csv] PATH...\n";
    bool as_csv = false;
    std::vector<std::string> paths;
    for (const std::string& arg : a) {
        if (arg == "--csv") {
            as_csv = true;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            return 0;
        } else if (arg.starts_with("-")) {
            std::cerr << "reportkit fields: unknown option '" << arg << "'\n" << usage;
            return 2;
        } else {
            paths.push_back(arg);
        }
    }
    if (paths.empty()) {
        std::cerr << usage;
        return 2;
    }
    bool failed = false;
    std::set<std::string> written; // one data-sheet row per key, even when several libraries share it
    if (as_csv) std::cout << "key,label,unit,value\n";
    for (const std::string& file : library_paths(paths)) {
        load_result r = load_library_file(file);
        if (!r.ok()) {
            for (const diagnostic& d : r.diags)
                if (d.level == severity::error) std::cerr << format_diagnostic(d) << "\n";
            failed = true;
            continue;
        }
        if (as_csv) {
            for (const field& f : r.lib->fields)
                if (f.formula.empty() &&
                    written.insert(f.key).second) // derived values are computed, not entered
                    std::cout << csv(f.key) << "," << csv(f.label) << "," << csv(f.unit) << ",\n";
            continue;
        }
        auto used = uses(*r.lib);
        std::cout << file << " (" << r.lib->id << " " << to_string(r.lib->ver) << ")\n";
        size_t wk = 3, wl = 5, wu = 4;
        for (const field& f : r.lib->fields) {
            wk = std::max(wk, width(f.key));
            wl = std::max(wl, width(f.label));
            wu = std::max(wu, width(f.unit));
        }
        std::cout << "  " << pad("key", wk) << "  " << pad("type", 7) << "  " << pad("unit", wu) << "  "
                  << pad("label", wl) << "  used in\n";
        for (const field& f : r.lib->fields) {
            std::string where;
            for (const std::string& u : used[f.key])
                where += (where.empty() ? "" : ", ") + u;
            std::cout << "  " << pad(f.key, wk) << "  " << pad(to_string(f.type), 7) << "  "
                      << pad(f.unit, wu) << "  " << pad(f.label, wl) << "  " << where << "\n";
        }
    }
    return failed ? 1 : 0;
}

} // namespace reportkit::cli
