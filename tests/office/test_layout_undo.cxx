// The official layout applied in Writer to a document a user wrote (through the engine service
// and through the menu command), then undone: measured from PDFs of the document at each step.
#include "office_test_env.hxx"
#include "official_page.hxx"
#include "pdf_measure.hxx"

#include "core/layout/page_layout.hpp"
#include "core/ui/messages.hpp"
#include "uno/common/properties.hxx"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace reportkit;
using namespace reportkit::test;
using namespace css;
using reportkit::office::properties;
namespace fs = std::filesystem;

namespace {

// What the page check compares: paper, where the text starts, lines a page, page numbers.
struct page_figures {
    double width_mm = 0, height_mm = 0, left_mm = 0, top_mm = 0, line_pitch_mm = 0;
    size_t pages = 0, lines_on_first_page = 0, numbered_pages = 0;
    bool operator==(const page_figures& o) const {
        auto near = [](double a, double b) { return std::abs(a - b) < 0.5; };
        return near(width_mm, o.width_mm) && near(height_mm, o.height_mm) && near(left_mm, o.left_mm) &&
               near(line_pitch_mm, o.line_pitch_mm) && near(top_mm, o.top_mm) && pages == o.pages &&
               lines_on_first_page == o.lines_on_first_page && numbered_pages == o.numbered_pages;
    }
};

std::ostream& operator<<(std::ostream& out, const page_figures& f) {
    return out << f.width_mm << " x " << f.height_mm << " mm, text at " << f.left_mm << ", " << f.top_mm
               << " mm, lines " << f.line_pitch_mm << " mm apart, " << f.pages << " pages, "
               << f.lines_on_first_page << " lines on the first, " << f.numbered_pages << " numbered";
}

page_figures measure(const uno::Reference<text::XTextDocument>& doc, const fs::path& pdf) {
    uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)
        ->storeToURL(ou(url_of(pdf.string())),
                     properties({{"FilterName", uno::Any(ou("writer_pdf_Export"))}}));
    auto pages = pdf_pages(pdf.string());
    page_figures f;
    auto [width, height] = pdf_page_size(pdf.string());
    f.width_mm = width * mm_per_pt;
    f.height_mm = height * mm_per_pt;
    f.pages = pages.size();
    if (pages.empty()) return f;
    auto first = body_lines(pages[0]);
    f.lines_on_first_page = first.size();
    f.top_mm = first.empty() ? 0 : first.front().box.y0 * mm_per_pt;
    std::vector<double> pitches; // the usual distance between one line and the next
    for (size_t i = 1; i < first.size(); ++i)
        pitches.push_back((first[i].box.y0 - first[i - 1].box.y0) * mm_per_pt);
    std::sort(pitches.begin(), pitches.end());
    f.line_pitch_mm = pitches.empty() ? 0 : pitches[pitches.size() / 2];
    f.left_mm = 1000;
    for (const pdf_line& l : first)
        f.left_mm = std::min(f.left_mm, l.box.x0 * mm_per_pt);
    for (size_t i = 0; i < pages.size(); ++i) {
        int number = 0;
        if (page_number_line(pages[i], number) && number == static_cast<int>(i + 1)) ++f.numbered_pages;
    }
    return f;
}

