// Formatting diagnostics for people (compiler style) and for tools (JSON).
#include "core/diag/diagnostic.hpp"

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

TEST_CASE("JSON escapes every control character and keeps several entries apart") {
    diagnostics list{{severity::note, {"a\"b.xml", 0, 0}, "shadowed-library", "\b\f\r\n\x1f/中文"},
                     {severity::error, {"b.xml", 1, 2}, "xml-syntax", "x"}};
    CHECK(diagnostics_to_json(list) ==
          "[\n  {\"file\": \"a\\\"b.xml\", \"line\": 0, \"column\": 0, \"severity\": \"note\", "
          "\"code\": \"shadowed-library\", \"message\": \"\\u0008\\u000c\\r\\n\\u001f/中文\"},\n"
          "  {\"file\": \"b.xml\", \"line\": 1, \"column\": 2, \"severity\": \"error\", "
          "\"code\": \"xml-syntax\", \"message\": \"x\"}\n]");
}

TEST_CASE("severities print as compilers print them") {
    CHECK(std::string(to_string(severity::note)) == "note");
    CHECK(std::string(to_string(severity::warning)) == "warning");
    CHECK(std::string(to_string(severity::error)) == "error");
    diagnostic d{severity::note, {"x.xml", 0, 0}, "shadowed-library", "library 'a' 1.0.0 is not used"};
    CHECK(format_diagnostic(d) == "x.xml: note: library 'a' 1.0.0 is not used [shadowed-library]");
}

TEST_CASE("errors are counted apart from warnings and notes") {
    diagnostics list{{severity::note, {}, "a", ""}, {severity::warning, {}, "b", ""}};
    CHECK_FALSE(has_errors(list));
    list.push_back({severity::error, {}, "c", ""});
    CHECK(has_errors(list));
    CHECK(count(list, severity::warning) == 1);
    CHECK(count(list, severity::error) == 1);
}

TEST_CASE("JSON is valid UTF-8 even when a file name or message holds bytes that are not") {
    diagnostics list{
        {severity::error, {"r\xE9sum\xE9.xml", 1, 2}, "bad-encoding", "byte \xFF\xFE; 中\xE4\xB8 ok"}};
    CHECK(diagnostics_to_json(list) ==
          "[\n  {\"file\": \"r\\ufffdsum\\ufffd.xml\", \"line\": 1, \"column\": 2, \"severity\": \"error\", "
          "\"code\": \"bad-encoding\", \"message\": \"byte \\ufffd\\ufffd; 中\\ufffd ok\"}\n]");
}
