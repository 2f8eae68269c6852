// Publishing a library to the team folder: the version proposed next, the file written with the
// new version and its change note (read back by the loader), and the refusals.
#include "core/library/library_file.hpp"
#include "core/library/loader.hpp"
#include "core/library/publish.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

using namespace reportkit;

namespace {

const std::string library_v1 = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<!-- a maintainer's comment stays -->
<library id="team" version="1.2.3" title="团队库">
  <summary>本单位的章节。</summary>
  <fields>
    <field key="docs" type="integer" unit="件" label="办文数"/>
  </fields>
  <section id="docs" title="公文办理" level="2"><p>全年办理公文{{docs}}件。</p></section>
</library>
)xml";

library_ptr loaded(const std::string& text) {
    load_result r = load_library_text(text, "team.xml");
    INFO((r.diags.empty() ? std::string() : r.diags.front().message));
    REQUIRE(r.ok());
    return r.lib;
}

} // namespace

TEST_CASE("the next version raises the minor number, or the patch number") {
    CHECK(next_version({1, 2, 3}, version_step::minor) == version{1, 3, 0});
    CHECK(next_version({1, 2, 3}, version_step::patch) == version{1, 2, 4});
    CHECK(next_version({0, 0, 0}, version_step::minor) == version{0, 1, 0});
}

