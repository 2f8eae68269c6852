// The deck as it looks: nothing cut at the default sidebar width, at 1× and 2× scaling, in an
// English and a Chinese LibreOffice; and the Chinese deck on a read-only document. The deck is
// opened by its shortcut or its tab; the API only reads sizes, texts and states.
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleStateSet.hpp>
#include <com/sun/star/accessibility/XAccessibleText.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/awt/tree/XTreeDataModel.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include "uno/common/properties.hxx"

#include <catch2/catch.hpp>
#include <sys/wait.h>

using namespace css;
using namespace reportkit::gui;
using reportkit::office::file_url;
using reportkit::office::properties;
using reportkit::office::to_ou;
using reportkit::office::to_std;

namespace {

bool is(const uno::Reference<awt::XControl>& c, const char* model_service) {
    uno::Reference<lang::XServiceInfo> info(c->getModel(), uno::UNO_QUERY);
    return info.is() && info->supportsService(rtl::OUString::createFromAscii(model_service));
}

template <class T> T property(const uno::Reference<awt::XControl>& c, const char* name, T otherwise) {
    uno::Reference<beans::XPropertySet> model(c->getModel(), uno::UNO_QUERY_THROW);
    if (!model->getPropertySetInfo()->hasPropertyByName(rtl::OUString::createFromAscii(name)))
        return otherwise;
    model->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= otherwise;
    return otherwise;
}

// The control's name in its panel (the contract names; else its text).
std::string name_in(const uno::Reference<awt::XControlContainer>& panel,
                    const uno::Reference<awt::XControl>& c) {
    for (const char* name :
         {"library_label", "library",      "search_label",  "search",  "sections",       "preview_label",
          "preview",       "insert",       "outline_label", "outline", "insert_outline", "status",
          "sheet",         "link",         "unlink",        "refresh", "check",          "problems_label",
          "problems",      "fields_label", "fields",        "skeleton"})
        if (panel->getControl(rtl::OUString::createFromAscii(name)) == c) return name;
    return "\"" + to_std(property(c, "Label", rtl::OUString())) + "\"";
}

// Where the control drew its text, character by character as assistive technology reads it:
// empty when every character lies inside the control, else the first one outside.
std::string text_outside(const uno::Reference<awt::XControl>& c, const awt::Rectangle& box) {
    uno::Reference<a11y::XAccessibleText> text(accessible_of(c)->getAccessibleContext(), uno::UNO_QUERY);
    if (!text.is()) return "no accessible text";
    rtl::OUString all = text->getText();
    bool measured = false;
    for (sal_Int32 i = 0; i < text->getCharacterCount(); ++i) {
        awt::Rectangle r = text->getCharacterBounds(i);
        if (r.Width <= 0 || all[i] == ' ' || all[i] == '\n') continue;
        measured = true;
        if (r.X < 0 || r.Y < 0 || r.X + r.Width > box.Width || r.Y + r.Height > box.Height)
            return "\"" + to_std(all.copy(i, 1)) + "\" (character " + std::to_string(i) + ") drawn at " +
                   std::to_string(r.X) + "," + std::to_string(r.Y) + " " + std::to_string(r.Width) + "×" +
                   std::to_string(r.Height);
    }
    return measured || all.isEmpty() ? "" : "no character bounds";
}

// Every text of the panel whole: each character of a label drawn inside it, a button's text fits, a
// drop-down list wide enough for its longest entry (or its choice whole in its tooltip, as the
// issue allows for long titles), the tree's rows within its width,
// and no control reaching past the panel's width.
void check_nothing_cut(const uno::Reference<awt::XControlContainer>& panel) {
    sal_Int32 panel_width = uno::Reference<awt::XWindow>(panel, uno::UNO_QUERY_THROW)->getPosSize().Width;
    for (const auto& c : panel->getControls()) {
        uno::Reference<awt::XWindow2> window(c, uno::UNO_QUERY_THROW);
        if (!window->isVisible()) continue;
        awt::Rectangle box = window->getPosSize();
        INFO("control " << name_in(panel, c) << " at x " << box.X << ", " << box.Width << "×" << box.Height
                        << " px in a " << panel_width << " px panel");
        CHECK(box.X + box.Width <= panel_width);
        if (is(c, "com.sun.star.awt.UnoControlFixedTextModel")) {
            CHECK(text_outside(c, box) == "");
        } else if (is(c, "com.sun.star.awt.UnoControlButtonModel") ||
                   is(c, "com.sun.star.awt.UnoControlCheckBoxModel") ||
                   is(c, "com.sun.star.awt.UnoControlRadioButtonModel")) {
            // Buttons keep no character bounds: their text with its least padding must fit.
            awt::Size need =
                uno::Reference<awt::XLayoutConstrains>(c->getPeer(), uno::UNO_QUERY_THROW)->getMinimumSize();
            INFO("\"" << to_std(property(c, "Label", rtl::OUString())) << "\" needs " << need.Width << "×"
                      << need.Height << " px");
            CHECK(need.Width <= box.Width);
            CHECK(need.Height <= box.Height);
        } else if (is(c, "com.sun.star.awt.UnoControlListBoxModel") && property(c, "Dropdown", false)) {
            // Too narrow for its longest entry, it shows the chosen one whole as its tooltip.
            awt::Size need = uno::Reference<awt::XLayoutConstrains>(c->getPeer(), uno::UNO_QUERY_THROW)
                                 ->getPreferredSize();
            auto entries = property(c, "StringItemList", uno::Sequence<rtl::OUString>());
            auto chosen = property(c, "SelectedItems", uno::Sequence<sal_Int16>());
            rtl::OUString shown = chosen.getLength() == 1 && chosen[0] >= 0 && chosen[0] < entries.getLength()
                                      ? entries[chosen[0]]
                                      : rtl::OUString();
            INFO("longest entry needs " << need.Width << " px; tooltip \""
                                        << to_std(property(c, "HelpText", rtl::OUString())) << "\"");
            CHECK((need.Width <= box.Width || property(c, "HelpText", rtl::OUString()) == shown));
        }
    }
    // The tree's rows fit its width: it shows no horizontal scrollbar.
    if (auto tree = panel->getControl("sections"); tree.is()) {
        auto scrollbar =
            find_accessible(accessible_of(tree), [](const uno::Reference<a11y::XAccessibleContext>& part) {
                awt::Rectangle r = screen_rect(part);
                return part->getAccessibleRole() == a11y::AccessibleRole::SCROLL_BAR && r.Width > r.Height &&
                       has_state(part, "SHOWING");
            });
        CHECK_FALSE(scrollbar.is());
    }
}

void check_deck_layout(const std::string& journey, session_options options) {
    session s(journey, options);
    auto w = s.open_writer();
    auto [sections, data] = s.open_deck(w);
    bool chinese = options.ui_locale.starts_with("zh");
    CHECK(label_of(sections, "insert_outline") == (chinese ? "插入整篇报告" : "Insert Whole Report"));
    CHECK(label_of(sections, "library_label") == (chinese ? "章节库" : "Library"));
    s.screenshot();
    {
        INFO("Sections panel");
        check_nothing_cut(sections);
    }
    {
        INFO("Data panel");
        check_nothing_cut(data);
    }
}

} // namespace

