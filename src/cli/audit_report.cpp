#include "audit_report.hpp"

#include "core/data/audit.hpp"
#include "uno/common/strings.hxx"

#include <fmt/format.h>

using reportkit::office::to_std;

namespace reportkit::cli {

audit_counts tell_audit(const css::uno::Sequence<org::reportkit::AuditEntry>& entries,
                        const std::string& name, std::ostream& out, const std::string& prefix) {
    audit_counts c;
    for (const auto& e : entries) {
        audit_status status = parse_audit_status(to_std(e.Status)).value_or(audit_status::missing);
        std::string cell = e.Cell.isEmpty() ? "" : " at " + to_std(e.Cell);
        switch (status) {
        case audit_status::filled:
            ++c.filled;
            break;
        case audit_status::literal_x:
            ++c.typed_x;
            out << prefix << fmt::format("{}: literal X: “{}”\n", name, to_std(e.Label));
            break;
        case audit_status::sheet:
            ++c.sheet;
            out << prefix << fmt::format("{}: data sheet{}: {}\n", name, cell, to_std(e.Message));
            break;
        case audit_status::missing:
        case audit_status::invalid:
        case audit_status::stale:
            ++(status == audit_status::missing   ? c.missing
               : status == audit_status::invalid ? c.invalid
                                                 : c.stale);
            out << prefix
                << fmt::format("{}: {} {} ({}){}: {}\n", name, to_string(status), to_std(e.Key),
                               to_std(e.Label), cell, to_std(e.Message));
            break;
        }
    }
    return c;
}

std::string audit_summary(const audit_counts& c, const std::string& name) {
    return fmt::format("{}: {} placeholders: {} filled, {} missing, {} invalid, {} stale; {} typed X", name,
                       c.placeholders(), c.filled, c.missing, c.invalid, c.stale, c.typed_x);
}

} // namespace reportkit::cli
