// The reportkit commands that drive LibreOffice (render, check, fields --ods, import) end to end:
// a private office of their own, then the files reopened and read.
#include "office_test_env.hxx"

#include "../common/command.hpp"

#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

using namespace reportkit::test;
using namespace css;
namespace fs = std::filesystem;

namespace {

std::string cli() {
    return std::string(REPORTKIT_CLI) + " render --oxt " + REPORTKIT_OXT;
}

} // namespace

TEST_CASE("reportkit render writes an ODT and a PDF of a bundled outline") {
    fs::path dir = scratch("bundled");
    fs::path odt = dir / "report.odt", pdf = dir / "report.pdf";
    auto r = run(cli() + " --profile " + (dir / "office").string() +
                 " --library office-annual --outline annual.full -o " + odt.string() + " -o " + pdf.string());
    INFO(r.output);
    REQUIRE(r.status == 0);
    CHECK(r.output.find("wrote " + odt.string()) != std::string::npos);

    writer_document doc(url_of(odt.string()));
    auto paragraphs = doc.paragraphs();
    REQUIRE(paragraphs.size() > 10);
    CHECK(paragraphs[0] == "【待填：单位名称】【待填：报告年度】年度工作情况报告");
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "一、主要工作情况") != paragraphs.end());
    // File > Properties tells when it was written.
    util::DateTime written =
        uno::Reference<document::XDocumentPropertiesSupplier>(doc.get(), uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getModificationDate();
    std::time_t today = std::time(nullptr);
    std::tm local{};
    localtime_r(&today, &local);
    CHECK(written.Year == local.tm_year + 1900);
    CHECK(written.Month == local.tm_mon + 1);

    // The whole text as a reader sees it, list labels included, pinned by a golden file.
    std::string seen;
    for (auto& p : paragraphs)
        seen += p + "\n";
    std::string golden_path = data_file("golden/office-annual.annual.full.txt");
    std::ifstream golden_file(golden_path);
    std::string golden((std::istreambuf_iterator<char>(golden_file)), std::istreambuf_iterator<char>());
    if (seen != golden)
        std::ofstream(std::string(REPORTKIT_ARTIFACTS) + "/office-annual.annual.full.txt") << seen;
    CHECK(seen == golden); // on a wanted change, copy the file written to build/artifacts over the golden one

    REQUIRE(fs::file_size(pdf) > 1000);
    auto text = run("pdftotext -enc UTF-8 " + pdf.string() + " -");
    REQUIRE(text.status == 0);
    CHECK(text.output.find("一、主要工作情况") != std::string::npos);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit render reports library errors with file:line:column and exits 1") {
    auto r = run(cli() + " --library " + data_file("broken.xml") + " --outline x -o /tmp/never.odt");
    CHECK(r.status == 1);
    CHECK(r.output.find("broken.xml:4:17: error:") != std::string::npos);
    CHECK_FALSE(fs::exists("/tmp/never.odt"));
}

TEST_CASE("reportkit render with an unknown outline or section lists the ones the library has") {
    auto r =
        run(cli() + " --library " + data_file("office-test.xml") + " --outline reprot -o /tmp/never.odt");
    CHECK(r.status == 1);
    CHECK(r.output.find(
              "library 'office-test' has no outline 'reprot' (did you mean report?); it has: report") !=
          std::string::npos);
    auto bundled = run(cli() + " --profile " + scratch("unknown-id").string() +
                       " --library office-annual --section politics.studdy -o /tmp/never.odt");
    CHECK(bundled.status == 1);
    CHECK(bundled.output.find("library 'office-annual' has no section 'politics.studdy'") !=
          std::string::npos);
    CHECK(bundled.output.find("; it has: ") != std::string::npos);
    CHECK_FALSE(fs::exists("/tmp/never.odt"));
}

