// The bad-input catalogue, cases that need no LibreOffice: hostile and odd libraries, reports,
// documents and paths given to lint, fields, render, check and import. Every case asserts the
// exit code, that the message points at the file and line:column (or names the path), and that
// nothing was written or lost: the files it starts with are unchanged byte for byte, and the
// outputs it names do not exist. render, check and import get --office /nonexistent, so a case
// that got past the checks into LibreOffice would fail with another message.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "../common/command.hpp"

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using reportkit::test::file_bytes;
using reportkit::test::run;

namespace {

struct bad_input {
    const char* what;
    std::vector<std::pair<std::string, std::string>> files; // written into the case's folder first
    std::string args;                                       // after "reportkit"; {dir}: the case's folder
    int exit;
    std::string where;                    // a regular expression the output matches ({dir} replaced)
    std::vector<std::string> absent = {}; // outputs that must not exist afterwards
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size()))
        s.replace(i, from.size(), to);
    return s;
}

std::string regex_escaped(const std::string& s) {
    return std::regex_replace(s, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)");
}

// Runs each case in a folder of its own and checks what it promises.
void run_catalogue(const std::vector<bad_input>& cases) {
    fs::path root = fs::temp_directory_path() / fmt::format("reportkit-cli-tests-{}", getpid());
    for (const bad_input& c : cases) {
        INFO(c.what);
        fs::path dir = root / "case";
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const auto& [name, content] : c.files) {
            if (name.ends_with("/")) {
                fs::create_directories(dir / name);
                continue;
            }
            std::ofstream(dir / name, std::ios::binary) << content;
        }
        std::string args = replace_all(c.args, "{dir}", dir.string());
        auto r = run(fmt::format("cd {} && {} {}", dir.string(), REPORTKIT_CLI, args));
        INFO("reportkit " << args);
        INFO(r.output);
        CHECK(r.status == c.exit);
        std::string where = replace_all(c.where, "{dir}", regex_escaped(dir.string()));
        CHECK(std::regex_search(r.output, std::regex(where)));
        for (const auto& [name, content] : c.files)
            if (!name.ends_with("/")) CHECK(file_bytes(dir / name) == content); // nothing lost
        for (const std::string& name : c.absent)
            CHECK_FALSE(fs::exists(dir / name)); // nothing written
    }
    fs::remove_all(root);
}

// A small library; the section's title is on line 6 from column 26, its text on line 7 from
// column 8, and `fields` go on line 4.
std::string library(const std::string& title, const std::string& text, const std::string& fields = "") {
    return fmt::format(R"(<library id="bad" version="1.0.0" title="t">
  <fields>
    <field key="n" type="integer" unit="次" label="次数"/>
{}
  </fields>
  <section id="s" title="{}" level="1">
    <p>{}{{{{n}}}}次。</p>
  </section>
  <outline id="o" title="o"><include section="s"/></outline>
</library>
)",
                       fields, title, text);
}

const std::string good = library("概况", "全年");

std::string repeat(const std::string& part, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i)
        out += part;
    return out;
}

std::string derived(const std::string& formula) {
    return library("概况", "全年{{a}}",
                   fmt::format(R"(    <field key="a" type="integer" label="a" formula="{}"/>)", formula));
}

// k0 = k1 + 1, k1 = k2 + 1, …: a chain of `n` derived fields.
std::string chain(size_t n) {
    std::string fields;
    for (size_t i = 0; i < n; ++i)
        fields += fmt::format("    <field key=\"k{}\" type=\"integer\" label=\"k\" formula=\"k{} + 1\"/>\n",
                              i, i + 1);
    fields += fmt::format("    <field key=\"k{}\" type=\"integer\" label=\"k\"/>", n);
    return library("概况", "全年{{k0}}", fields);
}

std::string utf16(const std::string& ascii) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

const std::string old_text = "县档案馆2025年度工作总结\n一、主要工作情况\n全年接收档案1260卷。\n";
const char nul_report[] = "一、概况\n全年办文12件。\0其余\n";
const std::string no_office = " --office /nonexistent";

} // namespace

