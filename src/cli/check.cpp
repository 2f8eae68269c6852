// reportkit check: the audit of a document — every placeholder's state and every typed "X" —
// through the engine service; exit 1 when anything is unfilled, invalid or out of date.
#include "commands.hpp"
#include "newer_sections.hpp"
#include "session.hpp"

#include "core/data/audit.hpp"
#include "uno/common/strings.hxx"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <map>

namespace fs = std::filesystem;
using namespace css;
using reportkit::office::to_std;

namespace reportkit::cli {
namespace {

const std::string usage =
    std::string("usage: reportkit check DOC.odt|.docx [--library FILE|DIR …] ") + session_usage + "\n";

int check(const std::string& path, const session_options& options,
          const std::vector<std::string>& libraries) {
    office_session session(options);
    document_closer doc{session.open_document(path)};
    auto entries = session.data()->audit(doc.doc);
    std::map<audit_status, int> counts;
    std::string name = fs::path(path).filename().string();
    for (const auto& e : entries) {
        audit_status status = parse_audit_status(to_std(e.Status)).value_or(audit_status::missing);
        ++counts[status];
        std::string cell = e.Cell.isEmpty() ? "" : " at " + to_std(e.Cell);
        switch (status) {
        case audit_status::filled:
            break;
        case audit_status::literal_x:
            std::cout << fmt::format("{}: literal X: “{}”\n", name, to_std(e.Label));
            break;
        case audit_status::sheet:
            std::cout << fmt::format("{}: data sheet{}: {}\n", name, cell, to_std(e.Message));
            break;
        case audit_status::missing:
        case audit_status::invalid:
        case audit_status::stale:
            std::cout << fmt::format("{}: {} {} ({}){}: {}\n", name, to_string(status), to_std(e.Key),
                                     to_std(e.Label), cell, to_std(e.Message));
            break;
        }
    }
    using enum audit_status;
    int fields = counts[filled] + counts[missing] + counts[invalid] + counts[stale];
    std::cout << fmt::format("{}: {} placeholders: {} filled, {} missing, {} invalid, {} stale; {} typed X\n",
                             name, fields, counts[filled], counts[missing], counts[invalid], counts[stale],
                             counts[literal_x]);

    // Sections a newer library version changes: listed for the maintainers, no failure.
    load_libraries(session, libraries);
    for (const auto& s : newer_sections(session, doc.doc))
        std::cout << newer_line(name, s) << "\n";
    return fields == counts[filled] && counts[literal_x] + counts[sheet] == 0 ? 0 : 1;
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
