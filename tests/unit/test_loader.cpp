// Loading libraries: the model a good file gives, and each problem a bad one reports, where.
#include "library/loader.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace reportkit;

namespace {

load_result load(const std::string& xml) { return load_library_text(xml, "t.xml"); }

// The only diagnostic of a result, as printed.
std::string only(const load_result& r) {
    REQUIRE(r.diags.size() == 1);
    return format_diagnostic(r.diags[0]);
}

const char* good = R"(<?xml version="1.0" encoding="UTF-8"?>
<library id="demo.lib" version="1.2.3" title="示例">
  <summary>  一个
    示例库。 </summary>
  <fields>
    <field key="org.name" type="text" label="单位名称"/>
    <field key="study.sessions" type="integer" unit="次" label="学习次数" approx="余"/>
    <field key="a.b" type="integer" label="甲"/>
    <field key="rate" type="percent" decimals="1" label="比率" formula="(study.sessions - a.b) ÷ a.b"/>
  </fields>
  <section id="s.one" title="抓实学习" level="2" run-in="true" category="政治建设" tags="学习  中心组">
    <p>全年学习
       {{ study.sessions | approx=近 | decimals=0 }}次，&amp;成效
       明显。<item>甲{{org.name}}。</item><item>乙{{rate}}。</item></p>
    <p items="di"><item>一。</item><item>二。</item></p>
  </section>
  <outline id="o" title="大纲">
    <title>{{org.name}}报告</title>
    <heading level="1">主要工作</heading>
    <include section="s.one"/>
    <p>结束。</p>
  </outline>
</library>
)";

} // namespace

TEST_CASE("a good library becomes a model with everything it declares") {
    load_result r = load(good);
    INFO((r.diags.empty() ? "" : format_diagnostic(r.diags[0])));
    REQUIRE(r.ok());
    REQUIRE(r.diags.empty());
    const library& lib = *r.lib;
    CHECK(lib.id == "demo.lib");
    CHECK(lib.ver == version{1, 2, 3});
    CHECK(lib.lang == "zh-CN");
    CHECK(lib.summary == "一个示例库。");
    CHECK(lib.path == "t.xml");

    REQUIRE(lib.fields.size() == 4);
    CHECK(lib.find_field("study.sessions")->unit == "次");
    CHECK(lib.find_field("study.sessions")->approx == "余");
    CHECK(lib.find_field("rate")->type == field_type::percent);
    CHECK(lib.find_field("rate")->decimals == 1);
    CHECK(lib.find_field("rate")->formula == "(study.sessions - a.b) ÷ a.b");
    CHECK(lib.find_field("org.name")->where.line == 6);

    const section* s = lib.find_section("s.one");
    REQUIRE(s);
    CHECK(s->level == 2);
    CHECK(s->run_in);
    CHECK(s->category == "政治建设");
    CHECK(s->tags == std::vector<std::string>{"学习", "中心组"});
    REQUIRE(s->paragraphs.size() == 2);
    const runs& p = s->paragraphs[0].content;
    REQUIRE(p.size() == 11);
    CHECK(p[0].text == "全年学习"); // the line break and indentation vanish
    CHECK(p[1].kind == run_kind::field);
    CHECK(p[1].text == "study.sessions");
    CHECK(p[1].options.approx == "近");
    CHECK(p[1].options.decimals == 0);
    CHECK(p[1].where.line == 13);
    CHECK(p[1].where.column == 8);
    CHECK(p[2].text == "次，&成效明显。");
    CHECK(p[3].kind == run_kind::item);
    CHECK(p[4].text == "甲");
    CHECK(p[5].text == "org.name");
    CHECK(p[6].text == "。");
    CHECK(p[7].kind == run_kind::item);
    CHECK(p[9].text == "rate");
    CHECK(s->paragraphs[1].items == item_style::di);

    const outline* o = lib.find_outline("o");
    REQUIRE(o);
    REQUIRE(o->items.size() == 4);
    CHECK(o->items[0].kind == outline_item_kind::title);
    CHECK(o->items[1].kind == outline_item_kind::heading);
    CHECK(o->items[1].level == 1);
    CHECK(o->items[2].section_id == "s.one");
    CHECK(o->items[3].kind == outline_item_kind::paragraph);
}

