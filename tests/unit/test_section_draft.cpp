// Saving paragraphs selected in Writer as a new section: what the review proposes, and the library
// file written only when it lints clean.
#include "core/data/csv.hpp"
#include "core/data/values.hpp"
#include "core/library/loader.hpp"
#include "core/library/section_draft.hpp"
#include "core/library/text_import.hpp"
#include "core/render/plan.hpp"
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

// Three paragraphs as Writer gives them: the list label in front of the heading's text.
const std::vector<selected_paragraph> selection = {
    "（二）加强理论学习",
    "全年组织集体学习18次，开展专题研讨6次，撰写心得体会120余篇。",
    "干部参训率达到97.5%，培训经费支出12.5万元。",
};

const char* library_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<library id="mine" version="1.0.0" title="我的章节库" lang="zh-CN">
  <fields>
    <field key="study.sessions" type="integer" unit="次" label="全年组织集体学习"/>
  </fields>
  <section id="study" title="加强理论学习" level="2" category="主要工作">
    <p>全年组织集体学习{{study.sessions}}次。</p>
  </section>
  <outline id="report" title="报告">
    <include section="study"/>
  </outline>
</library>
)";

library_ptr loaded(std::string_view xml) {
    load_result r = load_library_text(xml, "mine.xml");
    INFO(xml);
    REQUIRE(r.ok());
    return r.lib;
}

const draft_field* field_labelled(const section_draft& d, const std::string& label) {
    for (const draft_field& f : d.fields)
        if (f.label == label) return &f;
    return nullptr;
}

// The section rendered as text, filled from a data sheet of the values found in the selection.
std::string filled(const section_draft& d, const library& lib, const std::string& id) {
    std::vector<imported_value> found;
    for (const draft_field& f : d.fields)
        found.push_back({f.key, f.label, f.unit, f.value, f.context});
    std::optional<decoded_text> csv = decode_text(imported_values_csv(found));
    REQUIRE(csv);
    csv_result grid = parse_csv(csv->utf8, "values.csv");
    table_result table = read_table(grid.grid);
    REQUIRE(table.problems.empty());
    value_resolver values([&](const std::string& k) { return lib.find_field(k); }, &table.table);
    const section* s = lib.find_section(id);
    REQUIRE(s);
    numbering_state state;
    return render_text(plan_section(lib, *s, state),
                       [&](const std::string& key, const placeholder_options& p) {
                           return values.text(key, p, placeholder_marker(lib, key));
                       });
}

