// Live numbers against real Writer and Calc: placeholders filled from linked data sheets of
// every type, failed reads that change nothing, the audit, undo, save and reload, live sheets.
#include "office_test_env.hxx"

#include "uno/common/properties.hxx"

#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iconv.h>
#include <map>
#include <unistd.h>

using namespace reportkit::test;
using namespace css;
using reportkit::office::properties;
using strings = std::vector<std::string>;
namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string to_gb18030(const std::string& utf8) {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 2, '\0');
    char* in = const_cast<char*>(utf8.data());
    char* o = out.data();
    size_t in_left = utf8.size(), out_left = out.size();
    REQUIRE(iconv(cd, &in, &in_left, &o, &out_left) != static_cast<size_t>(-1));
    iconv_close(cd);
    out.resize(out.size() - out_left);
    return out;
}

struct row {
    std::string key, value, unit;
};

// The tally every sheet type carries: amounts in 元 for fields in 万元, a percentage as text.
std::vector<row> tally() {
    return {{"org.name", "市委办公室", ""},     {"report.year", "2025", ""},
            {"study.sessions", "24", "次"},     {"docs.handled", "320", "件"},
            {"docs.on_time", "312", "件"},      {"satisfaction", "97.4%", ""},
            {"funds.amount", "18005000", "元"}, {"funds.last", "16004444", "元"}};
}

std::string csv(const std::vector<row>& rows) {
    std::string out = "说明,key,value,unit\n"; // the key column need not be the first
    for (const row& r : rows)
        out += "," + r.key + "," + r.value + "," + r.unit + "\n";
    return out;
}

uno::Reference<frame::XComponentLoader> desktop() {
    return {frame::Desktop::create(office_context()), uno::UNO_QUERY_THROW};
}

uno::Reference<sheet::XSpreadsheet> first_sheet(const uno::Reference<lang::XComponent>& doc) {
    uno::Reference<sheet::XSpreadsheetDocument> sheets(doc, uno::UNO_QUERY_THROW);
    uno::Reference<container::XIndexAccess> all(sheets->getSheets(), uno::UNO_QUERY_THROW);
    return {all->getByIndex(0), uno::UNO_QUERY_THROW};
}

// The tally written by Calc in a sheet named 数据 after an unrelated first sheet; the
// percentage is a number formatted as percent, as people type it in Calc.
void write_calc(const fs::path& path, const char* filter, const std::vector<row>& rows) {
    auto doc = desktop()->loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                               properties({{"Hidden", uno::Any(true)}}));
    uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(doc, uno::UNO_QUERY_THROW);
    spreadsheet->getSheets()->insertNewByName(ou("数据"), 1);
    uno::Reference<sheet::XSpreadsheet> sheet(spreadsheet->getSheets()->getByName(ou("数据")),
                                              uno::UNO_QUERY_THROW);
    auto put = [&](sal_Int32 c, sal_Int32 r, const std::string& s) {
        uno::Reference<text::XTextRange>(sheet->getCellByPosition(c, r), uno::UNO_QUERY_THROW)
            ->setString(ou(s));
    };
    put(0, 0, "key");
    put(1, 0, "value");
    put(2, 0, "unit");
    uno::Reference<util::XNumberFormatsSupplier> formats(doc, uno::UNO_QUERY_THROW);
    uno::Reference<util::XNumberFormatTypes> types(formats->getNumberFormats(), uno::UNO_QUERY_THROW);
    sal_Int32 percent = types->getStandardFormat(util::NumberFormat::PERCENT, lang::Locale("zh", "CN", ""));
    sal_Int32 r = 1;
    for (const row& x : rows) {
        put(0, r, x.key);
        put(2, r, x.unit);
        auto cell = sheet->getCellByPosition(1, r);
        if (x.value.ends_with("%")) {
            cell->setValue(std::stod(x.value) / 100);
            uno::Reference<beans::XPropertySet>(cell, uno::UNO_QUERY_THROW)
                ->setPropertyValue("NumberFormat", uno::Any(percent));
        } else if (x.value.find_first_not_of("0123456789.") == std::string::npos) {
            cell->setValue(std::stod(x.value));
        } else {
            put(1, r, x.value);
        }
        ++r;
    }
    uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)
        ->storeToURL(ou(url_of(path.string())),
                     properties({{"FilterName", uno::Any(rtl::OUString::createFromAscii(filter))}}));
    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
}