// A user's document: two and a half pages of Chinese text in the default paragraph style, one
// paragraph in a style of the user's own.
void write_users_text(const uno::Reference<text::XTextDocument>& doc) {
    auto text = doc->getText();
    std::string sentence = "各级党组织认真贯彻落实上级决策部署，持续推进全面从严治党向纵深发展。";
    for (int i = 0; i < 24; ++i) {
        text->insertString(text->getEnd(), ou(sentence + sentence + sentence), false);
        text->insertControlCharacter(text->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
    }
}

uno::Reference<beans::XPropertySet> paragraph_style(const uno::Reference<text::XTextDocument>& doc,
                                                    const char* name) {
    uno::Reference<container::XNameAccess> styles(
        uno::Reference<style::XStyleFamiliesSupplier>(doc, uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("ParagraphStyles"),
        uno::UNO_QUERY_THROW);
    return uno::Reference<beans::XPropertySet>(styles->getByName(ou(name)), uno::UNO_QUERY_THROW);
}

// The undo step's title, in the office's language.
bool is_layout_step(const rtl::OUString& title) {
    std::string t = utf8(title);
    return t == reportkit::text(message::apply_layout, "en-US") ||
           t == reportkit::text(message::apply_layout, "zh-CN");
}

uno::Reference<document::XUndoManager> undo_manager(const uno::Reference<text::XTextDocument>& doc) {
    return uno::Reference<document::XUndoManagerSupplier>(doc, uno::UNO_QUERY_THROW)->getUndoManager();
}

} // namespace

TEST_CASE("the official layout applied to a user's document sets the page, keeps the text, and undoes in one "
          "step") {
    const page_layout& page = gbt9704_page();
    fs::path dir = scratch("layout-undo");
    writer_document doc;
    write_users_text(doc.get());
    float default_size = 0;
    paragraph_style(doc.get(), "Standard")->getPropertyValue("CharHeightAsian") >>= default_size;
    auto text_before = doc.paragraphs();
    page_figures before = measure(doc.get(), dir / "before.pdf");
    INFO("before: " << before);
    REQUIRE(before.pages >= 2);
    CHECK(before.numbered_pages == 0);

    engine()->applyLayout(doc.get(), "gbt9704");
    page_figures laid_out = measure(doc.get(), dir / "laid-out.pdf");
    INFO("laid out: " << laid_out);
    CHECK(laid_out.width_mm == Approx(page.width_mm).margin(0.5));
    CHECK(laid_out.height_mm == Approx(page.height_mm).margin(0.5));
    CHECK(laid_out.left_mm == Approx(page.left_mm).margin(1));
    CHECK(laid_out.top_mm >= page.top_mm - 0.5);
    CHECK(laid_out.top_mm < page.top_mm + page.line_pitch_mm());
    // The user's text on the grid: 22 lines to the page (a widow or orphan may push one over).
    CHECK(laid_out.line_pitch_mm == Approx(page.line_pitch_mm()).margin(0.1));
    CHECK(laid_out.lines_on_first_page >= static_cast<size_t>(page.lines - 1));
    CHECK(laid_out.lines_on_first_page <= static_cast<size_t>(page.lines));
    CHECK(laid_out.numbered_pages == laid_out.pages);
    CHECK(doc.paragraphs() == text_before);
    // The user's default paragraph style is theirs: its size is what it was.
    float size_after = 0;
    paragraph_style(doc.get(), "Standard")->getPropertyValue("CharHeightAsian") >>= size_after;
    CHECK(size_after == default_size);

    auto undo = undo_manager(doc.get());
    CHECK(is_layout_step(undo->getCurrentUndoActionTitle()));
    size_t steps = static_cast<size_t>(undo->getAllUndoActionTitles().getLength());
    engine()->applyLayout(doc.get(), "gbt9704"); // twice: nothing more to do
    CHECK(static_cast<size_t>(undo->getAllUndoActionTitles().getLength()) == steps);
    CHECK(measure(doc.get(), dir / "again.pdf") == laid_out);

    undo->undo();
    page_figures undone = measure(doc.get(), dir / "undone.pdf");
    INFO("undone: " << undone);
    CHECK(undone == before);
    CHECK(doc.paragraphs() == text_before);
    undo->redo();
    CHECK(measure(doc.get(), dir / "redone.pdf") == laid_out);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("Format › Apply Official Layout lays out the document through the dispatch framework") {
    fs::path dir = scratch("layout-menu");
    writer_document doc;
    write_users_text(doc.get());
    auto frame =
        uno::Reference<frame::XModel>(doc.get(), uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    frame::DispatchHelper::create(office_context())
        ->executeDispatch(uno::Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW),
                          "org.reportkit:ApplyLayout", "", 0, {});
    page_figures f = measure(doc.get(), dir / "menu.pdf");
    INFO(f);
    CHECK(f.left_mm == Approx(gbt9704_page().left_mm).margin(1));
    CHECK(f.numbered_pages == f.pages);
    undo_manager(doc.get())->undo();
    CHECK(measure(doc.get(), dir / "menu-undone.pdf").numbered_pages == 0);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("an unknown layout is refused and leaves the document as it was") {
    writer_document doc;
    write_users_text(doc.get());
    std::string message;
    try {
        engine()->applyLayout(doc.get(), "a4");
    } catch (const lang::IllegalArgumentException& e) {
        message = utf8(e.Message);
    }
    CHECK(message.find("unknown layout 'a4': use gbt9704 or none") != std::string::npos);
    auto undo = undo_manager(doc.get());
    CHECK_FALSE((undo->isUndoPossible() && is_layout_step(undo->getCurrentUndoActionTitle())));
}

TEST_CASE("Insert Whole Report into an empty document lays the page out, as one undo step: Undo leaves "
          "the empty page laid out, and Undo and Redo go on working") {
    // The page is set up the way a template sets a new document's, outside the undo stack. As an
    // undo action inside the insertion's step Writer lost the text on Redo or crashed on Undo:
    // its text actions hold paragraph positions that the footer's paragraphs, made and removed by
    // the layout's action, shift.
    const page_layout& page = gbt9704_page();
    fs::path dir = scratch("layout-insert-undo");
    writer_document doc;
    page_figures empty = measure(doc.get(), dir / "empty.pdf");
    INFO("empty: " << empty);
    REQUIRE(empty.pages == 1);
    REQUIRE(empty.lines_on_first_page == 0);
    REQUIRE(empty.numbered_pages == 0);

    engine()->insertOutlineLaidOut(doc.get(), ou("office-annual"), ou("annual.full"));
    auto undo = undo_manager(doc.get());
    REQUIRE(undo->getAllUndoActionTitles().getLength() == 1);
    CHECK_FALSE(is_layout_step(undo->getCurrentUndoActionTitle()));
    auto text_of = [&] { return utf8(doc.get()->getText()->getString()); };
    const std::string text = text_of();
    REQUIRE(text.size() > 1000);
    page_figures laid_out = measure(doc.get(), dir / "laid-out.pdf");
    INFO("laid out: " << laid_out);
    CHECK(laid_out.left_mm == Approx(page.left_mm).margin(1));
    CHECK(laid_out.line_pitch_mm == Approx(page.line_pitch_mm()).margin(0.1));
    CHECK(laid_out.numbered_pages == laid_out.pages);

    for (int round = 0; round < 2; ++round) {
        INFO("round " << round);
        undo->undo();
        CHECK(text_of().empty());
        CHECK_FALSE(undo->isUndoPossible());
        page_figures undone = measure(doc.get(), dir / "undone.pdf");
        INFO("undone: " << undone);
        CHECK(undone.pages == 1);
        CHECK(undone.numbered_pages == 1); // the empty page keeps the official layout
        undo->redo();
        CHECK(text_of() == text);
        CHECK(measure(doc.get(), dir / "redone.pdf") == laid_out);
    }
    fs::remove_all(dir.parent_path());
}
