// Data sheets: CSV decoding and parsing, the header row, keys, duplicates and cell names.
#include "core/data/csv.hpp"
#include "core/data/table.hpp"
#include "core/data/values.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

std::vector<std::string> printed(const diagnostics& d) {
    std::vector<std::string> out;
    for (const diagnostic& x : d)
        out.push_back(format_diagnostic(x));
    return out;
}

} // namespace

TEST_CASE("cells are named as spreadsheets name them") {
    CHECK(cell_name("数据", 6, 1) == "数据!B7");
    CHECK(cell_name("", 0, 0) == "A1");
    CHECK(cell_name("s", 9, 25) == "s!Z10");
    CHECK(cell_name("s", 0, 26) == "s!AA1");
    CHECK(cell_name("s", 0, 701) == "s!ZZ1");
}

TEST_CASE("CSV text is decoded from UTF-8 with or without BOM, UTF-16 and GB18030") {
    CHECK(decode_text("键,值\n")->encoding == "UTF-8");
    CHECK(decode_text("\xEF\xBB\xBF键,值\n")->utf8 == "键,值\n");
    CHECK(decode_text("\xEF\xBB\xBF键,值\n")->encoding == "UTF-8 (BOM)");
    // 键,值 in GB18030 (as Chinese Excel saves "CSV (逗号分隔)")
    auto gb = decode_text("\xBC\xFC,\xD6\xB5\n");
    REQUIRE(gb);
    CHECK(gb->encoding == "GB18030");
    CHECK(gb->utf8 == "键,值\n");
    auto utf16 = decode_text(std::string_view("\xFF\xFE\x2E\x95\x2C\x00\x3C\x50", 8));
    REQUIRE(utf16);
    CHECK(utf16->utf8 == "键,值");
}

TEST_CASE("CSV parsing follows RFC 4180 and finds the separator") {
    csv_result r =
        parse_csv("key,value,note\r\na,\"1,234\",\"say \"\"hi\"\"\"\nb,2,\"two\nlines\"\n", "d.csv");
    REQUIRE(r.problems.empty());
    REQUIRE(r.grid.rows.size() == 3);
    CHECK(r.grid.rows[1][1].text == "1,234");
    CHECK(r.grid.rows[1][2].text == "say \"hi\"");
    CHECK(r.grid.rows[2][2].text == "two\nlines");
    CHECK(parse_csv("key;value\na;1\n", "d.csv").grid.rows[1][1].text == "1");
    CHECK(parse_csv("key\tvalue\na\t1\n", "d.csv").grid.rows[1][1].text == "1");
    CHECK(printed(parse_csv("key,value\na,\"1\n", "d.csv").problems) ==
          std::vector<std::string>{"d.csv:2:2: error: this quoted value is never closed [unclosed-quote]"});
}

TEST_CASE("the table starts below a header row with key and value columns") {
    sheet_grid g = parse_csv("工作情况统计表,,,\n"
                             "名称,键,数值,单位\n"
                             "学习次数,study.sessions,18,次\n"
                             ",,,\n"
                             "# 备注行,,,\n"
                             "资金,funds,1800,万元\n",
                             "d.csv")
                       .grid;
    g.sheet = "数据";
    table_result r = read_table(g);
    REQUIRE(r.problems.empty());
    REQUIRE(r.table.entries().size() == 2);
    const data_entry* e = r.table.find("study.sessions");
    REQUIRE(e);
    CHECK(e->value.text == "18");
    CHECK(e->label == "学习次数");
    CHECK(e->unit == "次");
    CHECK(e->cell == "数据!C3");
    CHECK(r.table.find("funds")->cell == "数据!C6");

    sheet_grid english = parse_csv("Key,Value\nx,1\n", "d.csv").grid;
    CHECK(read_table(english).table.find("x")->cell == "B2");
}