// The report outline and the numbers section, inserted into a new document.
void insert_report(const writer_document& doc) {
    auto lib = test_library();
    engine()->insertOutline(doc.get(), nullptr, lib, "report");
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), lib, ou("duties.numbers"));
}

const strings filled_report = {
    "市委办公室2025年度工作情况报告",
    "一年来，市委办公室围绕中心、服务大局，各项工作稳步推进。",
    "一、主要工作情况",
    "（一）抓实理论学习。全年开展专题学习24次。一是学习有计划。二是研讨有成果。",
    "学习成效持续显现。",
    "（二）规范公文办理",
    "全年办理公文320余件。",
    "二、存在的问题和不足",
    "对照要求，仍有差距。一是学习深度不够。二是创新办法不多。",
    "按时办结312件，办结率97.5%，满意度97.4%；争取资金1800.5万元，同比增长12.5%。",
};

// The document's text with every field left out: what a refresh must never touch.
std::string text_outside_fields(const writer_document& doc) {
    std::string out;
    uno::Reference<container::XEnumerationAccess> paragraphs(doc.get()->getText(), uno::UNO_QUERY_THROW);
    auto p = paragraphs->createEnumeration();
    while (p->hasMoreElements()) {
        uno::Reference<container::XEnumerationAccess> portions(p->nextElement(), uno::UNO_QUERY_THROW);
        auto e = portions->createEnumeration();
        while (e->hasMoreElements()) {
            uno::Reference<beans::XPropertySet> portion(e->nextElement(), uno::UNO_QUERY_THROW);
            std::string type = string_property(portion, "TextPortionType");
            if (type == "Text")
                out += utf8(uno::Reference<text::XTextRange>(portion, uno::UNO_QUERY_THROW)->getString());
            else if (type != "Bookmark") // the bookmarks that mark inserted sections are not text
                out += "|";
        }
        out += "\n";
    }
    return out;
}

// The audit as "status key shown [cell] message" lines, filled entries left out.
strings problems(const writer_document& doc) {
    strings out;
    for (const auto& e : data()->audit(doc.get()))
        if (e.Status != "filled")
            out.push_back(utf8(e.Status) + " " + utf8(e.Key) + " " + utf8(e.Shown) + " [" + utf8(e.Cell) +
                          "] " + utf8(e.Message));
    return out;
}

uno::Reference<document::XUndoManager> undo_manager(const writer_document& doc) {
    return uno::Reference<document::XUndoManagerSupplier>(doc.get(), uno::UNO_QUERY_THROW)->getUndoManager();
}

std::string refresh_error(const writer_document& doc) {
    try {
        data()->refresh(doc.get());
    } catch (const lang::IllegalArgumentException& e) {
        return utf8(e.Message);
    }
    return "no error";
}

} // namespace

TEST_CASE("placeholders are fields that show their marker until a sheet is linked") {
    writer_document doc;
    insert_report(doc);
    auto p = doc.paragraphs();
    CHECK(p[0] == "【待填：单位名称】【待填：报告年度】年度工作情况报告");
    CHECK(p[9] == "按时办结【待填：按时办结件数】件，办结率【待填：按时办结率】，满意度【待填：满意度】；"
                  "争取资金【待填：争取资金】万元，同比【待填：争取资金同比】。");
    CHECK(text_outside_fields(doc).starts_with("||年度工作情况报告\n一年来，|围绕中心"));
    CHECK(utf8(data()->getDataSheet(doc.get())).empty());
    auto audit = problems(doc);
    CHECK(audit.size() == 10);
    CHECK(audit[0] == "missing org.name 【待填：单位名称】 [] no data sheet is linked to the document");
}

TEST_CASE("every data sheet type fills the same numbers") {
    fs::path dir = scratch("types");
    std::string text = csv(tally());
    write_file(dir / "utf8.csv", text);
    write_file(dir / "bom.csv", "\xEF\xBB\xBF" + text);
    write_file(dir / "gbk.csv", to_gb18030(text));
    write_calc(dir / "tally.ods", "calc8", tally());
    write_calc(dir / "tally.xlsx", "Calc MS Excel 2007 XML", tally());
    write_calc(dir / "tally.xls", "MS Excel 97", tally());
    for (const char* name : {"utf8.csv", "bom.csv", "gbk.csv", "tally.ods", "tally.xlsx", "tally.xls"}) {
        INFO(name);
        writer_document doc;
        insert_report(doc);
        data()->linkDataSheet(doc.get(), ou(url_of((dir / name).string())));
        CHECK(data()->refresh(doc.get()) == 9); // values, not uses: org.name is shown twice
        CHECK(doc.paragraphs() == filled_report);
        CHECK(problems(doc).empty());
    }
}

