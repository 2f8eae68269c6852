// Finding libraries in folders: precedence by version, shadow notes, bad files left out.
#include "core/library/discovery.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace reportkit;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system temp dir, removed at the end of the test.
struct temp_dir {
    fs::path path;
    explicit temp_dir(const std::string& name)
        : path(fs::temp_directory_path() / ("reportkit-discovery-" + std::to_string(getpid())) / name) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~temp_dir() { fs::remove_all(path.parent_path()); }
    std::string operator/(const std::string& file) const { return (path / file).string(); }
};

void write_library(const std::string& file, const std::string& id, const std::string& version,
                   const std::string& body = "<p>文字</p>") {
    std::ofstream(file) << "<library id=\"" << id << "\" version=\"" << version << "\" title=\"" << id
                        << "\">"
                        << "<section id=\"s\" title=\"t\" level=\"1\">" << body << "</section></library>";
}

} // namespace

TEST_CASE("the highest version of a library id wins and the others are noted") {
    temp_dir bundled("bundled"), user("user"), shared("shared");
    write_library(bundled / "a.xml", "annual", "1.0.0");
    write_library(user / "mine.xml", "annual", "1.10.0"); // 1.10 is newer than 1.9: numbers, not text
    write_library(shared / "team.xml", "annual", "1.9.5");
    write_library(shared / "other.xml", "party", "0.1.0");
    std::ofstream(shared / "notes.txt") << "not a library";

    library_set set = discover_libraries({{bundled.path.string(), library_origin::bundled},
                                          {user.path.string(), library_origin::user},
                                          {shared.path.string(), library_origin::shared}});
    REQUIRE(set.libraries.size() == 2);
    CHECK(set.libraries[0]->id == "annual");
    CHECK(set.libraries[0]->ver == version{1, 10, 0});
    CHECK(set.libraries[0]->path == user / "mine.xml");
    CHECK(set.origins[0] == library_origin::user);
    CHECK(set.libraries[1]->id == "party");
    CHECK(set.origins[1] == library_origin::shared);
    CHECK(set.find("party") == set.libraries[1].get());
    CHECK(set.find("annual") == set.libraries[0].get());
    CHECK(set.find("nope") == nullptr);

    REQUIRE(set.diags.size() == 2);
    CHECK(format_diagnostic(set.diags[0]) == bundled / "a.xml" + ": note: library 'annual' 1.0.0 in " +
                                                 bundled / "a.xml" + " is not used: " + user / "mine.xml" +
                                                 " has 1.10.0 [shadowed-library]");
    CHECK(format_diagnostic(set.diags[1]) == shared / "team.xml" + ": note: library 'annual' 1.9.5 in " +
                                                 shared / "team.xml" + " is not used: " + user / "mine.xml" +
                                                 " has 1.10.0 [shadowed-library]");
}

TEST_CASE("with equal versions the earlier folder wins, and the note says why") {
    temp_dir bundled("bundled"), user("user");
    write_library(bundled / "a.xml", "annual", "2.0.0");
    write_library(user / "a.xml", "annual", "2.0.0");
    library_set set = discover_libraries(
        {{bundled.path.string(), library_origin::bundled}, {user.path.string(), library_origin::user}});
    REQUIRE(set.libraries.size() == 1);
    CHECK(set.origins[0] == library_origin::bundled);
    REQUIRE(set.diags.size() == 1);
    CHECK(set.diags[0].level == severity::note);
    CHECK(set.diags[0].message == "library 'annual' 2.0.0 in " + user / "a.xml" + " is not used: " +
                                      bundled / "a.xml" + " has the same version and was found first");
}

TEST_CASE("a library with errors is left out, its diagnostics kept; warnings do not leave it out") {
    temp_dir dir("lib");
    write_library(dir / "bad.xml", "bad", "1.0.0", "<p>{{missing}}</p>");
    write_library(dir / "broken.xml", "broken", "1.0.0", "<p>未闭合");
    write_library(dir / "good.xml", "good", "1.0.0");
    std::ofstream(dir / "warned.xml")
        << "<library id=\"warned\" version=\"1.0.0\" title=\"t\"><fields><field "
           "key=\"idle\" type=\"integer\" label=\"l\"/></fields><section id=\"s\" "
           "title=\"t\" level=\"1\"><p>文字</p></section></library>";
    library_set set = discover_libraries({{dir.path.string(), library_origin::user}});
    REQUIRE(set.libraries.size() == 2);
    CHECK(set.libraries[0]->id == "good");
    CHECK(set.libraries[1]->id == "warned");
    REQUIRE(set.diags.size() == 3); // in file name order
    CHECK(set.diags[0].code == "undeclared-field");
    CHECK(set.diags[0].where.file == dir / "bad.xml");
    CHECK(set.diags[1].code == "xml-syntax");
    CHECK(set.diags[1].where.file == dir / "broken.xml");
    CHECK(set.diags[2].code == "unused-field");
}

TEST_CASE("a bad copy does not shadow a good one, even with a higher version") {
    temp_dir bundled("bundled"), user("user");
    write_library(bundled / "a.xml", "annual", "1.0.0");
    write_library(user / "a.xml", "annual", "9.0.0", "<p>{{missing}}</p>");
    library_set set = discover_libraries(
        {{bundled.path.string(), library_origin::bundled}, {user.path.string(), library_origin::user}});
    REQUIRE(set.libraries.size() == 1);
    CHECK(set.libraries[0]->ver == version{1, 0, 0});
    REQUIRE(set.diags.size() == 1);
    CHECK(set.diags[0].code == "undeclared-field");
}

TEST_CASE("missing folders are skipped silently; a missing file asked for by name is not") {
    temp_dir dir("single");
    write_library(dir / "one.xml", "one", "1.0.0");
    library_set set = discover_libraries({{"/nonexistent/reportkit", library_origin::user},
                                          {dir / "one.xml", library_origin::explicit_file},
                                          {"/nonexistent/two.xml", library_origin::explicit_file}});
    REQUIRE(set.libraries.size() == 1);
    CHECK(set.origins[0] == library_origin::explicit_file);
    REQUIRE(set.diags.size() == 1);
    CHECK(format_diagnostic(set.diags[0]) ==
          "/nonexistent/two.xml: error: cannot open the file: it does not exist [unreadable-file]");
}

TEST_CASE("folders are scanned for *.xml in name order, not recursively, without hidden files") {
    temp_dir dir("scan");
    write_library(dir / "b.xml", "b", "1.0.0");
    write_library(dir / "a.xml", "a", "1.0.0");
    write_library(dir / ".#a.xml", "a", "1.0.1");
    write_library(dir / "._b.xml", "b", "1.0.1");
    write_library(dir / "c.xml.bak", "c", "1.0.0");
    fs::create_directories(dir.path / "sub");
    write_library(dir / "sub/d.xml", "d", "1.0.0");
    CHECK(library_files(dir.path.string()) == std::vector<std::string>{dir / "a.xml", dir / "b.xml"});
    CHECK(library_files(dir / "c.xml.bak") == std::vector<std::string>{dir / "c.xml.bak"});
    CHECK(library_files("/nonexistent/reportkit").empty());
}

TEST_CASE("a file reached twice, through its folder and by name, is loaded once") {
    temp_dir dir("twice");
    write_library(dir / "a.xml", "annual", "1.0.0");
    library_set set = discover_libraries(
        {{dir.path.string(), library_origin::bundled}, {dir / "a.xml", library_origin::explicit_file}});
    REQUIRE(set.libraries.size() == 1);
    CHECK(set.origins[0] == library_origin::bundled);
    CHECK(set.diags.empty());
}