TEST_CASE("f: nothing in the deck is cut — English, default width") {
    check_deck_layout("journey-f-layout-en", {});
}

TEST_CASE("f: nothing in the deck is cut — English, 2× scaling") {
    check_deck_layout("journey-f-layout-en-2x", {.dpi = 192});
}

TEST_CASE("f: nothing in the deck is cut — Chinese, default width") {
    check_deck_layout("journey-f-layout-zh", {.ui_locale = "zh-CN"});
}

TEST_CASE("f: nothing in the deck is cut — Chinese, 2× scaling") {
    check_deck_layout("journey-f-layout-zh-2x", {.ui_locale = "zh-CN", .dpi = 192});
}

TEST_CASE("the deck speaks Chinese in a Chinese UI and refuses a read-only document") {
    session s("journey-read-only-zh", {.ui_locale = "zh-CN"});

    // Setup: a saved report, opened read-only the way File › Open's Read-Only box opens it.
    std::string path = (s.dir() / "只读报告.odt").string();
    {
        uno::Reference<frame::XComponentLoader> loader(s.desktop(), uno::UNO_QUERY_THROW);
        uno::Reference<frame::XStorable> scratch(
            loader->loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                         properties({{"Hidden", uno::Any(true)}})),
            uno::UNO_QUERY_THROW);
        uno::Reference<org::reportkit::XReportEngine> engine(
            s.context()->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine",
                                                                        s.context()),
            uno::UNO_QUERY_THROW);
        auto library = engine->getLibraries()[0].Id;
        engine->insertOutline(uno::Reference<text::XTextDocument>(scratch, uno::UNO_QUERY_THROW), nullptr,
                              library, engine->getOutlines(library)[0].Id);
        scratch->storeToURL(to_ou(file_url(path)),
                            properties({{"FilterName", uno::Any(rtl::OUString("writer8"))}}));
        uno::Reference<util::XCloseable>(scratch, uno::UNO_QUERY_THROW)->close(true);
    }
    uno::Reference<frame::XComponentLoader> loader(s.desktop(), uno::UNO_QUERY_THROW);
    writer_window w;
    w.doc.set(loader->loadComponentFromURL(to_ou(file_url(path)), "_blank", 0,
                                           properties({{"ReadOnly", uno::Any(true)}})),
              uno::UNO_QUERY_THROW);
    w.frame = uno::Reference<frame::XModel>(w.doc, uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    REQUIRE(uno::Reference<frame::XStorable>(w.doc, uno::UNO_QUERY_THROW)->isReadonly());
    const std::string before = w.text();
    REQUIRE(before.size() > 200);

    // Read-only views disable the deck's menu command and shortcut: its tab in the sidebar's tab
    // bar is clicked (the sidebar shown first with View › Sidebar, Ctrl+F5, if it is hidden).
    uno::Reference<frame::XController2> controller(w.frame->getController(), uno::UNO_QUERY_THROW);
    uno::Reference<a11y::XAccessible> frame_window(w.frame->getContainerWindow(), uno::UNO_QUERY_THROW);
    REQUIRE(wait_for([&] { return screen_rect(frame_window).Width > 0; }, 10));
    std::this_thread::sleep_for(std::chrono::seconds(1));
    auto sidebar = controller->getSidebar();
    REQUIRE(sidebar.is());
    if (!sidebar->isVisible()) {
        s.click_document(w);
        s.key("ctrl+F5");
        REQUIRE(wait_for([&] { return sidebar->isVisible(); }, 10));
    }
    uno::Reference<a11y::XAccessible> tab;
    REQUIRE(wait_for(
        [&] {
            tab = find_accessible(frame_window, [](auto& c) {
                return name_of(c) == "报告助手" && c->getAccessibleRole() != a11y::AccessibleRole::PANEL;
            });
            return tab.is() && screen_rect(tab).Width > 0;
        },
        10));
    s.click_on(tab);
    uno::Reference<awt::XControlContainer> controls, numbers;
    REQUIRE(wait_for([&] { return (controls = panel_controls(w.frame)).is(); }, 20));
    REQUIRE(wait_for([&] { return (numbers = panel_controls(w.frame, "ReportKitDataPanel")).is(); }, 20));

    // Every word of the panel in Chinese.
    CHECK(label_of(controls, "library_label") == "章节库");
    CHECK(label_of(controls, "search_label") == "搜索章节");
    CHECK(label_of(controls, "insert") == "插入章节");
    CHECK(label_of(controls, "insert_outline") == "插入整篇报告");
    CHECK(label_of(controls, "outline_label") == "报告框架");

    // Nothing can be inserted, and the panel says why.
    CHECK_FALSE(enabled(controls, "insert"));
    CHECK_FALSE(enabled(controls, "insert_outline"));
    CHECK(label_of(controls, "status") == "文档为只读，不能插入。");

    // The Data panel too: no link, its buttons worded in Chinese, the open numbers listed.
    CHECK(label_of(numbers, "sheet") == "未链接数据表");
    CHECK(label_of(numbers, "refresh") == "刷新数据");
    CHECK(label_of(numbers, "link") == "链接数据表…");
    CHECK(wait_for([&] { return label_of(numbers, "problems_label").find(" 个问题") != std::string::npos; },
                   10));
    auto lines = items_of(numbers, "problems");
    REQUIRE_FALSE(lines.empty());
    INFO("first problem: " << lines[0]);
    CHECK(lines[0].rfind("未填：", 0) == 0);
    CHECK(lines[0].find("（文档尚未链接数据表）") != std::string::npos);
    CHECK(w.text() == before);
    s.screenshot();

    int status = s.quit();
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
