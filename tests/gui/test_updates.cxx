// Journeys (h, k): a report inserted from version 1 of a library, one section edited; version 2
// changes two sections. The deck lists both under "Newer version", the edited one marked; one
// click on Update replaces the other as one undo step (h). The edited one is compared side by
// side, and Update asks before replacing it: Keep Mine leaves it, Replace replaces it (k).
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XSearchable.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace css;
using namespace reportkit::gui;
using reportkit::office::to_ou;

namespace {

rtl::OUString file_url(const std::string& name) {
    return to_ou(reportkit::office::file_url(std::string(REPORTKIT_TEST_DATA) + "/" + name));
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Setup, not a person's steps: the report from version 1, one section edited, version 2 found.
void edited_report_with_newer_library(session& s, const writer_window& w) {
    uno::Reference<org::reportkit::XReportEngine> engine(
        s.context()->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine",
                                                                    s.context()),
        uno::UNO_QUERY_THROW);
    auto lib = engine->loadLibrary(file_url("origins-v1.xml"));
    engine->insertOutline(w.doc, w.doc->getText()->getStart(), lib, "report");
    uno::Reference<util::XSearchable> search(w.doc, uno::UNO_QUERY_THROW);
    auto descriptor = search->createSearchDescriptor();
    descriptor->setSearchString(to_ou("全年办理公文"));
    uno::Reference<text::XTextRange> found(search->findFirst(descriptor), uno::UNO_QUERY_THROW);
    found->getText()->insertString(found->getStart(), to_ou("今年"), false); // inside duties.docs: an edit
    engine->loadLibrary(file_url("origins-v2.xml"));
}

// Where the dialog's two text fields are, left to right: the controls (not labels) named after
// the captions above them, as LibreOffice names a field after its label.
std::vector<css::awt::Rectangle> text_fields(const uno::Reference<a11y::XAccessible>& dialog,
                                             const std::vector<std::string>& captions) {
    namespace role = a11y::AccessibleRole;
    std::vector<css::awt::Rectangle> out;
    find_accessible(dialog, [&](const uno::Reference<a11y::XAccessibleContext>& c) {
        sal_Int16 r = c->getAccessibleRole();
        if (r != role::LABEL && r != role::SCROLL_BAR &&
            std::find(captions.begin(), captions.end(), name_of(c)) != captions.end())
            out.push_back(screen_rect(c));
        return false; // visit everything
    });
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.X < b.X; });
    return out;
}

// A field's text as a person gets it: clicked into, Ctrl+A, Ctrl+C; then the clipboard read.
std::string copied_from(session& s, const css::awt::Rectangle& field) {
    REQUIRE(field.Width > 0);
    s.click_at(field.X + field.Width / 3, field.Y + field.Height / 3);
    s.key("ctrl+a");
    s.key("ctrl+c");
    std::string text;
    wait_for([&] { return !(text = clipboard_text(s)).empty(); }, 5);
    return text;
}

// The Newer version list's second row, chosen as a person does: a click on the first, then Down.
void choose_second_row(session& s, const uno::Reference<css::awt::XControlContainer>& controls) {
    css::awt::Rectangle list = screen_rect(accessible_of(control(controls, "newer")));
    s.click_at(list.X + list.Width / 3, list.Y + 8);
    REQUIRE(wait_for([&] { return enabled(controls, "compare_sections"); }, 5));
    s.key("Down");
    uno::Sequence<sal_Int16> selected;
    REQUIRE(wait_for(
        [&] {
            model_of(controls, "newer")->getPropertyValue("SelectedItems") >>= selected;
            return selected.getLength() == 1 && selected[0] == 1;
        },
        5));
}

} // namespace

