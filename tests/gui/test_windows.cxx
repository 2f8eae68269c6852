// The deck in the office's windows: one deck per window, the sidebar's edge dragged, and a clean
// exit after a document is closed with the deck open. Driven only by real clicks, drags and key
// presses (see journey.hxx); the API only reads what the screen shows.
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XURLTransformer.hpp>

#include <catch2/catch.hpp>
#include <sys/wait.h>

using namespace css;
using namespace reportkit::gui;
using reportkit::office::to_std;

namespace {

// Whether printing and PDF export of the window's document pass ReportKit's export guard first.
void check_export_guarded(const session& s, const writer_window& w) {
    for (const char* command : {".uno:Print", ".uno:ExportToPDF", ".uno:ExportDirectToPDF"}) {
        util::URL url;
        url.Complete = rtl::OUString::createFromAscii(command);
        util::URLTransformer::create(s.context())->parseStrict(url);
        uno::Reference<lang::XServiceInfo> dispatch(
            uno::Reference<frame::XDispatchProvider>(w.frame, uno::UNO_QUERY_THROW)
                ->queryDispatch(url, "", 0),
            uno::UNO_QUERY);
        INFO(command);
        CHECK((dispatch.is() && dispatch->getImplementationName() == "org.reportkit.comp.GuardedDispatch"));
    }
}

// The split pane holding the sidebar at the window's right edge: the rightmost SPLIT_PANE.
uno::Reference<awt::XWindow> sidebar_pane(const writer_window& w) {
    uno::Reference<awt::XWindow> best;
    std::function<void(const uno::Reference<a11y::XAccessible>&)> visit = [&](auto& a) {
        auto context = a.is() ? a->getAccessibleContext() : nullptr;
        if (!context.is()) return;
        sal_Int16 role = context->getAccessibleRole();
        if (role == a11y::AccessibleRole::MENU_BAR || role == a11y::AccessibleRole::TOOL_BAR ||
            role == a11y::AccessibleRole::DOCUMENT_TEXT)
            return;
        uno::Reference<awt::XWindow> window(a, uno::UNO_QUERY);
        if (role == a11y::AccessibleRole::SPLIT_PANE && window.is() &&
            (!best.is() || window->getPosSize().X > best->getPosSize().X))
            best = window;
        for (const auto& child : children_of(context))
            visit(child);
    };
    visit(uno::Reference<a11y::XAccessible>(w.frame->getContainerWindow(), uno::UNO_QUERY));
    return best;
}

int width_of(const uno::Reference<awt::XControlContainer>& c, const char* name) {
    return uno::Reference<awt::XWindow>(control(c, name), uno::UNO_QUERY_THROW)->getPosSize().Width;
}

} // namespace

TEST_CASE("two windows, each with its own deck working on its own document") {
    session s("journey-two-windows");
    auto first = s.open_writer();
    auto deck1 = s.open_deck(first).sections;
    auto second = s.open_writer();
    auto [deck2, data2] = s.open_deck(second);
    check_export_guarded(s, first);
    check_export_guarded(s, second);
    CHECK(label_of(data2, "sheet") == "No data sheet linked");

    s.click_on(control(deck2, "insert_outline"));
    REQUIRE(wait_for([&] { return second.text().size() > 200; }, 10));
    CHECK(first.text().empty());
    const std::string second_text = second.text();

    // The first window brought to the front (as from the Window menu or a task bar), its deck clicked.
    s.activate_window("Untitled 1");
    s.click_on(control(deck1, "insert_outline"));
    REQUIRE(wait_for([&] { return first.text().size() > 200; }, 10));
    CHECK(second.text() == second_text);
    s.screenshot();
}

