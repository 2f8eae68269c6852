// Loading libraries: the model a good file gives, and each problem a bad one reports, where.
#include "core/library/loader.hpp"
#include "core/library/source_map.hpp"
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <unistd.h>

using namespace reportkit;

namespace {

load_result load(const std::string& xml) {
    return load_library_text(xml, "t.xml");
}

// Every diagnostic of a result, as printed.
std::vector<std::string> printed(const load_result& r) {
    std::vector<std::string> out;
    for (const diagnostic& d : r.diags)
        out.push_back(format_diagnostic(d));
    return out;
}

// The only diagnostic of a result, as printed.
std::string only(const load_result& r) {
    INFO(fmt::format("{}", fmt::join(printed(r), "\n")));
    REQUIRE(r.diags.size() == 1);
    return format_diagnostic(r.diags[0]);
}

// A library with each problem marked «like this» (two problems at one place: ««): the text
// without the marks, and where each « was.
struct marked_library {
    std::string xml;
    std::vector<text_position> marks;
};

marked_library unmark(std::string_view marked) {
    marked_library out;
    text_position at{1, 1};
    for (size_t i = 0; i < marked.size();) {
        if (marked.substr(i).starts_with("«")) {
            out.marks.push_back(at);
            i += std::string_view("«").size();
        } else if (marked.substr(i).starts_with("»")) {
            i += std::string_view("»").size();
        } else {
            char c = marked[i++];
            out.xml += c;
            if (c == '\n')
                at = {at.line + 1, 1};
            else if (!is_continuation(c))
                ++at.column;
        }
    }
    return out;
}

// The diagnostics of a marked library, in order, without the file and position
// ("error: … [code]"); there must be one for each mark, pointing at its «.
std::vector<std::string> diagnoses(std::string_view marked) {
    auto [xml, marks] = unmark(marked);
    load_result r = load(xml);
    INFO(fmt::format("{}", fmt::join(printed(r), "\n")));
    REQUIRE(r.diags.size() == marks.size());
    std::vector<std::string> out;
    for (size_t k = 0; k < marks.size(); ++k) {
        const diagnostic& d = r.diags[k];
        INFO("diagnostic " << k + 1 << ": " << d.message);
        CHECK(d.where.line == marks[k].line);
        CHECK(d.where.column == marks[k].column);
        out.push_back(fmt::format("{}: {} [{}]", to_string(d.level), d.message, d.code));
    }
    return out;
}

// The one diagnostic of a library with its one problem marked.
std::string diagnosis(std::string_view marked) {
    std::vector<std::string> all = diagnoses(marked);
    REQUIRE(all.size() == 1);
    return all[0];
}

// A library around one section body, fields declared for the placeholders used in it.
std::string with_section(const std::string& body, const std::string& fields = "") {
    return "<library id=\"a\" version=\"1.0.0\" title=\"t\">\n<fields>" + fields +
           "</fields>\n<section id=\"s\" title=\"标题\" level=\"1\">" + body + "</section>\n</library>";
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
    INFO(fmt::format("{}", fmt::join(printed(r), "\n")));
    REQUIRE(r.ok());
    REQUIRE(r.diags.empty());
    const library& lib = *r.lib;
    CHECK(lib.id == "demo.lib");
    CHECK(lib.ver == version{1, 2, 3});
    CHECK(lib.title == "示例");
    CHECK(lib.lang == "zh-CN");
    CHECK(lib.summary == "一个示例库。");
    CHECK(lib.path == "t.xml");

    REQUIRE(lib.fields.size() == 4);
    const field* sessions = lib.find_field("study.sessions");
    REQUIRE(sessions);
    CHECK(sessions->type == field_type::integer);
    CHECK(sessions->unit == "次");
    CHECK(sessions->label == "学习次数");
    CHECK(sessions->approx == "余");
    CHECK(sessions->decimals == -1);
    CHECK(lib.find_field("rate")->type == field_type::percent);
    CHECK(lib.find_field("rate")->decimals == 1);
    CHECK(lib.find_field("rate")->formula == "(study.sessions - a.b) ÷ a.b");
    CHECK(lib.find_field("org.name")->where.line == 6);
    CHECK(lib.find_field("org.name")->where.column == 5);
    CHECK(lib.find_field("nope") == nullptr);

    const section* s = lib.find_section("s.one");
    REQUIRE(s);
    CHECK(s->title == "抓实学习");
    CHECK(s->level == 2);
    CHECK(s->run_in);
    CHECK(s->category == "政治建设");
    CHECK(s->tags == std::vector<std::string>{"学习", "中心组"});
    CHECK(s->where.line == 11);
    REQUIRE(s->paragraphs.size() == 2);
    const runs& p = s->paragraphs[0].content;
    REQUIRE(p.size() == 11);
    CHECK(p[0].kind == run_kind::text);
    CHECK(p[0].text == "全年学习"); // the line break and indentation vanish
    CHECK(p[1].kind == run_kind::field);
    CHECK(p[1].text == "study.sessions");
    CHECK(p[1].options.approx == "近");
    CHECK(p[1].options.decimals == 0);
    CHECK(p[1].where.line == 13);
    CHECK(p[1].where.column == 8);
    CHECK(p[2].text == "次，&成效明显。");
    CHECK(p[3].kind == run_kind::item);
    CHECK(p[3].where.line == 14);
    CHECK(p[3].where.column == 11);
    CHECK(p[4].text == "甲");
    CHECK(p[5].text == "org.name");
    CHECK(p[5].options.approx.empty());
    CHECK(p[5].options.decimals == -1);
    CHECK(p[6].text == "。");
    CHECK(p[7].kind == run_kind::item);
    CHECK(p[8].text == "乙");
    CHECK(p[9].text == "rate");
    CHECK(p[10].text == "。");
    CHECK(s->paragraphs[0].items == item_style::shi);
    CHECK(s->paragraphs[1].items == item_style::di);
    CHECK(s->paragraphs[1].content.size() == 4);

    const outline* o = lib.find_outline("o");
    REQUIRE(o);
    CHECK(o->title == "大纲");
    REQUIRE(o->items.size() == 4);
    CHECK(o->items[0].kind == outline_item_kind::title);
    REQUIRE(o->items[0].content.size() == 2);
    CHECK(o->items[0].content[0].text == "org.name");
    CHECK(o->items[0].content[1].text == "报告");
    CHECK(o->items[1].kind == outline_item_kind::heading);
    CHECK(o->items[1].level == 1);
    CHECK(o->items[1].content.at(0).text == "主要工作");
    CHECK(o->items[2].kind == outline_item_kind::include);
    CHECK(o->items[2].section_id == "s.one");
    CHECK(o->items[3].kind == outline_item_kind::paragraph);
    CHECK(o->items[3].where.line == 21);
}

TEST_CASE("whitespace with a line break goes, other spaces stay, ends are trimmed") {
    load_result r = load("<library id=\"a\" version=\"1.0.0\" title=\"年度\n      报告\" lang=\"zh-TW\">\n"
                         "<section id=\"s\" title=\" 标题 \" level=\"0\" tags=\"甲\t乙\n丙\">\n"
                         "  <p>\n    Word 文档  很好\n    用。 </p>\n"
                         "  <p>导语： <item> 甲 {{k}} 。 </item>\n  <item>乙。</item> 尾。</p>\n"
                         "</section>\n</library>");
    // {{k}} is undeclared; that is all that is wrong.
    CHECK(only(r).starts_with("t.xml:8:19: error: field 'k' is not declared"));
    REQUIRE(r.lib);
    CHECK(r.lib->title == "年度报告");
    CHECK(r.lib->lang == "zh-TW");
    const section& s = r.lib->sections.at(0);
    CHECK(s.title == "标题");
    CHECK(s.level == 0);
    CHECK(s.tags == std::vector<std::string>{"甲", "乙", "丙"});
    CHECK(s.paragraphs.at(0).content.size() == 1);
    CHECK(s.paragraphs.at(0).content.at(0).text == "Word 文档  很好用。");
    const runs& items = s.paragraphs.at(1).content;
    REQUIRE(items.size() == 7);
    CHECK(items[0].text == "导语：");
    CHECK(items[1].kind == run_kind::item);
    CHECK(items[2].text == "甲 ");
    CHECK(items[3].text == "k");
    CHECK(items[4].text == " 。");
    CHECK(items[5].kind == run_kind::item);
    CHECK(items[6].text == "乙。尾。");
}

TEST_CASE("malformed XML is reported at its line and column, with no model") {
    load_result r = load("<library id=\"a\" version=\"1.0.0\" title=\"t\">\n  <section>\n</library>\n");
    CHECK_FALSE(r.lib);
    CHECK(only(r) == "t.xml:3:3: error: malformed XML: Start-end tags mismatch [xml-syntax]");
    CHECK(only(load("")) == "t.xml:1:1: error: malformed XML: No document element found [xml-syntax]");
    CHECK(only(load("<library>\n  <p>a < b</p>\n</library>")) ==
          "t.xml:2:9: error: malformed XML: Could not determine tag type [xml-syntax]");
}

TEST_CASE("an attribute given twice is malformed XML, though pugixml lets it pass") {
    load_result r = load(with_section("<p items=\"di\" items=\"shi\">文字</p>"));
    CHECK(only(r) == "t.xml:3:52: error: malformed XML: <p> has the attribute 'items' twice [xml-syntax]");
    REQUIRE(r.lib);
    CHECK(r.lib->sections.at(0).paragraphs.at(0).items == item_style::di); // the first one counts
}

TEST_CASE("a root element other than <library> gives no model") {
    load_result r = load("<?xml version=\"1.0\"?>\n<libary id=\"a\"/>");
    CHECK_FALSE(r.lib);
    CHECK(only(r) == "t.xml:2:1: error: the root element must be <library>, not <libary> [unknown-element]");
}

TEST_CASE("a file that cannot be read is an unreadable-file error") {
    CHECK(only(load_library_file("/nonexistent/lib.xml")) ==
          "/nonexistent/lib.xml: error: cannot open the file: No such file or directory [unreadable-file]");
    std::string folder = std::filesystem::temp_directory_path().string();
    CHECK(only(load_library_file(folder)) ==
          folder + ": error: this is a folder, not a library file [unreadable-file]");
}

TEST_CASE("a file loads like the same text, with its path in every diagnostic") {
    auto file =
        std::filesystem::temp_directory_path() / ("reportkit-loader-" + std::to_string(getpid()) + ".xml");
    std::ofstream(file, std::ios::binary)
        << "\xEF\xBB\xBF<library id=\"A\" version=\"1.0.0\" title=\"t\">\n"
        << "<section id=\"s\" title=\"t\" level=\"1\"><p>文字</p></section>\n"
        << "</library>\n";
    load_result r = load_library_file(file.string());
    std::filesystem::remove(file);
    REQUIRE(r.lib);
    CHECK(r.lib->path == file.string());
    // The byte order mark is no character: columns on line 1 are as an editor shows them.
    CHECK(only(r) ==
          file.string() +
              ":1:10: error: bad library id 'A': use lowercase ASCII segments joined by dots, e.g. "
              "party.study [bad-value]");
}

TEST_CASE("unknown elements and attributes are errors at their position") {
    const char* fixture = R"(<library id="a" version="1.0.0" title="t" «colour="red"»>
  «<sektion id="x"/>»
  <section id="s" title="标题" level="1" «lavel="2"»><p>文字«<b>粗</b>»</p></section>
  <outline id="o" title="o"><p «items="di"»>文字</p><include section="s">«多余»</include></outline>
</library>)";
    CHECK(diagnoses(fixture) == std::vector<std::string>{
                                    "error: <library> has no attribute 'colour' [unknown-attribute]",
                                    "error: <sektion> is not allowed inside <library> [unknown-element]",
                                    "error: <section> has no attribute 'lavel' [unknown-attribute]",
                                    "error: <b> is not allowed inside <p> [unknown-element]",
                                    "error: <p> has no attribute 'items' [unknown-attribute]",
                                    "error: text is not allowed directly inside <include> [unknown-element]",
                                });
    load_result r = load(unmark(fixture).xml);
    REQUIRE(r.lib); // semantic errors still give a model, so lint can report them all
    CHECK(r.lib->sections.at(0).paragraphs.at(0).content.at(0).text == "文字");
}

