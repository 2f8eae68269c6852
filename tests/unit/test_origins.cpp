// Section origins: fingerprints of a section's text, the records a document keeps, and which
// inserted sections a newer library version would change.
#include "core/library/loader.hpp"
#include "core/library/origins.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

library_ptr load(const std::string& version, const std::string& docs_text) {
    load_result r = load_library_text(R"xml(<library id="lib" version=")xml" + version + R"xml(" title="t">
  <fields>
    <field key="docs" type="integer" unit="件" label="办文数"/>
    <field key="org" type="text" label="单位"/>
  </fields>
  <section id="opening" title="开篇" level="0"><p>{{org}}一年来工作稳步推进。</p></section>
  <section id="docs" title="公文办理" level="2" run-in="true">
    <p>)xml" + docs_text + R"xml(<item>甲。</item><item>乙。</item></p>
    <p>成效明显。</p>
  </section>
  <outline id="o" title="报告">
    <include section="opening"/>
    <heading level="1">主要工作</heading>
    <include section="docs"/>
    <include section="docs"/>
  </outline>
</library>)xml",
                                      "lib.xml");
    REQUIRE(r.ok());
    return r.lib;
}

section_origin origin(const library& lib, const std::string& id, const std::string& mark) {
    return {mark, lib.id, lib.ver, id, section_fingerprint(lib, *lib.find_section(id))};
}

} // namespace

TEST_CASE("a section's fingerprint is its text as Writer shows it, placeholders as one token") {
    library_ptr lib = load("1.0.0", "全年办文{{docs}}件。");
    numbering_state numbers;
    plan p = plan_section(*lib, *lib->find_section("docs"), numbers);
    std::vector<const block*> blocks{&p.blocks[0], &p.blocks[1]};
    // The title closes with 。, items carry their labels, the heading number is Writer's.
    std::string expected =
        "公文办理。全年办文" + std::string(field_token) + "件。一是甲。二是乙。\n成效明显。";
    CHECK(normalized_text(blocks) == expected);
    CHECK(section_fingerprint(*lib, *lib->find_section("docs")) == text_fingerprint(expected));
    CHECK(text_fingerprint(expected).size() == 16);
    // Whatever a placeholder shows, the text is the same: filling numbers is no edit.
    CHECK(text_fingerprint("a") != text_fingerprint("b"));
    // Placed one level higher it keeps its text, so the same fingerprint.
    numbering_state again;
    plan higher = plan_section(*lib, *lib->find_section("docs"), again, 1);
    CHECK(normalized_text({&higher.blocks[0], &higher.blocks[1]}) == expected);
}

TEST_CASE("an outline's plan gives one origin per included section, outline text left out") {
    library_ptr lib = load("1.0.0", "全年办文{{docs}}件。");
    plan p = plan_outline(*lib, *lib->find_outline("o"));
    auto sections = planned_sections(p);
    REQUIRE(sections.size() == 3);
    CHECK(sections[0].section_id == "opening");
    CHECK(sections[0].first_block == 0);
    CHECK(sections[0].block_count == 1);
    // The heading 主要工作 (block 1) belongs to no section; the same section twice is two.
    CHECK(sections[1].section_id == "docs");
    CHECK(sections[1].first_block == 2);
    CHECK(sections[1].block_count == 2);
    CHECK(sections[2].first_block == 4);
    CHECK(sections[2].block_count == 2);
    CHECK(sections[1].fingerprint == section_fingerprint(*lib, *lib->find_section("docs")));
    CHECK(sections[0].fingerprint == section_fingerprint(*lib, *lib->find_section("opening")));
}

TEST_CASE("origin records survive their text form; unreadable lines are skipped") {
    std::vector<section_origin> records{
        {"RK_S1", "office-annual", {1, 2, 0}, "duties.docs", "0123456789abcdef", 3},
        {"RK_S7", "lib", {2, 0, 1}, "opening", "fedcba9876543210", 1}};
    std::string text = format_origins(records);
    CHECK(text == "RK_S1\toffice-annual\t1.2.0\tduties.docs\t0123456789abcdef\t3\n"
                  "RK_S7\tlib\t2.0.1\topening\tfedcba9876543210\t1\n");
    CHECK(parse_origins(text) == records);
    CHECK(parse_origins("garbage\nRK_S2\tlib\tone\ts\tx\nRK_S3\tlib\t1.0.0\ts\tx\tmany\n" + text + "\r\n") ==
          records);
    // A record without its paragraph count still reads.
    CHECK(parse_origins("RK_S1\tlib\t1.0.0\ts\tx\n")[0].paragraphs == 0);
    CHECK(parse_origins("").empty());
    CHECK(next_mark(records) == "RK_S8");
    CHECK(next_mark({}) == "RK_S1");
}

TEST_CASE("a newer library version marks changed sections outdated, and edits are told apart") {
    library_ptr v1 = load("1.0.0", "全年办文{{docs}}件。");
    library_ptr v2 = load("1.1.0", "全年办理公文{{docs}}件。");
    std::vector<section_origin> records{origin(*v1, "opening", "RK_S1"),
                                        origin(*v1, "docs", "RK_S2"),
                                        origin(*v1, "docs", "RK_S3"),
                                        origin(*v1, "docs", "RK_S4"),
                                        {"RK_S5", "other", {1, 0, 0}, "x", "0"}};
    auto find = [&](const std::string& id) { return id == "lib" ? v2 : nullptr; };
    auto now = [&](const section_origin& o) -> std::optional<std::string> {
        if (o.mark == "RK_S3") return "edited";
        if (o.mark == "RK_S4") return std::nullopt; // its marker was deleted with its text
        return o.fingerprint;
    };
    auto statuses = section_statuses(records, now, find);
    REQUIRE(statuses.size() == 3); // RK_S4 is gone, RK_S5's library is unknown
    CHECK(statuses[0].origin.mark == "RK_S1");
    CHECK_FALSE(statuses[0].outdated); // its text did not change in 1.1.0
    CHECK(statuses[1].origin.mark == "RK_S2");
    CHECK(statuses[1].outdated);
    CHECK_FALSE(statuses[1].edited);
    CHECK(statuses[1].title == "公文办理");
    CHECK(to_string(statuses[1].newest) == "1.1.0");
    CHECK(statuses[2].outdated);
    CHECK(statuses[2].edited);

    // The same library version is never "newer", whatever the text.
    auto same = section_statuses(records, now, [&](const std::string&) { return v1; });
    for (const auto& s : same)
        CHECK_FALSE(s.outdated);
}

TEST_CASE("a section's text for comparing shows the document's values, else the markers") {
    library_ptr lib = load("1.0.0", "全年办文{{docs}}件。");
    numbering_state numbers;
    plan p = plan_section(*lib, *lib->find_section("docs"), numbers);
    CHECK(shown_section_text(p) == "公文办理。全年办文【待填：办文数】件。一是甲。二是乙。\n成效明显。");
    auto shown = [](const std::string& key, const placeholder_options&) {
        return key == "docs" ? std::string("1,234") : std::string();
    };
    CHECK(shown_section_text(p, shown) == "公文办理。全年办文1,234件。一是甲。二是乙。\n成效明显。");
}
