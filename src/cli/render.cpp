// reportkit render: builds a document through the engine service in a private headless office,
// lays it out (GB/T 9704-2012 unless the outline or --layout says none), fills it from a data
// sheet when given one, and stores it.
#include "commands.hpp"
#include "session.hpp"

#include "core/layout/page_layout.hpp"
#include "core/library/loader.hpp"
#include "uno/common/properties.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/frame/XStorable.hpp>

#include <filesystem>
#include <fmt/format.h>
#include <iostream>

namespace fs = std::filesystem;
using namespace css;
using reportkit::office::properties;
using reportkit::office::to_ou;

namespace reportkit::cli {
namespace {

const std::string usage =
    std::string("usage: reportkit render --library FILE|ID (--outline ID | --section ID…) "
                "[--data SHEET] [--layout gbt9704|none] -o OUT.odt|.pdf|.docx [-o OUT…] ") +
    session_usage + "\n";

struct render_options {
    std::string library, outline, data;
    std::string layout; // empty: the outline's (else the library's) layout
    std::vector<std::string> sections, outputs;
    session_options session;
};

// The export filter for an output file, by its extension.
std::string filter_for(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    if (ext == ".odt") return "writer8";
    if (ext == ".pdf") return "writer_pdf_Export";
    if (ext == ".docx") return "MS Word 2007 XML";
    throw usage_error("cannot write '" + path + "': the output must end in .odt, .pdf or .docx");
}

render_options parse(const args& a) {
    render_options o;
    for (size_t i = 0; i < a.size(); ++i) {
        auto value = [&]() -> std::string {
            if (i + 1 >= a.size()) throw usage_error(a[i] + " needs a value");
            return a[++i];
        };
        if (a[i] == "--library")
            o.library = value();
        else if (a[i] == "--outline")
            o.outline = value();
        else if (a[i] == "--section")
            o.sections.push_back(value());
        else if (a[i] == "--data")
            o.data = value();
        else if (a[i] == "--layout") {
            o.layout = value();
            if (!parse_layout(o.layout))
                throw usage_error("unknown layout '" + o.layout + "': use gbt9704 or none");
        } else if (a[i] == "-o" || a[i] == "--output")
            o.outputs.push_back(value());
        else if (!parse_session_option(a, i, o.session))
            throw usage_error("unknown option '" + a[i] + "'");
    }
    if (o.library.empty()) throw usage_error("--library is required");
    if (o.outline.empty() && o.sections.empty()) throw usage_error("give --outline or --section");
    if (o.outputs.empty()) throw usage_error("give at least one output with -o");
    for (auto& out : o.outputs)
        filter_for(out);
    if (!o.data.empty() && !fs::is_regular_file(o.data)) throw usage_error("no data sheet at " + o.data);
    return o;
}

void store(const uno::Reference<text::XTextDocument>& doc, const std::string& out) {
    uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)
        ->storeToURL(
            to_ou(office::file_url(fs::absolute(out).string())),
            properties({{"FilterName", uno::Any(to_ou(filter_for(out)))}, {"Overwrite", uno::Any(true)}}));
    say("wrote " + out);
}

int render(const render_options& o) {
    // A library file is checked here first: its errors read best without a round trip.
    if (fs::is_regular_file(o.library)) {
        load_result r = load_library_file(o.library);
        if (!r.ok()) {
            for (auto& d : r.diags)
                if (d.level == severity::error) std::cerr << format_diagnostic(d) << "\n";
            return 1;
        }
    }
    office_session session(o.session);
    auto engine = session.engine();
    rtl::OUString library = to_ou(o.library);
    if (fs::is_regular_file(o.library)) library = engine->loadLibrary(to_ou(office::file_url(o.library)));

    document_closer doc{session.new_document()};
    if (!o.outline.empty())
        engine->insertOutline(doc.doc, doc.doc->getText()->getEnd(), library, to_ou(o.outline));
    for (auto& s : o.sections)
        engine->insertSection(doc.doc, doc.doc->getText()->getEnd(), library, to_ou(s));
    rtl::OUString layout = o.layout.empty() ? engine->getLayout(library, to_ou(o.outline)) : to_ou(o.layout);
    engine->applyLayout(doc.doc, layout);
    if (!o.data.empty()) {
        auto data = session.data();
        data->linkDataSheet(doc.doc, to_ou(office::file_url(fs::absolute(o.data).string())));
        say(fmt::format("filled {} placeholder values from {}", data->refresh(doc.doc), o.data));
    }
    // DOCX from the command line gets plain text where the fields were: a finished report.
    bool converted = false;
    for (int docx = 0; docx < 2; ++docx)
        for (auto& out : o.outputs) {
            if ((filter_for(out) == "MS Word 2007 XML") != (docx == 1)) continue;
            if (docx && !converted) converted = session.data()->convertFieldsToText(doc.doc) >= 0;
            store(doc.doc, out);
        }
    return 0;
}

} // namespace

int cmd_render(const args& a) {
    return run_command("render", usage, [&] { return render(parse(a)); });
}

} // namespace reportkit::cli
