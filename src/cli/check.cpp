// reportkit check: the audit of a document — every placeholder's state and every typed "X" —
// through the engine service; exit 1 when anything is unfilled, invalid or out of date.
#include "commands.hpp"
#include "session.hpp"

#include "audit_report.hpp"
#include "files.hpp"

#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace reportkit::cli {
namespace {

const std::string usage = std::string("usage: reportkit check DOC.odt|.docx ") + session_usage + "\n";

int check(const std::string& path, const session_options& options) {
    require_document_file(path);
    office_session session(options);
    document_closer doc{session.open_document(path)};
    std::string name = fs::path(path).filename().string();
    audit_counts counts = tell_audit(session.data()->audit(doc.doc), name, std::cout);
    std::cout << audit_summary(counts, name) << "\n";
    return counts.clean() ? 0 : 1;
}

} // namespace

int cmd_check(const args& a) {
    return run_command(
        "check", usage,
        [&] {
            session_options options;
            std::string path;
            for (size_t i = 0; i < a.size(); ++i) {
                if (a[i] == "--help" || a[i] == "-h") {
                    std::cout << usage;
                    return 0;
                }
                if (parse_session_option(a, i, options)) continue;
                if (a[i].starts_with("-") || !path.empty()) throw usage_error("unexpected '" + a[i] + "'");
                path = a[i];
            }
            if (path.empty()) throw usage_error("give the document to check");
            return check(path, options);
        },
        2);
}

} // namespace reportkit::cli