TEST_CASE("stray text and elements out of order are reported, not dropped") {
    CHECK(diagnoses(R"(<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" level="1">
    «忘了写 p 的一段话。»
    <p>文字</p>
    «<summary>晚了</summary>»
  </section>
  «<summary>也晚了</summary>»
  «<fields/>»
  <outline id="o" title="o"><heading level="1">一</heading>«<title>标题</title>»«<summary>晚</summary>»</outline>
</library>)") ==
          std::vector<std::string>{
              "error: text is not allowed directly inside <section>: put it in a <p> [unknown-element]",
              "error: <summary> must come before the paragraphs of a <section>, and only once "
              "[unknown-element]",
              "error: <summary> must come first in <library>, and only once [unknown-element]",
              "error: <fields> must come before the sections and outlines, and only once [unknown-element]",
              "error: <title> must come first in an outline, and only once [unknown-element]",
              "error: <summary> must come first in an <outline>, and only once [unknown-element]",
          });
}

TEST_CASE("required attributes are checked") {
    CHECK(diagnoses(R"(«<library id="a" version="1.0.0">»
  <fields>«<field key="k" label="l"/>»</fields>
  «<section id="s" level="1">»<p>{{k}}</p></section>
  «<outline title="o">»«<heading>»一</heading>«<include/>»</outline>
</library>)") == std::vector<std::string>{
                     "error: <library> needs the attribute 'title' [missing-attribute]",
                     "error: <field> needs the attribute 'type' [missing-attribute]",
                     "error: <section> needs the attribute 'title' [missing-attribute]",
                     "error: <outline> needs the attribute 'id' [missing-attribute]",
                     "error: <heading> needs the attribute 'level' [missing-attribute]",
                     "error: <include> needs the attribute 'section' [missing-attribute]",
                 });
}

