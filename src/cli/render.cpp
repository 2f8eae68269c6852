// reportkit render: builds a document through the engine service in a private headless office,
// lays it out (GB/T 9704-2012 unless the outline or --layout says none), fills it from a data
// sheet when given one, and stores it.
#include "audit_report.hpp"
#include "batch.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "library_paths.hpp"
#include "session.hpp"

#include "core/layout/page_layout.hpp"
#include "core/library/suggest.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/data/document_grouping.hxx"
#include "uno/data/document_link.hxx"
#include "uno/data/sheet_reader.hxx"
#include "uno/data/user_properties.hxx"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace css;
using reportkit::office::to_ou;

namespace reportkit::cli {
namespace {

const std::string usage =
    std::string("usage: reportkit render --library FILE|ID (--outline ID | --section ID…) "
                "[--data SHEET] [--grouping none|comma|thin] [--layout gbt9704|none] [--strict] "
                "-o OUT.odt|.pdf|.docx [-o OUT…] ") +
    session_usage +
    "\n       reportkit render --batch SHEET.csv [-j N] --library … (--outline … | --section …) "
    "-o 'DIR/{name}.odt|.pdf' [-o …]"
    "\n  --strict: exit 1 and write nothing when a value is missing, invalid or unknown to the library\n";

struct render_options {
    std::string library, outline, data, grouping; // grouping "": as the library says
    std::string layout;                           // empty: the outline's (else the library's) layout
    std::vector<std::string> sections, outputs;
    bool strict = false;
    session_options session;
    std::string batch; // --batch SHEET: see batch.hpp
    int offices = 1;   // -j N, with --batch
};

// A library named by a path rather than an id: an existing file, or a name with a folder or .xml.
bool looks_like_file(const std::string& library) {
    return fs::exists(library) || library.find('/') != std::string::npos || library.ends_with(".xml");
}

int parse_offices(const std::string& n) {
    if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos || std::stoi(n) < 1 ||
        std::stoi(n) > 64)
        throw usage_error("-j needs a number of offices from 1 to 64, not '" + n + "'");
    return std::stoi(n);
}

// --batch: a CSV sheet, no --data, outputs that differ per unit, .odt and .pdf only.
void check_batch(const render_options& o) {
    if (o.batch.empty()) {
        if (o.offices != 1) throw usage_error("-j runs offices in parallel for --batch only");
        return;
    }
    if (!o.data.empty()) throw usage_error("--batch takes the values from its sheet: leave out --data");
    if (!o.grouping.empty())
        throw usage_error("--grouping does not work with --batch yet: set it in the library");
    if (fs::path(o.batch).extension() != ".csv")
        throw usage_error("a batch sheet is a .csv file (save it from Calc or Excel as CSV)");
    require_input_file(o.batch, "batch sheet");
    for (auto& out : o.outputs) {
        if (out.find("{name}") == std::string::npos)
            throw usage_error("each output of --batch needs {name}, the unit's name: -o 'out/{name}.odt'");
        if (filter_for(out) == "MS Word 2007 XML") throw usage_error("--batch writes .odt and .pdf files");
    }
}

render_options parse(const args& a) {
    render_options o;
    for (size_t i = 0; i < a.size(); ++i) {
        auto value = [&] { return option_value(a, i); };
        if (a[i] == "--library")
            o.library = value();
        else if (a[i] == "--outline")
            o.outline = value();
        else if (a[i] == "--section")
            o.sections.push_back(value());
        else if (a[i] == "--data")
            o.data = value();
        else if (a[i] == "--grouping") {
            o.grouping = value();
            if (!parse_grouping(o.grouping))
                throw usage_error("--grouping must be none, comma or thin, not '" + o.grouping + "'");
        } else if (a[i] == "--layout") {
            o.layout = value();
            if (!parse_layout(o.layout))
                throw usage_error("unknown layout '" + o.layout + "': use gbt9704 or none");
        } else if (a[i] == "-o" || a[i] == "--output")
            o.outputs.push_back(value());
        else if (a[i] == "--strict")
            o.strict = true;
        else if (a[i] == "--batch")
            o.batch = value();
        else if (a[i] == "-j")
            o.offices = parse_offices(value());
        else if (!parse_session_option(a, i, o.session))
            throw usage_error("unknown option '" + a[i] + "'");
    }
    if (o.library.empty()) throw usage_error("--library is required");
    if (o.outline.empty() && o.sections.empty()) throw usage_error("give --outline or --section");
    if (o.outputs.empty()) throw usage_error("give at least one output with -o");
    for (auto& out : o.outputs)
        filter_for(out);
    // Every file is checked before the office starts, so a mistake writes nothing.
    if (looks_like_file(o.library)) require_input_file(o.library, "library file");
    if (!o.data.empty()) require_input_file(o.data, "data sheet");
    check_batch(o);
    // A batch's outputs are patterns: it makes each unit's folder as it writes (batch.cpp).
    if (o.batch.empty())
        for (auto& out : o.outputs)
            require_writable_output(out);
    return o;
}

rtl::OUString url_of(const std::string& path) {
    return to_ou(office::file_url(fs::absolute(path).lexically_normal().string()));
}

// With a data sheet, each output keeps the link as Writer's Save As would store it there: relative
// when the sheet lies in the output's folder tree, so that the two can be moved together. A PDF is
// printed from a copy elsewhere (store_as): that copy keeps it absolute.
void store(const office_session& session, const uno::Reference<text::XTextDocument>& doc,
           const std::string& out, const std::string& sheet) {
    if (!sheet.empty())
        office::set_linked_sheet_for(doc, url_of(sheet),
                                     filter_for(out) == "writer_pdf_Export" ? rtl::OUString() : url_of(out));
    store_as(session, doc, out);
    say("wrote " + out);
}

// The sheet's own warnings and its keys the library does not declare, as warnings naming the
// cell; returns how many.
int tell_sheet(const office_session& session, const rtl::OUString& library, const std::string& sheet) {
    table_result t = office::read_data_sheet(session.context(), url_of(sheet));
    std::set<std::string> known;
    for (const auto& f : session.data()->getFields(library))
        known.insert(office::to_std(f.Key));
    diagnostics warnings;
    for (const diagnostic& d : t.problems)
        if (d.level != severity::error) warnings.push_back(d);
    for (const data_entry& e : t.table.entries())
        if (!known.contains(e.key))
            warnings.push_back(
                {severity::warning,
                 {.file = sheet, .cell = e.cell},
                 "unknown-key",
                 fmt::format("'{}' is not a field of library {}", e.key, office::to_std(library))});
    for (const diagnostic& d : warnings)
        std::cerr << "reportkit render: " << format_diagnostic(d) << "\n";
    return static_cast<int>(warnings.size());
}

int render(const render_options& o) {
    // A library file is checked here first: its errors read best without a round trip.
    if (fs::is_regular_file(o.library)) {
        library_ptr lib = load_valid_library(o.library);
        std::string missing;
        if (!o.outline.empty() && !lib->find_outline(o.outline))
            missing = missing_outline_message(*lib, o.outline);
        for (auto& s : o.sections)
            if (missing.empty() && !lib->find_section(s)) missing = missing_section_message(*lib, s);
        if (!missing.empty()) throw std::runtime_error(missing);
    }
    if (!o.batch.empty())
        return render_batch(
            {o.batch, o.offices, o.library, o.outline, o.sections, o.layout, o.outputs, o.session});
    office_session session(o.session);
    document_closer doc{session.new_document()};
    // --grouping for this document only, while it is filled and checked (document_grouping).
    if (!o.grouping.empty())
        office::set_user_property(doc.doc, office::grouping_property(), to_ou(o.grouping));
    auto data = session.data();
    // Linked before the report goes in: each change of a document property makes Writer update
    // every placeholder field already in the text.
    if (!o.data.empty()) data->linkDataSheet(doc.doc, url_of(o.data));
    rtl::OUString library = insert_report(session, doc.doc, o.library, o.outline, o.sections, o.layout);
    int sheet_warnings = 0;
    if (!o.data.empty()) {
        data->refresh(doc.doc);
        sheet_warnings = tell_sheet(session, library, o.data);
    }
    // The numbers as check will count them in the output; each one not filled is a warning,
    // except in a skeleton rendered without a sheet, where all are missing by design.
    std::string name = fs::path(o.outputs.front()).filename().string();
    std::ostringstream unfilled;
    audit_counts counts = tell_audit(data->audit(doc.doc), fs::path(o.data).filename().string(), unfilled,
                                     "reportkit render: warning: ");
    if (!o.data.empty()) std::cerr << unfilled.str();
    say(audit_summary(counts, name) + (o.data.empty() ? " (no --data: nothing filled)" : ""));
    if (o.strict && (!counts.clean() || sheet_warnings > 0)) {
        say("nothing written: --strict and some numbers are not filled");
        return 1;
    }
    if (!o.grouping.empty()) office::remove_user_property(doc.doc, office::grouping_property());
    // DOCX from the command line gets plain text where the fields were: a finished report.
    bool converted = false;
    for (int docx = 0; docx < 2; ++docx)
        for (auto& out : o.outputs) {
            if ((filter_for(out) == "MS Word 2007 XML") != (docx == 1)) continue;
            if (docx && !converted) converted = data->convertFieldsToText(doc.doc) >= 0;
            store(session, doc.doc, out, o.data);
        }
    return 0;
}

} // namespace

int cmd_render(const args& a) {
    return run_command("render", usage, [&] { return render(parse(a)); });
}

} // namespace reportkit::cli
