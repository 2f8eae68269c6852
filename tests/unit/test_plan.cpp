// Rendering plans: numbering across an outline, run-in headings, items and markers.
#include "core/layout/report_styles.hpp"
#include "core/library/loader.hpp"
#include "core/render/plan.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

library_ptr load(const std::string& body) {
    load_result r =
        load_library_text("<library id=\"t\" version=\"1.0.0\" title=\"t\">\n"
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
    CHECK(render_text(p) == "【待填：org】报告\n"
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

TEST_CASE("an excerpt starts its numbering at the outline's start, and only its first heading restarts") {
    auto lib = load(std::string(sections) + R"(
<outline id="x" title="摘编" start="2">
  <title>摘编</title>
  <include section="e"/>
  <include section="a"/>
  <heading level="1">下一步</heading>
</outline>
<outline id="y" title="从二级开始" start="3">
  <include section="b"/>
  <include section="a"/>
</outline>)");
    plan p = plan_outline(*lib, *lib->find_outline("x"));
    CHECK(render_text(p) == "摘编\n"
                            "二、存在的问题\n"
                            "问题。\n"
                            "（一）抓学习。学习【待填：学习次数】次。一是甲。二是乙。\n"
                            "续段。\n"
                            "三、下一步\n");
    CHECK(p.blocks[1].start == 2);
    CHECK(p.blocks[3].start == 0);
    CHECK(p.blocks[5].start == 0);
    CHECK(render_text(plan_outline(*lib, *lib->find_outline("y"))) ==
          "（三）抓落实！落实。\n（四）抓学习。学习【待填：学习次数】次。一是甲。二是乙。\n续段。\n");
    CHECK(lib->find_outline("x")->start == 2);
    CHECK(lib->find_outline("o") == nullptr);
}

TEST_CASE("an excerpt that goes after numbered headings counts on from them instead of restarting") {
    auto lib = load(std::string(sections) + R"(
<outline id="x" title="摘编" start="2">
  <include section="e"/>
  <heading level="1">下一步</heading>
</outline>)");
    plan p = plan_outline(*lib, *lib->find_outline("x"), true);
    CHECK(p.blocks[0].start == 0);
    CHECK(render_text(p) == "一、存在的问题\n问题。\n二、下一步\n");
}

TEST_CASE("a single section is numbered from the state it is given") {
    auto lib = load(sections);
    numbering_state state;
    state.next(1);
    state.next(2);
    plan p = plan_section(*lib, *lib->find_section("b"), state);
    CHECK(render_text(p) == "（二）抓落实！落实。\n");
    p = plan_section(*lib, *lib->find_section("e"), state);
    CHECK(render_text(p) == "二、存在的问题\n问题。\n");
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
    CHECK(render_text(p) == "（一）细项\n细项正文。\n");
    CHECK(p.blocks[1].level == 2);
}

TEST_CASE("numbering counts per level and a heading resets only deeper levels") {
    numbering_state state;
    CHECK(state.next(1) == 1);
    CHECK(state.next(2) == 1);
    CHECK(state.next(3) == 1);
    CHECK(state.next(3) == 2);
    CHECK(state.next(2) == 2);
    CHECK(state.counters[3] == 0);
    CHECK(state.next(3) == 1);
    CHECK(state.next(1) == 2);
    CHECK(state.counters[2] == 0);
    CHECK(state.next(2) == 1);
    CHECK(state.next(0) == 0); // not a heading level: nothing counted, nothing reset
    CHECK(state.next(5) == 0);
    CHECK(state.counters[1] == 2);
    CHECK(state.counters[2] == 1);
}

TEST_CASE("items are counted per paragraph and keep their kind") {
    auto lib = load(R"(
<section id="s" title="抓整改" level="2" run-in="true">
  <p>导语。<item>甲。</item><item>乙{{n}}次。</item></p>
  <p items="di"><item>丙。</item><item>丁。</item><item>戊。</item></p>
  <p><item>己。</item></p>
</section>)");
    numbering_state state;
    plan p = plan_section(*lib, *lib->find_section("s"), state);
    CHECK(render_text(p) == "（一）抓整改。导语。一是甲。二是乙【待填：学习次数】次。\n"
                            "第一，丙。第二，丁。第三，戊。\n"
                            "一是己。\n");
    REQUIRE(p.blocks.size() == 3);
    const runs& first = p.blocks[0].content; // 导语。 | 一是 | 甲。 | 二是 | 乙 | n | 次。
    REQUIRE(first.size() == 7);
    CHECK(first[1].kind == run_kind::item);
    CHECK(first[1].text == "一是");
    CHECK(first[3].text == "二是");
    CHECK(first[5].kind == run_kind::field);
    CHECK(first[5].text == "n");
    CHECK(first[5].marker == "【待填：学习次数】");
    CHECK(run_text(first[5]) == "【待填：学习次数】");
    CHECK(p.blocks[1].kind == block_kind::body);
    CHECK(p.blocks[1].level == 2);
    CHECK(p.blocks[1].section_id == "s");
}

TEST_CASE("a run-in title gets one full stop, and a one-paragraph section is one block") {
    auto lib = load(R"(
<section id="q" title="坚持问题导向。" level="3" run-in="true"><p>正文。</p></section>
<section id="r" title="抓好落实" level="4" run-in="true"><p>正文{{n}}次。</p></section>
<section id="h" title="不分段" level="2"><p>正文。</p></section>)");
    numbering_state state;
    plan p = plan_section(*lib, *lib->find_section("q"), state);
    REQUIRE(p.blocks.size() == 1);
    CHECK(p.blocks[0].kind == block_kind::heading);
    CHECK(p.blocks[0].label == "1.");
    CHECK(render_text(p) == "1.坚持问题导向。正文。\n");
    p = plan_section(*lib, *lib->find_section("r"), state);
    CHECK(render_text(p) == "（1）抓好落实。正文【待填：学习次数】次。\n");
    p = plan_section(*lib, *lib->find_section("h"), state);
    REQUIRE(p.blocks.size() == 2); // not run-in: the heading stands alone
    CHECK(p.blocks[0].content.empty());
    CHECK(render_text(p) == "（一）不分段\n正文。\n");
}

TEST_CASE("passages without a heading neither count nor reset numbers") {
    auto lib = load(std::string(sections) + R"(
<outline id="o" title="o">
  <heading level="1">主要工作</heading>
  <include section="a"/>
  <include section="open"/>
  <include section="b"/>
  <p>小结。</p>
  <include section="e"/>
  <include section="open"/>
  <include section="e"/>
</outline>)");
    plan p = plan_outline(*lib, *lib->find_outline("o"));
    std::vector<std::string> labels;
    for (const block& b : p.blocks)
        if (b.kind == block_kind::heading) labels.push_back(b.label);
    CHECK(labels == std::vector<std::string>{"一、", "（一）", "（二）", "二、", "三、"});
    CHECK(p.blocks[3].section_id == "open");
    CHECK(p.blocks[3].level == 0);
    CHECK(p.blocks[3].label.empty());
}

TEST_CASE("the bundled office-annual outlines number 一、（一）…（八）二、三、") {
    load_result r = load_library_file(std::string(REPORTKIT_TEMPLATES) + "/office-annual.xml");
    INFO((r.diags.empty() ? "" : format_diagnostic(r.diags[0])));
    REQUIRE(r.ok());
    CHECK(r.diags.empty()); // no warning either: every field is used
    const library& lib = *r.lib;
    auto labels = [&](const char* outline_id) {
        std::vector<std::string> out;
        const outline* o = lib.find_outline(outline_id);
        REQUIRE(o);
        for (const block& b : plan_outline(lib, *o).blocks)
            if (b.kind == block_kind::heading) out.push_back(b.label);
        return out;
    };
    CHECK(labels("annual.full") == std::vector<std::string>{"一、", "（一）", "（二）", "（三）", "（四）",
                                                            "（五）", "（六）", "（七）", "（八）", "二、",
                                                            "三、"});
    CHECK(labels("annual.short") == std::vector<std::string>{"一、", "（一）", "（二）", "（三）", "二、"});

    plan full = plan_outline(lib, *lib.find_outline("annual.full"));
    std::string text = render_text(full);
    CHECK(text.starts_with("【待填：单位名称】【待填：报告年度】年度工作情况报告\n【待填：报告年度】年，"));
    CHECK(text.find("{{") == std::string::npos);
    CHECK(full.blocks.front().kind == block_kind::title);
    // The closing passage, then the closing block: the office over the date.
    REQUIRE(full.blocks.size() >= 3);
    CHECK(full.blocks[full.blocks.size() - 3].kind == block_kind::body);
    CHECK(full.blocks[full.blocks.size() - 3].level == 0);
    CHECK(full.blocks[full.blocks.size() - 2].kind == block_kind::issuer);
    CHECK(runs_text(full.blocks.back().content) == "【待填：报告年度】年12月28日");
    for (const block& b : full.blocks)
        if (b.kind == block_kind::heading && b.level == 2) CHECK_FALSE(b.content.empty()); // all run-in
}

TEST_CASE("a preview shows a document's current values where it has them") {
    auto lib = load(sections);
    numbering_state numbers;
    plan p = plan_section(*lib, *lib->find_section("a"), numbers);
    auto shown = [](const std::string& key, const placeholder_options&) { return key == "n" ? "24" : ""; };
    CHECK(render_text(p, shown).starts_with("（一）抓学习。学习24次。"));
    CHECK(render_text(p).starts_with("（一）抓学习。学习【待填：学习次数】次。"));
    CHECK(is_marker("【待填：学习次数】"));
    CHECK_FALSE(is_marker("24"));
}

TEST_CASE("an outline's closing becomes an issuer block and a date block, last") {
    auto r = load_library_text(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="year" type="year" label="年度"/></fields>
  <section id="s" title="标题" level="1"><p>文字</p></section>
  <outline id="o" title="o"><include section="s"/>
    <closing><issuer>某某办公室</issuer><date>{{year}}年1月5日</date></closing></outline>
</library>)",
                               "t.xml");
    REQUIRE(r.ok());
    plan p = plan_outline(*r.lib, *r.lib->find_outline("o"));
    REQUIRE(p.blocks.size() == 4);
    CHECK(p.blocks[2].kind == block_kind::issuer);
    CHECK(p.blocks[3].kind == block_kind::date);
    CHECK(render_text(p) == "一、标题\n文字\n某某办公室\n【待填：年度】年1月5日\n");
    CHECK(paragraph_style(p.blocks[2]) == "报告落款");
    CHECK(paragraph_style(p.blocks[3]) == "报告成文日期");
}