TEST_CASE("a bad library id names the rule for ids") {
    CHECK(diagnosis(R"(<library «id="A"» version="1.0.0" title="t">
  <section id="s" title="标题" level="1"><p>文字</p></section>
</library>)") == "error: bad library id 'A': use lowercase ASCII segments joined by dots, e.g. party.study "
                 "[bad-value]");
}

TEST_CASE("a bad version asks for major.minor.patch") {
    CHECK(diagnosis(R"(<library id="a" «version="1.0"» title="t">
  <section id="s" title="标题" level="1"><p>文字</p></section>
</library>)") == "error: bad version '1.0': use major.minor.patch, e.g. 1.2.0 [bad-value]");
}

TEST_CASE("an unknown library format names the one this ReportKit reads") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t" «format="2"»>
  <section id="s" title="标题" level="1"><p>文字</p></section>
</library>)") == "error: library format '2' is not supported; this ReportKit reads format 1 "
                 "[unsupported-format]");
}

TEST_CASE("an unknown layout names the two there are") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t" «layout="a4"»>
  <section id="s" title="标题" level="1"><p>文字</p></section>
</library>)") == "error: unknown layout 'a4': use gbt9704 (GB/T 9704-2012) or none [bad-value]");
}

TEST_CASE("an outline's layout wins over its library's, which wins over GB/T 9704") {
    auto r = load(R"(<library id="a" version="1.0.0" title="t" layout="none">
  <section id="s" title="标题" level="1"><p>文字</p></section>
  <outline id="plain" title="o"><include section="s"/></outline>
  <outline id="official" title="o" layout="gbt9704"><include section="s"/></outline>
</library>)");
    REQUIRE(r.ok());
    CHECK(layout_of(*r.lib, r.lib->find_outline("plain")) == layout_kind::none);
    CHECK(layout_of(*r.lib, r.lib->find_outline("official")) == layout_kind::gbt9704);
    CHECK(layout_of(*r.lib, nullptr) == layout_kind::none);
    auto plain = load(R"(<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" level="1"><p>文字</p></section>
</library>)");
    REQUIRE(plain.ok());
    CHECK(layout_of(*plain.lib, nullptr) == layout_kind::gbt9704);
}

TEST_CASE("an unknown field type lists the types") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="x" «type="number"» label="l"/></fields>
  <section id="s" title="标题" level="1"><p>{{x}}</p></section>
</library>)") == "error: unknown field type 'number' (use integer, decimal, percent, amount, year or text) "
                 "[bad-value]");
}

