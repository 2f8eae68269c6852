// How render and check tell a document's audit: a line for each number that is not filled (and
// each typed X and sheet problem), then the counts, so both commands count alike.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <org/reportkit/AuditEntry.hpp>

#include <ostream>
#include <string>

namespace reportkit::cli {

struct audit_counts {
    int filled = 0, missing = 0, invalid = 0, stale = 0, typed_x = 0, sheet = 0;
    int placeholders() const { return filled + missing + invalid + stale; }
    bool clean() const { return placeholders() == filled && typed_x + sheet == 0; }
};

// Writes one line per entry that is not filled to `out`, each starting with `prefix` and `name`.
audit_counts tell_audit(const css::uno::Sequence<org::reportkit::AuditEntry>& entries,
                        const std::string& name, std::ostream& out, const std::string& prefix = "");

// "NAME: 10 placeholders: 9 filled, 1 missing, 0 invalid, 0 stale; 0 typed X"
std::string audit_summary(const audit_counts& c, const std::string& name);

} // namespace reportkit::cli