TEST_CASE("a named cell gives the value of the field it is named after") {
    fs::path dir = scratch("named");
    auto rows = tally();
    rows.erase(rows.begin()); // org.name comes from a named cell instead
    write_calc(dir / "tally.ods", "calc8", rows);
    std::string url = url_of((dir / "tally.ods").string());
    {
        auto doc =
            desktop()->loadComponentFromURL(ou(url), "_blank", 0, properties({{"Hidden", uno::Any(true)}}));
        uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(doc, uno::UNO_QUERY_THROW);
        uno::Reference<sheet::XSpreadsheet> sheet(spreadsheet->getSheets()->getByName(ou("数据")),
                                                  uno::UNO_QUERY_THROW);
        uno::Reference<text::XTextRange>(sheet->getCellByPosition(5, 1), uno::UNO_QUERY_THROW)
            ->setString(ou("市委办公室"));
        uno::Reference<sheet::XNamedRanges> names;
        uno::Reference<beans::XPropertySet>(doc, uno::UNO_QUERY_THROW)->getPropertyValue("NamedRanges") >>=
            names;
        names->addNewByName("Org_Name", ou("$数据.$F$2"), table::CellAddress(1, 0, 0), 0); // org.name
        uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)->store();
        uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    }
    writer_document doc;
    insert_report(doc);
    data()->linkDataSheet(doc.get(), ou(url));
    data()->refresh(doc.get());
    CHECK(doc.paragraphs() == filled_report);
    bool found = false;
    for (const auto& e : data()->audit(doc.get()))
        if (e.Key == "org.name") found = utf8(e.Cell) == "数据!F2";
    CHECK(found);
}

TEST_CASE("missing and invalid values are listed with their cells and keep their markers") {
    fs::path dir = scratch("invalid");
    auto rows = tally();
    rows.erase(rows.begin() + 2); // study.sessions
    rows[2].value = "三百二十";   // docs.handled
    write_file(dir / "data.csv", csv(rows));
    writer_document doc;
    insert_report(doc);
    data()->linkDataSheet(doc.get(), ou(url_of((dir / "data.csv").string())));
    data()->refresh(doc.get());
    auto p = doc.paragraphs();
    CHECK(p[3] ==
          "（一）抓实理论学习。全年开展专题学习【待填：专题学习次数】次。一是学习有计划。二是研讨有成果。");
    CHECK(p[6] == "全年办理公文【待填：办理公文件数】件。");
    CHECK(
        problems(doc) ==
        strings{
            "missing study.sessions 【待填：专题学习次数】 [] the data sheet has no row for 'study.sessions'",
            "invalid docs.handled 【待填：办理公文件数】 [C4] '三百二十' is not a number, and 'docs.handled' "
            "(integer) needs one",
            "invalid docs.rate 【待填：按时办结率】 [] 'docs.rate' = rate(docs.on_time, docs.handled) needs "
            "'docs.handled': '三百二十' is not a number, and 'docs.handled' (integer) needs one"});
}

TEST_CASE("a sheet that cannot be read changes nothing and says where it is wrong") {
    fs::path dir = scratch("failed");
    write_file(dir / "data.csv", csv(tally()));
    writer_document doc;
    insert_report(doc);
    data()->linkDataSheet(doc.get(), ou(url_of((dir / "data.csv").string())));
    data()->refresh(doc.get());
    auto before = doc.paragraphs();
    auto undo_steps = undo_manager(doc)->getAllUndoActionTitles().getLength();

    auto rows = tally();
    rows.push_back({"docs.handled", "400", "件"});
    write_file(dir / "data.csv", csv(rows));
    std::string duplicate = refresh_error(doc);
    CHECK(duplicate.find("data.csv:B10: error: key 'docs.handled' appears twice; its first value is at C5") !=
          std::string::npos);
    CHECK(doc.paragraphs() == before);

    fs::remove(dir / "data.csv");
    CHECK(refresh_error(doc).find("the linked data sheet does not exist") != std::string::npos);
    CHECK(doc.paragraphs() == before);
    CHECK(undo_manager(doc)->getAllUndoActionTitles().getLength() == undo_steps);

    write_file(dir / "broken.csv", "a,b\n1,2\n");
    CHECK_THROWS_AS(data()->linkDataSheet(doc.get(), ou(url_of((dir / "broken.csv").string()))),
                    lang::IllegalArgumentException);
    CHECK(utf8(data()->getDataSheet(doc.get())).ends_with("/data.csv")); // the old link stays
}

