// The audit of a document's numbers: each placeholder's state, and "X" typed where a number
// should be (组织学习 X 次, 办结率 X%).
#pragma once

#include "core/data/values.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// What an audit entry says. The first four are a placeholder's states; a typed X and a sheet
// that cannot be read are entries of their own.
enum class audit_status {
    filled,    // shows the sheet's current value
    missing,   // no value yet: the marker is shown
    invalid,   // the sheet's value cannot be read as the field's type
    stale,     // the sheet has a different value than the document shows: refresh
    literal_x, // an "X" typed where a number belongs
    sheet,     // the linked data sheet cannot be read (a problem with the sheet, not one value)
};

// The status as AuditEntry.Status carries it across UNO ("filled" … "literal-x", "sheet"),
// and back; the one place these strings are written.
const char* to_string(audit_status s);
std::optional<audit_status> parse_audit_status(std::string_view s);

// A placeholder's state from what it shows and what the sheet says now (`linked`: a sheet is
// linked and was read).
audit_status placeholder_status(std::string_view shown, const std::string& expected, const field_value& now,
                                bool linked, std::string_view marker);

// The sentence an audit entry carries, in the UI language: why a value is missing or invalid,
// that the sheet changed, or that an X stands for a number; empty for a filled one. (A sheet's
// own problems are its diagnostics.)
std::string audit_message(audit_status s, const field_value& now, std::string_view language = "en-US");

// An "X" standing for a number in typed text: byte offset and length in the paragraph.
struct literal_x {
    size_t offset = 0;
    size_t length = 0;
};

// Runs of X (also x, Ｘ, XX, X.X, X,XXX) that stand alone — not part of a Latin word or number —
// and touch a Chinese character, a unit or a % sign: "X 次", "X%", "增长X个百分点".
std::vector<literal_x> find_literal_x(std::string_view paragraph);

// The text around a typed X, for people to recognise the spot: `reach` bytes either side,
// widened to whole characters.
std::string_view literal_x_context(std::string_view paragraph, literal_x x, size_t reach = 24);

} // namespace reportkit
