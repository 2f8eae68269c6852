// The sidebar's preview: a section as it will stand in the report, an outline's skeleton.
#include "core/library/loader.hpp"
#include "core/render/preview.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

library_ptr load() {
    load_result r = load_library_text(R"(<library id="t" version="1.0.0" title="t">
<fields><field key="n" type="integer" unit="次" label="学习次数"/></fields>
<section id="a" title="抓学习" level="2" run-in="true"><p>学习{{n}}次。</p><p>续段。</p></section>
<section id="b" title="主要工作" level="1"><p>正文。</p></section>
<section id="c" title="细项" level="3"><p>细项正文。</p></section>
<outline id="o" title="o">
  <title>年度报告</title>
  <heading level="1">主要工作</heading>
  <include section="a"/>
  <include section="c"/>
  <include section="b"/>
</outline>
</library>)",
                                      "t.xml");
    REQUIRE(r.ok());
    return r.lib;
}

} // namespace

TEST_CASE("a section previews with its label, run-in title, indented paragraphs and markers") {
    auto lib = load();
    numbering_state numbers;
    plan p = plan_section(*lib, *lib->find_section("a"), numbers);
    CHECK(preview_text(p) == "（一）抓学习。学习【待填：学习次数】次。\n　　续段。\n");
}

TEST_CASE("the preview shows the document's current value instead of the marker") {
    auto lib = load();
    numbering_state numbers;
    plan p = plan_section(*lib, *lib->find_section("a"), numbers);
    auto shown = [](const std::string& key, const placeholder_options&) { return key == "n" ? "24" : ""; };
    CHECK(preview_text(p, shown) == "（一）抓学习。学习24次。\n　　续段。\n");
}

TEST_CASE("a section placed one level lower previews with that level's label") {
    auto lib = load();
    numbering_state numbers;
    plan p = plan_section(*lib, *lib->find_section("c"), numbers, placement_level(3, 1));
    CHECK(preview_text(p).starts_with("（一）细项\n"));
}

TEST_CASE("an outline previews as its skeleton: title and numbered headings, no body") {
    auto lib = load();
    CHECK(outline_skeleton(*lib, *lib->find_outline("o")) ==
          "年度报告\n一、主要工作\n  （一）抓学习。\n    1.细项\n二、主要工作\n");
}

TEST_CASE("a section previews with the number the headings before the cursor leave") {
    auto lib = load();
    numbering_state numbers = numbering_after({1, 2, 2, 1, 2, 3});
    plan p = plan_section(*lib, *lib->find_section("a"), numbers, placement_level(2, 3));
    CHECK(preview_text(p).starts_with("（二）抓学习。"));
    numbers = numbering_after({1, 2, 2, 1});
    p = plan_section(*lib, *lib->find_section("a"), numbers, placement_level(2, 1));
    CHECK(preview_text(p).starts_with("（一）抓学习。"));
}
