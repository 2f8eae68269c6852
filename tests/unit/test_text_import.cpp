// Importing an existing report's text: headings become sections and an outline, numbers fields;
// the library lints clean and, filled with the found values, gives the report back.
#include "core/data/csv.hpp"
#include "core/data/values.hpp"
#include "core/library/loader.hpp"
#include "core/library/text_import.hpp"
#include "core/render/plan.hpp"
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace reportkit;

namespace {

// Written for this test; the levels, items, numbers and markers a report of the genre has.
const char* report = "市统计局办公室2025年度工作情况报告\n"
                     "  2025年，办公室围绕中心、服务大局，各项工作稳步推进。现将有关情况报告如下。\n"
                     "\n"
                     "一、主要工作情况\n"
                     "（一）强化理论武装。全年组织集体学习24次，开展专题研讨8次。"
                     "一是完善学习制度；二是丰富学习形式，撰写心得体会136篇。\n"
                     "（二）提升办文质量。全年处理各类公文3297件，办结率达到98.6%。\n"
                     "1.规范流程。修订制度5项，培训人员近200人次，发放手册500余册。\n"
                     "2.压缩经费。公用经费支出1850.5万元，同比下降3.2%。\n"
                     "二、存在的问题\n"
                     "信息报送采用X条，与第3名相比仍有差距。\r\n"
                     "三、下一步工作打算\n"
                     "力争完成【待填：重点任务数】项重点任务。\n";

library_ptr load(const import_result& r) {
    load_result loaded = load_library_text(r.xml, "imported.xml");
    INFO(r.xml);
    INFO((loaded.diags.empty() ? "" : format_diagnostic(loaded.diags[0])));
    REQUIRE(loaded.ok());
    CHECK(loaded.diags.empty()); // not even a warning
    return loaded.lib;
}

// The imported outline as text, filled with the values the import found.
std::string filled(const import_result& r, const library& lib) {
    std::optional<decoded_text> csv = decode_text(imported_values_csv(r.values));
    REQUIRE(csv);
    csv_result grid = parse_csv(csv->utf8, "values.csv");
    REQUIRE(grid.problems.empty());
    table_result table = read_table(grid.grid);
    REQUIRE(table.problems.empty());
    value_resolver values([&](const std::string& k) { return lib.find_field(k); }, &table.table);
    const outline* o = lib.find_outline("report");
    REQUIRE(o);
    return render_text(plan_outline(lib, *o), [&](const std::string& key, const placeholder_options& p) {
        return values.text(key, p, placeholder_marker(lib, key));
    });
}

} // namespace

TEST_CASE("a full-width percent sign is kept, and full-width unit letters are units") {
    import_result r =
        import_report_text("一、工作\n存储容量扩至12Ｔ，备份1.5ＧＢ，满意率96％，及格率80%。\n");
    library_ptr lib = load(r);
    REQUIRE(r.values.size() == 4);
    CHECK(r.values[0].unit == "Ｔ");
    CHECK(r.values[0].value == "12");
    CHECK(r.values[1].unit == "ＧＢ");
    CHECK(r.values[1].value == "1.5");
    const field* sat = lib->find_field(r.values[2].key);
    const field* pass = lib->find_field(r.values[3].key);
    REQUIRE(sat);
    REQUIRE(pass);
    CHECK(sat->percent_sign == "％");
    CHECK(pass->percent_sign == "%");
    CHECK(filled(r, *lib) == "一、工作\n存储容量扩至12Ｔ，备份1.5ＧＢ，满意率96％，及格率80%。\n");
}

TEST_CASE("labels are whole phrases, unique, and readable where the clause is a fragment") {
    import_result r =
        import_report_text("一、工作\n全年组织集体学习24次，对18个单位开展巡察，编发《工作简报》45期。"
                           "全年组织集体学习12次。\n");
    load(r);
    REQUIRE(r.values.size() == 4);
    CHECK(r.values[0].label == "全年组织集体学习");
    CHECK(r.values[1].label == "对X个单位开展巡察");
    CHECK(r.values[2].label == "编发《工作简报》");
    CHECK(r.values[3].label == "全年组织集体学习（工作）");
    CHECK(r.values[1].context == "对【18】个单位开展巡察");
    CHECK(imported_review(r.values, "old.txt") ==
          "# Fields made by reportkit import from old.txt: confirm each label and unit, then delete this "
          "file.\n"
          "# key\tlabel\tunit\tvalue\tcontext\n"
          "s1.n1\t全年组织集体学习\t次\t24\t全年组织集体学习【24】次\n"
          "s1.n2\t对X个单位开展巡察\t个\t18\t对【18】个单位开展巡察\n"
          "s1.n3\t编发《工作简报》\t期\t45\t编发《工作简报》【45】期\n"
          "s1.n4\t全年组织集体学习（工作）\t次\t12\t全年组织集体学习【12】次\n");
}