TEST_CASE("bad input: lint names the file, line and column of what is wrong") {
    run_catalogue({
        {"a control character (U+000B) in a section title",
         {{"lib.xml", library("概\v况", "全年")}},
         "lint lib.xml",
         1,
         R"(lib\.xml:6:27: error: control character U\+000B in text)"},
        {"a control character (U+0001) in a paragraph",
         {{"lib.xml", library("概况", "全年\x01")}},
         "lint lib.xml",
         1,
         R"(lib\.xml:7:10: error: control character U\+0001)"},
        {"&nbsp;, an entity XML does not know",
         {{"lib.xml", library("概况", "全年&nbsp;")}},
         "lint lib.xml",
         1,
         R"(lib\.xml:7:10: error: unknown entity '&nbsp;')"},
        {"&copy;, an entity XML does not know",
         {{"lib.xml", library("概况", "全年&copy;")}},
         "lint lib.xml",
         1,
         R"(lib\.xml:7:10: error: unknown entity '&copy;')"},
        {"a DOCTYPE declaring entities",
         {{"lib.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE library [<!ENTITY x \"y\">]>\n" + good}},
         "lint lib.xml",
         1,
         R"(lib\.xml:2:1: error: a library has no DOCTYPE)"},
        {"a byte that is not UTF-8",
         {{"lib.xml", library("概况", "全年\xff")}},
         "lint lib.xml",
         1,
         R"(lib\.xml:7:10: error: byte 0xFF is not UTF-8)"},
        {"a library saved as UTF-16",
         {{"lib.xml", utf16("<library id=\"x\" version=\"1.0.0\" title=\"t\"/>")}},
         "lint lib.xml",
         1,
         R"(lib\.xml: error: the file is UTF-16: save the library as UTF-8)"},
        {"JSON output for a library with bytes that are not UTF-8 stays UTF-8",
         {{"lib\xff.xml", library("概况", "全年\xff")}},
         "lint --format json lib\xff.xml 2>/dev/null",
         1,
         R"("file": "lib\\ufffd\.xml", "line": 7, "column": 10, "severity": "error", "code": "bad-encoding")"},
        {"a formula with 20,000 nested parentheses",
         {{"lib.xml", derived(repeat("(", 20000) + "n" + repeat(")", 20000))}},
         "lint lib.xml",
         1,
         R"(lib\.xml:4:\d+: error: formula '\(+…' nests more than 100 levels deep)"},
        {"a formula with 20,000 unary minus signs",
         {{"lib.xml", derived(repeat("-", 20000) + "n")}},
         "lint lib.xml",
         1,
         R"(lib\.xml:4:\d+: error: formula '-+…' nests more than 100 levels deep)"},
        {"a sum of 50,000 terms",
         {{"lib.xml", derived("n" + repeat(" + n", 49999))}},
         "lint lib.xml",
         1,
         R"(lib\.xml:4:\d+: error: formula 'n \+ n)"},
        {"a chain of 10,000 derived fields",
         {{"lib.xml", chain(10000)}},
         "lint lib.xml",
         1,
         R"(lib\.xml:\d+:\d+: error: field 'k0' is derived through more than 32 formulas)"},
        {"a placeholder not closed",
         {{"lib.xml", library("概况", "全年{{n")}},
         "lint lib.xml",
         1,
         R"(lib\.xml:7:10: error: '\{\{' is not closed by '\}\}')"},
        {"a placeholder of an undeclared field",
         {{"lib.xml", library("概况", "全年{{m}}")}},
         "lint lib.xml",
         1,
         R"(lib\.xml:7:10: error: field 'm' is not declared)"},
        {"an empty file", {{"lib.xml", ""}}, "lint lib.xml", 1, R"(lib\.xml:1:1: error: malformed XML)"},
        {"a file that does not exist",
         {},
         "lint missing.xml",
         1,
         R"(missing\.xml: error: cannot open the file)"},
    });
}

TEST_CASE("bad input: fields never replaces a file and names the broken library's place") {
    run_catalogue({
        {"--ods onto an existing sheet (it may hold values)",
         {{"lib.xml", good}, {"data.ods", "this year's values"}},
         "fields --ods data.ods lib.xml" + no_office,
         2,
         R"(data\.ods exists already; nothing written \(give --force to replace it\))"},
        {"--ods onto an existing sheet, from a library with errors",
         {{"lib.xml", library("概况", "全年{{m}}")}, {"data.ods", "this year's values"}},
         "fields --ods data.ods lib.xml" + no_office,
         1,
         R"(lib\.xml:7:10: error: field 'm' is not declared)"},
        {"--ods into a folder that does not exist",
         {{"lib.xml", good}},
         "fields --ods nope/data.ods lib.xml" + no_office,
         2,
         R"(cannot write nope/data\.ods: the folder {dir}/nope does not exist)",
         {"nope"}},
        {"--ods naming a folder",
         {{"lib.xml", good}, {"data.ods/", ""}},
         "fields --ods data.ods lib.xml" + no_office,
         2,
         R"(cannot write data\.ods: it is a folder)"},
        {"--csv of a library with a control character: no skeleton at all",
         {{"lib.xml", library("概\v况", "全年")}},
         "fields --csv lib.xml",
         1,
         R"(lib\.xml:6:27: error: control character U\+000B)"},
        {"a library that does not exist",
         {},
         "fields --csv missing.xml",
         1,
         R"(missing\.xml: error: cannot open the file)"},
    });
}

