// Section notes: the short phrase that tells sections with the same title apart, as loaded,
// linted and searched.
#include "core/library/loader.hpp"
#include "core/library/search.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace reportkit;

namespace {

load_result load(const std::string& sections) {
    return load_library_text("<library id=\"a\" version=\"1.0.0\" title=\"t\">\n" + sections + "</library>",
                             "t.xml");
}

std::vector<std::string> printed(const load_result& r) {
    std::vector<std::string> out;
    for (const diagnostic& d : r.diags)
        out.push_back(format_diagnostic(d));
    return out;
}

} // namespace

TEST_CASE("a section's note is loaded under the text rule") {
    load_result r = load(R"(<section id="s" title="存在的问题和不足" level="1" note="  侧重
      班子整体 "><p>正文。</p></section>
<section id="t" title="下一步工作打算" level="1"><p>正文。</p></section>
)");
    INFO(fmt::format("{}", fmt::join(printed(r), "\n")));
    REQUIRE(r.ok());
    CHECK(r.diags.empty());
    CHECK(r.lib->find_section("s")->note == "侧重班子整体");
    CHECK(r.lib->find_section("t")->note.empty()); // optional where the title is the section's own
}

TEST_CASE("sections sharing a title without notes are a warning at the second one") {
    load_result r =
        load(R"(<section id="problems.brief" title="存在的问题和不足" level="1"><p>甲。</p></section>
<section id="problems.detailed" title="存在的问题和不足" level="1"><p>乙。</p></section>
)");
    CHECK(printed(r) ==
          std::vector<std::string>{
              "t.xml:3:1: warning: section 'problems.detailed' has the same title '存在的问题和不足' "
              "as 'problems.brief' (line 2): give each a note that tells them apart, e.g. "
              "note=\"简短\" [variant-note]"});
    CHECK(r.ok()); // a warning: a library written before notes existed still loads
}

TEST_CASE("one variant without a note is enough for the warning, whichever it is") {
    for (auto [first, second] : {std::pair{" note=\"简短\"", ""}, std::pair{"", " note=\"详细\""}}) {
        load_result r =
            load(fmt::format(R"(<section id="a1" title="廉洁自律情况" level="1"{}><p>甲。</p></section>
  <section id="a2" title="廉洁自律情况" level="1"{}><p>乙。</p></section>
)",
                             first, second));
        INFO(fmt::format("{}", fmt::join(printed(r), "\n")));
        REQUIRE(r.diags.size() == 1);
        CHECK(r.diags[0].code == "variant-note");
        CHECK(r.diags[0].level == severity::warning);
        CHECK(r.diags[0].where.line == 3);
        CHECK(r.diags[0].where.column == 3);
    }
}

TEST_CASE("variants with the same note are a warning naming the note") {
    load_result r = load(
        R"(<section id="plans.standard" title="下一步工作打算" level="1" note="四条"><p>甲。</p></section>
<section id="plans.brief" title="下一步工作打算" level="1" note="三条"><p>乙。</p></section>
<section id="plans.other" title="下一步工作打算" level="1" note="四条"><p>丙。</p></section>
)");
    CHECK(printed(r) ==
          std::vector<std::string>{
              "t.xml:4:1: warning: section 'plans.other' has the same title '下一步工作打算' and "
              "note '四条' as 'plans.standard' (line 2): give each a different note [variant-note]"});
}

TEST_CASE("a missing note is reported once, not again at each later variant") {
    load_result r = load(R"(<section id="a1" title="廉洁自律情况" level="1"><p>甲。</p></section>
<section id="a2" title="廉洁自律情况" level="1" note="一段概述"><p>乙。</p></section>
<section id="a3" title="廉洁自律情况" level="1" note="侧重家风"><p>丙。</p></section>
<section id="a4" title="廉洁自律情况" level="1"><p>丁。</p></section>
)");
    std::vector<int> lines;
    for (const diagnostic& d : r.diags)
        lines.push_back(d.where.line);
    CHECK(lines == std::vector<int>{3, 5}); // a1 lacks a note (seen at a2), a4 lacks one
}

TEST_CASE("variants with different notes, and sections with different titles, lint clean") {
    load_result r =
        load(R"(<section id="a1" title="廉洁自律情况" level="1" note="分项逐条"><p>甲。</p></section>
<section id="a2" title="廉洁自律情况" level="1" note="一段概述"><p>乙。</p></section>
<section id="a3" title="廉洁自律情况" level="1" note="侧重家风"><p>丙。</p></section>
<section id="b1" title="下一步工作计划" level="1"><p>丁。</p></section>
<section id="b2" title="下一步工作打算" level="1"><p>戊。</p></section>
)");
    INFO(fmt::format("{}", fmt::join(printed(r), "\n")));
    CHECK(r.ok());
    CHECK(r.diags.empty());
}

TEST_CASE("search finds a section by its note") {
    load_result r =
        load(R"(<section id="p1" title="存在的问题和不足" level="1" note="侧重班子整体"><p>甲。</p></section>
<section id="p2" title="存在的问题和不足" level="1" note="侧重个人"><p>乙。</p></section>
)");
    REQUIRE(r.ok());
    std::vector<std::string> found;
    for (const section* s : find_sections(*r.lib, "个人"))
        found.push_back(s->id);
    CHECK(found == std::vector<std::string>{"p2"});
}