TEST_CASE("units stay as written, and 余 or 多 after a number or an X (even after a space) is approx") {
    import_result r = import_report_text("一、工作\n开展培训12场次，整理档案300卷（盒），撰写信息X 余篇，"
                                         "参训1000多人。\n");
    library_ptr lib = load(r);
    REQUIRE(r.values.size() == 4);
    CHECK(r.values[0].unit == "场次");
    CHECK(r.values[1].unit == "卷（盒）");
    CHECK(r.values[2].unit == "篇");
    CHECK(r.xml.find("撰写信息{{s1.n3|approx=余}}篇") != std::string::npos);
    CHECK(r.xml.find("参训{{s1.n4|approx=多}}人") != std::string::npos);
    CHECK(filled(r, *lib) ==
          "一、工作\n开展培训12场次，整理档案300卷（盒），撰写信息【待填：撰写信息】篇，参训1000多人。\n");
}

TEST_CASE("an X in the title is a value to fill, and markup is dropped with a warning") {
    import_result r = import_report_text(
        "XX县档案馆2025年度工作总结\n##paidbegin##一、工作\n全年接收档案1260卷。##paidend##\n");
    library_ptr lib = load(r);
    CHECK(r.warnings == std::vector<std::string>{"dropped 1 × ##paidbegin##: markup, not report text",
                                                 "dropped 1 × ##paidend##: markup, not report text"});
    CHECK(r.xml.find("##") == std::string::npos);
    CHECK(lib->find_outline("report")->items.at(0).content.at(0).kind == run_kind::field);
    CHECK(filled(r, *lib) ==
          "【待填：X县档案馆2025年度工作总结】县档案馆2025年度工作总结\n一、工作\n全年接收档案1260卷。\n");
}

TEST_CASE("the closing paragraph becomes the closing, not part of the last section") {
    import_result r =
        import_report_text("一、主要工作\n全年接收档案1260卷。\n二、下一步打算\n继续做好接收工作。\n"
                           "新的一年，我们将继续努力，推动各项工作再上新台阶。\n");
    library_ptr lib = load(r);
    const section* closing = lib->find_section("closing");
    REQUIRE(closing);
    CHECK(closing->level == 0);
    CHECK(lib->find_section("s2")->paragraphs.size() == 1);
    CHECK(filled(r, *lib) == "一、主要工作\n全年接收档案1260卷。\n二、下一步打算\n继续做好接收工作。\n"
                             "新的一年，我们将继续努力，推动各项工作再上新台阶。\n");
}

TEST_CASE("三是 at the start of a page-width line stays an item of its paragraph") {
    // A paragraph broken every 20 characters, a sentence ending exactly at a line's end.
    std::string items = "主要做法：一是完善制度建设。二是加强队伍教育。";
    while (character_count(items) % 20 != 0)
        items = "好" + items;
    std::string text = "一、工作\n";
    std::string filler;
    for (int i = 0; i < 6; ++i)
        filler += "各项工作扎实推进取得明显成效并形成了经验。";
    auto wrap = [&](const std::string& p) {
        for (size_t at = 0; at < p.size();) {
            size_t end = at;
            for (int n = 0; n < 20 && end < p.size(); ++n)
                end += sequence_length(p[end]);
            text += p.substr(at, end - at) + "\n";
            at = end;
        }
    };
    wrap(items + "三是强化督促检查落实。");
    wrap(filler);
    import_result r = import_report_text(text);
    REQUIRE(r.unwrapped);
    library_ptr lib = load(r);
    const runs& first = lib->sections.at(0).paragraphs.at(0).content;
    CHECK(std::count_if(first.begin(), first.end(), [](const run& x) { return x.kind == run_kind::item; }) ==
          3);
}