TEST_CASE("malformed XML is reported at its line and column") {
    load_result r = load("<library id=\"a\" version=\"1.0.0\" title=\"t\">\n  <section>\n</library>\n");
    CHECK_FALSE(r.lib);
    CHECK(only(r).starts_with("t.xml:3:3: error: malformed XML"));
}

TEST_CASE("a missing file is an unreadable-file error") {
    load_result r = load_library_file("/nonexistent/lib.xml");
    CHECK(only(r) == "/nonexistent/lib.xml: error: cannot open the file [unreadable-file]");
}

TEST_CASE("unknown elements and attributes are errors at their position") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t" colour="red">
  <sektion id="x"/>
  <section id="s" title="标题" level="1" lavel="2"><p>文字</p></section>
</library>)");
    REQUIRE(r.diags.size() == 3);
    CHECK(format_diagnostic(r.diags[0]) ==
          "t.xml:1:43: error: <library> has no attribute 'colour' [unknown-attribute]");
    CHECK(format_diagnostic(r.diags[1]) == "t.xml:2:3: error: <sektion> is not allowed inside <library> [unknown-element]");
    CHECK(format_diagnostic(r.diags[2]) == "t.xml:3:40: error: <section> has no attribute 'lavel' [unknown-attribute]");
}

TEST_CASE("required attributes are checked") {
    load_result r = load(R"(<library id="a" version="1.0.0">
  <section id="s" level="1"><p>文字</p></section>
</library>)");
    REQUIRE(r.diags.size() == 2);
    CHECK(format_diagnostic(r.diags[0]) == "t.xml:1:1: error: <library> needs the attribute 'title' [missing-attribute]");
    CHECK(format_diagnostic(r.diags[1]) == "t.xml:2:3: error: <section> needs the attribute 'title' [missing-attribute]");
}

TEST_CASE("bad values name what is expected") {
    load_result r = load(R"(<library id="A" version="1.0" title="t" format="2">
  <fields><field key="x" type="number" label="l" decimals="9" approx="多"/></fields>
  <section id="s" title="标题" level="5" run-in="yes"><p>{{x}}</p></section>
</library>)");
    std::vector<std::string> got;
    for (auto& d : r.diags) got.push_back(format_diagnostic(d));
    CHECK(got == std::vector<std::string>{
                     "t.xml:1:10: error: bad library id 'A': use lowercase ASCII segments joined by dots, e.g. "
                     "party.study [bad-value]",
                     "t.xml:1:17: error: bad version '1.0': use major.minor.patch, e.g. 1.2.0 [bad-value]",
                     "t.xml:1:41: error: library format '2' is not supported; this ReportKit reads format 1 "
                     "[unsupported-format]",
                     "t.xml:2:26: error: unknown field type 'number' (use integer, decimal, percent, amount, year or "
                     "text) [bad-value]",
                     "t.xml:2:50: error: decimals must be a whole number from 0 to 6, not '9' [bad-value]",
                     "t.xml:2:63: error: approx must be 余, 近, 超过 or 约, not '多' [bad-value]",
                     "t.xml:3:30: error: level must be 0 (no heading) or 1 to 4, not '5' [bad-value]",
                     "t.xml:3:40: error: run-in must be true or false, not 'yes' [bad-value]",
                 });
}

TEST_CASE("duplicate ids point at the second one and name the first line") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t">
  <fields>
    <field key="k" type="integer" label="l"/>
    <field key="k" type="integer" label="l"/>
  </fields>
  <section id="s" title="一" level="1"><p>{{k}}</p></section>
  <section id="s" title="二" level="1"><p>文字</p></section>
  <outline id="o" title="o"><include section="s"/></outline>
  <outline id="o" title="o"><include section="s"/></outline>
</library>)");
    std::vector<std::string> got;
    for (auto& d : r.diags) got.push_back(format_diagnostic(d));
    CHECK(got == std::vector<std::string>{
                     "t.xml:4:12: error: field 'k' is declared twice (first at line 3) [duplicate-id]",
                     "t.xml:7:12: error: section 's' is given twice (first at line 6) [duplicate-id]",
                     "t.xml:9:12: error: outline 'o' is given twice (first at line 8) [duplicate-id]",
                 });
}