TEST_CASE("decimals out of range name the range") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="x" type="decimal" label="l" «decimals="9"»/></fields>
  <section id="s" title="标题" level="1"><p>{{x}}</p></section>
</library>)") == "error: decimals must be a whole number from 0 to 6, not '9' [bad-value]");
}

TEST_CASE("decimals on a field type without them name the types that have them") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="x" type="integer" label="l" «decimals="1"»/></fields>
  <section id="s" title="标题" level="1"><p>{{x}}</p></section>
</library>)") == "error: decimals are for decimal, percent and amount fields, not integer [bad-value]");
}

TEST_CASE("an unknown approximate wording lists the words and the one pair") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="x" type="integer" label="l" «approx="超过余"»/></fields>
  <section id="s" title="标题" level="1"><p>{{x}}</p></section>
</library>)") == "error: approx must be 余, 多, 近, 超过, 约, 上, or 近 with 余 or 多 (近余), not '超过余' "
                 "[bad-value]");
}

TEST_CASE("approximations and scales the genre writes load, on fields and placeholders") {
    load_result r = load(with_section("<p>{{pages|approx=余}}页，{{papers}}篇，{{people|approx=多}}人，"
                                      "{{visits|approx=上}}人次，{{funds|scale=亿|approx=近}}元</p>",
                                      R"(<field key="pages" type="integer" label="页数" scale="万"/>
<field key="papers" type="integer" label="篇数" approx="近余"/>
<field key="people" type="integer" label="人数"/>
<field key="visits" type="integer" label="人次"/>
<field key="funds" type="amount" label="资金"/>)"));
    INFO(fmt::format("{}", fmt::join(printed(r), "\n")));
    REQUIRE(r.ok());
    CHECK(r.diags.empty());
    CHECK(r.lib->find_field("pages")->scale == "万");
    CHECK(r.lib->find_field("papers")->approx == "近余");
    const runs& p = r.lib->sections.at(0).paragraphs.at(0).content;
    CHECK(p.at(8).options.scale == "亿");
    CHECK(p.at(8).options.approx == "近");
}

TEST_CASE("lint checks approximations and scales against each other and the field's type") {
    CHECK(diagnoses(R"(<library id="a" version="1.0.0" title="t">
  <fields>
    <field key="y" type="year" label="年" «approx="约"»/>
    <field key="r" type="percent" label="率" «scale="万"»/>
    <field key="d" type="decimal" label="值" «approx="上"»/>
    <field key="n" type="integer" label="数" «scale="千"»/>
    <field key="m" type="integer" label="数"/>
  </fields>
  <section id="s" title="标题" level="1"><p>{{y}}{{r}}{{d}}{{n}}«{{m|approx=上|scale=万}}»</p></section>
</library>)") ==
          std::vector<std::string>{
              "error: field 'y': approx is for numbers, not year fields [bad-value]",
              "error: field 'r': scale is for integer, decimal and amount fields, not percent [bad-value]",
              "error: field 'd': approx=上 (上千) is for integer fields, not decimal [bad-value]",
              "error: scale must be 万 or 亿, not '千' [bad-value]",
              "error: {{m}}: approx=上 writes the order of magnitude itself (上千, 上万): it takes no scale "
              "[bad-value]",
          });
}

TEST_CASE("grouping comes from the field, else its library, else none; a bad one is an error") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t" grouping="comma">
  <fields><field key="x" type="integer" label="l"/><field key="y" type="integer" label="l" grouping="thin"/>
  <field key="z" type="integer" label="l" grouping="none"/></fields>
  <section id="s" title="标题" level="1"><p>{{x}}{{y}}{{z}}</p></section>
</library>)");
    REQUIRE(r.ok());
    CHECK(r.lib->find_field("x")->group == grouping::comma);
    CHECK(r.lib->find_field("y")->group == grouping::thin);
    CHECK(r.lib->find_field("z")->group == grouping::none);
    CHECK(load(with_section("<p>{{x}}</p>", R"(<field key="x" type="integer" label="l"/>)"))
              .lib->find_field("x")
              ->group == grouping::none);
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t" «grouping="space"»>
  <section id="s" title="标题" level="1"><p>文</p></section>
</library>)") == "error: grouping must be none, comma or thin, not 'space' [bad-value]");
}

TEST_CASE("the percent sign comes from the field, else its library; only % and ％") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t" percent-sign="％">
  <fields><field key="x" type="percent" label="l"/><field key="y" type="percent" label="l" percent-sign="%"/></fields>
  <section id="s" title="标题" level="1"><p>{{x}}{{y}}</p></section>
</library>)");
    REQUIRE(r.ok());
    CHECK(r.lib->find_field("x")->percent_sign == "％");
    CHECK(r.lib->find_field("y")->percent_sign == "%");
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="x" type="percent" label="l" «percent-sign="pct"»/></fields>
  <section id="s" title="标题" level="1"><p>{{x}}</p></section>
</library>)") == "error: percent-sign must be % or the full-width ％, not 'pct' [bad-value]");
}

TEST_CASE("a bad field key names the rule for keys") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <fields><field «key="z."» type="year" label="l"/></fields>
  <section id="s" title="标题" level="1"><p>文字</p></section>
</library>)") == "error: bad field key 'z.': use lowercase ASCII segments joined by dots, e.g. party.study "
                 "[bad-value]");
}

TEST_CASE("a section level out of range names the levels") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" «level="5"»><p>文字</p></section>
</library>)") == "error: level must be 0 (no heading) or 1 to 4, not '5' [bad-value]");
}