TEST_CASE("numbered headings become sections, run-in where the title opens the text") {
    import_result r = import_report_text(report);
    library_ptr lib = load(r);
    CHECK(lib->title == "市统计局办公室2025年度工作情况报告");
    CHECK(r.sections == 7);
    CHECK(r.headings == 1); // 一、主要工作情况 has no text of its own

    const section* opening = lib->find_section("opening");
    REQUIRE(opening);
    CHECK(opening->level == 0);
    const section* study = lib->find_section("s1-1");
    REQUIRE(study);
    CHECK(study->title == "强化理论武装");
    CHECK(study->level == 2);
    CHECK(study->run_in);
    CHECK(study->category == "主要工作情况");
    const section* rules = lib->find_section("s1-2-1");
    REQUIRE(rules);
    CHECK(rules->level == 3);
    CHECK(rules->run_in);
    const section* problems = lib->find_section("s2");
    REQUIRE(problems);
    CHECK(problems->level == 1);
    CHECK_FALSE(problems->run_in);
    CHECK(problems->category == "存在的问题");

    // 一是……二是…… became two items of the paragraph.
    const runs& content = study->paragraphs.at(0).content;
    CHECK(std::count_if(content.begin(), content.end(),
                        [](const run& x) { return x.kind == run_kind::item; }) == 2);
}

TEST_CASE("counts, rates and amounts become typed fields; dates, ordinals and years stay text") {
    import_result r = import_report_text(report);
    library_ptr lib = load(r);
    auto value_of = [&](const std::string& label) {
        for (const imported_value& v : r.values)
            if (v.label == label) return v;
        FAIL("no value labelled " << label);
        return imported_value{};
    };
    CHECK(value_of("全年组织集体学习").value == "24");
    CHECK(value_of("全年组织集体学习").unit == "次");
    const field* sessions = lib->find_field(value_of("全年组织集体学习").key);
    REQUIRE(sessions);
    CHECK(sessions->type == field_type::integer);

    const field* rate = lib->find_field(value_of("办结率达到").key);
    REQUIRE(rate);
    CHECK(rate->type == field_type::percent);
    CHECK(rate->decimals == 1);
    CHECK(value_of("办结率达到").value == "98.6%");

    const field* money = lib->find_field(value_of("公用经费支出").key);
    REQUIRE(money);
    CHECK(money->type == field_type::amount);
    CHECK(money->unit == "万元");
    CHECK(value_of("公用经费支出").value == "1850.5");

    CHECK(value_of("培训人员").value == "200"); // 近 went into the placeholder
    CHECK(value_of("发放手册").value == "500"); // and so did 余
    CHECK(value_of("信息报送采用").value.empty());
    CHECK(value_of("重点任务数").value.empty());

    // 2025年 and 第3名 are not counts.
    for (const imported_value& v : r.values) {
        CHECK(v.value != "2025");
        CHECK(v.value != "3");
    }
    CHECK(r.values.size() == 12);
}

TEST_CASE("the imported library filled with the found values gives the report back") {
    import_result r = import_report_text(report);
    library_ptr lib = load(r);
    std::optional<decoded_text> csv = decode_text(imported_values_csv(r.values));
    REQUIRE(csv);
    csv_result grid = parse_csv(csv->utf8, "values.csv");
    REQUIRE(grid.problems.empty());
    table_result table = read_table(grid.grid);
    INFO((table.problems.empty() ? "" : format_diagnostic(table.problems[0])));
    REQUIRE(table.problems.empty());

    value_resolver values([&](const std::string& k) { return lib->find_field(k); }, &table.table);
    const outline* o = lib->find_outline("report");
    REQUIRE(o);
    std::string text =
        render_text(plan_outline(*lib, *o), [&](const std::string& key, const placeholder_options& p) {
            return values.text(key, p, placeholder_marker(*lib, key));
        });
    // The report as a reader sees it, blank lines and stray spaces aside; only the "X" is now a
    // marker saying what is missing.
    std::string expected;
    std::istringstream lines(report);
    for (std::string line; std::getline(lines, line);) {
        line.erase(0, line.find_first_not_of(" "));
        line.erase(line.find_last_not_of(" \r") + 1);
        if (!line.empty()) expected += line + "\n";
    }
    expected.replace(expected.find("X条"), 1, "【待填：信息报送采用】");
    CHECK(text == expected);
}

TEST_CASE("text without headings is one passage; XML characters are escaped") {
    import_result r = import_report_text("本年度共收到意见建议<15>条 & 回复12条，回复率80%。\n");
    library_ptr lib = load(r);
    CHECK(r.sections == 1);
    REQUIRE(lib->find_section("opening"));
    CHECK(lib->sections.size() == 1);
    CHECK(r.values.size() == 2); // <15> is no count: nothing follows it
}