TEST_CASE("a changed sheet is reported stale, and a refresh changes the numbers only, in one undo step") {
    fs::path dir = scratch("changed");
    write_file(dir / "data.csv", csv(tally()));
    writer_document doc;
    insert_report(doc);
    data()->linkDataSheet(doc.get(), ou(url_of((dir / "data.csv").string())));
    data()->refresh(doc.get());
    std::string outside = text_outside_fields(doc);

    auto rows = tally();
    rows[3].value = "400"; // docs.handled
    write_file(dir / "data.csv", csv(rows));
    CHECK(problems(doc) == strings{"stale docs.handled 320余 [C5] the data sheet has changed: refresh",
                                   "stale docs.rate 97.5% [] the data sheet has changed: refresh"});
    CHECK(data()->refresh(doc.get()) == 2);
    CHECK(doc.paragraphs()[6] == "全年办理公文400余件。");
    CHECK(doc.paragraphs()[9] ==
          "按时办结312件，办结率78%，满意度97.4%；争取资金1800.5万元，同比增长12.5%。");
    CHECK(text_outside_fields(doc) == outside);

    auto undo = undo_manager(doc);
    CHECK(utf8(undo->getCurrentUndoActionTitle()) == "Refresh Numbers");
    undo->undo();
    CHECK(doc.paragraphs() == filled_report);
    undo->redo();
    CHECK(doc.paragraphs()[6] == "全年办理公文400余件。");
}

TEST_CASE("numbers become plain text in one undo step, and Undo brings the fields back") {
    fs::path dir = scratch("plain");
    write_file(dir / "data.csv", csv(tally()));
    writer_document doc;
    insert_report(doc);
    data()->linkDataSheet(doc.get(), ou(url_of((dir / "data.csv").string())));
    data()->refresh(doc.get());
    auto filled = doc.paragraphs();
    uno::Reference<text::XTextFieldsSupplier> fields(doc.get(), uno::UNO_QUERY_THROW);

    CHECK(data()->convertFieldsToText(doc.get()) == 10);
    CHECK(doc.paragraphs() == filled);
    CHECK_FALSE(fields->getTextFields()->createEnumeration()->hasMoreElements());
    auto undo = undo_manager(doc);
    CHECK(utf8(undo->getCurrentUndoActionTitle()) == "Numbers to Plain Text");
    undo->undo();
    CHECK(doc.paragraphs() == filled);
    CHECK(fields->getTextFields()->createEnumeration()->hasMoreElements());
}

TEST_CASE("the link and the fields survive save and reload, the link relative to the document") {
    fs::path dir = scratch("reload");
    write_file(dir / "data.csv", csv(tally()));
    std::string odt = (dir / "report.odt").string();
    {
        writer_document doc;
        insert_report(doc);
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
            ->storeAsURL(ou(url_of(odt)), properties({{"FilterName", uno::Any(ou("writer8"))}}));
        data()->linkDataSheet(doc.get(), ou(url_of((dir / "data.csv").string())));
        data()->refresh(doc.get());
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)->store();
        uno::Reference<beans::XPropertySet> user(
            uno::Reference<document::XDocumentPropertiesSupplier>(doc.get(), uno::UNO_QUERY_THROW)
                ->getDocumentProperties()
                ->getUserDefinedProperties(),
            uno::UNO_QUERY_THROW);
        CHECK(string_property(user, "ReportKit.DataSheet") == "data.csv");
    }
    auto rows = tally();
    rows[2].value = "30"; // study.sessions
    write_file(dir / "data.csv", csv(rows));
    writer_document reopened(url_of(odt));
    CHECK(reopened.paragraphs() == filled_report);
    CHECK(utf8(data()->getDataSheet(reopened.get())) == url_of((dir / "data.csv").string()));
    CHECK(problems(reopened) == strings{"stale study.sessions 24 [C4] the data sheet has changed: refresh"});
    CHECK(data()->refresh(reopened.get()) == 1);
    CHECK(reopened.paragraphs()[3] ==
          "（一）抓实理论学习。全年开展专题学习30次。一是学习有计划。二是研讨有成果。");

    data()->unlinkDataSheet(reopened.get());
    CHECK(utf8(data()->getDataSheet(reopened.get())).empty());
}