TEST_CASE("placeholders: undeclared fields, bad options, unterminated braces") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="k" type="integer" label="l"/></fields>
  <section id="s" title="标题" level="1">
    <p>数量{{k|approx=很多}}，其他{{nope}}，再{{k</p>
    <p>{{K}}</p>
  </section>
</library>)");
    std::vector<std::string> got;
    for (auto& d : r.diags) got.push_back(format_diagnostic(d));
    CHECK(got == std::vector<std::string>{
                     "t.xml:4:10: error: unknown placeholder option 'approx=很多' (use approx=余|近|超过|约 or "
                     "decimals=0..6) [bad-placeholder]",
                     "t.xml:4:28: error: field 'nope' is not declared: add <field key=\"nope\" …/> to <fields> "
                     "[undeclared-field]",
                     "t.xml:4:38: error: '{{' is not closed by '}}' [bad-placeholder]",
                     "t.xml:5:8: error: '{{K}}' does not name a field: write {{key}} with a declared key "
                     "[bad-placeholder]",
                 });
}

TEST_CASE("placeholder columns count characters and skip entities in the raw text") {
    load_result r = load("<library id=\"a\" version=\"1.0.0\" title=\"t\">\n"
                         "<section id=\"s\" title=\"t\" level=\"1\"><p>&lt;中文&#x4E2D;{{x}}</p></section>\n"
                         "</library>");
    REQUIRE(r.diags.size() == 1);
    CHECK(format_diagnostic(r.diags[0]).starts_with("t.xml:2:54: error: field 'x' is not declared"));
}

TEST_CASE("formulas may only name declared fields") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t">
  <fields>
    <field key="a" type="integer" label="甲"/>
    <field key="r" type="percent" label="率" formula="a / missing"/>
    <field key="q" type="percent" label="率" formula="a % 2"/>
  </fields>
  <section id="s" title="标题" level="1"><p>{{r}}{{q}}</p></section>
</library>)");
    std::vector<std::string> got;
    for (auto& d : r.diags) got.push_back(format_diagnostic(d));
    CHECK(got == std::vector<std::string>{
                     "t.xml:4:45: error: field 'missing' is not declared: add <field key=\"missing\" …/> to "
                     "<fields> [undeclared-field]",
                     "t.xml:5:45: error: formula 'a % 2' has '%': use field keys, numbers, + - * / × ÷ and "
                     "parentheses [bad-value]",
                 });
}

TEST_CASE("missing sections, empty sections, paragraphs and outlines, misplaced run-in") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t">
  <section id="e" title="空" level="1"><summary>无</summary></section>
  <section id="p" title="段" level="1" run-in="true"><p>  </p></section>
  <outline id="o1" title="o"><include section="gone"/></outline>
  <outline id="o2" title="o"/>
</library>)");
    std::vector<std::string> got;
    for (auto& d : r.diags) got.push_back(format_diagnostic(d));
    CHECK(got == std::vector<std::string>{
                     "t.xml:2:3: error: section 'e' has no paragraph: add at least one <p> [empty-section]",
                     "t.xml:3:39: error: run-in headings are for levels 2 to 4; this section is level 1 "
                     "[bad-run-in]",
                     "t.xml:3:53: error: this paragraph has no text [empty-paragraph]",
                     "t.xml:4:39: error: the outline includes section 'gone', which this library does not have "
                     "[missing-section]",
                     "t.xml:5:3: error: outline 'o2' has nothing to render: add a <title>, <heading> or <include> "
                     "[empty-outline]",
                 });
}

TEST_CASE("a declared field nothing uses is a warning, and the library still loads") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="idle" type="integer" label="闲置"/></fields>
  <section id="s" title="标题" level="1"><p>文字</p></section>
</library>)");
    CHECK(r.ok());
    CHECK(only(r) == "t.xml:2:11: warning: field 'idle' is declared but no placeholder or formula uses it "
                     "[unused-field]");
}

TEST_CASE("the bundled libraries lint clean, without warnings") {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(REPORTKIT_TEMPLATES)) {
        if (entry.path().extension() != ".xml") continue;
        ++count;
        load_result r = load_library_file(entry.path().string());
        INFO(entry.path().string() << (r.diags.empty() ? "" : ": " + format_diagnostic(r.diags[0])));
        CHECK(r.ok());
        CHECK(r.diags.empty());
    }
    CHECK(count >= 1);
}