TEST_CASE("a thousands comma is read, an X word is not a placeholder") {
    import_result r = import_report_text("一、工作\n接待群众1,200人次，使用XML格式和Windows XP系统。\n");
    load(r);
    REQUIRE(r.values.size() == 1);
    CHECK(r.values[0].value == "1200");
    CHECK(r.values[0].unit == "人次");
}

TEST_CASE("lines broken at a page width are joined again; page numbers go") {
    // As text copied from a PDF arrives: every line 16 characters, whatever the sentence.
    // The title and headings are in bigger or bolder type, so their lines break earlier.
    const char* wrapped = "县档案馆2025年度档案工作情况\n"
                          "报告\n"
                          "2025年，县档案馆认真履行档案\n"
                          "收集、保管和利用职责，围绕全县中\n"
                          "心工作主动作为，各项工作取得新进\n"
                          "展。\n"
                          "— 1 —\n"
                          "一、主要工作情况\n"
                          "（一）加强档案收集。全年接收进馆\n"
                          "档案1260卷，征集散存档案85\n"
                          "件，完成重点项目建档12个，馆藏\n"
                          "结构进一步优化。\n"
                          "（二）提升利用服务，方便群众\n"
                          "查档。全年接待查档群众近900人次，\n"
                          "出具档案证明材料430份，满意率达99.\n"
                          "2%。\n"
                          "二、下一步工作打算\n"
                          "继续推进档案数字化，力争全年完成\n"
                          "扫描X万页，提升服务水平。\n";
    import_result r = import_report_text(wrapped);
    library_ptr lib = load(r);
    CHECK(r.unwrapped);
    CHECK(lib->title == "县档案馆2025年度档案工作情况报告");
    const section* opening = lib->find_section("opening");
    REQUIRE(opening);
    CHECK(opening->paragraphs.size() == 1);
    const section* collect = lib->find_section("s1-1");
    REQUIRE(collect);
    CHECK(collect->run_in);
    CHECK(collect->paragraphs.size() == 1);
    const section* serve = lib->find_section("s1-2");
    REQUIRE(serve);
    CHECK(serve->title == "提升利用服务，方便群众查档");
    CHECK(serve->run_in);
    std::vector<std::string> found;
    for (const imported_value& v : r.values)
        found.push_back(v.value);
    CHECK(found == std::vector<std::string>{"1260", "85", "12", "900", "430", "99.2%", ""});
    CHECK(r.values.back().unit == "万");

    // One paragraph a line stays as it is, even when many headings have the same length.
    CHECK_FALSE(import_report_text(report).unwrapped);
    std::string headed;
    for (int i = 0; i < 10; ++i)
        headed += "（一）加强组织建设，夯实基层基础\n全年召开会议" + std::to_string(i + 2) +
                  "次，研究部署各项工作，推动任务落实落地见效，确保各项工作取得实效。\n";
    import_result many = import_report_text(headed);
    CHECK_FALSE(many.unwrapped);
    CHECK(many.sections == 10);
}

TEST_CASE("an X standing for a name becomes a text field") {
    import_result r = import_report_text("一、工作\n结合X区实际，开展调研X次。\n");
    library_ptr lib = load(r);
    REQUIRE(r.values.size() == 2);
    CHECK(lib->find_field(r.values[0].key)->type == field_type::text);
    CHECK(lib->find_field(r.values[1].key)->type == field_type::integer);
}

TEST_CASE("a table of contents at the top is left out") {
    import_result r = import_report_text("一、主要工作情况\n（一）加强学习\n二、下一步打算\n"
                                         "县档案馆2025年度工作总结\n"
                                         "一、主要工作情况\n（一）加强学习，提高本领\n全年组织学习12次。\n"
                                         "二、下一步打算\n继续抓好学习。\n");
    library_ptr lib = load(r);
    CHECK(r.contents == 3);
    CHECK(lib->title == "县档案馆2025年度工作总结");
    CHECK(r.headings == 1);
    CHECK(r.sections == 2);

    // Headings that do not come again are the report itself, not its contents.
    CHECK(import_report_text("一、总体情况\n二、主要做法\n全年组织学习12次。\n").contents == 0);
}

