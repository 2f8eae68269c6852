// Finding libraries in folders: precedence by version, shadow notes, bad files left out.
#include "library/discovery.hpp"

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
};

void write_library(const fs::path& file, const std::string& id, const std::string& version,
                   const std::string& body = "<p>文字</p>") {
    std::ofstream(file) << "<library id=\"" << id << "\" version=\"" << version << "\" title=\"" << id << "\">"
                        << "<section id=\"s\" title=\"t\" level=\"1\">" << body << "</section></library>";
}

} // namespace

TEST_CASE("the highest version of a library id wins and the others are noted") {
    temp_dir bundled("bundled"), user("user"), shared("shared");
    write_library(bundled.path / "a.xml", "annual", "1.0.0");
    write_library(user.path / "mine.xml", "annual", "1.2.0");
    write_library(shared.path / "team.xml", "annual", "1.1.5");
    write_library(shared.path / "other.xml", "party", "0.1.0");
    std::ofstream(shared.path / "notes.txt") << "not a library";

    library_set set = discover_libraries({{bundled.path.string(), library_origin::bundled},
                                          {user.path.string(), library_origin::user},
                                          {shared.path.string(), library_origin::shared}});
    REQUIRE(set.libraries.size() == 2);
    CHECK(set.libraries[0]->id == "annual");
    CHECK(set.libraries[0]->ver == version{1, 2, 0});
    CHECK(set.origins[0] == library_origin::user);
    CHECK(set.libraries[1]->id == "party");
    CHECK(set.origins[1] == library_origin::shared);
    CHECK(set.find("party") == set.libraries[1].get());
    CHECK(set.find("nope") == nullptr);

    REQUIRE(set.diags.size() == 2);
    for (const diagnostic& d : set.diags) {
        CHECK(d.level == severity::note);
        CHECK(d.code == "shadowed-library");
        CHECK(d.message.find((user.path / "mine.xml").string() + " 1.2.0") != std::string::npos);
    }
    CHECK(set.diags[0].where.file == (bundled.path / "a.xml").string());
    CHECK(set.diags[0].message.starts_with("library 'annual' 1.0.0 is not used"));
}

TEST_CASE("with equal versions the earlier folder wins") {
    temp_dir bundled("bundled"), user("user");
    write_library(bundled.path / "a.xml", "annual", "2.0.0");
    write_library(user.path / "a.xml", "annual", "2.0.0");
    library_set set = discover_libraries(
        {{bundled.path.string(), library_origin::bundled}, {user.path.string(), library_origin::user}});
    REQUIRE(set.libraries.size() == 1);
    CHECK(set.origins[0] == library_origin::bundled);
}

TEST_CASE("a library with errors is left out, its diagnostics kept") {
    temp_dir dir("lib");
    write_library(dir.path / "bad.xml", "bad", "1.0.0", "<p>{{missing}}</p>");
    write_library(dir.path / "good.xml", "good", "1.0.0");
    library_set set = discover_libraries({{dir.path.string(), library_origin::user}});
    REQUIRE(set.libraries.size() == 1);
    CHECK(set.libraries[0]->id == "good");
    REQUIRE(set.diags.size() == 1);
    CHECK(set.diags[0].code == "undeclared-field");
    CHECK(set.diags[0].where.file == (dir.path / "bad.xml").string());
}

TEST_CASE("missing folders are skipped and single files are accepted") {
    temp_dir dir("single");
    write_library(dir.path / "one.xml", "one", "1.0.0");
    library_set set = discover_libraries({{"/nonexistent/reportkit", library_origin::user},
                                          {(dir.path / "one.xml").string(), library_origin::explicit_file}});
    REQUIRE(set.libraries.size() == 1);
    CHECK(set.origins[0] == library_origin::explicit_file);
    CHECK(set.diags.empty());
}