TEST_CASE("bad input: render checks every file before LibreOffice starts") {
    run_catalogue({
        {"--library naming a file that does not exist",
         {},
         "render --library nosuch.xml --outline o -o out.odt" + no_office,
         2,
         R"(render: error: nosuch\.xml: no such file)",
         {"out.odt"}},
        {"--library naming a folder",
         {{"libs/", ""}},
         "render --library libs --outline o -o out.odt" + no_office,
         2,
         R"(render: error: libs is a folder, not a library file)",
         {"out.odt"}},
        {"a library with a control character: refused, not rendered with empty text",
         {{"lib.xml", library("概况", "全年\v")}, {"out.odt", "last year's report"}},
         "render --library lib.xml --outline o -o out.odt" + no_office,
         1,
         R"(lib\.xml:7:10: error: control character U\+000B)"},
        {"a library with an unknown entity",
         {{"lib.xml", library("概况", "全年&nbsp;")}},
         "render --library lib.xml --outline o -o out.pdf" + no_office,
         1,
         R"(lib\.xml:7:10: error: unknown entity '&nbsp;')",
         {"out.pdf"}},
        {"a library with a chain of 10,000 derived fields",
         {{"lib.xml", chain(10000)}},
         "render --library lib.xml --outline o -o out.odt" + no_office,
         1,
         R"(lib\.xml:\d+:\d+: error: field 'k0' is derived through more than 32 formulas)",
         {"out.odt"}},
        {"--data naming a file that does not exist",
         {{"lib.xml", good}},
         "render --library lib.xml --outline o --data nosuch.csv -o out.odt" + no_office,
         2,
         R"(nosuch\.csv: no such file)",
         {"out.odt"}},
        {"--data naming a folder",
         {{"lib.xml", good}, {"data/", ""}},
         "render --library lib.xml --outline o --data data -o out.odt" + no_office,
         2,
         R"(data is a folder, not a data sheet)",
         {"out.odt"}},
        {"an output in a folder that does not exist",
         {{"lib.xml", good}},
         "render --library lib.xml --outline o -o nope/out.odt" + no_office,
         2,
         R"(cannot write nope/out\.odt: the folder {dir}/nope does not exist)",
         {"nope"}},
        {"an output where nothing may be written",
         {{"lib.xml", good}},
         "render --library lib.xml --outline o -o /sys/reportkit-test.pdf" + no_office,
         2,
         R"(cannot write /sys/reportkit-test\.pdf: (permission denied|read-only file system))"},
        {"an output naming a folder",
         {{"lib.xml", good}, {"out.odt/", ""}},
         "render --library lib.xml --outline o -o out.odt" + no_office,
         2,
         R"(cannot write out\.odt: it is a folder)"},
        {"one good output and one in a missing folder: neither is written",
         {{"lib.xml", good}},
         "render --library lib.xml --outline o -o out.odt -o nope/out.pdf" + no_office,
         2,
         R"(the folder {dir}/nope does not exist)",
         {"out.odt", "nope"}},
        {"an output type render cannot write",
         {{"lib.xml", good}},
         "render --library lib.xml --outline o -o out.txt" + no_office,
         2,
         R"(cannot write 'out\.txt': the output must end in \.odt, \.pdf or \.docx)",
         {"out.txt"}},
    });
}

TEST_CASE("bad input: check refuses what is not a document, with exit 2") {
    run_catalogue({
        {"an empty .odt",
         {{"report.odt", ""}},
         "check report.odt" + no_office,
         2,
         R"(report\.odt is empty: not a document)"},
        {"a text file named .odt",
         {{"report.odt", "just text\n"}},
         "check report.odt" + no_office,
         2,
         R"(report\.odt is damaged or not a Writer document)"},
        {"an empty .docx",
         {{"report.docx", ""}},
         "check report.docx" + no_office,
         2,
         R"(report\.docx is empty)"},
        {"an HTML page named .docx",
         {{"report.docx", "<html><body>report</body></html>"}},
         "check report.docx" + no_office,
         2,
         R"(report\.docx is damaged or not a Word document)"},
        {"a document that does not exist",
         {},
         "check report.odt" + no_office,
         2,
         R"(report\.odt: no such file)"},
        {"a folder",
         {{"report.odt/", ""}},
         "check report.odt" + no_office,
         2,
         R"(report\.odt is a folder, not a document)"},
    });
}

// Opens like a Writer document (the zip signature), so check and update get past the document
// to the libraries.
const std::string zip_document = std::string("PK\3\4", 4) + "rest of a document";