TEST_CASE("a published library has the new version and its change note, the rest as it was") {
    std::string v2 = published_text(library_v1, {1, 3, 0}, "公文办理改为“规范办理”。");
    library_ptr lib = loaded(v2);
    CHECK(lib->ver == version{1, 3, 0});
    REQUIRE(lib->changes.size() == 1);
    CHECK(lib->changes[0].ver == version{1, 3, 0});
    CHECK(lib->changes[0].text == "公文办理改为“规范办理”。");
    CHECK(v2.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a maintainer's comment stays -->\n"));
    CHECK(v2.find("  <summary>本单位的章节。</summary>\n"
                  "  <changes>\n"
                  "    <change version=\"1.3.0\">公文办理改为“规范办理”。</change>\n"
                  "  </changes>\n"
                  "  <fields>") != std::string::npos);
    CHECK(v2.find("<section id=\"docs\" title=\"公文办理\" "
                  "level=\"2\"><p>全年办理公文{{docs}}件。</p></section>") != std::string::npos);

    // The next publication adds its line under the first.
    std::string v3 = published_text(v2, {1, 3, 1}, "Typo fixed & checked.");
    library_ptr again = loaded(v3);
    CHECK(again->ver == version{1, 3, 1});
    REQUIRE(again->changes.size() == 2);
    CHECK(again->changes[1].text == "Typo fixed & checked.");
    CHECK(v3.find("    <change version=\"1.3.0\">公文办理改为“规范办理”。</change>\n"
                  "    <change version=\"1.3.1\">Typo fixed &amp; checked.</change>\n"
                  "  </changes>") != std::string::npos);

    // Without a summary, <changes> comes first; text that is no library gives nothing.
    std::string bare = published_text(
        R"(<library id="b" version="1.0.0" title="b"><section id="s" title="s" level="1"><p>文。</p></section></library>)",
        {1, 1, 0}, "note");
    CHECK(loaded(bare)->changes.size() == 1);
    CHECK(published_text("<other/>", {1, 0, 0}, "x").empty());
    CHECK(published_text("not xml <", {1, 0, 0}, "x").empty());
}

TEST_CASE("lint checks the change notes") {
    auto diags = [](const std::string& changes) {
        return load_library_text(R"(<library id="b" version="1.1.0" title="b">)" + changes +
                                     R"(<section id="s" title="s" level="1"><p>文。</p></section></library>)",
                                 "b.xml")
            .diags;
    };
    CHECK(diags(R"(<changes><change version="1.1.0">ok</change></changes>)").empty());
    auto codes = [&](const std::string& changes) {
        std::vector<std::string> out;
        for (const diagnostic& d : diags(changes))
            out.push_back(d.code);
        return out;
    };
    CHECK(codes(R"(<changes><change version="2.0.0">later</change></changes>)") ==
          std::vector<std::string>{"bad-value"});
    CHECK(codes(R"(<changes><change version="1.1">short</change></changes>)") ==
          std::vector<std::string>{"bad-value"});
    CHECK(codes(R"(<changes><change version="1.1.0"></change></changes>)") ==
          std::vector<std::string>{"empty-change"});
    CHECK(
        codes(R"(<changes><change version="1.0.0">a</change><change version="1.0.0">b</change></changes>)") ==
        std::vector<std::string>{"duplicate-id"});
    CHECK(codes(R"(<changes><note/></changes>)") == std::vector<std::string>{"unknown-element"});
    CHECK(codes(R"(<changes><change>a</change></changes>)") == std::vector<std::string>{"missing-attribute"});
}

TEST_CASE("publishing refuses a missing note, a version not higher, and an equal or newer team copy") {
    version current{1, 2, 0};
    CHECK_FALSE(publish_refusal(current, {1, 3, 0}, std::nullopt, "改了表述", "zh-CN"));
    CHECK_FALSE(publish_refusal(current, {1, 3, 0}, version{1, 2, 0}, "note", "en-US"));
    CHECK(publish_refusal(current, {1, 3, 0}, std::nullopt, "  ", "en-US") ==
          "Write one line saying what this version changes.");
    CHECK(publish_refusal(current, {1, 3, 0}, std::nullopt, "a\nb", "en-US") ==
          "The change note must be one line.");
    CHECK(publish_refusal(current, {1, 2, 0}, std::nullopt, "note", "zh-CN") ==
          "新版本号 1.2.0 必须高于本库当前的 1.2.0。");
    CHECK(publish_refusal(current, {1, 3, 0}, version{1, 3, 0}, "note", "en-US") ==
          "The team folder has version 1.3.0, not older than 1.3.0; it was not overwritten. Take the team's "
          "copy first, or publish a higher version.");
    CHECK(publish_refusal(current, {1, 3, 0}, version{2, 0, 0}, "note", "zh-CN")
              ->starts_with("团队文件夹中已有版本 2.0.0"));
}

namespace {

struct folders {
    std::filesystem::path root =
        std::filesystem::temp_directory_path() / ("reportkit-publish-" + std::to_string(::getpid()));
    std::filesystem::path own = root / "own", team = root / "team";
    folders() {
        std::filesystem::remove_all(root);
        std::filesystem::create_directories(own);
        std::filesystem::create_directories(team);
    }
    ~folders() { std::filesystem::remove_all(root); }
};

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("publishing writes the new version to the team folder and the maintainer's copy") {
    folders f;
    write(f.own / "team.xml", library_v1);
    auto own = copy_in_folder(f.own.string(), "team");
    REQUIRE(own);
    CHECK(own->lib->ver == version{1, 2, 3});
    CHECK_FALSE(copy_in_folder(f.team.string(), "team"));

    CHECK(publish_library(*own, f.team.string(), {1, 3, 0}, "改了表述", "zh-CN").empty());
    auto team = copy_in_folder(f.team.string(), "team");
    REQUIRE(team);
    CHECK(team->lib->ver == version{1, 3, 0});
    CHECK(team->lib->changes.at(0).text == "改了表述");
    CHECK(read(f.own / "team.xml") == read(f.team / "team.xml"));

    // Publishing the same version again is refused, and nothing is written.
    own = copy_in_folder(f.own.string(), "team");
    write(f.own / "team.xml", read(f.own / "team.xml")); // unchanged
    std::string team_before = read(f.team / "team.xml");
    CHECK(publish_library(*own, f.team.string(), {1, 3, 0}, "again", "en-US") ==
          "The new version 1.3.0 must be higher than the library's 1.3.0.");
    // A newer copy another maintainer published under another name is found and kept.
    std::string newer = published_text(library_v1, {2, 0, 0}, "someone else's");
    write(f.team / "other-name.xml", newer);
    CHECK(publish_library(*own, f.team.string(), {1, 4, 0}, "mine", "en-US")
              .starts_with("The team folder has version 2.0.0, not older than 1.4.0"));
    CHECK(read(f.team / "team.xml") == team_before);
    CHECK(read(f.team / "other-name.xml") == newer);
}

TEST_CASE("publishing a library with lint errors lists them and writes nothing") {
    folders f;
    std::string broken = library_v1;
    broken.replace(broken.find("{{docs}}"), 8, "{{undeclared}}");
    write(f.own / "team.xml", broken);
    library_copy own{(f.own / "team.xml").string(), loaded(library_v1)};
    std::string errors = publish_library(own, f.team.string(), {1, 3, 0}, "note", "en-US");
    CHECK(errors.find("team.xml:8:") != std::string::npos);
    CHECK(errors.find("undeclared") != std::string::npos);
    CHECK(std::filesystem::is_empty(f.team));
    CHECK(read(f.own / "team.xml") == broken);
}

TEST_CASE("a library file is replaced whole, and a failed write leaves what was there") {
    folders f;
    const std::string file = (f.own / "mine.xml").string();
    CHECK_FALSE(read_library_file(file));
    CHECK(replace_library_file(file, library_v1).empty());
    CHECK(read_library_file(file) == std::string(library_v1));
    CHECK(replace_library_file(file, "new").empty());
    CHECK(read_library_file(file) == "new");
    CHECK_FALSE(std::filesystem::exists(file + ".saving"));

    // A folder where the file should go: not replaced, and no temporary file left beside it.
    std::filesystem::create_directory(f.own / "taken.xml");
    std::string error = replace_library_file((f.own / "taken.xml").string(), "text");
    CHECK(error.starts_with("cannot write " + (f.own / "taken.xml").string() + ": "));
    CHECK(std::filesystem::is_directory(f.own / "taken.xml"));
    CHECK_FALSE(std::filesystem::exists(f.own / "taken.xml.saving"));
    CHECK(replace_library_file((f.own / "missing" / "x.xml").string(), "text") ==
          "cannot write " + (f.own / "missing" / "x.xml.saving").string());
}
