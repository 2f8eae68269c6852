// The linked sheet as people handle it: linked before the report's first save, then both
// moved; open in Calc with edits not yet saved when they press Refresh.
#include "office_test_env.hxx"

#include "uno/common/properties.hxx"

#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace reportkit::test;
using namespace css;
using reportkit::office::properties;
namespace fs = std::filesystem;

namespace {

const char* const tally_csv = "key,value,unit\n"
                              "org.name,市委办公室,\n"
                              "report.year,2025,\n"
                              "study.sessions,24,次\n";

uno::Reference<frame::XComponentLoader> desktop() {
    return {frame::Desktop::create(office_context()), uno::UNO_QUERY_THROW};
}

std::string stored_link(const writer_document& doc) {
    uno::Reference<beans::XPropertySet> user(
        uno::Reference<document::XDocumentPropertiesSupplier>(doc.get(), uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        uno::UNO_QUERY_THROW);
    return string_property(user, "ReportKit.DataSheet");
}

// Waits until the office has no unsaved change left in the document (ReportKit saves the
// link it made relative right after the first save, from the main loop).
bool settles_saved(const writer_document& doc) {
    uno::Reference<util::XModifiable> modifiable(doc.get(), uno::UNO_QUERY_THROW);
    for (int i = 0; i < 100; ++i) {
        if (!modifiable->isModified()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

// The paragraph of the politics.study section that shows study.sessions.
std::string sessions_paragraph(const writer_document& doc) {
    for (const std::string& p : doc.paragraphs())
        if (p.find("专题学习") != std::string::npos) return p;
    return {};
}

struct closing {
    uno::Reference<lang::XComponent> doc;
    ~closing() {
        try {
            uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
        } catch (const uno::Exception&) {
        }
    }
};

// The sheet as a person keeps it: an .ods written by Calc, study.sessions 24.
void write_tally(const fs::path& ods) {
    closing calc{desktop()->loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 properties({{"Hidden", uno::Any(true)}}))};
    uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(calc.doc, uno::UNO_QUERY_THROW);
    uno::Reference<container::XIndexAccess> sheets(spreadsheet->getSheets(), uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
    const char* const cells[][3] = {
        {"key", "value", "unit"}, {"org.name", "市委办公室", ""}, {"study.sessions", "24", "次"}};
    for (sal_Int32 r = 0; r < 3; ++r)
        for (sal_Int32 c = 0; c < 3; ++c)
            uno::Reference<text::XTextRange>(sheet->getCellByPosition(c, r), uno::UNO_QUERY_THROW)
                ->setString(ou(cells[r][c]));
    sheet->getCellByPosition(1, 2)->setValue(24);
    uno::Reference<frame::XStorable>(calc.doc, uno::UNO_QUERY_THROW)
        ->storeToURL(ou(url_of(ods.string())), properties({{"FilterName", uno::Any(ou("calc8"))}}));
}

// Opens the sheet in Calc as a person does (a window of its own) and changes study.sessions
// to 31 without saving.
uno::Reference<lang::XComponent> open_and_edit(const fs::path& ods) {
    auto calc = desktop()->loadComponentFromURL(ou(url_of(ods.string())), "_blank", 0,
                                                properties({{"Hidden", uno::Any(false)}}));
    uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(calc, uno::UNO_QUERY_THROW);
    uno::Reference<container::XIndexAccess> sheets(spreadsheet->getSheets(), uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
    sheet->getCellByPosition(1, 2)->setValue(31);
    return calc;
}

// A report showing study.sessions, linked to `ods` and refreshed.
void link_and_refresh(const writer_document& doc, const fs::path& ods) {
    engine()->insertSection(doc.get(), nullptr, test_library(), "politics.study");
    data()->linkDataSheet(doc.get(), ou(url_of(ods.string())));
    data()->refresh(doc.get());
    REQUIRE(sessions_paragraph(doc).find("专题学习24次") != std::string::npos);
}

} // namespace

TEST_CASE("a sheet linked before the first save is stored relative once the report has a folder") {
    fs::path root = scratch("first-save"), dir = root / "甲 单位", moved = root / "乙 单位";
    fs::create_directories(dir);
    std::ofstream(dir / "数据.csv") << tally_csv;
    {
        writer_document doc;
        engine()->insertSection(doc.get(), nullptr, test_library(), "politics.study");
        data()->linkDataSheet(doc.get(), ou(url_of((dir / "数据.csv").string())));
        CHECK(stored_link(doc) == url_of((dir / "数据.csv").string())); // no folder yet: absolute
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
            ->storeAsURL(ou(url_of((dir / "报告.odt").string())),
                         properties({{"FilterName", uno::Any(ou("writer8"))}}));
        CHECK(settles_saved(doc));
        CHECK(stored_link(doc) == "%E6%95%B0%E6%8D%AE.csv");
    }
    fs::rename(dir, moved);
    writer_document reopened(url_of((moved / "报告.odt").string()));
    CHECK(utf8(data()->getDataSheet(reopened.get())) == url_of((moved / "数据.csv").string()));
    data()->refresh(reopened.get());
    CHECK(sessions_paragraph(reopened).find("专题学习24次") != std::string::npos);
}

TEST_CASE("Save As into another folder keeps the link to the same sheet") {
    fs::path root = scratch("save-as"), first = root / "初稿", second = root / "定稿";
    fs::create_directories(first);
    fs::create_directories(second);
    std::ofstream(first / "数据.csv") << tally_csv;
    auto store_as = [](const writer_document& doc, const fs::path& path) {
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
            ->storeAsURL(ou(url_of(path.string())), properties({{"FilterName", uno::Any(ou("writer8"))}}));
    };
    {
        writer_document doc;
        engine()->insertSection(doc.get(), nullptr, test_library(), "politics.study");
        store_as(doc, first / "报告.odt");
        data()->linkDataSheet(doc.get(), ou(url_of((first / "数据.csv").string())));
        REQUIRE(stored_link(doc) == "%E6%95%B0%E6%8D%AE.csv");
        store_as(doc, second / "报告.odt");
        CHECK(settles_saved(doc));
    }
    writer_document reopened(url_of((second / "报告.odt").string()));
    CHECK(utf8(data()->getDataSheet(reopened.get())) == url_of((first / "数据.csv").string()));
}

TEST_CASE("refresh reads a linked sheet open in Calc as Calc shows it, unsaved edits included") {
    fs::path ods = scratch("open-sheet") / "年度 统计表.ods";
    write_tally(ods);
    writer_document doc;
    link_and_refresh(doc, ods);
    closing calc{open_and_edit(ods)};
    CHECK(data()->refresh(doc.get()) == 1);
    CHECK(sessions_paragraph(doc).find("专题学习31次") != std::string::npos);
}

TEST_CASE("refresh finds the open sheet when Calc opened it by another path to the same file") {
    fs::path dir = scratch("open-sheet-elsewhere"), ods = dir / "统计表.ods", shortcut = dir / "桌面";
    write_tally(ods);
    fs::create_directory_symlink(dir, shortcut); // a folder shortcut, as desktops have
    writer_document doc;
    link_and_refresh(doc, ods);
    closing calc{open_and_edit(shortcut / "统计表.ods")};
    CHECK(data()->refresh(doc.get()) == 1);
    CHECK(sessions_paragraph(doc).find("专题学习31次") != std::string::npos);
}
