// reportkit update: a copy of a document in which every inserted section that a newer library
// version changes, and that the writer has not edited, has the new text; the edited ones are
// listed and left alone. The input file is never written.
#include "commands.hpp"
#include "files.hpp"
#include "newer_sections.hpp"
#include "session.hpp"

#include "uno/common/strings.hxx"

#include <org/reportkit/XSectionOrigins.hpp>

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>

namespace fs = std::filesystem;
using namespace css;
using reportkit::office::to_ou;
using reportkit::office::to_std;

namespace reportkit::cli {
namespace {

const std::string usage = std::string("usage: reportkit update DOC.odt|.docx [--library FILE|DIR …] "
                                      "-o OUT.odt|.docx ") +
                          session_usage + "\n";

struct update_options {
    std::string input, output;
    std::vector<std::string> libraries; // the files, newest_library_files
    session_options session;
};

// The copy keeps its values as live fields: a document format, not PDF.
void require_document_output(const std::string& path) {
    if (filter_for(path) == "writer_pdf_Export")
        throw usage_error("cannot write '" + path + "': the copy must end in .odt or .docx");
}

update_options parse(const args& a) {
    update_options o;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] == "-o" || a[i] == "--output") {
            o.output = option_value(a, i, "a file");
        } else if (parse_session_option(a, i, o.session) || parse_library_option(a, i, o.libraries)) {
            continue;
        } else if (a[i].starts_with("-") || !o.input.empty()) {
            throw usage_error("unexpected '" + a[i] + "'");
        } else {
            o.input = a[i];
        }
    }
    if (o.input.empty()) throw usage_error("give the document to update");
    if (o.output.empty()) throw usage_error("give the copy to write with -o");
    require_document_file(o.input);
    require_document_output(o.output);
    std::error_code ec;
    if (fs::absolute(o.input) == fs::absolute(o.output) || fs::equivalent(o.input, o.output, ec))
        throw usage_error("the copy must not overwrite " + o.input);
    o.libraries = newest_library_files(o.libraries);
    return o;
}

int update(const update_options& o) {
    office_session session(o.session);
    document_closer doc{session.open_document(o.input, true)};
    load_libraries(session, o.libraries);
    std::string name = fs::path(o.input).filename().string();

    auto newer = newer_sections(session, doc.doc);
    std::vector<rtl::OUString> unedited;
    for (const auto& s : newer)
        if (!s.Edited) unedited.push_back(s.Mark);
    auto done = uno::Reference<org::reportkit::XSectionOrigins>(session.engine(), uno::UNO_QUERY_THROW)
                    ->updateSections(doc.doc, uno::Sequence<rtl::OUString>(
                                                  unedited.data(), static_cast<sal_Int32>(unedited.size())));
    auto was_updated = [&](const rtl::OUString& mark) {
        return std::find(done.begin(), done.end(), mark) != done.end();
    };
    int updated = 0, left = 0;
    for (const auto& s : newer) {
        if (was_updated(s.Mark)) {
            ++updated;
            std::cout << fmt::format("{}: updated {} “{}” {} → {}\n", name, to_std(s.SectionId),
                                     to_std(s.Title), to_std(s.Version), to_std(s.NewestVersion));
        } else {
            ++left;
            std::cout << newer_line(name, s) << ", left alone\n";
        }
    }
    store_as(session, doc.doc, o.output);
    std::cout << fmt::format("{}: {} sections updated, {} left alone\n", name, updated, left);
    say("wrote " + o.output);
    return 0;
}

} // namespace

int cmd_update(const args& a) {
    return run_command("update", usage, [&] { return update(parse(a)); });
}

} // namespace reportkit::cli
