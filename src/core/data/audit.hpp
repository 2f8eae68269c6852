// The audit of a document's numbers: each placeholder's state, and "X" typed where a number
// should be (组织学习 X 次, 办结率 X%).
#pragma once

#include "core/data/values.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

enum class audit_status {
    filled,  // shows the sheet's current value
    missing, // no value yet: the marker is shown
    invalid, // the sheet's value cannot be read as the field's type
    stale,   // the sheet has a different value than the document shows: refresh
};
const char* to_string(audit_status s);

// A placeholder's state from what it shows and what the sheet says now (`linked`: a sheet is
// linked and was read).
audit_status placeholder_status(std::string_view shown, const std::string& expected, const field_value& now,
                                bool linked, std::string_view marker);

// The sentence an audit entry carries: why a value is missing or invalid, or that the sheet
// changed; empty for a filled one. Chinese for a language starting with "zh", else English.
std::string audit_message(audit_status s, const field_value& now, std::string_view language = "en-US");
inline const char* const literal_x_message = "an X stands where a number belongs";

// An "X" standing for a number in typed text: byte offset and length in the paragraph.
struct literal_x {
    size_t offset = 0;
    size_t length = 0;
};

// Runs of X (also x, Ｘ, XX, X.X, X,XXX) that stand alone — not part of a Latin word or number —
// and touch a Chinese character, a unit or a % sign: "X 次", "X%", "增长X个百分点".
std::vector<literal_x> find_literal_x(std::string_view paragraph);

} // namespace reportkit
