// Rendering plans: numbering across an outline, run-in headings, items and markers.
#include "library/loader.hpp"
#include "render/plan.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

library_ptr load(const std::string& body) {
    load_result r = load_library_text(
        "<library id=\"t\" version=\"1.0.0\" title=\"t\">\n"
        "<fields><field key=\"n\" type=\"integer\" unit=\"次\" label=\"学习次数\"/>"
        "<field key=\"org\" type=\"text\" label=\"\"/></fields>\n" +
            body + "\n</library>",
        "t.xml");
    INFO((r.diags.empty() ? "" : format_diagnostic(r.diags[0])));
    REQUIRE(r.ok());
    return r.lib;
}

const char* sections = R"(
<section id="open" title="开篇" level="0"><p>开篇{{org}}。</p></section>
<section id="a" title="抓学习" level="2" run-in="true"><p>学习{{n}}次。<item>甲。</item><item>乙。</item></p><p>续段。</p></section>
<section id="b" title="抓落实！" level="2" run-in="true"><p>落实。</p></section>
<section id="c" title="细项" level="3"><p>细项正文。</p></section>
<section id="d" title="细目" level="4"><p items="di"><item>一项。</item><item>二项。</item></p></section>
<section id="e" title="存在的问题" level="1"><p>问题。</p></section>
)";

} // namespace

TEST_CASE("an outline numbers headings per level and restarts deeper levels") {
    auto lib = load(std::string(sections) + R"(
<outline id="o" title="o">
  <title>{{org}}报告</title>
  <include section="open"/>
  <heading level="1">主要工作</heading>
  <include section="a"/>
  <include section="c"/>
  <include section="d"/>
  <include section="c"/>
  <include section="b"/>
  <include section="c"/>
  <include section="e"/>
  <heading level="1">下一步</heading>
  <include section="a"/>
  <p>谢谢。</p>
</outline>)");
    plan p = plan_outline(*lib, *lib->find_outline("o"));
    CHECK(render_text(*lib, p) == "【待填：org】报告\n"
                                  "开篇【待填：org】。\n"
                                  "一、主要工作\n"
                                  "（一）抓学习。学习【待填：学习次数】次。一是甲。二是乙。\n"
                                  "续段。\n"
                                  "1.细项\n"
                                  "细项正文。\n"
                                  "（1）细目\n"
                                  "第一，一项。第二，二项。\n"
                                  "2.细项\n"
                                  "细项正文。\n"
                                  "（二）抓落实！落实。\n"
                                  "1.细项\n"
                                  "细项正文。\n"
                                  "二、存在的问题\n"
                                  "问题。\n"
                                  "三、下一步\n"
                                  "（一）抓学习。学习【待填：学习次数】次。一是甲。二是乙。\n"
                                  "续段。\n"
                                  "谢谢。\n");
    REQUIRE(p.blocks.size() == 20);
    CHECK(p.blocks[0].kind == block_kind::title);
    CHECK(p.blocks[1].kind == block_kind::body);
    CHECK(p.blocks[1].level == 0);
    CHECK(p.blocks[3].kind == block_kind::heading);
    CHECK(p.blocks[3].level == 2);
    CHECK(p.blocks[3].label == "（一）");
    CHECK_FALSE(p.blocks[3].content.empty()); // run-in: the first paragraph shares the heading's
    CHECK(p.blocks[3].section_id == "a");
    CHECK(p.blocks[5].content.empty());
    CHECK(p.blocks[19].level == 2); // an outline paragraph belongs to the last heading's level
}

TEST_CASE("a single section is numbered from the state it is given") {
    auto lib = load(sections);
    numbering_state state;
    state.next(1);
    state.next(2);
    plan p = plan_section(*lib, *lib->find_section("b"), state);
    CHECK(render_text(*lib, p) == "（二）抓落实！落实。\n");
    p = plan_section(*lib, *lib->find_section("e"), state);
    CHECK(render_text(*lib, p) == "二、存在的问题\n问题。\n");
    CHECK(state.counters[2] == 0);
}

TEST_CASE("a marker names the field's label, or its key when there is none") {
    auto lib = load(sections);
    CHECK(placeholder_marker(*lib, "n") == "【待填：学习次数】");
    CHECK(placeholder_marker(*lib, "org") == "【待填：org】");
    CHECK(placeholder_marker(*lib, "unknown.key") == "【待填：unknown.key】");
}

TEST_CASE("a section is placed at most one level below the heading before it") {
    CHECK(placement_level(2, 1) == 2);
    CHECK(placement_level(3, 1) == 2);
    CHECK(placement_level(1, 2) == 1);
    CHECK(placement_level(2, 0) == 2);
    CHECK(placement_level(0, 3) == 0);
    auto lib = load(sections);
    numbering_state state;
    state.next(1);
    plan p = plan_section(*lib, *lib->find_section("c"), state, placement_level(3, 1));
    CHECK(render_text(*lib, p) == "（一）细项\n细项正文。\n");
    CHECK(p.blocks[1].level == 2);
}