TEST_CASE("a sheet open in Calc is read live, unsaved edits included") {
    fs::path dir = scratch("live");
    write_calc(dir / "tally.ods", "calc8", tally());
    std::string sheet_url = url_of((dir / "tally.ods").string());
    auto sheet_doc =
        desktop()->loadComponentFromURL(ou(sheet_url), "_blank", 0, properties({{"Hidden", uno::Any(true)}}));
    struct closer {
        uno::Reference<lang::XComponent> doc;
        ~closer() { uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true); }
    } close_sheet{sheet_doc};
    uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(sheet_doc, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> sheet(spreadsheet->getSheets()->getByName(ou("数据")),
                                              uno::UNO_QUERY_THROW);
    sheet->getCellByPosition(1, 4)->setValue(330); // docs.handled, not saved

    writer_document doc;
    insert_report(doc);
    data()->linkDataSheet(doc.get(), ou(sheet_url));
    data()->refresh(doc.get());
    CHECK(doc.paragraphs()[6] == "全年办理公文330余件。");
    CHECK(doc.paragraphs()[9] ==
          "按时办结312件，办结率94.5%，满意度97.4%；争取资金1800.5万元，同比增长12.5%。");
}

TEST_CASE("typed X, hand-inserted fields and data-sheet skeletons") {
    fs::path dir = scratch("audit");
    writer_document doc;
    auto text = doc.get()->getText();
    text->setString(ou("全年开展调研X次，办结率X%，参加人数为"));
    auto lib = test_library();
    data()->insertField(doc.get(), text->getEnd(), lib, ou("study.sessions"));
    CHECK(doc.paragraphs() == strings{"全年开展调研X次，办结率X%，参加人数为【待填：专题学习次数】"});
    CHECK(utf8(undo_manager(doc)->getCurrentUndoActionTitle()) == "Insert Number: 专题学习次数");
    auto entries = data()->audit(doc.get());
    REQUIRE(entries.getLength() == 3);
    CHECK(utf8(entries[0].Status) == "literal-x");
    CHECK(utf8(entries[0].Anchor->getString()) == "X");
    CHECK(utf8(entries[1].Status) == "literal-x");
    CHECK(utf8(entries[2].Key) == "study.sessions");

    data()->writeDataSkeleton(doc.get(), {}, ou(url_of((dir / "skeleton.csv").string())));
    std::ifstream in(dir / "skeleton.csv");
    std::string all((std::istreambuf_iterator<char>(in)), {});
    CHECK(all == "\xEF\xBB\xBFkey,label,unit,value\r\nstudy.sessions,专题学习次数,次,\r\n");

    data()->writeDataSkeleton(nullptr, lib, ou(url_of((dir / "skeleton.ods").string())));
    auto skeleton = desktop()->loadComponentFromURL(ou(url_of((dir / "skeleton.ods").string())), "_blank", 0,
                                                    properties({{"Hidden", uno::Any(true)}}));
    auto sheet = first_sheet(skeleton);
    CHECK(utf8(uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName()) == "数据");
    auto cell = [&](sal_Int32 c, sal_Int32 r) {
        return utf8(uno::Reference<text::XTextRange>(sheet->getCellByPosition(c, r), uno::UNO_QUERY_THROW)
                        ->getString());
    };
    CHECK(cell(0, 0) == "key");
    CHECK(cell(0, 1) == "org.name");
    CHECK(cell(1, 3) == "专题学习次数");
    CHECK(cell(2, 3) == "次");
    CHECK(cell(0, 8) == "funds.last"); // docs.rate and funds.growth are computed, not entered
    CHECK(cell(0, 9).empty());
    uno::Reference<util::XCloseable>(skeleton, uno::UNO_QUERY_THROW)->close(true);
}
