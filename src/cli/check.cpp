// reportkit check: the audit of a document — every placeholder's state and every typed "X" —
// through the engine service; exit 1 when anything is unfilled, invalid or out of date.
#include "commands.hpp"
#include "newer_sections.hpp"
#include "session.hpp"

#include "audit_report.hpp"
#include "files.hpp"

#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace reportkit::cli {
namespace {

const std::string usage =
    std::string("usage: reportkit check DOC.odt|.docx [--library FILE|DIR …] ") + session_usage + "\n";

int check(const std::string& path, const session_options& options,
          const std::vector<std::string>& libraries) {
    require_document_file(path);
    std::vector<std::string> library_files = newest_library_files(libraries);
    office_session session(options);
    document_closer doc{session.open_document(path)};
    std::string name = fs::path(path).filename().string();
    audit_counts counts = tell_audit(session.data()->audit(doc.doc), name, std::cout);
    std::cout << audit_summary(counts, name) << "\n";

    // Sections a newer library version changes: listed for the maintainers, no failure.
    load_libraries(session, library_files);
    for (const auto& s : newer_sections(session, doc.doc))
        std::cout << newer_line(name, s) << "\n";
    return counts.clean() ? 0 : 1;
}

} // namespace

int cmd_check(const args& a) {
    return run_command(
        "check", usage,
        [&] {
            session_options options;
            std::vector<std::string> libraries;
            std::string path;
            for (size_t i = 0; i < a.size(); ++i) {
                if (a[i] == "--help" || a[i] == "-h") {
                    std::cout << usage;
                    return 0;
                }
                if (parse_session_option(a, i, options) || parse_library_option(a, i, libraries)) continue;
                if (a[i].starts_with("-") || !path.empty()) throw usage_error("unexpected '" + a[i] + "'");
                path = a[i];
            }
            if (path.empty()) throw usage_error("give the document to check");
            return check(path, options, libraries);
        },
        2);
}

} // namespace reportkit::cli
