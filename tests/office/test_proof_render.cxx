// The proof that the docs suffice, in Writer: a library written from docs/library-format.md
// alone (data/proof-forestry.xml, text written for this test) rendered by `reportkit render`
// with default settings from a CSV gives a document whose text is the expected report's,
// character for character: counts ≥ 10000 without separators, rates with ％, amounts, a yoy,
// 万余 / 近…余 / 多 / 上千 / 超过 / 约, and an excerpt numbered from 二、 by Writer's own lists.
#include "office_test_env.hxx"

#include "../common/command.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace reportkit::test;
namespace fs = std::filesystem;

TEST_CASE("a library written from the docs renders a report's numbered parts character for character") {
    fs::path dir = scratch("proof");
    fs::path odt = dir / "proof.odt";
    auto lint = run(std::string(REPORTKIT_CLI) + " lint " + data_file("proof-forestry.xml"));
    INFO(lint.output);
    CHECK(lint.status == 0);
    CHECK(lint.output.find("0 errors, 0 warnings") != std::string::npos);

    auto r = run(std::string(REPORTKIT_CLI) + " render --oxt " + REPORTKIT_OXT + " --profile " +
                 (dir / "office").string() + " --library " + data_file("proof-forestry.xml") +
                 " --outline excerpt --data " + data_file("proof-forestry.csv") + " -o " + odt.string());
    INFO(r.output);
    REQUIRE(r.status == 0);

    std::string seen;
    {
        writer_document doc(url_of(odt.string()));
        for (const std::string& p : doc.paragraphs())
            seen += p + "\n";
    }
    fs::path golden = data_file("golden/proof-forestry.excerpt.txt");
    if (seen != file_bytes(golden)) {
        // On a wanted change, copy the file written to build/artifacts over the golden one.
        fs::path written = fs::path(REPORTKIT_ARTIFACTS) / "proof-forestry.excerpt.txt";
        fs::create_directories(written.parent_path());
        std::ofstream(written, std::ios::binary) << seen;
        FAIL_CHECK("the rendered text differs from the golden file:\n" +
                   run("diff -u " + golden.string() + " " + written.string()).output);
    }
    fs::remove_all(dir.parent_path());
}