TEST_CASE("the sidebar's edge dragged wider and back: both panels follow") {
    session s("journey-drag-edge");
    auto w = s.open_writer();
    auto [controls, data] = s.open_deck(w);
    auto pane = sidebar_pane(w);
    REQUIRE(pane.is());
    uno::Reference<a11y::XAccessible> pane_a11y(pane, uno::UNO_QUERY_THROW);
    const int pane_width = pane->getPosSize().Width, search_width = width_of(controls, "search"),
              problems_width = width_of(data, "problems");
    // Controls laid out once would keep their width; these grow and shrink with the sidebar
    // (give or take a scrollbar).
    auto follows = [&](const uno::Reference<awt::XControlContainer>& panel, const char* name, int width) {
        return wait_for(
            [&] {
                return std::abs(width_of(panel, name) - width - (pane->getPosSize().Width - pane_width)) <=
                       20;
            },
            5);
    };
    // The sidebar settles after it opens or is resized (its panels lay out again); a drag
    // started while its edge still moves misses it.
    auto settled = [&] {
        awt::Rectangle last = screen_rect(pane_a11y);
        int same = 0;
        return wait_for(
            [&] {
                awt::Rectangle now = screen_rect(pane_a11y);
                same = now.X == last.X && now.Width == last.Width ? same + 1 : 0;
                last = now;
                return same >= 5;
            },
            10);
    };
    // Onto the splitter at the pane's left border, press, move, release.
    auto drag_edge = [&](int dx) {
        REQUIRE(settled());
        awt::Rectangle r = screen_rect(pane_a11y);
        const int before = pane->getPosSize().Width, y = r.Y + r.Height / 2;
        s.drag(r.X + 3, y, r.X + 3 + dx, y);
        return wait_for([&] { return (pane->getPosSize().Width - before) * (dx < 0 ? 1 : -1) >= 30; }, 3);
    };

    REQUIRE(drag_edge(-80));
    INFO("pane " << pane_width << " → " << pane->getPosSize().Width << " px, search box " << search_width
                 << " → " << width_of(controls, "search") << " px");
    CHECK(follows(controls, "search", search_width));
    CHECK(follows(data, "problems", problems_width));
    s.screenshot("-wide");
    REQUIRE(drag_edge(80));
    CHECK(follows(controls, "search", search_width));
    CHECK(follows(data, "problems", problems_width));
    s.screenshot();
}

TEST_CASE("eight insertions clicked, the document closed at once, LibreOffice ends cleanly") {
    session s("journey-clean-exit");
    auto w = s.open_writer();
    auto controls = s.open_deck(w).sections;
    auto undo = uno::Reference<document::XUndoManagerSupplier>(w.doc, uno::UNO_QUERY_THROW)->getUndoManager();
    auto length = [&] { return w.doc->getText()->getString().getLength(); };
    for (int round = 0; round < 8; ++round) {
        const sal_Int32 before = length();
        s.click_on(control(controls, "insert_outline"));
        REQUIRE(wait_for([&] { return length() > before; }, 10));
        if (round == 7) break;
        INFO("round " << round);
        // Never seen inside the insertion's undo context: it is whole, one undo step.
        CHECK(undo->isUndoPossible());
    }
    // Closed the moment the text appears: Ctrl+W, then "Don't Save".
    s.key("ctrl+w");
    uno::Reference<a11y::XAccessible> dont_save;
    REQUIRE(wait_for(
        [&] {
            for (auto& window : top_windows(s))
                if ((dont_save = find_accessible(window, [](auto& c) {
                         return c->getAccessibleRole() == a11y::AccessibleRole::PUSH_BUTTON &&
                                name_of(c).rfind("Don", 0) == 0;
                     })).is())
                    return true;
            return false;
        },
        10));
    s.click_on(dont_save);
    CHECK(wait_for(
        [&] {
            auto all = s.desktop()->getComponents()->createEnumeration();
            while (all->hasMoreElements())
                if (uno::Reference<text::XTextDocument>(all->nextElement(), uno::UNO_QUERY) == w.doc)
                    return false;
            return true;
        },
        10));
    int status = s.quit();
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(s.log().find("Fatal exception") == std::string::npos);
}
