// Tools › Options › ReportKit: a setting changed there is obeyed by the next action. Driven only
// by real clicks and key presses (see journey.hxx); the API only reads what the screen shows.
// Tagged [options]: leave it out (REPORTKIT_GUI_TEST_SPEC="~[options]") where the page is missing.
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleStateSet.hpp>

#include <catch2/catch.hpp>

using namespace css;
using namespace reportkit::gui;

namespace {

namespace AccessibleRole = a11y::AccessibleRole;

bool has_role_and_name(const uno::Reference<a11y::XAccessibleContext>& c, sal_Int16 role,
                       const std::string& prefix) {
    return c->getAccessibleRole() == role && name_of(c).rfind(prefix, 0) == 0;
}

// The first top window with a control of `role` whose name starts with `prefix`, and that control.
std::pair<uno::Reference<a11y::XAccessible>, uno::Reference<a11y::XAccessible>>
find_in_windows(const session& s, sal_Int16 role, const std::string& prefix) {
    for (auto& window : top_windows(s))
        if (auto found = find_accessible(window, [&](auto& c) { return has_role_and_name(c, role, prefix); });
            found.is())
            return {window, found};
    return {};
}

bool is_checked(const uno::Reference<a11y::XAccessible>& box) {
    return has_state(box->getAccessibleContext(), "CHECKED");
}

// The export warning: a message box offering "Export Anyway" (or still titled as before).
bool warning_shown(const session& s) {
    for (auto& window : top_windows(s)) {
        std::string title = name_of(window->getAccessibleContext());
        if (title.find("unfilled") != std::string::npos) return true;
    }
    return find_in_windows(s, AccessibleRole::PUSH_BUTTON, "Export Anyway").first.is();
}

// The standard toolbar's Export Directly as PDF button, clicked.
void click_export(session& s, const writer_window& w) {
    auto button = find_accessible(
        uno::Reference<a11y::XAccessible>(w.frame->getContainerWindow(), uno::UNO_QUERY_THROW),
        [](auto& c) { return name_of(c) == "Export Directly as PDF"; }, true);
    REQUIRE(button.is());
    s.click_on(button);
}

} // namespace

TEST_CASE("g: unticking Warn before export in Tools › Options › ReportKit: export asks nothing",
          "[options]") {
    session s("journey-g-options");
    auto w = s.open_writer();
    auto controls = s.open_deck(w).sections;
    s.click_on(control(controls, "insert_outline"));
    REQUIRE(wait_for([&] { return w.text().size() > 200; }, 10));

    // With the default settings, exporting a report with unfilled numbers warns first.
    size_t windows = top_windows(s).size();
    click_export(s, w);
    REQUIRE(wait_for([&] { return top_windows(s).size() > windows; }, 10));
    CHECK(wait_for([&] { return warning_shown(s); }, 3));
    s.key("Escape");
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 5));

    // Tools › Options (Alt+F12), the ReportKit page in the tree.
    s.click_document(w);
    s.key("alt+F12");
    REQUIRE(wait_for([&] { return find_in_windows(s, AccessibleRole::PUSH_BUTTON, "OK").first.is(); }, 15));
    auto [dialog, page] = find_in_windows(s, AccessibleRole::TREE_ITEM, "ReportKit");
    if (!page.is()) std::tie(dialog, page) = find_in_windows(s, AccessibleRole::LIST_ITEM, "ReportKit");
    s.screenshot("-options");
    REQUIRE(page.is());
    s.click_on(page);
    auto warn = [&] { return find_in_windows(s, AccessibleRole::CHECK_BOX, "Warn before").second; };
    // A node with the page below it: opened, and its first page chosen.
    if (!wait_for([&] { return warn().is(); }, 2)) {
        s.key("Right Down");
    }
    REQUIRE(wait_for([&] { return warn().is(); }, 5));
    auto box = warn();
    CHECK(is_checked(box)); // the default
    // On the box itself, as a person aims: the control spans the page's width, but a check box
    // takes clicks only on its box and label, and LibreOffice 25.2 draws the label shorter than
    // the control's middle.
    awt::Rectangle r = screen_rect(box);
    REQUIRE(r.Height > 0);
    s.click_at(r.X + r.Height / 2, r.Y + r.Height / 2);
    CHECK(wait_for([&] { return !is_checked(warn()); }, 3));
    s.screenshot("-page");
    s.click_on(find_in_windows(s, AccessibleRole::PUSH_BUTTON, "OK").second);
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 5));

    // The next export goes straight to its file dialog.
    click_export(s, w);
    REQUIRE(wait_for([&] { return top_windows(s).size() > windows; }, 10));
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    CHECK_FALSE(warning_shown(s));
    s.screenshot();
    s.key("Escape");
}
