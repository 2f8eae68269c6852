// The panels' state as people see it: what may be pressed, what the status and counts lines
// say, how sections and fields are told apart, which library the deck opens on.
#include "core/library/loader.hpp"
#include "core/ui/data_view.hpp"
#include "core/ui/sections_view.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

library_ptr load(const std::string& id, const std::string& title, const std::string& body) {
    load_result r = load_library_text("<library id=\"" + id + "\" version=\"1.0.0\" title=\"" + title +
                                          "\">\n" + body + "\n</library>",
                                      "t.xml");
    INFO((r.diags.empty() ? "" : format_diagnostic(r.diags[0])));
    REQUIRE(r.ok());
    return r.lib;
}

} // namespace

TEST_CASE("Insert Section is enabled only with a section selected in a writable document") {
    sections_facts f{
        .read_only = false, .has_library = true, .pick = tree_pick::section, .has_outline = true};
    CHECK(view_of(f).insert);
    CHECK_FALSE(view_of(f).status.has_value());
    f.pick = tree_pick::nothing;
    CHECK_FALSE(view_of(f).insert);
    CHECK(view_of(f).status == message::select_section);
    f.pick = tree_pick::category;
    CHECK_FALSE(view_of(f).insert);
    CHECK(view_of(f).status == message::pick_section);
    CHECK(view_of(f).insert_outline);
}

TEST_CASE("a read-only document or no library disables both insertions and says why") {
    sections_facts f{.read_only = true, .has_library = true, .pick = tree_pick::section, .has_outline = true};
    CHECK_FALSE(view_of(f).insert);
    CHECK_FALSE(view_of(f).insert_outline);
    CHECK_FALSE(view_of(f).apply_layout);
    CHECK(view_of(f).status == message::read_only);
    f = {.read_only = false, .has_library = false, .pick = tree_pick::nothing, .has_outline = false};
    CHECK_FALSE(view_of(f).insert_outline);
    CHECK(view_of(f).apply_layout); // the layout needs no library
    CHECK(view_of(f).status == message::no_library);
}

TEST_CASE("the status hints read in the UI language") {
    CHECK(std::string(text(message::pick_section, "en-US")).find("section") != std::string::npos);
    CHECK(std::string(text(message::pick_section, "zh-CN")).find("章节") != std::string::npos);
    CHECK(std::string(text(message::insert, "zh-CN")) == "插入章节");
    CHECK(std::string(text(message::library, "zh-CN")) == "章节库");
}

TEST_CASE("sections that share a title show their notes, others their title alone") {
    auto variant = [](const char* id, const char* title, const char* note) {
        section s;
        s.id = id;
        s.title = title;
        s.note = note;
        return s;
    };
    library lib;
    lib.sections = {variant("a", "下一步工作打算", "党建"), variant("b", "下一步工作打算", "业务"),
                    variant("c", "存在的问题", "简要")};
    CHECK(tree_label(lib, lib.sections[0], "zh-CN") == "下一步工作打算（党建）");
    CHECK(tree_label(lib, lib.sections[1], "en-US") == "下一步工作打算 (业务)");
    CHECK(tree_label(lib, lib.sections[2], "zh-CN") == "存在的问题");
}

TEST_CASE("the deck opens on the document's library, else the last used, else the first") {
    std::vector<std::string> ids = {"a", "b", "c"};
    CHECK(library_to_open(ids, "c", "b") == 2);
    CHECK(library_to_open(ids, "", "b") == 1);
    CHECK(library_to_open(ids, "gone", "also-gone") == 0);
    CHECK(library_to_open({}, "a", "") == 0);
}

TEST_CASE("the counts line: no numbers yet, all filled, one problem, several") {
    data_facts f;
    CHECK(view_of(f, "en-US").counts == "No report numbers yet.");
    CHECK(view_of(f, "zh-CN").counts == "文档中还没有报告数字。");
    f.entries = 3;
    CHECK(view_of(f, "en-US").counts == "Every number is filled.");
    f.problems = 1;
    CHECK(view_of(f, "en-US").counts == "1 problem (click one to select it):");
    f.problems = 29;
    CHECK(view_of(f, "en-US").counts == "29 problems (click one to select it):");
    CHECK(view_of(f, "zh-CN").counts == "29 个问题（单击定位）：");
}

TEST_CASE("the Data panel's buttons follow the link and the read-only state") {
    data_facts f{.read_only = false, .linked = false};
    CHECK(view_of(f, "en-US").link);
    CHECK_FALSE(view_of(f, "en-US").refresh);
    f.linked = true;
    CHECK(view_of(f, "en-US").refresh);
    CHECK(view_of(f, "en-US").unlink);
    f.read_only = true;
    CHECK_FALSE(view_of(f, "en-US").link);
    CHECK_FALSE(view_of(f, "en-US").refresh);
    CHECK_FALSE(view_of(f, "en-US").fields);
}

TEST_CASE("fields list the first library's first, each key once, equal labels told apart") {
    auto own = load("own", "本单位库", R"(<fields><field key="a.n" type="integer" label="学习次数"/>
<field key="shared" type="integer" label="共用"/></fields>)");
    auto other = load("other", "其他库", R"(<fields><field key="b.n" type="integer" label="学习次数"/>
<field key="shared" type="integer" label="共用"/><field key="c" type="text" label="单位"/></fields>)");
    auto entries = field_entries({own, other});
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].library_id == "own");
    CHECK(entries[0].line == "学习次数（a.n） · 本单位库");
    CHECK(entries[1].line == "共用（shared）");
    CHECK(entries[2].line == "学习次数（b.n） · 其他库");
    CHECK(entries[3].line == "单位（c）");
    CHECK(field_entries({other, own})[0].library_id == "other");
}