TEST_CASE("reportkit render says clearly when LibreOffice cannot be found") {
    auto r = run(cli() + " --office /nonexistent --library " + data_file("office-test.xml") +
                 " --outline report -o /tmp/never.odt");
    CHECK(r.status == 1);
    CHECK(r.output.find("LibreOffice is not installed at /nonexistent") != std::string::npos);
}

TEST_CASE("reportkit render rejects an output type it cannot write") {
    auto r = run(cli() + " --library x --outline y -o report.txt");
    CHECK(r.status == 2);
    CHECK(r.output.find("the output must end in .odt, .pdf or .docx") != std::string::npos);
}

TEST_CASE("reportkit render --data fills the report, and reportkit check finds nothing left to do") {
    fs::path dir = scratch("data");
    std::string profile = " --profile " + (dir / "office").string();
    fs::path odt = dir / "report.odt", pdf = dir / "report.pdf", docx = dir / "report.docx";
    auto r = run(cli() + profile + " --library " + data_file("office-test.xml") +
                 " --outline report --section duties.numbers --data " + data_file("office-test-data.csv") +
                 " -o " + odt.string() + " -o " + pdf.string() + " -o " + docx.string());
    INFO(r.output);
    REQUIRE(r.status == 0);
    // render counts as check does, and has nothing to warn about.
    CHECK(r.output.find("report.odt: 10 placeholders: 10 filled, 0 missing, 0 invalid, 0 stale; 0 typed X") !=
          std::string::npos);
    CHECK(r.output.find("warning") == std::string::npos);

    auto text = run("pdftotext -enc UTF-8 " + pdf.string() + " -");
    std::erase_if(text.output,
                  [](char c) { return c == ' ' || c == '\n'; }); // PDF text runs are spaced apart
    CHECK(text.output.find("全年办理公文320余件。") != std::string::npos);
    {
        writer_document word(url_of(docx.string()));
        auto paragraphs = word.paragraphs();
        CHECK(paragraphs.back() ==
              "按时办结312件，办结率97.5%，满意度97.4%；争取资金1800.5万元，同比增长12.5%。");
        // Plain text in Word where the placeholders were; the page numbers stay fields.
        uno::Reference<text::XTextFieldsSupplier> fields(word.get(), uno::UNO_QUERY_THROW);
        int page_numbers = 0;
        for (auto e = fields->getTextFields()->createEnumeration(); e->hasMoreElements();) {
            uno::Reference<lang::XServiceInfo> field(e->nextElement(), uno::UNO_QUERY_THROW);
            CHECK(field->supportsService("com.sun.star.text.TextField.PageNumber"));
            ++page_numbers;
        }
        CHECK(page_numbers == 2); // the footers of odd and of even pages
    }

    auto check =
        run(std::string(REPORTKIT_CLI) + " check --oxt " + REPORTKIT_OXT + profile + " " + odt.string());
    INFO(check.output);
    CHECK(check.status == 0);
    CHECK(check.output.find(
              "report.odt: 10 placeholders: 10 filled, 0 missing, 0 invalid, 0 stale; 0 typed X") !=
          std::string::npos);

    fs::path empty = dir / "empty.odt";
    REQUIRE(run(cli() + profile + " --library " + data_file("office-test.xml") + " --outline report -o " +
                empty.string())
                .status == 0);
    auto unfilled =
        run(std::string(REPORTKIT_CLI) + " check --oxt " + REPORTKIT_OXT + profile + " " + empty.string());
    CHECK(unfilled.status == 1);
    CHECK(unfilled.output.find("empty.odt: missing study.sessions (专题学习次数): no data sheet is linked") !=
          std::string::npos);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit render stores the sheet's link relative to the report, so the two move together") {
    fs::path dir = scratch("relative-link"), unit = dir / "甲单位", elsewhere = dir / "other";
    std::string profile = " --profile " + (dir / "office").string();
    fs::create_directories(unit / "数据");
    fs::create_directories(elsewhere);
    fs::copy_file(data_file("office-test-data.csv"), unit / "数据" / "values.csv");
    auto r = run(cli() + profile + " --library " + data_file("office-test.xml") +
                 " --section duties.numbers --data " + (unit / "数据" / "values.csv").string() + " -o " +
                 (unit / "report.odt").string() + " -o " + (unit / "report.pdf").string() + " -o " +
                 (elsewhere / "report.odt").string());
    INFO(r.output);
    REQUIRE(r.status == 0);
    fs::path moved = dir / "乙单位";
    fs::rename(unit, moved);
    {
        writer_document report(url_of((moved / "report.odt").string()));
        CHECK(utf8(data()->getDataSheet(report.get())) == url_of((moved / "数据" / "values.csv").string()));
        CHECK_NOTHROW(data()->refresh(report.get())); // the sheet is read where it was moved
    }
    // Outside the report's folder tree the link stays absolute, as Save As keeps it.
    writer_document other(url_of((elsewhere / "report.odt").string()));
    CHECK(utf8(data()->getDataSheet(other.get())) == url_of((unit / "数据" / "values.csv").string()));
    CHECK(fs::file_size(moved / "report.pdf") > 0);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit render --grouping overrides the library's grouping for that document only") {
    fs::path dir = scratch("grouping");
    std::string profile = " --profile " + (dir / "office").string();
    std::ofstream(dir / "data.csv") << "key,value\ndocs.handled,23456\n";
    auto render = [&](const std::string& option) {
        fs::path odt = dir / "report.odt";
        auto r = run(cli() + profile + option + " --library " + data_file("office-test.xml") +
                     " --section duties.docs --data " + (dir / "data.csv").string() + " -o " + odt.string());
        INFO(r.output);
        REQUIRE(r.status == 0);
        return writer_document(url_of(odt.string())).paragraphs().back();
    };
    CHECK(render(" --grouping thin") == "全年办理公文23\u202F456余件。");
    CHECK(render(" --grouping comma") == "全年办理公文23,456余件。");
    CHECK(render("") == "全年办理公文23456余件。"); // the library's default
    // The office's own setting is never written, so an interrupted render leaves nothing behind.
    std::string registry = file_bytes(dir / "office" / "profile" / "user" / "registrymodifications.xcu");
    REQUIRE(registry.find("IsSpellAuto") != std::string::npos); // a setting the command does write
    CHECK(registry.find("\"Grouping\"") == std::string::npos);
    auto bad = run(cli() + " --grouping dots --library x --outline y -o /tmp/never.odt");
    CHECK(bad.status == 2);
    CHECK(bad.output.find("--grouping must be none, comma or thin, not 'dots'") != std::string::npos);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit fields --ods writes a skeleton sheet through Calc that render --data accepts") {
    fs::path dir = scratch("skeleton");
    fs::path ods = dir / "tally.ods";
    auto r = run(std::string(REPORTKIT_CLI) + " fields --oxt " + REPORTKIT_OXT + " --profile " +
                 (dir / "office").string() + " --ods " + ods.string() + " " + data_file("office-test.xml"));
    INFO(r.output);
    REQUIRE(r.status == 0);
    REQUIRE(fs::exists(ods));
    // An empty skeleton fills nothing: every placeholder stays missing, and check says so.
    fs::path odt = dir / "report.odt";
    REQUIRE(run(cli() + " --profile " + (dir / "office").string() + " --library " +
                data_file("office-test.xml") + " --outline report --data " + ods.string() + " -o " +
                odt.string())
                .status == 0);
    auto check = run(std::string(REPORTKIT_CLI) + " check --oxt " + REPORTKIT_OXT + " --profile " +
                     (dir / "office").string() + " " + odt.string());
    CHECK(check.status == 1);
    CHECK(check.output.find(
              "report.odt: missing docs.handled (办理公文件数) at 数据!D5: the value of 'docs.handled' "
              "is empty") != std::string::npos);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit fields --ods --data fills the skeleton from a CSV, and render --data reads it") {
    fs::path dir = scratch("skeleton-data");
    std::string profile = " --profile " + (dir / "office").string();
    fs::path ods = dir / "tally.ods", odt = dir / "report.odt";
    auto r = run(std::string(REPORTKIT_CLI) + " fields --oxt " + REPORTKIT_OXT + profile + " --ods " +
                 ods.string() + " --data " + data_file("office-test-data.csv") + " " +
                 data_file("office-test.xml"));
    INFO(r.output);
    REQUIRE(r.status == 0);
    CHECK(r.output.find("filled 8 values from") != std::string::npos);
    auto rendered =
        run(cli() + profile + " --library " + data_file("office-test.xml") +
            " --outline report --section duties.numbers --data " + ods.string() + " -o " + odt.string());
    INFO(rendered.output);
    REQUIRE(rendered.status == 0);
    writer_document doc(url_of(odt.string()));
    auto paragraphs = doc.paragraphs();
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "全年办理公文320余件。") != paragraphs.end());
    CHECK(paragraphs.back() ==
          "按时办结312件，办结率97.5%，满意度97.4%；争取资金1800.5万元，同比增长12.5%。");
    auto misuse = run(std::string(REPORTKIT_CLI) + " fields --data x.csv " + data_file("office-test.xml"));
    CHECK(misuse.status == 2);
    CHECK(misuse.output.find("--data fills a skeleton written with --ods") != std::string::npos);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit import turns a rendered report into a library that renders it again") {
    fs::path dir = scratch("import");
    std::string profile = " --profile " + (dir / "office").string();
    fs::path report = dir / "report.odt", library = dir / "imported.xml", values = dir / "values.csv",
             again = dir / "again.odt";
    REQUIRE(run(cli() + profile + " --library office-annual --outline annual.full --data " +
                std::string(REPORTKIT_TEMPLATES) + "/samples/office-annual.csv -o " + report.string())
                .status == 0);

    // Writer's list labels (一、 （一）) are read with the text, so the headings are found.
    auto r = run(std::string(REPORTKIT_CLI) + " import --oxt " + REPORTKIT_OXT + profile +
                 " --id annual.imported " + report.string() + " -o " + library.string() + " --data " +
                 values.string());
    INFO(r.output);
    REQUIRE(r.status == 0);
    CHECK(r.output.find("(0 without a value)") != std::string::npos);
    auto lint = run(std::string(REPORTKIT_CLI) + " lint " + library.string());
    INFO(lint.output);
    CHECK(lint.status == 0);
    CHECK(lint.output.find("0 errors, 0 warnings") != std::string::npos);

    // Rendered from the imported library and the numbers it found, the report reads the same.
    auto render = run(cli() + profile + " --library " + library.string() + " --outline report --data " +
                      values.string() + " -o " + again.string());
    INFO(render.output);
    REQUIRE(render.status == 0);
    writer_document before(url_of(report.string())), after(url_of(again.string()));
    auto paragraphs = before.paragraphs();
    REQUIRE(paragraphs.size() > 10);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "一、主要工作情况") != paragraphs.end());
    CHECK(after.paragraphs() == paragraphs);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit import reads a text file without LibreOffice and says what it found") {
    fs::path dir = scratch("import-text");
    fs::path text = dir / "old.txt", library = dir / "old.xml";
    std::ofstream(text)
        << "县档案馆2025年度工作总结\n一、主要工作情况\n全年接收进馆档案1260卷，群众满意率达到99.2%。\n";
    auto r = run(std::string(REPORTKIT_CLI) + " import --office /nonexistent " + text.string() + " -o " +
                 library.string());
    INFO(r.output);
    CHECK(r.status == 0);
    CHECK(r.output.find("old.txt: 1 section, 0 headings, 2 fields (0 without a value)") != std::string::npos);
    CHECK(run(std::string(REPORTKIT_CLI) + " lint " + library.string()).status == 0);

    auto bad = run(std::string(REPORTKIT_CLI) + " import --id Bad " + text.string());
    CHECK(bad.status == 2);
    CHECK(bad.output.find("bad library id 'Bad'") != std::string::npos);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit render --batch writes one filled report per unit, through one office or two") {
    fs::path dir = scratch("batch");
    fs::path sheet = dir / "units.csv";
    std::ofstream(sheet) << "key,label,甲办公室,乙办公室,丙办公室\n"
                            "org.name,单位名称,甲办公室,乙办公室,丙办公室\n"
                            "report.year,报告年度,2025,2025,2024\n"
                            "study.sessions,专题学习次数,24,,12\n"
                            "docs.handled,办理公文件数,320,\"1,234\",56\n";
    // Each unit's numbers, in sheet order; 乙 has no study.sessions and must not keep 甲's.
    const std::vector<std::array<std::string, 4>> expected = {
        {"甲办公室", "甲办公室2025年度工作情况报告", "全年开展专题学习24次。", "全年办理公文320余件。"},
        {"乙办公室", "乙办公室2025年度工作情况报告", "全年开展专题学习【待填：专题学习次数】次。",
         "全年办理公文1234余件。"},
        {"丙办公室", "丙办公室2024年度工作情况报告", "全年开展专题学习12次。", "全年办理公文56余件。"}};
    for (const char* offices : {"1", "2"}) {
        fs::path out = dir / (std::string("out-") + offices);
        auto r =
            run(cli() + " --profile " + (dir / "office").string() + " --library " +
                data_file("office-test.xml") + " --outline report --batch " + sheet.string() + " -j " +
                offices + " -o " + (out / "{name}.odt").string() + " -o " + (out / "{name}.pdf").string());
        INFO(r.output);
        REQUIRE(r.status == 0);
        CHECK(r.output.find(std::string("3 reports in ")) != std::string::npos);
        CHECK(r.output.find(std::string(" with ") + offices +
                            (offices == std::string("1") ? " office: " : " offices: ")) != std::string::npos);
        CHECK(r.output.find("reports per minute") != std::string::npos);
        for (const auto& [unit, title, study, docs] : expected) {
            INFO(unit);
            writer_document doc(url_of((out / (unit + ".odt")).string()));
            auto paragraphs = doc.paragraphs();
            REQUIRE_FALSE(paragraphs.empty());
            CHECK(paragraphs[0] == title);
            std::string all;
            for (auto& p : paragraphs)
                all += p;
            CHECK(all.find(study) != std::string::npos);
            CHECK(all.find(docs) != std::string::npos);
            auto pdf = run("pdftotext -enc UTF-8 " + (out / (unit + ".pdf")).string() + " -");
            std::erase_if(pdf.output, [](char c) { return c == ' ' || c == '\n'; });
            CHECK(pdf.output.find(docs) != std::string::npos);
        }
    }
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit render --batch refuses outputs without {name} and sheets without units") {
    fs::path dir = scratch("batch-usage");
    fs::path sheet = dir / "units.csv", empty = dir / "none.csv";
    std::ofstream(sheet) << "key,甲\norg.name,甲\n";
    std::ofstream(empty) << "key,label\norg.name,单位名称\n";
    std::string base = cli() + " --profile " + (dir / "office").string() + " --library " +
                       data_file("office-test.xml") + " --outline report --batch ";
    auto same = run(base + sheet.string() + " -o " + (dir / "report.odt").string());
    CHECK(same.status == 2);
    CHECK(same.output.find("each output of --batch needs {name}") != std::string::npos);
    auto none = run(base + empty.string() + " -o " + (dir / "{name}.odt").string());
    CHECK(none.status == 1);
    CHECK(none.output.find("none.csv:A1: error: no unit columns") != std::string::npos);
    fs::remove_all(dir.parent_path());
}