// Writer drops a control character from what it shows: the report would differ from the sheet
// without a word, so the value is refused with its cell.
TEST_CASE("a value with a control character is refused with its cell") {
    table_result r = read_table(parse_csv("key,value\norg.name,市委\x01办公室\nn,3\n", "d.csv").grid);
    CHECK(
        printed(r.problems) ==
        std::vector<std::string>{"d.csv:B2: error: control character U+0001 in the value: Writer cannot show "
                                 "it, remove it [bad-character]"});
    CHECK(r.table.find("org.name") == nullptr);
    CHECK(r.table.find("n")->value.text == "3");
    add_named_cells(r,
                    {data_entry{"org_title", {cell_kind::text, 0, "主任\v", false}, "", "", "$Sheet1.$D$6"}});
    CHECK(printed(r.problems).back() == "d.csv:$Sheet1.$D$6: error: control character U+000B in the value: "
                                        "Writer cannot show it, remove it [bad-character]");
}

TEST_CASE("bad keys, duplicates and a missing header are reported with their cells") {
    sheet_grid g = parse_csv("key,value\na,1\nBad Key,2\na,3\n", "d.csv").grid;
    g.sheet = "数据";
    CHECK(printed(read_table(g).problems) ==
          std::vector<std::string>{
              "d.csv:数据!A3: error: 'Bad Key' is not a field key (keys look like study.sessions: lower-case "
              "letters, digits, _ and -, joined by dots) [bad-key]",
              "d.csv:数据!A4: error: key 'a' appears twice; its first value is at 数据!B2 [duplicate-key]"});
    sheet_grid no_header = parse_csv("a,1\nb,2\n", "d.csv").grid;
    no_header.sheet = "Sheet1";
    CHECK(printed(read_table(no_header).problems) ==
          std::vector<std::string>{"d.csv:Sheet1: error: no header row with a key column and a value column "
                                   "(key/键/字段 and value/值/数值) in the first 20 rows [no-header]"});

    table_result named = read_table(parse_csv("key,value\na,1\n", "d.csv").grid);
    add_named_cells(named, {data_entry{"b", {cell_kind::number, 2, "2", false}, "", "", "$Sheet1.$D$4"},
                            data_entry{"a", {cell_kind::number, 3, "3", false}, "", "", "$Sheet1.$D$5"}});
    CHECK(named.table.find("b")->value.number == 2);
    add_named_cells(named,
                    {data_entry{"org_name", {cell_kind::text, 0, "某单位", false}, "", "", "$Sheet1.$D$6"}});
    CHECK(named.table.find("org.name")->value.text == "某单位"); // Calc names cannot hold dots
    CHECK(
        printed(named.problems) ==
        std::vector<std::string>{"d.csv:$Sheet1.$D$5: error: the named cell 'a' repeats a key whose value is "
                                 "at B2 [duplicate-key]"});
}

TEST_CASE("a CSV value split by an unquoted comma is an error naming its cell") {
    table_result r = read_table(parse_csv("key,value\na,12,345\nb,7\n", "d.csv").grid);
    CHECK(printed(r.problems) ==
          std::vector<std::string>{
              "d.csv:C2: error: '345' stands in a column without a header: a separator inside an unquoted "
              "value splits it (12,345); quote the value (\"12,345\") or write it without the separator "
              "[value-without-header]"});
    CHECK(r.table.find("a") == nullptr);
    // A title row above the header and a note column under its header are no such problem.
    CHECK(read_table(parse_csv("统计表\nkey,value,note\na,\"12,345\",ok\nb,1,,\n", "d.csv").grid)
              .problems.empty());
}