TEST_CASE("bad input: check and update refuse a wrong --library before LibreOffice starts") {
    run_catalogue({
        {"check: --library naming a file that does not exist",
         {{"report.odt", zip_document}},
         "check report.odt --library nosuch.xml" + no_office,
         2,
         R"(check: error: nosuch\.xml: no such file)"},
        {"check: a library with a control character, in a folder",
         {{"report.odt", zip_document}, {"libs/", ""}, {"libs/lib.xml", library("概况", "全年\v")}},
         "check report.odt --library libs" + no_office,
         2,
         R"(check: error: libs/lib\.xml has errors:\nlibs/lib\.xml:7:10: error: control character U\+000B)"},
        {"update: --library naming a file that does not exist",
         {{"report.odt", zip_document}},
         "update report.odt --library nosuch.xml -o out.odt" + no_office,
         2,
         R"(update: error: nosuch\.xml: no such file)",
         {"out.odt"}},
        {"update: a library with an unknown entity",
         {{"report.odt", zip_document}, {"lib.xml", library("概况", "全年&nbsp;")}},
         "update report.odt --library lib.xml -o out.odt" + no_office,
         1,
         R"(update: error: lib\.xml has errors:\nlib\.xml:7:10: error: unknown entity '&nbsp;')",
         {"out.odt"}},
        {"update: a document that does not exist",
         {{"lib.xml", good}},
         "update report.odt --library lib.xml -o out.odt" + no_office,
         2,
         R"(update: error: report\.odt: no such file)",
         {"out.odt"}},
    });
}

// The office named by the environment is never reached: the error is about the library path,
// and it comes at once.
TEST_CASE("bad input: check names a missing --library even when no office could start") {
    fs::path dir = fs::temp_directory_path() / fmt::format("reportkit-cli-library-{}", getpid());
    fs::create_directories(dir);
    std::ofstream(dir / "report.odt", std::ios::binary) << zip_document;
    auto t0 = std::chrono::steady_clock::now();
    auto r = run(
        fmt::format("cd {} && REPORTKIT_OFFICE=/nonexistent {} check report.odt --library libs/nosuch.xml",
                    dir.string(), REPORTKIT_CLI));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    fs::remove_all(dir);
    INFO(r.output);
    CHECK(r.status == 2);
    CHECK(r.output == "reportkit check: error: libs/nosuch.xml: no such file\n");
    CHECK(seconds < 5.0); // an office takes longer than this to start
}

TEST_CASE("bad input: import writes a lint-clean library or nothing, and replaces nothing") {
    run_catalogue({
        {"a NUL byte in the report",
         {{"old.txt", std::string(nul_report, sizeof nul_report - 1)}},
         "import old.txt -o out.xml",
         1,
         R"(old\.txt:2:9: error: control character U\+0000)",
         {"out.xml"}},
        {"a control character (U+0001) in the report",
         {{"old.txt", "一、概况\n全年\x01办文12件。\n"}},
         "import old.txt -o out.xml --data out.csv",
         1,
         R"(old\.txt:2:3: error: control character U\+0001)",
         {"out.xml", "out.csv"}},
        {"a literal {{ in the report",
         {{"old.txt", "一、概况\n模板写作{{名称}}即可。\n"}},
         "import old.txt -o out.xml",
         1,
         R"(old\.txt:2:5: error: '\{\{' in the text would be read as a placeholder)",
         {"out.xml"}},
        {"-o onto an existing library",
         {{"old.txt", old_text}, {"out.xml", "a maintained library"}},
         "import old.txt -o out.xml",
         2,
         R"(out\.xml exists already; nothing written \(give --force to replace it\))"},
        {"--data onto an existing sheet",
         {{"old.txt", old_text}, {"values.csv", "key,value\nx,1\n"}},
         "import old.txt -o out.xml --data values.csv",
         2,
         R"(values\.csv exists already)",
         {"out.xml"}},
        {"-o into a folder that does not exist",
         {{"old.txt", old_text}},
         "import old.txt -o nope/out.xml",
         2,
         R"(cannot write nope/out\.xml: the folder {dir}/nope does not exist)"},
        {"bytes that are no text",
         {{"old.txt", std::string("\x80\x80\xff\xff\x00\x01", 6)}},
         "import old.txt -o out.xml",
         1,
         R"('old\.txt' is not UTF-8, UTF-16 or GB18030 text)",
         {"out.xml"}},
        {"an empty .odt",
         {{"old.odt", ""}},
         "import old.odt -o out.xml" + no_office,
         2,
         R"(old\.odt is empty)",
         {"out.xml"}},
        {"a report that does not exist",
         {},
         "import old.txt -o out.xml",
         2,
         R"(old\.txt: no such file)",
         {"out.xml"}},
    });
}
