// Journeys through the Data panel, each from a fresh document and driven only by real clicks,
// key presses and typing (see journey.hxx); the API only reads what the screen shows.
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace css;
using namespace reportkit::gui;
using reportkit::office::to_std;

namespace {

bool any_line_has(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](auto& l) { return l.find(part) != std::string::npos; });
}

// The file dialog that just opened (LibreOffice's own: focus in its file name box) takes a path.
void answer_file_dialog(session& s, size_t windows_before, const std::string& path) {
    REQUIRE(wait_for([&] { return top_windows(s).size() > windows_before; }, 10));
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    s.type_text(path);
    s.key("Return");
}

// The spreadsheet open in the office whose URL ends with `file`, once it is there.
uno::Reference<sheet::XSpreadsheetDocument> open_spreadsheet(const session& s, const std::string& file) {
    uno::Reference<sheet::XSpreadsheetDocument> found;
    wait_for(
        [&] {
            auto all = s.desktop()->getComponents()->createEnumeration();
            while (all->hasMoreElements()) {
                uno::Reference<sheet::XSpreadsheetDocument> calc(all->nextElement(), uno::UNO_QUERY);
                uno::Reference<frame::XModel> model(calc, uno::UNO_QUERY);
                if (calc.is() && model.is() && to_std(model->getURL()).ends_with(file)) found = calc;
            }
            return found.is();
        },
        20);
    return found;
}

uno::Reference<table::XCell> cell(const uno::Reference<sheet::XSpreadsheetDocument>& calc, int column,
                                  int row) {
    uno::Reference<table::XCellRange> sheet(
        uno::Reference<container::XIndexAccess>(calc->getSheets(), uno::UNO_QUERY_THROW)->getByIndex(0),
        uno::UNO_QUERY_THROW);
    return sheet->getCellByPosition(column, row);
}

// The id of the library the deck shows (its sample sheet is named after it).
std::string library_id(const session& s, const uno::Reference<awt::XControlContainer>& controls) {
    uno::Sequence<sal_Int16> selected;
    model_of(controls, "library")->getPropertyValue("SelectedItems") >>= selected;
    auto titles = items_of(controls, "library");
    REQUIRE(selected.getLength() == 1);
    std::string title = titles.at(static_cast<size_t>(selected[0]));
    uno::Reference<org::reportkit::XReportEngine> engine(
        s.context()->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine",
                                                                    s.context()),
        uno::UNO_QUERY_THROW);
    for (const auto& library : engine->getLibraries())
        if (to_std(library.Title) == title) return to_std(library.Id);
    FAIL("no library titled " << title);
    return {};
}

} // namespace

TEST_CASE("d: an X typed in the document is listed as a problem without Check Again") {
    session s("journey-d-typed-x");
    auto w = s.open_writer();
    auto data = s.open_deck(w).data;
    CHECK(label_of(data, "problems_label") == "No report numbers yet.");

    s.click_document(w);
    s.type_text("X次");
    REQUIRE(wait_for([&] { return w.text() == "X次"; }, 5));
    auto typed = std::chrono::steady_clock::now();
    CHECK(wait_for([&] { return any_line_has(items_of(data, "problems"), "X次"); }, 3));
    INFO("problem list follows after "
         << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - typed)
                .count()
         << " ms: " << label_of(data, "problems_label"));
    CHECK(label_of(data, "problems_label") == "1 problem (click one to select it):");
    s.screenshot();
}

TEST_CASE("e: a linked sheet edited in Calc without saving, Refresh shows Calc's value") {
    session s("journey-e-refresh-from-calc");
    auto w = s.open_writer();
    auto [controls, data] = s.open_deck(w);
    s.click_on(control(controls, "insert_outline"));
    REQUIRE(wait_for([&] { return w.text().size() > 200; }, 10));

    // Link Sheet… opens a file dialog: the path of the sample sheet of the deck's library typed
    // in, Enter; then Refresh fills the numbers from the saved file. The sheet is linked through
    // a folder shortcut (a symbolic link, as to a team share) and opened in Calc by its real path.
    const std::string file = library_id(s, controls) + ".ods";
    const std::string path = std::string(REPORTKIT_TEMPLATES) + "/samples/" + file;
    std::filesystem::create_directory_symlink(std::string(REPORTKIT_TEMPLATES) + "/samples",
                                              s.dir() / "shared");
    size_t windows = top_windows(s).size();
    s.click_on(control(data, "link"));
    answer_file_dialog(s, windows, (s.dir() / "shared" / file).string());
    REQUIRE(wait_for([&] { return label_of(data, "sheet") == "Data sheet: " + file; }, 10));
    s.click_on(control(data, "refresh"));
    REQUIRE(wait_for([&] { return w.text().find("【待填") == std::string::npos; }, 10));

    // File › Open (Ctrl+O) in Writer opens the sheet in Calc.
    s.click_document(w);
    windows = top_windows(s).size();
    s.key("ctrl+o");
    answer_file_dialog(s, windows, path);
    auto calc = open_spreadsheet(s, file);
    REQUIRE(calc.is());
    // A count the report shows once (it has a unit, such as 次), unmistakable in its text: three
    // or four digits.
    auto shown_once = [&](const std::string& number) {
        std::string text = w.text();
        size_t at = text.find(number);
        return at != std::string::npos && text.find(number, at + 1) == std::string::npos;
    };
    const int value_column = 3;
    int row = 1;
    for (; row < 200; ++row) {
        double value = cell(calc, value_column, row)->getValue();
        if (value >= 100 && value < 10000 && value == int(value) &&
            !to_std(cell(calc, 2, row)->getFormula()).empty() && shown_once(std::to_string(int(value))))
            break;
    }
    REQUIRE(row < 200);
    INFO("row " << row + 1 << ": " << to_std(cell(calc, 0, row)->getFormula()));
    REQUIRE(w.text().find("4321") == std::string::npos);

    // To the value cell with the keys, a new number typed in; the sheet stays unsaved.
    std::this_thread::sleep_for(std::chrono::seconds(1));
    s.key("ctrl+Home");
    for (int i = 0; i < row; ++i)
        s.key("Down");
    for (int i = 0; i < value_column; ++i)
        s.key("Right");
    s.type_text("4321");
    s.key("Return");
    REQUIRE(wait_for([&] { return cell(calc, value_column, row)->getValue() == 4321; }, 5));
    s.screenshot("-calc");

    // Back in Writer, Refresh in its deck.
    s.activate_window("LibreOffice Writer");
    s.click_on(control(data, "refresh"));
    INFO("status: " << label_of(data, "status"));
    CHECK(wait_for([&] { return w.text().find("4321") != std::string::npos; }, 10));
    s.screenshot();
}