namespace {

// What a decimal field shows for the value of `a` in a CSV text, or the problems reading it.
std::string csv_value(const std::string& csv) {
    csv_result parsed = parse_csv(csv, "d.csv");
    if (!parsed.problems.empty()) return printed(parsed.problems).front();
    table_result t = read_table(parsed.grid);
    if (!t.problems.empty()) return printed(t.problems).front();
    field f;
    f.key = "a";
    f.type = field_type::decimal;
    field_value v = read_cell(f, *t.table.find("a"));
    if (v.status != value_status::filled) return v.cell + ": " + v.message.text("en-US");
    return format_value(v.number, false, f, {});
}

} // namespace

TEST_CASE("with ; or tab between values the decimal mark is found from the file, or the file is refused") {
    CHECK(csv_value("key;value\na;12,5\n") == "12.5");
    CHECK(csv_value("key\tvalue\na\t12,5\n") == "12.5");
    CHECK(csv_value("key;value\nb;12,5\na;1.234,5\n") == "1234.5");
    CHECK(csv_value("key;value\nb;0,5\na;1.234\n") == "1234"); // the point groups thousands here
    CHECK(csv_value("key;value\na;1,234\nb;3.5\n") == "1234"); // the point is the decimal mark here
    CHECK(csv_value("key;value\na;1,234\n") ==
          "d.csv:B2: error: cannot tell whether the comma in '1,234' is a decimal mark or a thousands "
          "separator; write it without the comma, or with its decimals (1234,0 or 1234.0) "
          "[unclear-decimal-mark]");
    CHECK(csv_value("key;value\nb;12,5\na;1,234.5\n") ==
          "d.csv:B3: error: '1,234.5' and '12,5' at B2 use different decimal marks; write every number with "
          "the same one [mixed-decimal-marks]");
    CHECK(csv_value("key;value\nb;12,5\na;\"1,2,3\"\n") ==
          "d.csv:B3: error: '1,2,3' is not a number written with a decimal comma (1.234,5) [bad-number]");
    CHECK(csv_value("key;value\na;\"1,2,3\"\n") ==
          "B2: the commas in '1,2,3' are not thousands separators (as in 1,234,567), so it is not read as a "
          "number");

    csv_result percent = parse_csv("key;value\na;12,5%\n", "d.csv");
    REQUIRE(percent.problems.empty());
    CHECK(percent.grid.rows[1][1].kind == cell_kind::number);
    CHECK(percent.grid.rows[1][1].number == Approx(0.125));
    CHECK(percent.grid.rows[1][1].percent);
    CHECK(percent.grid.rows[1][1].text == "12,5%"); // shown as the sheet wrote it
}

TEST_CASE("a sheet's problems read in the UI's language where people see them, in English elsewhere") {
    sheet_grid g = parse_csv("key,value\na,1\na,3\n", "d.csv").grid;
    g.sheet = "数据";
    diagnostics problems = read_table(g).problems;
    REQUIRE(problems.size() == 1);
    CHECK(format_diagnostic(problems[0], "zh-CN") == "d.csv:数据!A3：键“a”出现了两次；第一次的值在 数据!B2");
    CHECK(format_diagnostic(problems[0], "en-US") ==
          "d.csv:数据!A3: key 'a' appears twice; its first value is at "
          "数据!B2");
    CHECK(format_diagnostic(problems[0]) ==
          "d.csv:数据!A3: error: key 'a' appears twice; its first value is at 数据!B2 [duplicate-key]");
    diagnostics unclosed = parse_csv("key,value\na,\"1\n", "d.csv").problems;
    REQUIRE(unclosed.size() == 1);
    CHECK(format_diagnostic(unclosed[0], "zh-CN") == "d.csv:2:2：这个带引号的值缺少结尾的引号");
    // No phrase: the message itself. The file by its name, where the command line prints its path.
    diagnostic plain{severity::error, {.file = "/srv/team/x.xml", .line = 3, .column = 4}, "c", "said once"};
    CHECK(format_diagnostic(plain, "zh-CN") == "x.xml:3:4：said once");
    CHECK(format_diagnostic(plain) == "/srv/team/x.xml:3:4: error: said once [c]");
}