TEST_CASE("h: the deck lists sections a newer library changes, and Update replaces the unedited one") {
    session s("journey-h-newer-version");
    auto w = s.open_writer();
    edited_report_with_newer_library(s, w);

    auto controls = s.open_deck(w).sections;
    REQUIRE(wait_for([&] { return items_of(controls, "newer").size() == 2; }, 10));
    auto rows = items_of(controls, "newer");
    CHECK(label_of(controls, "newer_label") == "Newer version:");
    CHECK(rows[0] == "抓实理论学习 (1.0.0 → 1.1.0)");
    CHECK(rows[1] == "规范公文办理 (1.0.0 → 1.1.0, edited)");
    CHECK(enabled(controls, "update_sections"));
    s.screenshot("-listed");

    const std::string before = w.text();
    s.click_on(control(controls, "update_sections"));
    REQUIRE(wait_for([&] { return has(w.text(), "全年组织集中学习"); }, 10));
    CHECK(has(w.text(), "今年全年办理公文")); // the edited section kept as the writer left it
    CHECK_FALSE(has(w.text(), "全年开展专题学习"));
    // Only the edited one is left, and it cannot be updated from here.
    REQUIRE(wait_for([&] { return items_of(controls, "newer").size() == 1; }, 5));
    CHECK_FALSE(enabled(controls, "update_sections"));
    s.screenshot();

    s.click_document(w);
    s.key("ctrl+z");
    CHECK(wait_for([&] { return w.text() == before; }, 5)); // one undo step
}

TEST_CASE("k: an edited section is compared side by side, and Update asks: Keep Mine leaves it, Replace "
          "replaces it") {
    session s("journey-k-edited-section");
    auto w = s.open_writer();
    edited_report_with_newer_library(s, w);
    auto controls = s.open_deck(w).sections;
    REQUIRE(wait_for([&] { return items_of(controls, "newer").size() == 2; }, 10));
    CHECK(items_of(controls, "newer")[1] == "规范公文办理 (1.0.0 → 1.1.0, edited)");
    CHECK_FALSE(enabled(controls, "compare_sections")); // nothing chosen yet
    choose_second_row(s, controls);

    // Compare…: the writer's text beside the new version's, each side's changes marked.
    const std::string before = w.text();
    size_t windows = top_windows(s).size();
    s.click_on(control(controls, "compare_sections"));
    uno::Reference<a11y::XAccessible> dialog;
    REQUIRE(wait_for([&] { return (dialog = dialog_with(s, "Compare: 规范公文办理")).is(); }, 10));
    std::string shown = texts_in(dialog);
    INFO(shown);
    CHECK(has(shown, "In the document (1.0.0, edited)"));
    CHECK(has(shown, "New version (1.1.0)"));
    s.screenshot("-compare");
    // A multi-line field gives assistive technology no text: each side is copied as a person would.
    auto fields = text_fields(dialog, {"In the document (1.0.0, edited)", "New version (1.1.0)"});
    REQUIRE(fields.size() == 2);
    std::string mine = copied_from(s, fields[0]);
    CHECK(has(mine, "【-今年-】全年办理公文"));
    CHECK_FALSE(has(mine, "【+"));
    std::string newer = copied_from(s, fields[1]);
    CHECK(has(newer, "全年【+规范+】办理公文"));
    CHECK_FALSE(has(newer, "【-"));
    s.key("Escape");
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 10));

    // Update on the edited row asks first; Enter answers with the default, Keep Mine.
    s.click_on(control(controls, "update_sections"));
    REQUIRE(wait_for([&] { return (dialog = dialog_with(s, "You edited “规范公文办理”")).is(); }, 10));
    CHECK(has(texts_in(dialog), "Replacing it with the new version loses your changes."));
    s.screenshot("-question");
    s.key("Return");
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 10));
    CHECK(wait_for([&] { return label_of(controls, "status") == "Kept your edited “规范公文办理”."; }, 5));
    CHECK(w.text() == before);
    REQUIRE(items_of(controls, "newer").size() == 2);

    // The row stays chosen: Update again, and this time Replace with the New Text.
    s.click_on(control(controls, "update_sections"));
    REQUIRE(wait_for([&] { return (dialog = dialog_with(s, "You edited “规范公文办理”")).is(); }, 10));
    auto replace = find_accessible(dialog, [](const uno::Reference<a11y::XAccessibleContext>& c) {
        return c->getAccessibleRole() == a11y::AccessibleRole::PUSH_BUTTON &&
               name_of(c).find("Replace with the New Text") != std::string::npos;
    });
    REQUIRE(replace.is());
    s.click_on(replace);
    REQUIRE(wait_for([&] { return has(w.text(), "全年规范办理公文"); }, 10));
    CHECK_FALSE(has(w.text(), "今年全年办理公文"));
    CHECK(has(w.text(), "全年开展专题学习")); // the unedited section is not touched by this choice
    REQUIRE(wait_for([&] { return items_of(controls, "newer").size() == 1; }, 5));
    s.screenshot();

    s.click_document(w);
    s.key("ctrl+z");
    CHECK(wait_for([&] { return w.text() == before; }, 5)); // one undo step
}
