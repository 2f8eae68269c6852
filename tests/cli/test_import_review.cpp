// What `reportkit import` leaves for the maintainer, as the command writes it: the review list
// beside the library, and a warning for each kind of markup it dropped. No LibreOffice needed.
#include <catch2/catch.hpp>

#include "../common/command.hpp"

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using reportkit::test::file_bytes;
using reportkit::test::run;

TEST_CASE("import writes the review list beside the library and warns of the markup it dropped") {
    fs::path dir = fs::temp_directory_path() / ("reportkit-cli-review-" + std::to_string(getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "forest.txt") << "林场2025年度工作总结\n##paidbegin##一、巡护工作\n"
                                         "全年巡查林区320次，培训护林员12场次。##paidend##\n";
    auto r = run(std::string(REPORTKIT_CLI) + " import --office /nonexistent " +
                 (dir / "forest.txt").string() + " -o " + (dir / "forest.xml").string());
    INFO(r.output);
    REQUIRE(r.status == 0);
    CHECK(r.output.find("reportkit import: warning: dropped 1 × ##paidbegin##: markup, not report text") !=
          std::string::npos);
    CHECK(r.output.find("reportkit import: warning: dropped 1 × ##paidend##: markup, not report text") !=
          std::string::npos);
    CHECK(r.output.find("(fields to confirm: " + (dir / "forest.review.txt").string() + ")") !=
          std::string::npos);
    CHECK(file_bytes(dir / "forest.xml").find("##") == std::string::npos);
    CHECK(file_bytes(dir / "forest.review.txt") ==
          "# Fields made by reportkit import from forest.txt: confirm each label and unit, then delete this "
          "file.\n"
          "# key\tlabel\tunit\tvalue\tcontext\n"
          "s1.n1\t全年巡查林区\t次\t320\t全年巡查林区【320】次\n"
          "s1.n2\t培训护林员\t场次\t12\t培训护林员【12】场次\n");
    fs::remove_all(dir);
}
