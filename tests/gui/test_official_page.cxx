// Journey i: the Official Layout button on a document the user wrote. Measured from PDFs the way
// a reviewer checks a page with a ruler; the API only exports and reads, a click and Ctrl+Z act.
#include "journey.hxx"
#include "official_page.hxx"
#include "pdf_measure.hxx"

#include "core/layout/page_layout.hpp"
#include "uno/common/properties.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <catch2/catch.hpp>

using namespace css;
using namespace reportkit;
using namespace reportkit::gui;
using reportkit::office::file_url;
using reportkit::office::properties;
using reportkit::office::to_ou;
namespace fs = std::filesystem;

namespace {

// The page as printed: where the text starts, lines on the first page, the page numbers.
struct printed_page {
    double left_mm = 0, top_mm = 0;
    size_t pages = 0, first_page_lines = 0, numbered = 0;
    bool operator==(const printed_page& o) const {
        return std::abs(left_mm - o.left_mm) < 0.5 && std::abs(top_mm - o.top_mm) < 0.5 && pages == o.pages &&
               first_page_lines == o.first_page_lines && numbered == o.numbered;
    }
};

std::ostream& operator<<(std::ostream& out, const printed_page& p) {
    return out << "text at " << p.left_mm << ", " << p.top_mm << " mm; " << p.pages << " pages, "
               << p.first_page_lines << " lines on the first, " << p.numbered << " numbered — N —";
}

printed_page print(const writer_window& w, const fs::path& pdf) {
    uno::Reference<frame::XStorable>(w.doc, uno::UNO_QUERY_THROW)
        ->storeToURL(to_ou(file_url(pdf.string())),
                     properties({{"FilterName", uno::Any(rtl::OUString("writer_pdf_Export"))}}));
    auto pages = test::pdf_pages(pdf.string());
    printed_page p;
    p.pages = pages.size();
    if (pages.empty()) return p;
    auto lines = test::body_lines(pages[0]);
    p.first_page_lines = lines.size();
    p.left_mm = 1000;
    for (const test::pdf_line& l : lines)
        p.left_mm = std::min(p.left_mm, l.box.x0 * test::mm_per_pt);
    p.top_mm = lines.empty() ? 0 : lines.front().box.y0 * test::mm_per_pt;
    for (size_t i = 0; i < pages.size(); ++i) {
        int number = 0;
        if (test::page_number_line(pages[i], number) && number == static_cast<int>(i + 1)) ++p.numbered;
    }
    return p;
}

// Setup: a report the user wrote and saved, three pages of short Chinese paragraphs in Writer's
// default style (a line each: its widow and orphan control never moves one).
std::string users_report(session& s) {
    std::string path = (s.dir() / "我的报告.odt").string();
    uno::Reference<frame::XComponentLoader> loader(s.desktop(), uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextDocument> doc(
        loader->loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                     properties({{"Hidden", uno::Any(true)}})),
        uno::UNO_QUERY_THROW);
    auto text = doc->getText();
    for (int i = 1; i <= 56; ++i) {
        text->insertString(text->getEnd(), to_ou("第" + std::to_string(i) + "条：推动各项工作落地见效。"),
                           false);
        text->insertControlCharacter(text->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
    }
    uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)
        ->storeToURL(to_ou(file_url(path)), properties({{"FilterName", uno::Any(rtl::OUString("writer8"))}}));
    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    return path;
}

sal_Int32 left_margin(const writer_window& w) {
    uno::Reference<container::XNameAccess> pages(
        uno::Reference<style::XStyleFamiliesSupplier>(w.doc, uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        uno::UNO_QUERY_THROW);
    sal_Int32 left = 0;
    uno::Reference<beans::XPropertySet>(pages->getByName("Standard"), uno::UNO_QUERY_THROW)
        ->getPropertyValue("LeftMargin") >>= left;
    return left;
}

sal_Int32 undo_steps(const writer_window& w) {
    return uno::Reference<document::XUndoManagerSupplier>(w.doc, uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->getAllUndoActionTitles()
        .getLength();
}

// The official page as the issue measures it: 28 mm left, 37 mm top, 22 lines, — N — on each page.
void check_official(const printed_page& p) {
    const page_layout& page = gbt9704_page();
    CHECK(p.left_mm == Approx(page.left_mm).margin(1));
    CHECK(p.top_mm >= page.top_mm - 0.5);
    CHECK(p.top_mm < page.top_mm + page.line_pitch_mm());
    CHECK(p.first_page_lines == static_cast<size_t>(page.lines));
    CHECK(p.numbered == p.pages);
}

} // namespace

TEST_CASE("i: Official Layout clicked on the user's own report lays out the page, a second click changes "
          "nothing, Ctrl+Z puts the page back, and the Format menu lays it out again") {
    session s("journey-i-official-layout");
    std::string path = users_report(s);
    uno::Reference<frame::XComponentLoader> loader(s.desktop(), uno::UNO_QUERY_THROW);
    writer_window w;
    w.doc.set(loader->loadComponentFromURL(to_ou(file_url(path)), "_blank", 0, {}), uno::UNO_QUERY_THROW);
    w.frame = uno::Reference<frame::XModel>(w.doc, uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    uno::Reference<a11y::XAccessible> window(w.frame->getComponentWindow(), uno::UNO_QUERY_THROW);
    REQUIRE(wait_for([&] { return screen_rect(window).Width > 0; }, 10));
    const std::string text = w.text();
    const sal_Int32 left_before = left_margin(w);
    printed_page before = print(w, s.dir() / "before.pdf");
    INFO("before: " << before);
    REQUIRE(before.pages >= 2);
    CHECK(before.numbered == 0);

    auto controls = s.open_deck(w).sections;
    s.click_on(control(controls, "apply_layout"));
    REQUIRE(wait_for([&] { return left_margin(w) != left_before; }, 10));
    printed_page laid_out = print(w, s.dir() / "laid-out.pdf");
    INFO("laid out: " << laid_out);
    check_official(laid_out);
    CHECK(w.text() == text);
    s.screenshot();

    // Clicked again: nothing more to do, no second undo step, the same page.
    const sal_Int32 steps = undo_steps(w);
    s.click_on(control(controls, "apply_layout"));
    std::this_thread::sleep_for(std::chrono::seconds(1)); // nothing to wait for: nothing may change
    CHECK(undo_steps(w) == steps);
    CHECK(print(w, s.dir() / "again.pdf") == laid_out);

    // Ctrl+Z in the text: the page as it was.
    s.click_document(w);
    s.key("ctrl+z");
    REQUIRE(wait_for([&] { return left_margin(w) == left_before; }, 10));
    CHECK(print(w, s.dir() / "undone.pdf") == before);
    CHECK(w.text() == text);

    // Format › Apply Official Layout, the menu opened with its access key and the entry clicked.
    s.key("alt+o");
    uno::Reference<a11y::XAccessible> entry;
    REQUIRE(wait_for(
        [&] {
            return (entry = menu_item(w, {"Apply Official Layout", "应用公文版式"})).is();
        },
        10));
    s.click_on(entry);
    REQUIRE(wait_for([&] { return left_margin(w) != left_before; }, 10));
    check_official(print(w, s.dir() / "menu.pdf"));
    s.screenshot("-menu");
}