TEST_CASE("h: Data Sheet Skeleton… onto an existing sheet asks first, and No (the default) keeps it") {
    session s("journey-h-skeleton-asks");
    auto w = s.open_writer();
    auto [controls, data] = s.open_deck(w);
    s.click_on(control(controls, "insert_outline"));
    REQUIRE(wait_for([&] { return w.text().size() > 200; }, 10));
    const std::filesystem::path sheet = s.dir() / "values.ods";
    const std::string kept = "this year's values";
    std::ofstream(sheet, std::ios::binary) << kept;

    // The button is below the deck's fold: the wheel over the Data panel scrolls it into view.
    auto skeleton = accessible_of(control(data, "skeleton"));
    awt::Rectangle link = screen_rect(accessible_of(control(data, "link")));
    for (int i = 0; i < 10 && screen_rect(skeleton).Y + screen_rect(skeleton).Height > 950; ++i)
        s.wheel(link.X + link.Width / 2, link.Y + link.Height / 2, 3);
    // The name typed without its extension: the picker sees no such file, the panel adds .ods.
    size_t windows = top_windows(s).size();
    s.click_on(skeleton);
    answer_file_dialog(s, windows, (s.dir() / "values").string());
    uno::Reference<a11y::XAccessible> question;
    REQUIRE(wait_for(
        [&] {
            try { // the file dialog's windows go away while they are searched
                for (const auto& window : top_windows(s)) {
                    auto found = find_accessible(window, [](const auto& c) {
                        return name_of(c).find("exists already and may hold values") != std::string::npos;
                    });
                    if (found.is()) question = found;
                }
            } catch (const uno::RuntimeException&) {
            }
            return question.is();
        },
        10));
    s.screenshot("-question");
    s.key("Return"); // the default button: No
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 10));
    std::ifstream in(sheet, std::ios::binary);
    CHECK(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()) == kept);
    s.screenshot();
}

TEST_CASE("e: in a Chinese LibreOffice, a sheet with a key twice is refused in Chinese, naming its cell") {
    session s("journey-e-bad-sheet-zh", {.ui_locale = "zh-CN"});
    auto w = s.open_writer();
    auto data = s.open_deck(w).data;
    const std::string path = (s.dir() / "数据.csv").string();
    std::ofstream(path) << "key,value\nstudy.sessions,12\nstudy.sessions,14\n";

    // In Chinese the deck is taller than the window: the wheel over the Data panel scrolls Link
    // into view, as a person would.
    auto link = accessible_of(control(data, "link"));
    for (int i = 0; i < 10 && !in_view(link); ++i) {
        awt::Rectangle sheet = screen_rect(accessible_of(control(data, "sheet")));
        s.wheel(sheet.X + sheet.Width / 2, std::min(sheet.Y + sheet.Height / 2, 960), 3);
    }
    REQUIRE(in_view(link));
    size_t windows = top_windows(s).size();
    s.click_on(link);
    answer_file_dialog(s, windows, path);
    auto status_says = [&](const std::string& part) {
        return label_of(data, "status").find(part) != std::string::npos;
    };
    INFO("status: " << label_of(data, "status"));
    CHECK(wait_for([&] { return status_says("数据表无法使用："); }, 10));
    CHECK(status_says("数据.csv:A3：键“study.sessions”出现了两次；第一次的值在 B2"));
    CHECK(label_of(data, "sheet") == "未链接数据表"); // nothing linked
    s.screenshot();
}
