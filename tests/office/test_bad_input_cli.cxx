// The bad-input catalogue, cases that need LibreOffice (the others are in tests/cli): values
// missing, invalid or unknown to the library, damaged documents, an office that dies during a
// command. They share one private office, kept running between commands and killed by the last
// case, so the file costs one office start.
#include "office_test_env.hxx"

#include "../common/command.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace reportkit::test;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& output, const std::string& text) {
    return output.find(text) != std::string::npos;
}

} // namespace

TEST_CASE(
    "bad input through LibreOffice: warnings name the cell, damaged files exit 2, a dead office is said") {
    fs::path dir = scratch("bad-input");
    fs::path profile = dir / "office";
    std::string cli = std::string(REPORTKIT_CLI) + " ", office = " --oxt " + std::string(REPORTKIT_OXT) +
                                                                 " --profile " + profile.string() +
                                                                 " --keep-office";
    std::string library = " --library " + data_file("office-test.xml") + " --outline report";
    auto in_dir = [&](const std::string& name) { return (dir / name).string(); };
    std::ofstream(in_dir("holes.csv"))
        << "key,value\norg.name,市委办公室\nreport.year,2025\nstudy.sessions,\n"
           "docs.handled,abc\ndocs.on_time,312\nextra.key,5\n";

    // 1. Each value not filled and each key the library does not know is a warning with its
    // cell; render's counts are check's.
    auto r = run(cli + "render" + office + library + " --data " + in_dir("holes.csv") + " -o " +
                 in_dir("report.odt"));
    INFO(r.output);
    CHECK(r.status == 0);
    CHECK(has(r.output,
              "holes.csv:B7: warning: 'extra.key' is not a field of library office-test [unknown-key]"));
    CHECK(has(r.output, "warning: holes.csv: missing study.sessions (专题学习次数) at B4: the value of "
                        "'study.sessions' is empty"));
    CHECK(has(r.output,
              "warning: holes.csv: invalid docs.handled (办理公文件数) at B5: 'abc' is not a number"));
    std::string counts = "report.odt: 5 placeholders: 3 filled, 1 missing, 1 invalid, 0 stale; 0 typed X";
    CHECK(has(r.output, counts));
    auto check = run(cli + "check" + office + " " + in_dir("report.odt"));
    INFO(check.output);
    CHECK(check.status == 1);
    CHECK(has(check.output, counts));
    CHECK(has(check.output, "report.odt: missing study.sessions (专题学习次数) at B4"));

    // 2. --strict: exit 1 and the existing output untouched.
    std::ofstream(in_dir("strict.odt")) << "last year's report";
    r = run(cli + "render --strict" + office + library + " --data " + in_dir("holes.csv") + " -o " +
            in_dir("strict.odt"));
    INFO(r.output);
    CHECK(r.status == 1);
    CHECK(has(r.output, "nothing written: --strict and some numbers are not filled"));
    CHECK(file_bytes(in_dir("strict.odt")) == "last year's report");

    // 3. A sheet that would be read wrong is refused with its cell; nothing is written.
    std::ofstream(in_dir("commas.csv")) << "key,value\ndocs.handled,12,345\n";
    r = run(cli + "render" + office + library + " --data " + in_dir("commas.csv") + " -o " +
            in_dir("commas.odt"));
    INFO(r.output);
    CHECK(r.status == 1);
    CHECK(has(r.output, "commas.csv:C2"));
    CHECK_FALSE(fs::exists(in_dir("commas.odt")));

    // A text value Writer could not show whole (a control character) is refused with its cell,
    // not shown without it.
    std::ofstream(in_dir("control.csv")) << "key,value\norg.name,市委\x01办公室\n";
    r = run(cli + "render" + office + library + " --data " + in_dir("control.csv") + " -o " +
            in_dir("control.odt"));
    INFO(r.output);
    CHECK(r.status == 1);
    CHECK(has(r.output, "control.csv:B2: error: control character U+0001 in the value"));
    CHECK_FALSE(fs::exists(in_dir("control.odt")));

    // 4. A zip that is no document, and a spreadsheet where a Writer document belongs: exit 2.
    std::ofstream(in_dir("zip.odt")) << "PK\x03\x04 and then nothing of a document";
    check = run(cli + "check" + office + " " + in_dir("zip.odt"));
    INFO(check.output);
    CHECK(check.status == 2);
    CHECK(has(check.output, "zip.odt is damaged or not a document LibreOffice can read"));
    CHECK_FALSE(has(check.output, "placeholders"));
    REQUIRE(
        run(cli + "fields" + office + " --ods " + in_dir("sheet.ods") + " " + data_file("office-test.xml"))
            .status == 0);
    check = run(cli + "check" + office + " " + in_dir("sheet.ods"));
    INFO(check.output);
    CHECK(check.status == 2);
    CHECK(has(check.output, "sheet.ods is not a Writer document"));

    // 5. import of a damaged .docx writes nothing.
    std::ofstream(in_dir("old.docx")) << "PK\x03\x04 broken";
    r = run(cli + "import" + office + " " + in_dir("old.docx") + " -o " + in_dir("old.xml"));
    INFO(r.output);
    CHECK(r.status == 2);
    CHECK(has(r.output, "old.docx is damaged or not a document LibreOffice can read"));
    CHECK_FALSE(fs::exists(in_dir("old.xml")));

    // 6. The office dies while render saves: the command says so, does not claim the office
    // keeps running, and forgets it.
    std::string pgid;
    std::getline(std::ifstream(profile / "office.pgid"), pgid);
    REQUIRE_FALSE(pgid.empty());
    std::string outputs;
    for (int i = 0; i < 30; ++i)
        outputs += " -o " + in_dir("many" + std::to_string(i) + ".pdf");
    std::string log = in_dir("dying.log");
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::string command = cli + "render" + office + " --library office-annual --outline annual.full -o " +
                              in_dir("first.odt") + outputs + " > " + log + " 2>&1";
        execl("/bin/sh", "sh", "-c", command.c_str(), nullptr);
        _exit(127);
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (!has(file_bytes(log), "wrote " + in_dir("first.odt")) &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    kill(-static_cast<pid_t>(std::stol(pgid)), SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    std::string said = file_bytes(log);
    INFO(said);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(has(said, "LibreOffice stopped unexpectedly"));
    CHECK_FALSE(has(said, "keeps running"));
    CHECK_FALSE(fs::exists(profile / "office.pgid"));
    fs::remove_all(dir.parent_path());
}