std::string errors_of(const saved_library& s) {
    std::string out;
    for (const diagnostic& d : s.problems)
        out += format_diagnostic(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("a selection with a heading: its title, level and every number as a field") {
    section_draft d = propose_section(selection, nullptr, "主要工作");
    CHECK(d.title == "加强理论学习");
    CHECK(d.level == 2);
    CHECK_FALSE(d.run_in);
    CHECK(d.id == "study");
    CHECK(d.category == "主要工作");
    CHECK(d.note.empty());
    REQUIRE(d.paragraphs.size() == 2);
    REQUIRE(d.fields.size() == 5);
    CHECK(d.fields[0].key == "study.n1");
    CHECK(d.fields[0].label == "全年组织集体学习");
    CHECK(d.fields[0].unit == "次");
    CHECK(d.fields[0].type == "integer");
    CHECK(d.fields[0].value == "18");
    const draft_field* essays = field_labelled(d, "撰写心得体会");
    REQUIRE(essays);
    CHECK(essays->approx == "余");
    CHECK(essays->unit == "篇");
    const draft_field* rate = field_labelled(d, "干部参训率达到");
    REQUIRE(rate);
    CHECK(rate->type == "percent");
    CHECK(rate->decimals == 1);
    const draft_field* money = field_labelled(d, "培训经费支出");
    REQUIRE(money);
    CHECK(money->type == "amount");
    CHECK(money->unit == "万元");
}

TEST_CASE("a run-in heading and a selection without a heading") {
    section_draft run_in = propose_section({"（一）强化党建引领。全年召开支部会议12次。"}, nullptr);
    CHECK(run_in.run_in);
    CHECK(run_in.title == "强化党建引领");
    CHECK(run_in.id == "party");
    CHECK(run_in.level == 2);
    CHECK(run_in.category == "其他");
    REQUIRE(run_in.fields.size() == 1);
    CHECK(run_in.fields[0].label == "全年召开支部会议");

    section_draft plain = propose_section({"  ", "今年以来，我办认真履行职责，办理公文300件。"}, nullptr);
    CHECK(plain.level == 0);
    CHECK(plain.title == "今年以来");
    CHECK(propose_section({"全年组织集体学习18次。"}, nullptr).title == "全年组织集体学习");
    CHECK(plain.id == "section");
    REQUIRE(plain.paragraphs.size() == 1);
    CHECK(plain.fields.size() == 1);

    CHECK(propose_section({}, nullptr).title.empty());
}

TEST_CASE("the id is unique in the library and a field of the same label and unit is reused") {
    library_ptr lib = loaded(library_xml);
    section_draft d = propose_section(selection, lib.get(), "主要工作");
    CHECK(d.id == "study-2");
    CHECK(d.note == "自定义"); // the library has a section of this title
    REQUIRE(!d.fields.empty());
    CHECK(d.fields[0].reused);
    CHECK(d.fields[0].key == "study.sessions");
    CHECK_FALSE(d.fields[1].reused);
    CHECK(d.fields[1].key == "study-2.n2");
    CHECK(propose_section_id("全面从严治党", lib.get()) == "section");
}

TEST_CASE("a draft added to a library lints clean and holds the edited fields") {
    library_ptr before = loaded(library_xml);
    section_draft d = propose_section(selection, before.get(), "主要工作");
    d.fields[1].label = "专题研讨次数"; // edited in the review
    d.fields[1].key = "study.seminars";
    saved_library saved = add_section(d, library_xml, "mine.xml");
    INFO(saved.xml);
    INFO(errors_of(saved));
    REQUIRE(saved.ok());
    REQUIRE(saved.problems.size() == 1); // the library's own section has no note yet
    CHECK(saved.problems[0].code == "variant-note");
    const section* s = saved.lib->find_section("study-2");
    REQUIRE(s);
    CHECK(s->title == "加强理论学习");
    CHECK(s->note == "自定义");
    CHECK(s->level == 2);
    const field* seminars = saved.lib->find_field("study.seminars");
    REQUIRE(seminars);
    CHECK(seminars->label == "专题研讨次数");
    CHECK(saved.lib->fields.size() == 5); // the reused one is declared once
    CHECK(saved.xml.find("{{study.seminars}}次") != std::string::npos);
    CHECK(saved.xml.find("{{study-2.n3|approx=余}}篇") != std::string::npos);
    CHECK(saved.lib->find_outline("report")); // the rest of the file as it was
    CHECK(saved.xml.starts_with(std::string_view(library_xml).substr(0, 100)));

    // Filled with the values found in the selection, the section reads as the selection did.
    CHECK(filled(d, *saved.lib, "study-2") == "（一）加强理论学习\n"
                                              "全年组织集体学习18次，开展专题研讨6次，撰写心得体会120余篇。\n"
                                              "干部参训率达到97.5%，培训经费支出12.5万元。\n");
}

TEST_CASE("a draft that does not lint is refused with the place of each error") {
    library_ptr lib = loaded(library_xml);
    section_draft d = propose_section(selection, lib.get());
    d.id = "study"; // taken
    d.fields[2].key = "Bad Key";
    saved_library saved = add_section(d, library_xml, "mine.xml");
    CHECK_FALSE(saved.ok());
    CHECK_FALSE(saved.lib);
    std::string errors = errors_of(saved);
    INFO(errors);
    CHECK(errors.find("[duplicate-id]") != std::string::npos);
    CHECK(errors.find("mine.xml:16:12: error: section 'study' is given twice") != std::string::npos);
    CHECK(errors.find("Bad Key") != std::string::npos);
}

TEST_CASE("a library without fields gets a <fields> before its sections; a new library holds the draft") {
    const char* bare =
        "<library id=\"bare\" version=\"0.1.0\" title=\"空\">\n"
        "  <section id=\"a\" title=\"甲\" level=\"1\" category=\"甲\"><p>文字。</p></section></library>";
    section_draft d = propose_section(selection, loaded(bare).get(), "主要工作");
    saved_library added = add_section(d, bare, "bare.xml");
    INFO(added.xml);
    INFO(errors_of(added));
    REQUIRE(added.ok());
    CHECK(added.lib->sections.size() == 2);
    CHECK(added.lib->fields.size() == 5);

    saved_library fresh =
        new_library_with(propose_section(selection, nullptr), "my-lib", "我的库", "my-lib.xml");
    INFO(fresh.xml);
    INFO(errors_of(fresh));
    REQUIRE(fresh.ok());
    CHECK(fresh.problems.empty());
    CHECK(fresh.lib->id == "my-lib");
    CHECK(fresh.lib->title == "我的库");
    CHECK(fresh.lib->find_section("study"));
}

TEST_CASE("a heading styled in Writer without a number in front keeps its outline level") {
    section_draft d = propose_section({"加强理论学习", "全年组织集体学习18次。"}, nullptr, {}, 1);
    CHECK(d.level == 1);
    CHECK(d.title == "加强理论学习");
    CHECK(d.category == "加强理论学习");
    CHECK(d.paragraphs.size() == 1);
}

namespace {

// A placeholder field as Writer holds it: its key, what it shows, and its library's declaration.
selected_field placeholder(const std::string& key, const std::string& shown,
                           std::optional<field> declared = {}, placeholder_options options = {}) {
    return {key, std::move(options), shown, std::move(declared)};
}

std::string mark = std::string(field_mark);

} // namespace

TEST_CASE("a selection starting at a marker typed as text is titled by its first words, not the marker") {
    section_draft d = propose_section({"【待填：全年组织集体学习】次，开展专题研讨6次。"}, nullptr);
    CHECK(d.title == "开展专题研讨");
    REQUIRE(d.fields.size() == 2);
    CHECK(d.fields[0].label == "全年组织集体学习");
    CHECK(d.fields[0].value.empty());
    CHECK(propose_section({"18次，开展专题研讨6次。"}, nullptr).title == "开展专题研讨");
}

TEST_CASE("placeholder fields of the selection come through under their own keys") {
    library_ptr lib = loaded(library_xml);
    field seminars;
    seminars.key = "study.seminars";
    seminars.unit = "次";
    seminars.label = "专题研讨次数";
    std::vector<selected_paragraph> picked = {
        {"（二）加强理论学习", {}},
        {"全年组织集体学习" + mark + "次，开展专题研讨" + mark + "次，撰写心得体会120余篇。",
         {placeholder("study.sessions", "【待填：全年组织集体学习】"),
          placeholder("study.seminars", "6", seminars)}},
    };
    section_draft d = propose_section(picked, lib.get(), "主要工作");
    CHECK(d.title == "加强理论学习");
    REQUIRE(d.fields.size() == 3);
    // In the order of the text; the library's own field reused, the other declared as its library does.
    CHECK(d.fields[0].key == "study.sessions");
    CHECK(d.fields[0].reused);
    CHECK(d.fields[0].label == "全年组织集体学习");
    CHECK(d.fields[0].value.empty());
    CHECK(d.fields[0].context == "全年组织集体学习【待填：全年组织集体学习】次");
    CHECK(d.fields[1].key == "study.seminars");
    CHECK_FALSE(d.fields[1].reused);
    CHECK(d.fields[1].label == "专题研讨次数");
    CHECK(d.fields[1].unit == "次");
    CHECK(d.fields[1].value == "6");
    CHECK(d.fields[1].context == "开展专题研讨【6】次");
    CHECK(d.fields[2].label == "撰写心得体会");
    for (const std::string& p : d.paragraphs) {
        CHECK(p.find("待填") == std::string::npos);
        CHECK(p.find(mark) == std::string::npos);
    }

    saved_library saved = add_section(d, library_xml, "mine.xml");
    INFO(saved.xml);
    INFO(errors_of(saved));
    REQUIRE(saved.ok());
    CHECK(saved.xml.find("<p>全年组织集体学习{{study.sessions}}次，开展专题研讨{{study.seminars}}次，") !=
          std::string::npos);
    const field* declared = saved.lib->find_field("study.seminars");
    REQUIRE(declared);
    CHECK(declared->label == "专题研讨次数");
    CHECK(saved.lib->fields.size() == 3); // study.sessions once, study.seminars, the essays
}

TEST_CASE("a selection that starts at a field: the title skips it, the options stay on the placeholder") {
    field money;
    money.key = "budget.total";
    money.type = field_type::amount;
    money.unit = "万元";
    money.label = "全年经费";
    placeholder_options about{.approx = "约", .scale = "万", .decimals = 1};
    std::vector<selected_paragraph> picked = {
        {mark + "万元用于培训，全年组织集体学习" + mark + "次。",
         {placeholder("budget.total", "约1.2", money, about),
          placeholder("study.sessions", "【待填：全年组织集体学习】")}},
    };
    section_draft d = propose_section(picked, nullptr);
    CHECK(d.title == "全年组织集体学习");
    CHECK(d.title.find("【") == std::string::npos);
    REQUIRE(d.fields.size() == 2);
    CHECK(d.fields[0].key == "budget.total");
    CHECK(d.fields[0].approx == "约");
    CHECK(d.fields[0].type == "amount");
    CHECK(d.fields[1].key == "study.sessions");
    CHECK(d.fields[1].label == "全年组织集体学习"); // from its marker: no library declares it
    CHECK(d.fields[1].type == "integer");

    saved_library fresh = new_library_with(d, "my-lib", "我的库", "my-lib.xml");
    INFO(fresh.xml);
    INFO(errors_of(fresh));
    REQUIRE(fresh.ok());
    CHECK(fresh.xml.find("<p>{{budget.total|approx=约|scale=万|decimals=1}}万元用于培训，全年组织集体学习"
                         "{{study.sessions}}次。</p>") != std::string::npos);
    const field* sessions = fresh.lib->find_field("study.sessions");
    REQUIRE(sessions);
    CHECK(sessions->label == "全年组织集体学习");
}
