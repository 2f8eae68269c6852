// Formatting diagnostics for people (compiler style) and for tools (JSON).
#include "diag/diagnostic.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

TEST_CASE("a diagnostic prints as file:line:col: severity: message [code]") {
    diagnostic d{severity::error, {"lib.xml", 12, 7}, "undeclared-field", "field 'a.b' is not declared"};
    CHECK(format_diagnostic(d) == "lib.xml:12:7: error: field 'a.b' is not declared [undeclared-field]");
    d.level = severity::warning;
    CHECK(format_diagnostic(d) == "lib.xml:12:7: warning: field 'a.b' is not declared [undeclared-field]");
}

TEST_CASE("a diagnostic without a line names only the file") {
    diagnostic d{severity::error, {"gone.xml", 0, 0}, "unreadable-file", "cannot open the file"};
    CHECK(format_diagnostic(d) == "gone.xml: error: cannot open the file [unreadable-file]");
}

TEST_CASE("diagnostics as JSON escape quotes, backslashes and control characters, keep UTF-8") {
    diagnostics list{{severity::warning, {"C:\\库.xml", 3, 4}, "unused-field", "say \"hi\"\tnow\x01"}};
    CHECK(diagnostics_to_json(list) ==
          "[\n  {\"file\": \"C:\\\\库.xml\", \"line\": 3, \"column\": 4, \"severity\": \"warning\", "
          "\"code\": \"unused-field\", \"message\": \"say \\\"hi\\\"\\tnow\\u0001\"}\n]");
    CHECK(diagnostics_to_json({}) == "[]");
}

TEST_CASE("errors are counted apart from warnings and notes") {
    diagnostics list{{severity::note, {}, "a", ""}, {severity::warning, {}, "b", ""}};
    CHECK_FALSE(has_errors(list));
    list.push_back({severity::error, {}, "c", ""});
    CHECK(has_errors(list));
    CHECK(count(list, severity::warning) == 1);
    CHECK(count(list, severity::error) == 1);
}
