// Diagnostics: what went wrong, where (file:line:column) and how bad it is.
#pragma once

#include "core/ui/messages.hpp"

#include <string>
#include <vector>

namespace reportkit {

// A position in a source file; line and column are 1-based, column counts Unicode code points.
struct source_location {
    std::string file;
    int line = 0;
    int column = 0;
    std::string cell = {}; // a data sheet's cell instead of line and column: "数据!B7"
};

enum class severity { note, warning, error };

struct diagnostic {
    severity level = severity::error;
    source_location where;
    std::string code;    // stable machine name, e.g. "undeclared-field"
    std::string message; // one sentence for people, no trailing period
    phrase said = {};    // the same sentence in either language, where people read it in the UI (sheets)
};

using diagnostics = std::vector<diagnostic>;

const char* to_string(severity s);
bool has_errors(const diagnostics& d);
int count(const diagnostics& d, severity s);

// "file:line:col: error: message [code]" as compilers print it.
std::string format_diagnostic(const diagnostic& d);

// The sentence in the UI's language (`message` where there is no phrase).
std::string said_in(const diagnostic& d, std::string_view language);
// "file:cell: sentence" in the UI's language, the file by its name, for the deck.
std::string format_diagnostic(const diagnostic& d, std::string_view language);

// A diagnostic whose sentence is `said`, its `message` the English one.
diagnostic said_diagnostic(source_location where, std::string code, phrase said);

// A JSON array of {"file","line","column","severity","code","message"} objects.
std::string diagnostics_to_json(const diagnostics& d);

} // namespace reportkit
