// Import This Document as a Library: a Writer document's paragraphs read as the text import reads
// a report, the sections and fields proposed for review, and the library written as reviewed.
#include "core/library/library_draft.hpp"
#include "core/library/loader.hpp"
#include "core/library/text_import.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

// Written for this test: a title line, headings of two levels, numbers with units and approximations.
const std::vector<document_paragraph> document = {
    {"区档案馆2025年工作总结", 0}, {"一、主要工作", 1},
    {"（一）档案接收", 2},         {"全年接收档案1260卷，整理照片300余张。", 0},
    {"（二）利用服务", 2},         {"接待查档群众850人次，满意率98.5%。", 0},
    {"二、下一步打算", 1},         {"计划数字化档案2000卷。", 0},
};

library_draft proposed() {
    library_draft d = propose_library(import_text(document), "archive.annual");
    REQUIRE(d.problems.empty());
    return d;
}

library_ptr written(const library_draft& d) {
    saved_library saved = reviewed_library(d, "archive.xml");
    INFO(saved.xml);
    INFO((saved.problems.empty() ? "" : format_diagnostic(saved.problems[0])));
    REQUIRE(saved.ok());
    return saved.lib;
}

draft_field& labelled(library_draft& d, const std::string& label) {
    for (draft_field& f : d.fields)
        if (f.label == label) return f;
    FAIL("no field labelled " << label);
    throw;
}

std::vector<std::string> section_ids(const library& lib) {
    std::vector<std::string> ids;
    for (const section& s : lib.sections)
        ids.push_back(s.id);
    return ids;
}

std::vector<std::string> included(const library& lib) {
    std::vector<std::string> ids;
    for (const outline_item& i : lib.find_outline("report")->items)
        if (i.kind == outline_item_kind::include) ids.push_back(i.section_id);
    return ids;
}

} // namespace

TEST_CASE("a heading of Writer's outline without a number of its own is read as a numbered one") {
    CHECK(
        import_text(
            {{"主要工作", 1}, {"理论学习", 2}, {"正文。", 0}, {"作风建设", 2}, {"下一步", 1}, {"学习", 2}}) ==
        "一、主要工作\n（一）理论学习\n正文。\n（二）作风建设\n二、下一步\n（一）学习\n");
    // a heading that shows its number (typed, or Writer's list label) keeps it
    CHECK(import_text({{"一、主要工作", 1}, {"1.规范流程", 3}}) == "一、主要工作\n1.规范流程\n");
    // past the tenth, as the genre counts: 十一、
    std::vector<document_paragraph> eleven(11, {"工作", 1});
    CHECK(import_text(eleven).ends_with("十、工作\n十一、工作\n"));
}

TEST_CASE("the import proposes the document's sections and numbers for review") {
    library_draft d = proposed();
    CHECK(d.id == "archive.annual");
    CHECK(d.title == "区档案馆2025年工作总结");
    CHECK(d.version == "0.1.0");
    REQUIRE(d.sections.size() == 3);
    CHECK(d.sections[0].id == "s1-1");
    CHECK(d.sections[0].title == "档案接收");
    CHECK(d.sections[0].level == 2);
    CHECK(d.sections[2].title == "下一步打算");
    CHECK(d.sections[2].level == 1);
    REQUIRE(d.fields.size() == 5);
    CHECK(d.fields[0].label == "全年接收档案");
    CHECK(d.fields[0].unit == "卷");
    CHECK(d.fields[0].value == "1260");
    CHECK(d.fields[1].approx == "余");
    CHECK(d.fields[3].type == "percent");
}

TEST_CASE("an unchanged review writes what reportkit import writes") {
    library_draft d = proposed();
    import_options options;
    options.library_id = "archive.annual";
    saved_library saved = reviewed_library(d, "archive.xml");
    CHECK(saved.ok());
    CHECK(saved.xml == import_report_text(import_text(document), options).xml);
}

TEST_CASE("the review's ids, titles, labels, units, types and approximations are written") {
    library_draft d = proposed();
    d.title = "档案馆工作";
    d.version = "1.0.0";
    d.sections[0].id = "receiving";
    d.sections[0].title = "接收进馆档案";
    draft_field& photos = labelled(d, "整理照片");
    photos.key = "receiving.photos";
    photos.label = "整理照片张数";
    photos.unit = "幅";
    photos.approx = "近";
    labelled(d, "满意率").type = "decimal";

    library_ptr lib = written(d);
    CHECK(lib->title == "档案馆工作");
    CHECK(to_string(lib->ver) == "1.0.0");
    CHECK(section_ids(*lib) == std::vector<std::string>{"receiving", "s1-2", "s2"});
    CHECK(lib->find_section("receiving")->title == "接收进馆档案");
    CHECK(included(*lib) == std::vector<std::string>{"receiving", "s1-2", "s2"});
    const field* f = lib->find_field("receiving.photos");
    REQUIRE(f);
    CHECK(f->label == "整理照片张数");
    CHECK(f->unit == "幅");
    CHECK(lib->find_field("s1-2.n2")->type == field_type::decimal);
    saved_library saved = reviewed_library(d, "archive.xml");
    CHECK(saved.xml.find("{{receiving.photos|approx=近}}") != std::string::npos);
    CHECK(saved.xml.find("s1-1.n2") == std::string::npos);
}

TEST_CASE("a section left out takes its fields with it, and a renamed level-1 title its category") {
    library_draft d = proposed();
    d.sections[1].included = false; // 利用服务: 850人次, 98.5%
    d.sections[2].title = "明年计划";
    library_ptr lib = written(d);
    CHECK(section_ids(*lib) == std::vector<std::string>{"s1-1", "s2"});
    CHECK(included(*lib) == std::vector<std::string>{"s1-1", "s2"});
    CHECK(lib->fields.size() == 3);
    CHECK_FALSE(lib->find_field("s1-2.n1"));
    CHECK(lib->find_section("s2")->category == "明年计划");
    CHECK(lib->find_section("s1-1")->category == "主要工作");
}

TEST_CASE("two fields may swap keys: each placeholder is renamed once") {
    library_draft d = proposed();
    d.fields[0].key = "s1-1.n2";
    d.fields[1].key = "s1-1.n1";
    saved_library saved = reviewed_library(d, "archive.xml");
    REQUIRE(saved.ok());
    CHECK(saved.xml.find("接收档案{{s1-1.n2}}卷") != std::string::npos);
    CHECK(saved.xml.find("整理照片{{s1-1.n1|approx=余}}张") != std::string::npos);
}

TEST_CASE("a review the library cannot hold is refused with its lint errors, nothing to write") {
    library_draft d = proposed();
    d.sections[1].id = "s1-1"; // two sections with one id
    d.fields[2].key = "bad key";
    saved_library saved = reviewed_library(d, "archive.xml");
    CHECK_FALSE(saved.ok());
    CHECK(has_errors(saved.problems));
    CHECK_FALSE(saved.lib);
    std::string all;
    for (const diagnostic& e : saved.problems)
        all += format_diagnostic(e) + "\n";
    CHECK(all.find("s1-1") != std::string::npos);
    CHECK(all.find("bad key") != std::string::npos);
}

TEST_CASE("text no library can hold is a problem of the proposal, and nothing is written") {
    library_draft d = propose_library("一、工作\n全年学习\x01"
                                      "12次。\n",
                                      "x");
    CHECK(has_errors(d.problems));
    saved_library saved = reviewed_library(d, "x.xml");
    CHECK_FALSE(saved.ok());
    CHECK(saved.xml.empty());
}