TEST_CASE("headings that repeat become sections with notes saying where each is from") {
    import_result r = import_report_text("一、党组工作\n"
                                         "（一）存在的问题。制度执行还不够严格。\n"
                                         "（二）存在的问题。督促检查还不够经常。\n"
                                         "二、个人情况\n"
                                         "（一）存在的问题。调查研究还不够深入。\n");
    library_ptr lib = load(r); // no variant-note warning
    CHECK(lib->find_section("s1-1")->note == "见“党组工作”第1处");
    CHECK(lib->find_section("s1-2")->note == "见“党组工作”第2处");
    CHECK(lib->find_section("s2-1")->note == "见“个人情况”");
}

TEST_CASE("a heading that does not repeat gets no note") {
    import_result r = import_report_text(report);
    library_ptr lib = load(r); // held: a range-for over load(r)->sections reads freed memory
    for (const section& s : lib->sections)
        CHECK(s.note.empty());
}

// What import writes lints clean: for odd input it escapes or keeps the text as text, and for
// text no library can hold it says where and makes nothing.
TEST_CASE("import makes a lint-clean library from odd text, or nothing with the place named") {
    const char nul_text[] = "一、概况\n全年办文12件。\0其余\n";
    const std::string with_nul(nul_text, sizeof nul_text - 1);
    struct odd {
        const char* what;
        std::string text;
        bool refused;
        int line = 0, column = 0;
    };
    const odd cases[] = {
        {"a NUL byte", with_nul, true, 2, 9},
        {"a bell character", "一、概况\n全年办文\a12件。\n", true, 2, 5},
        {"a DEL character", "一、概况\n全年\x7f办文12件。\n", true, 2, 3},
        {"a C1 control", "一、概况\n全年\u0085办文。\n", true, 2, 3},
        {"a noncharacter", "一、概况\n全年\uFFFF办文。\n", true, 2, 3},
        {"a byte that is not UTF-8", "一、概况\n全年\xff办文。\n", true, 2, 3},
        {"a literal {{", "一、概况\n模板写作{{名称}}即可。\n", true, 2, 5},
        {"a vertical tab (Word's line break)", "一、概况\n全年办文\v12件。\n", false},
        {"a form feed (a page break)", "一、概况\n全年办文12件。\f二、问题\n仍有差距。\n", false},
        {"a tab", "一、概况\n全年\t办文12件。\n", false},
        {"{X} in the text", "一、概况\n编号写作{X}，共{12}件。\n", false},
        {"{【待填】} in the text", "一、概况\n共{【待填：件数】}件。\n", false},
        {"}} in the text", "一、概况\n共12件}}。\n", false},
        {"a heading number alone on its line", "一、概况\n全年办文12件。\n二、\n存在的问题\n仍有差距。\n",
         false},
        {"a heading number alone at the end", "一、概况\n全年办文12件。\n二、\n", false},
        {"two heading numbers alone", "一、\n二、\n全年办文12件。\n", false},
        {"a run-in heading with no title", "一、概况\n（一）。全年办文12件。\n", false},
        {"markup characters", "一、<概况> & \"引号\"\n全年办文12件，A<B & C>D。\n", false},
        {"an item marker with nothing after it", "一、概况\n（一）学习。一是制定方案；二是\n", false},
        {"only blanks", " \n\u3000\n\t\n", false},
        {"nothing", "", false},
    };
    for (const odd& c : cases) {
        INFO(c.what);
        import_result r =
            import_report_text(c.text, {.library_id = "imported", .title = "", .source = "old.txt"});
        if (c.refused) {
            REQUIRE(r.problems.size() == 1);
            CHECK(r.problems[0].where.file == "old.txt");
            CHECK(r.problems[0].where.line == c.line);
            CHECK(r.problems[0].where.column == c.column);
            CHECK(r.xml.empty());
            continue;
        }
        CHECK(r.problems.empty());
        load_result loaded = load_library_text(r.xml, "imported.xml");
        INFO(r.xml);
        INFO((loaded.diags.empty() ? "" : format_diagnostic(loaded.diags[0])));
        CHECK(loaded.ok());
    }
}

TEST_CASE("import keeps the text around an odd character: a heading number alone takes the next line") {
    import_result r = import_report_text("一、概况\n全年办文12件。\n二、\n存在的问题\n仍有差距。\n");
    library_ptr lib = load(r);
    REQUIRE(lib->sections.size() == 2);
    CHECK(lib->sections[1].title == "存在的问题");
    import_result braces = import_report_text("一、概况\n编号写作{X}。\n");
    CHECK(braces.xml.find("编号写作{X}。") != std::string::npos); // kept as typed, not a placeholder
}