TEST_CASE("a section level with a leading zero is not a level") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" «level="01"»><p>文字</p></section>
</library>)") == "error: level must be 0 (no heading) or 1 to 4, not '01' [bad-value]");
}

TEST_CASE("run-in is true or false") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" level="2" «run-in="yes"»><p>文字</p></section>
</library>)") == "error: run-in must be true or false, not 'yes' [bad-value]");
}

TEST_CASE("an unknown item style names both styles") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" level="1"><p «items="san"»>文字</p></section>
</library>)") == "error: items must be shi (一是) or di (第一，), not 'san' [bad-value]");
}

TEST_CASE("an outline heading level out of range names the levels") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <outline id="o" title="o"><heading «level="0"»>一</heading></outline>
</library>)") == "error: heading level must be 1 to 4, not '0' [bad-value]");
}

TEST_CASE("an outline's start is a whole number from 1 to 99") {
    for (const char* bad : {"0", "02", "100", "二", "-1", ""})
        CHECK(diagnosis(fmt::format(R"(<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" level="1"><p>文</p></section>
  <outline id="o" title="o" «start="{}"»><include section="s"/></outline>
</library>)",
                                    bad)) ==
              fmt::format("error: start must be a whole number from 1 to 99, not '{}' [bad-value]", bad));
}

TEST_CASE("a bad outline id names the rule for ids") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" level="1"><p>文字</p></section>
  <outline «id="2o"» title="o"><include section="s"/></outline>
</library>)") == "error: bad outline id '2o': use lowercase ASCII segments joined by dots, e.g. party.study "
                 "[bad-value]");
}

TEST_CASE("ids may hold underscores and digits after the first letter") {
    load_result r = load(R"(<library id="a_1" version="1.0.0" title="t">
  <section id="s_2" title="标题" level="1"><p>文字</p></section>
  <outline id="o_1" title="o"><include section="s_2"/></outline>
</library>)");
    CHECK(printed(r).empty());
}

TEST_CASE("duplicate ids point at the second one and name the first line") {
    const char* fixture = R"(<library id="a" version="1.0.0" title="t">
  <fields>
    <field key="k" type="integer" label="l"/>
    <field «key="k"» type="integer" label="l"/>
  </fields>
  <section id="s" title="一" level="1"><p>{{k}}</p></section>
  <section «id="s"» title="二" level="1"><p>文字</p></section>
  <outline id="o" title="o"><include section="s"/></outline>
  <outline «id="o"» title="o"><include section="s"/></outline>
</library>)";
    CHECK(diagnoses(fixture) == std::vector<std::string>{
                                    "error: field 'k' is given twice (first at line 3) [duplicate-id]",
                                    "error: section 's' is given twice (first at line 6) [duplicate-id]",
                                    "error: outline 'o' is given twice (first at line 8) [duplicate-id]",
                                });
    load_result r = load(unmark(fixture).xml);
    REQUIRE(r.lib);
    CHECK(r.lib->find_section("s")->title == "一"); // the first one is the one used
}

TEST_CASE("an undeclared field suggests the nearest declared key") {
    CHECK(diagnosis(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="docs.received" type="integer" label="收文件数"/></fields>
  <section id="s" title="标题" level="1"><p>收文«{{docs.recieved}}»件。{{docs.received}}</p></section>
</library>)") == "error: field 'docs.recieved' is not declared: add <field key=\"docs.recieved\" …/> to "
                 "<fields> (did you mean docs.received?) [undeclared-field]");
}

