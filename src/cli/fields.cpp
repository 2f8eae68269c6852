// reportkit fields: the values a library needs, as a table or as a data-sheet skeleton (CSV, or
// .ods written by Calc through the engine service).
#include "commands.hpp"
#include "files.hpp"
#include "library_paths.hpp"
#include "session.hpp"

#include "core/data/csv.hpp"
#include "core/data/formula.hpp"
#include "core/data/skeleton.hpp"
#include "core/text/utf8.hpp"
#include "uno/common/properties.hxx"
#include "uno/common/strings.hxx"

#include "core/library/loader.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
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

// Puts the table's values into the skeleton's value column (D), and their units into C, by the key in column
// A; returns how many rows got one. Numbers go in as numbers, so Calc shows and sorts them as such.
int fill_values(const office_session& session, const std::string& url, const data_table& values) {
    using namespace css;
    auto desktop = frame::Desktop::create(session.context());
    uno::Reference<lang::XComponent> component = desktop->loadComponentFromURL(
        office::to_ou(url), "_blank", 0, office::properties({{"Hidden", uno::Any(true)}}));
    uno::Reference<sheet::XSpreadsheetDocument> doc(component, uno::UNO_QUERY_THROW);
    int filled = 0;
    try {
        uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
        uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
        for (sal_Int32 row = 1;; ++row) {
            auto key =
                uno::Reference<text::XTextRange>(sheet->getCellByPosition(0, row), uno::UNO_QUERY_THROW);
            if (key->getString().isEmpty()) break;
            const data_entry* e = values.find(office::to_std(key->getString()));
            if (!e || e->value.kind == cell_kind::empty) continue;
            if (!e->unit.empty()) // the CSV's own unit (元) wins over the field's (万元), as when reading it
                uno::Reference<text::XTextRange>(sheet->getCellByPosition(2, row), uno::UNO_QUERY_THROW)
                    ->setString(office::to_ou(e->unit));
            auto cell = sheet->getCellByPosition(3, row);
            if (e->value.kind == cell_kind::number)
                cell->setValue(e->value.number);
            else
                uno::Reference<text::XTextRange>(cell, uno::UNO_QUERY_THROW)
                    ->setString(office::to_ou(e->value.text));
            ++filled;
        }
        uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)->store();
    } catch (...) {
        uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
        throw;
    }
    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    return filled;
}

// Writes the skeleton through Calc: the libraries are loaded into the engine by file; with
// `data`, a CSV's values are filled in.
int write_ods(const std::string& out, const std::vector<std::string>& files, const std::string& data,
              const session_options& options) {
    table_result values;
    if (!data.empty()) {
        values = read_table_from_csv(data);
        if (has_errors(values.problems)) {
            for (const diagnostic& d : values.problems)
                if (d.level == severity::error) std::cerr << format_diagnostic(d) << "\n";
            return 1;
        }
    }
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
    if (!data.empty())
        say(fmt::format("filled {} values from {}",
                        fill_values(session, office::to_std(url(out)), values.table), data));
    say("wrote " + out);
    return 0;
}

int cmd_fields(const args& a) {
    const std::string usage =
        std::string(
            "usage: reportkit fields [--csv | --ods OUT.ods [--data VALUES.csv] [--force]] PATH... ") +
        session_usage + "\n  --force: replace OUT.ods when it exists (it may hold values)\n";
    bool as_csv = false, force = false;
    std::string ods, data;
    session_options options;
    std::vector<std::string> paths;
    try {
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i] == "--csv") {
                as_csv = true;
            } else if (a[i] == "--ods") {
                ods = option_value(a, i, "a file name");
            } else if (a[i] == "--force") {
                force = true;
            } else if (a[i] == "--data") {
                data = option_value(a, i, "a CSV file");
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
        if (!data.empty() && ods.empty()) throw usage_error("--data fills a skeleton written with --ods");
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
            if (!data.empty()) require_input_file(data, "data sheet");
            return write_ods(ods, files, data, options);
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