TEST_CASE("placeholders: undeclared fields, bad options, unterminated braces") {
    const char* fixture = R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="k" type="integer" label="l"/></fields>
  <section id="s" title="标题" level="1">
    <p>数量«{{k|approx=很多}}»，其他«{{nope}}»，再«{{k»</p>
    <p>«{{K}}»«{{ }}»««{{k|round=2|decimals=7}}»</p>
    <p>«{{k »{{k}}}</p>
  </section>
</library>)";
    CHECK(
        diagnoses(fixture) ==
        std::vector<std::string>{
            "error: approx must be 余, 多, 近, 超过, 约, 上, or 近 with 余 or 多 (近余), not '很多' "
            "[bad-value]",
            "error: field 'nope' is not declared: add <field key=\"nope\" …/> to <fields> [undeclared-field]",
            "error: '{{' is not closed by '}}' [bad-placeholder]",
            "error: '{{K}}' does not name a field: write {{key}} with a declared key [bad-placeholder]",
            "error: '{{ }}' does not name a field: write {{key}} with a declared key [bad-placeholder]",
            "error: unknown placeholder option 'round=2' (use approx=…, scale=万|亿 or decimals=0..6) "
            "[bad-placeholder]",
            "error: decimals must be a whole number from 0 to 6, not '7' [bad-value]",
            "error: '{{' is not closed by '}}' [bad-placeholder]",
        });
    load_result r = load(unmark(fixture).xml);
    REQUIRE(r.lib);
    const runs& last = r.lib->sections.at(0).paragraphs.at(2).content;
    REQUIRE(last.size() == 3); // the broken "{{k " stays as text, the good one is still read
    CHECK(last[0].text == "{{k ");
    CHECK(last[1].text == "k");
    CHECK(last[2].text == "}");
}

TEST_CASE("placeholder columns count characters and skip entities, CR LF and CDATA in the raw text") {
    CHECK(only(load("<library id=\"a\" version=\"1.0.0\" title=\"t\">\n"
                    "<section id=\"s\" title=\"t\" "
                    "level=\"1\"><p>&lt;中文&#x4E2D;&#20013;&foo{{x}}</p></section>\n"
                    "</library>"))
              .starts_with("t.xml:2:66: error: field 'x' is not declared"));
    CHECK(only(load("<library id=\"a\" version=\"1.0.0\" title=\"t\">\r\n"
                    "<section id=\"s\" title=\"t\" level=\"1\"><p>甲\r\n  乙&amp;{{x}}</p></section>\r\n"
                    "</library>"))
              .starts_with("t.xml:3:9: error: field 'x' is not declared"));
    CHECK(only(load("<library id=\"a\" version=\"1.0.0\" title=\"t\">\n"
                    "<section id=\"s\" title=\"t\" level=\"1\"><p><![CDATA[&amp;{{x}}]]></p></section>\n"
                    "</library>"))
              .starts_with("t.xml:2:54: error: field 'x' is not declared"));
}

TEST_CASE("formulas name declared fields, with numbers, operators and parentheses") {
    CHECK(
        diagnoses(R"(<library id="a" version="1.0.0" title="t">
  <fields>
    <field key="a" type="integer" label="甲"/>
    <field key="b-c" type="integer" label="乙"/>
    <field key="r1" type="percent" label="率" formula="-(a + 1.5) × b-c ÷ 2"/>
    <field key="r2" type="percent" label="率" formula="a / «missing»"/>
    <field key="r3" type="percent" label="率" formula="a «%» 2"/>
    <field key="r4" type="percent" label="率" formula="«a-b»"/>
    <field key="r5" type="percent" label="率" formula="a +«»"/>
    <field key="r6" type="percent" label="率" formula="(a * 2«»"/>
    <field key="r7" type="percent" label="率" formula="a «2»"/>
    <field key="r8" type="percent" label="率" formula="a«)» + (2"/>
    <field key="r9" type="percent" label="率" formula="«2x» + A"/>
    <field key="r10" type="percent" label="率" formula="« »"/>
    <field key="r11" type="percent" label="率" formula="a «&amp;»&amp; missing"/>
  </fields>
  <section id="s" title="标题" level="1"><p>{{r1}}{{r2}}{{r3}}{{r4}}{{r5}}{{r6}}{{r7}}{{r8}}{{r9}}{{r10}}{{r11}}</p></section>
</library>)") ==
        std::vector<std::string>{
            "error: field 'missing' is not declared: add <field key=\"missing\" …/> to <fields> "
            "[undeclared-field]",
            "error: formula 'a % 2' has '%': use field keys, numbers, + - * / × ÷, parentheses, rate(…) and "
            "yoy(…) [bad-value]",
            "error: field 'a-b' is not declared: add <field key=\"a-b\" …/> to <fields> (to subtract, put "
            "spaces around '-') [undeclared-field]",
            "error: formula 'a +' ends without a field or number [bad-value]",
            "error: formula '(a * 2' has a '(' that is never closed [bad-value]",
            "error: formula 'a 2' needs an operator before '2' [bad-value]",
            "error: formula 'a) + (2' has a ')' that closes nothing [bad-value]",
            "error: formula '2x + A' has '2x', which is neither a field key nor a number [bad-value]",
            "error: formula ' ' is empty [bad-value]",
            "error: formula 'a && missing' has '&': use field keys, numbers, + - * / × ÷, parentheses, "
            "rate(…) and yoy(…) [bad-value]",
        });
}

TEST_CASE("missing sections, empty sections, paragraphs, items and outlines, misplaced run-in") {
    CHECK(
        diagnoses(R"(<library id="a" version="1.0.0" title="t">
  «<section id="e" title="空" level="1">»<summary>无</summary></section>
  <section id="p" title="段" level="1" «run-in="true"»>«<p>  </p>»<p>导语«<item> </item>»</p></section>
  <section id="q" title="句" «level="9"» run-in="true"><p>文字</p></section>
  <outline id="o1" title="o">«<title> </title>»«<heading level="2"/>»<include «section="gone"»/></outline>
  «<outline id="o2" title="o">»<summary>只有说明</summary></outline>
</library>)") ==
        std::vector<std::string>{
            "error: section 'e' has no paragraph: add at least one <p> [empty-section]",
            "error: run-in headings are for levels 2 to 4; this section is level 1 [bad-run-in]",
            "error: this paragraph has no text [empty-paragraph]",
            "error: this item has no text [empty-paragraph]",
            "error: level must be 0 (no heading) or 1 to 4, not '9' [bad-value]",
            "error: this title has no text [empty-paragraph]",
            "error: this heading has no text [empty-paragraph]",
            "error: the outline includes section 'gone', which this library does not have [missing-section]",
            "error: outline 'o2' has nothing to render: add a <title>, <heading> or <include> "
            "[empty-outline]",
        });
}

TEST_CASE("a declared field nothing uses is a warning, and the library still loads") {
    load_result r = load(R"(<library id="a" version="1.0.0" title="t">
  <fields>
    <field key="idle" type="integer" label="闲置"/>
    <field key="input" type="integer" label="只在公式里"/>
    <field key="rate" type="percent" label="率" formula="input / 2"/>
  </fields>
  <section id="s" title="标题" level="1"><p>{{rate}}</p></section>
</library>)");
    CHECK(r.ok());
    CHECK(only(r) == "t.xml:3:5: warning: field 'idle' is declared but no placeholder or formula uses it "
                     "[unused-field]");
}

TEST_CASE("fields may be used before <fields> in the file order of references") {
    // Placeholders are checked once everything is read, so an outline may come before a section it includes.
    load_result r = load(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="k" type="text" label="l"/></fields>
  <outline id="o" title="o"><include section="later"/></outline>
  <section id="later" title="后" level="1"><p>{{k}}</p></section>
</library>)");
    CHECK(r.ok());
    CHECK(r.diags.empty());
}

TEST_CASE("a large library keeps exact positions to its last line") {
    std::string xml =
        "<library id=\"big\" version=\"1.0.0\" title=\"大\">\n<fields><field key=\"k\" type=\"integer\" "
        "label=\"l\"/></fields>\n";
    for (int i = 0; i < 3000; ++i)
        xml += fmt::format(
            "<section id=\"s{}\" title=\"第{}节\" level=\"1\"><p>中文{{{{k}}}}文字</p></section>\n", i, i);
    xml += "<section id=\"last\" title=\"末\" level=\"1\"><p>中文{{gone}}</p></section>\n</library>\n";
    load_result r = load(xml);
    REQUIRE(r.lib);
    CHECK(r.lib->sections.size() == 3001);
    CHECK(r.lib->find_section("s2999")->where.line == 3002);
    CHECK(only(r).starts_with("t.xml:3003:45: error: field 'gone' is not declared"));
}

TEST_CASE("versions parse strictly and compare as numbers; field types round-trip") {
    CHECK(parse_version("1.10.0") == version{1, 10, 0});
    CHECK(*parse_version("1.10.0") > *parse_version("1.9.9"));
    CHECK(to_string(version{2, 0, 13}) == "2.0.13");
    for (const char* bad :
         {"", "1", "1.0", "1.0.0.0", "1.0.x", "-0.1.0", "+1.0.0", "1..0", "1.0.0 ", "99999999999.0.0"})
        CHECK_FALSE(parse_version(bad));
    for (field_type t : {field_type::integer, field_type::decimal, field_type::percent, field_type::amount,
                         field_type::year, field_type::text})
        CHECK(parse_field_type(to_string(t)) == t);
    CHECK_FALSE(parse_field_type("Integer"));
}

TEST_CASE("a copied library still finds its fields, sections and outlines") {
    load_result r = load(good);
    REQUIRE(r.lib);
    library copy = *r.lib;
    r.lib.reset();
    REQUIRE(copy.find_field("a.b"));
    CHECK(copy.find_field("a.b")->label == "甲");
    CHECK(copy.find_section("s.one") == &copy.sections[0]);
    CHECK(copy.find_outline("o") == &copy.outlines[0]);
    CHECK(copy.find_outline("s.one") == nullptr);
}

TEST_CASE("the source map counts characters and finds attributes outside quoted values") {
    detail::source_map map("ab\n中文x\n\n<e title=\"a level=1\" level='2'>");
    CHECK(map.at(0).line == 1);
    CHECK(map.at(4).line == 2);
    CHECK(map.at(9).column == 3); // after two three-byte characters
    CHECK(map.at(1).column == 2); // going back works too
    CHECK(map.at(11).line == 3);
    CHECK(map.at(12).line == 4);
    CHECK(map.at(1000).line == 4); // past the end: the end
    size_t level = map.attribute(12, "level");
    REQUIRE(level != detail::source_map::npos);
    CHECK(map.at(level).column == 22);
    CHECK(map.attribute_value(level) == level + 7);
    CHECK(map.attribute(12, "lang") == detail::source_map::npos);
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

TEST_CASE("formulas that loop or always divide by zero are errors") {
    CHECK(diagnoses(R"xml(<library id="a" version="1.0.0" title="t">
  <fields>
    <field key="a" type="integer" label="甲"/>
    «<field key="x" type="percent" label="率" formula="y + a"/>»
    <field key="y" type="percent" label="率" formula="rate(x, a)"/>
    «<field key="z" type="percent" label="率" formula="a / (a - a)"/>»
    «<field key="g" type="percent" label="率" formula="yoy(a, 0)"/>»
  </fields>
  <section id="s" title="标题" level="1"><p>{{x}}{{z}}{{g}}</p></section>
</library>)xml") ==
          std::vector<std::string>{
              "error: the formulas depend on themselves: x → y → x [formula-loop]",
              "error: formula 'a / (a - a)' divides by zero: the divisor is 0 whatever the data [bad-value]",
              "error: formula 'yoy(a, 0)' has no year-on-year change: the divisor is 0 whatever the data "
              "[bad-value]",
          });
}

TEST_CASE("control characters and noncharacters in any text are errors, each where it is") {
    CHECK(diagnoses(
              "<library id=\"a\" version=\"1.0.0\" title=\"t\">\n"
              "  <fields><field key=\"n\" type=\"integer\" label=\"次«\x01»数\" unit=\"次\"/></fields>\n"
              "  <section id=\"s\" title=\"标«\v»题\" "
              "level=\"1\"><p>正文«\xC2\x85»{{n}}</p><p>a«&#11;»b«&#x1F;»</p></section>\n"
              "  <outline id=\"o\" title=\"框架\"><heading level=\"1\">一«\xEF\xBF\xBF»</heading><include "
              "section=\"s\"/></outline>\n"
              "</library>") ==
          std::vector<std::string>{
              "error: control character U+0001 in text: Writer cannot show it, remove it [bad-character]",
              "error: control character U+000B in text: Writer cannot show it, remove it [bad-character]",
              "error: control character U+0085 in text: Writer cannot show it, remove it [bad-character]",
              "error: control character U+000B in text: Writer cannot show it, remove it [bad-character]",
              "error: control character U+001F in text: Writer cannot show it, remove it [bad-character]",
              "error: noncharacter U+FFFF in text: Writer cannot show it, remove it [bad-character]",
          });
}

TEST_CASE("entities other than XML's five are errors; comments and CDATA may hold any") {
    CHECK(diagnoses(R"(<library id="a" version="1.0.0" title="«&copy;»">
  <!-- &nbsp; is fine in a comment -->
  <section id="s" title="标题" level="1"><p>a«&nbsp;»b&lt;&amp;&#160;<![CDATA[&hellip;]]>c«&hellip;»</p></section>
</library>)") ==
          std::vector<std::string>{
              "error: unknown entity '&copy;': XML knows only &lt; &gt; &amp; &quot; &apos;; write the "
              "character "
              "itself or a reference like &#160; [unknown-entity]",
              "error: unknown entity '&nbsp;': XML knows only &lt; &gt; &amp; &quot; &apos;; write the "
              "character "
              "itself or a reference like &#160; [unknown-entity]",
              "error: unknown entity '&hellip;': XML knows only &lt; &gt; &amp; &quot; &apos;; write the "
              "character itself or a reference like &#160; [unknown-entity]",
          });
}

TEST_CASE("a DOCTYPE is an error, and so is each use of the entities it declares") {
    CHECK(diagnoses(R"(«<!DOCTYPE library [<!ENTITY org "某单位">]>
<library id="a" version="1.0.0" title="t">
  <section id="s" title="标题" level="1"><p>«&org;»召开会议</p></section>
</library>)") ==
          std::vector<std::string>{
              "error: a library has no DOCTYPE: its entities are not read; write the characters themselves "
              "[unknown-entity]",
              "error: unknown entity '&org;': XML knows only &lt; &gt; &amp; &quot; &apos;; write the "
              "character "
              "itself or a reference like &#160; [unknown-entity]",
          });
}

TEST_CASE("bytes that are not UTF-8 are an error at the first of them") {
    CHECK(diagnosis(
              "<library id=\"a\" version=\"1.0.0\" title=\"t\">\n"
              "  <section id=\"s\" title=\"标题\" level=\"1\"><p>召开«\xCA»\xFD\xBE\xDD会议</p></section>\n"
              "</library>") == "error: byte 0xCA is not UTF-8: save the library as UTF-8 [bad-encoding]");
    CHECK(diagnosis("<library id=\"a\" version=\"1.0.0\" title=\"t«\xC0\xAF»\">\n"
                    "  <section id=\"s\" title=\"标题\" level=\"1\"><p>召开会议</p></section>\n"
                    "</library>") ==
          "error: byte 0xC0 is not UTF-8: save the library as UTF-8 [bad-encoding]");
}

TEST_CASE("a UTF-16 library is told to be saved as UTF-8") {
    std::string utf8 =
        R"(<library id="a" version="1.0.0" title="t"><section id="s" title="t" level="1"><p>x</p></section></library>)";
    std::string le, be;
    for (char c : utf8) {
        le += {c, '\0'};
        be += {'\0', c};
    }
    for (const std::string& xml : {"\xFF\xFE" + le, le, "\xFE\xFF" + be, be})
        CHECK(only(load(xml)) ==
              "t.xml: error: the file is UTF-16: save the library as UTF-8 [bad-encoding]");
}

TEST_CASE("a closing gives the outline its issuing body and date, last") {
    auto r = load(R"(<library id="a" version="1.0.0" title="t">
  <fields><field key="org" type="text" label="单位"/><field key="year" type="year" label="年度"/></fields>
  <section id="s" title="标题" level="1"><p>文字</p></section>
  <outline id="o" title="o">
    <include section="s"/>
    <closing><issuer>{{org}}</issuer><date>{{year}}年12月28日</date></closing>
  </outline>
</library>)");
    REQUIRE(r.ok());
    const outline& o = *r.lib->find_outline("o");
    REQUIRE(o.items.size() == 3);
    CHECK(o.items[1].kind == outline_item_kind::issuer);
    CHECK(o.items[1].content.at(0).text == "org");
    CHECK(o.items[2].kind == outline_item_kind::date);
    CHECK(o.items[2].content.size() == 2);
}

TEST_CASE("a closing date is written in Arabic numerals without leading zeros, from year fields") {
    std::string fields = R"(<field key="year" type="year" label="年度"/><field key="n" type="integer" label="数"/>)";
    auto outline_with = [&](const std::string& closing) {
        std::string lib = with_section("<p>{{year}}年文字{{n}}</p>", fields);
        return lib.insert(lib.rfind("</library>"),
                          R"(<outline id="o" title="o"><include section="s"/>)" + closing + "</outline>\n");
    };
    CHECK(diagnosis(outline_with("<closing><issuer>机关</issuer>«<date>2026年01月5日</date></closing>")) ==
          "error: write the date as GB/T 9704 does, in Arabic numerals without leading zeros: "
          "{{report.year}}年12月28日 or 2026年1月5日, not '2026年01月5日' [bad-date]");
    CHECK(diagnosis(outline_with("<closing><issuer>机关</issuer><date>«{{n}}年1月5日</date></closing>")) ==
          "error: a <date> takes year fields only: 'n' is of type integer [bad-date]");
    CHECK(diagnosis(outline_with("«<closing><issuer>机关</issuer></closing>")) ==
          "error: a <closing> needs an <issuer> (the issuing body) and a <date> (2026年1月15日) "
          "[empty-paragraph]");
    CHECK(diagnosis(outline_with(
              "<closing><issuer>机关</issuer><date>2026年1月5日</date></closing>«<p>后记</p>")) ==
          "error: <closing> must come last in an <outline>, and only once [unknown-element]");
}
