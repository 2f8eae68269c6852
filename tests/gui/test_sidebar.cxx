// The ReportKit deck in a real Writer window under Xvfb: shown, screenshotted, its controls
// reached through the sidebar API, the sidebar's edge dragged with the mouse, an insertion
// triggered through the panel, and a clean exit after closing the document with the deck open.
#define CATCH_CONFIG_MAIN
#include "uno/client/office.hxx"
#include "uno/client/unopkg.hxx"
#include "uno/common/properties.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/MouseButton.hpp>
#include <com/sun/star/awt/MouseEvent.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/awt/XToolkitRobot.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/awt/tree/XTreeDataModel.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XURLTransformer.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <org/reportkit/XReportData.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace css;
using namespace reportkit::office;
namespace fs = std::filesystem;

// UNO exceptions do not derive from std::exception: show their type and message in failures.
CATCH_TRANSLATE_EXCEPTION(const css::uno::Exception& e) {
    return to_std(e.Message);
}

namespace {

const char* program_dir = "/usr/lib/libreoffice/program";

// Polls `ready` every 200 ms for up to `seconds`.
template <class F> bool wait_for(F ready, int seconds) {
    for (int i = 0; i < seconds * 5; ++i) {
        if (ready()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return ready();
}

// An Xvfb of our own. With -displayfd it picks a free display itself and writes the number
// only once it accepts connections, so stale lock files or sockets cannot fool us. -noreset:
// the server resets whenever its last client leaves; without it, under load, soffice.bin often
// could not open a display a moment after Xvfb reported it (and xdpyinfo could right after).
struct xvfb {
    pid_t pid = 0;
    std::string display;
    xvfb() {
        int ready[2];
        REQUIRE(pipe(ready) == 0);
        pid = fork();
        if (pid == 0) {
            close(ready[0]);
            int null = open("/dev/null", O_WRONLY);
            dup2(null, 1);
            dup2(null, 2);
            std::string fd = std::to_string(ready[1]);
            execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-ac", "-noreset", "-nolisten", "tcp", "-screen",
                   "0", "1400x1000x24", nullptr);
            _exit(127);
        }
        close(ready[1]);
        std::string number;
        char c;
        while (read(ready[0], &c, 1) == 1 && c != '\n')
            number += c;
        close(ready[0]);
        if (number.empty()) FAIL("Xvfb did not start (is it installed?)");
        display = ":" + number;
    }
    ~xvfb() {
        if (pid > 0) {
            kill(pid, SIGTERM);
            waitpid(pid, nullptr, 0);
        }
    }
};

// The extension installed with unopkg into a fresh profile, and a visible soffice on Xvfb.
struct gui_office {
    fs::path dir = fs::temp_directory_path() / ("reportkit-gui-" + std::to_string(getpid()));
    std::unique_ptr<xvfb> screen;
    std::unique_ptr<office_process> office;

    // ui_locale: LibreOffice's UI language from the start ("zh-CN"), as set in Options.
    explicit gui_office(const char* ui_locale = nullptr) {
        fs::remove_all(dir);
        fs::create_directories(dir);
        REQUIRE(unopkg_add(program_dir, (dir / "profile").string(), REPORTKIT_OXT,
                           (dir / "unopkg.log").string()) == 0);
        if (ui_locale) set_ui_locale(ui_locale);
        screen = std::make_unique<xvfb>();
        office_config config{.profile_dir = (dir / "profile").string(),
                             .pipe = "reportkit-gui-" + std::to_string(getpid()),
                             .program_dir = program_dir,
                             .log_file = (dir / "soffice.log").string(),
                             .display = screen->display};
        office = office_process::start(config, std::chrono::seconds(120));
    }
    void set_ui_locale(const char* locale) {
        fs::path file = dir / "profile" / "user" / "registrymodifications.xcu";
        std::string xml;
        if (fs::exists(file)) {
            std::ifstream in(file);
            xml.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        } else {
            fs::create_directories(file.parent_path());
            xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items "
                  "xmlns:oor=\"http://openoffice.org/2001/registry\" "
                  "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                  "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n</oor:items>\n";
        }
        size_t end = xml.rfind("</oor:items>");
        REQUIRE(end != std::string::npos);
        // Tools › Options › Language Settings › User interface; LibreOffice derives ooLocale from it.
        xml.insert(end, std::string("<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop "
                                    "oor:name=\"UILocale\" oor:op=\"fuse\"><value>") +
                            locale + "</value></prop></item>\n");
        std::ofstream(file) << xml;
    }
    ~gui_office() {
        if (office) office->terminate();
        // The office's own output (a crash's backtrace among it) is kept with the screenshots.
        static int count = 0;
        std::error_code ec;
        fs::create_directories(REPORTKIT_GUI_ARTIFACTS, ec);
        fs::copy_file(dir / "soffice.log",
                      fs::path(REPORTKIT_GUI_ARTIFACTS) / ("soffice-" + std::to_string(++count) + ".log"),
                      fs::copy_options::overwrite_existing, ec);
        fs::remove_all(dir);
    }
    std::string log() const {
        std::ifstream in(dir / "soffice.log");
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
};

uno::Reference<frame::XFrame> open_writer(const gui_office& g, uno::Reference<text::XTextDocument>& doc) {
    uno::Reference<frame::XComponentLoader> loader(g.office->desktop(), uno::UNO_QUERY_THROW);
    doc.set(loader->loadComponentFromURL("private:factory/swriter", "_blank", 0, {}), uno::UNO_QUERY_THROW);
    return uno::Reference<frame::XModel>(doc, uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
}

void dispatch(const gui_office& g, const uno::Reference<frame::XFrame>& frame, const char* command) {
    frame::DispatchHelper::create(g.office->context())
        ->executeDispatch(uno::Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW),
                          rtl::OUString::createFromAscii(command), "", 0, {});
}

// A panel's control container, reached as any client would: controller → sidebar → deck → panel.
uno::Reference<awt::XControlContainer> panel_controls(const uno::Reference<frame::XFrame>& frame,
                                                      const char* name = "ReportKitPanel") {
    uno::Reference<frame::XController2> controller(frame->getController(), uno::UNO_QUERY_THROW);
    uno::Reference<ui::XSidebarProvider> sidebar = controller->getSidebar();
    if (!sidebar.is()) return nullptr;
    uno::Reference<ui::XDecks> decks = sidebar->getDecks();
    if (!decks.is() || !decks->hasByName("ReportKitDeck")) return nullptr;
    uno::Reference<ui::XDeck> deck(decks->getByName("ReportKitDeck"), uno::UNO_QUERY_THROW);
    if (!deck->isActive()) return nullptr;
    uno::Reference<ui::XPanels> panels = deck->getPanels();
    rtl::OUString id = rtl::OUString::createFromAscii(name);
    if (!panels.is() || !panels->hasByName(id)) return nullptr;
    uno::Reference<ui::XPanel> panel(panels->getByName(id), uno::UNO_QUERY_THROW);
    return uno::Reference<awt::XControlContainer>(panel->getDialog(), uno::UNO_QUERY);
}

uno::Reference<beans::XPropertySet> model_of(const uno::Reference<awt::XControlContainer>& c,
                                             const char* name) {
    auto control = c->getControl(rtl::OUString::createFromAscii(name));
    REQUIRE(control.is());
    return uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW);
}

// Clicks a button the way assistive technology does.
void press(const uno::Reference<awt::XControlContainer>& c, const char* name) {
    uno::Reference<accessibility::XAccessible> accessible(
        c->getControl(rtl::OUString::createFromAscii(name))->getPeer(), uno::UNO_QUERY_THROW);
    uno::Reference<accessibility::XAccessibleAction> action(accessible->getAccessibleContext(),
                                                            uno::UNO_QUERY_THROW);
    action->doAccessibleAction(0);
}

std::string label_of(const uno::Reference<awt::XControlContainer>& c, const char* name,
                     const char* property = "Label") {
    rtl::OUString label;
    model_of(c, name)->getPropertyValue(rtl::OUString::createFromAscii(property)) >>= label;
    return to_std(label);
}

// Whether a panel's window is no wider than its parent, and every control inside it, as
// assistive technology sees them.
bool fits_its_parent(const uno::Reference<awt::XControlContainer>& panel) {
    uno::Reference<accessibility::XAccessible> accessible(panel, uno::UNO_QUERY);
    if (!accessible.is()) return false;
    auto context = accessible->getAccessibleContext();
    uno::Reference<accessibility::XAccessibleComponent> self(context, uno::UNO_QUERY);
    auto parent = context->getAccessibleParent();
    uno::Reference<accessibility::XAccessibleComponent> outer(
        parent.is() ? parent->getAccessibleContext() : nullptr, uno::UNO_QUERY);
    if (!self.is() || !outer.is()) return false;
    sal_Int32 width = self->getSize().Width, room = outer->getSize().Width;
    INFO("panel " << width << " px in " << room << " px");
    if (width <= 0 || width > room) return false;
    for (const auto& control : panel->getControls()) {
        awt::Rectangle r = uno::Reference<awt::XWindow>(control, uno::UNO_QUERY_THROW)->getPosSize();
        if (r.X + r.Width > width) return false;
    }
    return true;
}

// The split pane that holds the sidebar at the window's right edge, as assistive technology
// sees it: the rightmost SPLIT_PANE under the frame's window.
uno::Reference<awt::XWindow> sidebar_pane(const uno::Reference<frame::XFrame>& frame) {
    uno::Reference<awt::XWindow> best;
    std::function<void(const uno::Reference<accessibility::XAccessible>&)> visit = [&](auto& a) {
        auto context = a.is() ? a->getAccessibleContext() : nullptr;
        if (!context.is()) return;
        sal_Int16 role = context->getAccessibleRole();
        if (role == accessibility::AccessibleRole::MENU_BAR ||
            role == accessibility::AccessibleRole::TOOL_BAR)
            return;
        uno::Reference<awt::XWindow> window(a, uno::UNO_QUERY);
        if (role == accessibility::AccessibleRole::SPLIT_PANE && window.is() &&
            (!best.is() || window->getPosSize().X > best->getPosSize().X))
            best = window;
        for (sal_Int64 i = 0, n = context->getAccessibleChildCount(); i < n; ++i)
            visit(context->getAccessibleChild(i));
    };
    visit(uno::Reference<accessibility::XAccessible>(frame->getContainerWindow(), uno::UNO_QUERY));
    return best;
}

// Drags the sidebar's left edge to the left (dx < 0: wider) or right, as a person does with the
// mouse: onto the splitter at the pane's left border, press, move, release. True once the pane's
// width changed by 30 px or more that way; a drag the office missed is tried again, twice.
bool drag_sidebar_edge(const gui_office& g, const uno::Reference<awt::XWindow>& pane, int dx) {
    uno::Reference<awt::XToolkitRobot> robot(awt::Toolkit::create(g.office->context()), uno::UNO_QUERY_THROW);
    auto event = [&](int x, sal_Int16 buttons) {
        awt::MouseEvent e;
        e.Source = pane;
        e.Buttons = buttons;
        e.ClickCount = 1;
        e.X = x;
        e.Y = pane->getPosSize().Height / 2;
        return e;
    };
    const int edge = 3; // inside the splitter, left of the deck
    const int before = pane->getPosSize().Width;
    for (int attempt = 0; attempt < 3; ++attempt) {
        robot->mouseMove(event(edge, 0));
        robot->mousePress(event(edge, awt::MouseButton::LEFT));
        for (int step = 1; step <= 8; ++step)
            robot->mouseMove(event(edge + dx * step / 8, awt::MouseButton::LEFT));
        robot->mouseRelease(event(edge + dx, awt::MouseButton::LEFT));
        uno::Reference<awt::XToolkitExperimental>(robot, uno::UNO_QUERY_THROW)->processEventsToIdle();
        if (wait_for([&] { return (pane->getPosSize().Width - before) * (dx < 0 ? 1 : -1) >= 30; }, 3))
            return true;
    }
    return false;
}

int width_of(const uno::Reference<awt::XControlContainer>& c, const char* name) {
    return uno::Reference<awt::XWindow>(c->getControl(rtl::OUString::createFromAscii(name)),
                                        uno::UNO_QUERY_THROW)
        ->getPosSize()
        .Width;
}

bool enabled(const uno::Reference<awt::XControlContainer>& c, const char* name) {
    bool on = false;
    model_of(c, name)->getPropertyValue("Enabled") >>= on;
    return on;
}

} // namespace

TEST_CASE("the deck speaks Chinese in a Chinese UI and refuses a read-only document") {
    gui_office g("zh-CN");

    // A saved report skeleton, opened read-only the way File › Open's Read-Only box opens it.
    std::string path = (g.dir / "只读报告.odt").string();
    {
        uno::Reference<frame::XComponentLoader> loader(g.office->desktop(), uno::UNO_QUERY_THROW);
        uno::Reference<frame::XStorable> scratch(
            loader->loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                         properties({{"Hidden", uno::Any(true)}})),
            uno::UNO_QUERY_THROW);
        uno::Reference<org::reportkit::XReportEngine> engine(
            g.office->context()->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine",
                                                                                g.office->context()),
            uno::UNO_QUERY_THROW);
        auto library = engine->getLibraries()[0].Id;
        engine->insertOutline(uno::Reference<text::XTextDocument>(scratch, uno::UNO_QUERY_THROW), nullptr,
                              library, engine->getOutlines(library)[0].Id);
        scratch->storeToURL(to_ou(file_url(path)),
                            properties({{"FilterName", uno::Any(rtl::OUString("writer8"))}}));
        uno::Reference<util::XCloseable>(scratch, uno::UNO_QUERY_THROW)->close(true);
    }
    uno::Reference<frame::XComponentLoader> loader(g.office->desktop(), uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextDocument> doc(
        loader->loadComponentFromURL(to_ou(file_url(path)), "_blank", 0,
                                     properties({{"ReadOnly", uno::Any(true)}})),
        uno::UNO_QUERY_THROW);
    auto frame = uno::Reference<frame::XModel>(doc, uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    REQUIRE(uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)->isReadonly());
    std::string before = to_std(doc->getText()->getString());
    REQUIRE(before.size() > 200);

    // Read-only views disable the deck commands of the menu: the deck is opened from its tab,
    // which the sidebar API activates the same way.
    uno::Reference<frame::XController2> controller(frame->getController(), uno::UNO_QUERY_THROW);
    auto sidebar = controller->getSidebar();
    REQUIRE(sidebar.is());
    sidebar->setVisible(true);
    uno::Reference<ui::XDeck> deck;
    REQUIRE(wait_for(
        [&] {
            auto decks = sidebar->getDecks();
            return decks.is() && decks->hasByName("ReportKitDeck") &&
                   (decks->getByName("ReportKitDeck") >>= deck);
        },
        20));
    deck->activate(true);
    CHECK(to_std(deck->getTitle()) == "报告助手");
    uno::Reference<awt::XControlContainer> controls;
    REQUIRE(wait_for([&] { return (controls = panel_controls(frame)).is(); }, 20));

    // Nothing cut off at the width the sidebar gave the panel: the panel's window, and so every
    // control in it, is no wider than the window the sidebar put it in.
    CHECK(wait_for([&] { return fits_its_parent(controls); }, 10));

    // Every word of the panel in Chinese.
    CHECK(label_of(controls, "library_label") == "章节库");
    CHECK(label_of(controls, "insert") == "插入章节");
    CHECK(label_of(controls, "insert_outline") == "插入整篇报告");
    CHECK(label_of(controls, "preview_label") == "预览");

    // Nothing can be inserted, and the panel says why.
    CHECK_FALSE(enabled(controls, "insert"));
    CHECK_FALSE(enabled(controls, "insert_outline"));
    CHECK(label_of(controls, "status") == "文档为只读，不能插入。");

    // The Data panel too: no link, and its buttons worded in Chinese.
    uno::Reference<awt::XControlContainer> numbers;
    REQUIRE(wait_for([&] { return (numbers = panel_controls(frame, "ReportKitDataPanel")).is(); }, 20));
    CHECK(label_of(numbers, "sheet") == "未链接数据表");
    CHECK(label_of(numbers, "refresh") == "刷新数据");
    CHECK(label_of(numbers, "link") == "链接数据表…");
    // Checking a read-only report still works: its open numbers are listed.
    CHECK(wait_for([&] { return label_of(numbers, "problems_label").find(" 个问题") != std::string::npos; },
                   10));
    CHECK(to_std(doc->getText()->getString()) == before);
    uno::Sequence<rtl::OUString> lines;
    model_of(numbers, "problems")->getPropertyValue("StringItemList") >>= lines;
    REQUIRE(lines.getLength() > 0);
    INFO("first problem: " << to_std(lines[0]));
    CHECK(to_std(lines[0]).rfind("未填：", 0) == 0);
    CHECK(to_std(lines[0]).find("（文档尚未链接数据表）") != std::string::npos);

    fs::create_directories(REPORTKIT_GUI_ARTIFACTS);
    std::string shot = std::string(REPORTKIT_GUI_ARTIFACTS) + "/sidebar-deck-zh-read-only.png";
    std::this_thread::sleep_for(std::chrono::seconds(3)); // let the deck paint
    CHECK(std::system(("import -display " + g.screen->display + " -window root " + shot).c_str()) == 0);

    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    int status_code = g.office->terminate(std::chrono::seconds(30));
    CHECK(WIFEXITED(status_code));
    CHECK(WEXITSTATUS(status_code) == 0);
}

TEST_CASE("the ReportKit deck works in a real Writer window") {
    gui_office g;
    uno::Reference<text::XTextDocument> doc;
    auto frame = open_writer(g, doc);

    // Printing and PDF export of a visible Writer document pass the export guard first.
    for (const char* command : {".uno:Print", ".uno:ExportToPDF", ".uno:ExportDirectToPDF"}) {
        util::URL url;
        url.Complete = rtl::OUString::createFromAscii(command);
        uno::Reference<util::XURLTransformer> parser = util::URLTransformer::create(g.office->context());
        parser->parseStrict(url);
        uno::Reference<lang::XServiceInfo> dispatch(
            uno::Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW)->queryDispatch(url, "", 0),
            uno::UNO_QUERY);
        INFO(command);
        CHECK((dispatch.is() && dispatch->getImplementationName() == "org.reportkit.comp.GuardedDispatch"));
    }

    // Opened the way the menu entry and the shortcut open it.
    dispatch(g, frame, ".uno:SidebarDeck.ReportKitDeck");
    uno::Reference<awt::XControlContainer> controls;
    REQUIRE(wait_for([&] { return (controls = panel_controls(frame)).is(); }, 20));
    uno::Reference<frame::XController2> controller(frame->getController(), uno::UNO_QUERY_THROW);
    CHECK(controller->getSidebar()->isVisible());

    // The panel's controls, the bundled library and its outlines.
    for (const char* name :
         {"library", "search", "sections", "preview", "insert", "outline", "insert_outline"})
        CHECK(controls->getControl(rtl::OUString::createFromAscii(name)).is());
    uno::Sequence<rtl::OUString> libraries;
    model_of(controls, "library")->getPropertyValue("StringItemList") >>= libraries;
    REQUIRE(libraries.getLength() >= 1);
    CHECK(std::any_of(libraries.begin(), libraries.end(),
                      [](auto& l) { return to_std(l) == "机关（办公室）年度工作情况报告"; }));
    uno::Sequence<rtl::OUString> outlines;
    model_of(controls, "outline")->getPropertyValue("StringItemList") >>= outlines;
    CHECK(outlines.getLength() >= 1);
    bool enabled = false;
    model_of(controls, "insert_outline")->getPropertyValue("Enabled") >>= enabled;
    CHECK(enabled);

    // Searching narrows the tree; choosing a section previews it and enables Insert Section.
    uno::Reference<awt::XTextComponent>(controls->getControl("search"), uno::UNO_QUERY_THROW)
        ->setText(to_ou("督查"));
    uno::Reference<awt::tree::XTreeControl> tree(controls->getControl("sections"), uno::UNO_QUERY_THROW);
    uno::Reference<awt::tree::XTreeDataModel> data;
    model_of(controls, "sections")->getPropertyValue("DataModel") >>= data;
    REQUIRE(data.is());
    auto root = data->getRoot();
    REQUIRE(root->getChildCount() >= 1);
    auto first_category = root->getChildAt(0);
    REQUIRE(first_category->getChildCount() >= 1);
    CHECK(to_std(first_category->getChildAt(0)->getDisplayValue().get<rtl::OUString>()).find("督") !=
          std::string::npos);
    tree->select(uno::Any(first_category->getChildAt(0)));
    rtl::OUString preview;
    model_of(controls, "preview")->getPropertyValue("Text") >>= preview;
    CHECK(preview.getLength() > 20);
    bool insert_enabled = false;
    model_of(controls, "insert")->getPropertyValue("Enabled") >>= insert_enabled;
    CHECK(insert_enabled);

    // The picture a person would see, kept as a test artifact.
    fs::create_directories(REPORTKIT_GUI_ARTIFACTS);
    std::string shot = std::string(REPORTKIT_GUI_ARTIFACTS) + "/sidebar-deck.png";
    std::this_thread::sleep_for(std::chrono::seconds(3)); // let the deck paint
    CHECK(std::system(("import -display " + g.screen->display + " -window root " + shot).c_str()) == 0);
    CHECK(fs::file_size(shot) > 10000);

    // Dragging the sidebar's edge re-lays the controls out for the new width, both ways.
    uno::Reference<awt::XWindow> pane = sidebar_pane(frame);
    REQUIRE(pane.is());
    uno::Reference<awt::XControlContainer> data_panel = panel_controls(frame, "ReportKitDataPanel");
    REQUIRE(data_panel.is());
    const int pane_width = pane->getPosSize().Width, search_width = width_of(controls, "search"),
              problems_width = width_of(data_panel, "problems");
    // Both panels follow the sidebar: their controls grow and shrink by as much as it does (give
    // or take a scrollbar), where controls laid out once would keep their width.
    auto follows = [&](const uno::Reference<awt::XControlContainer>& panel, const char* name, int width) {
        return wait_for(
            [&] {
                int grown = pane->getPosSize().Width - pane_width;
                return std::abs(width_of(panel, name) - width - grown) <= 20;
            },
            10);
    };
    REQUIRE(drag_sidebar_edge(g, pane, -40));
    INFO("pane " << pane_width << " → " << pane->getPosSize().Width << " px, search box " << search_width
                 << " → " << width_of(controls, "search") << " px");
    CHECK(follows(controls, "search", search_width));
    CHECK(follows(data_panel, "problems", problems_width));
    CHECK(fits_its_parent(controls));
    CHECK(fits_its_parent(data_panel));
    CHECK(std::system(("import -display " + g.screen->display + " -window root " +
                       std::string(REPORTKIT_GUI_ARTIFACTS) + "/sidebar-deck-wide.png")
                          .c_str()) == 0);
    REQUIRE(drag_sidebar_edge(g, pane, 40));
    CHECK(follows(controls, "search", search_width));
    CHECK(follows(data_panel, "problems", problems_width));
    CHECK(fits_its_parent(controls));
    CHECK(fits_its_parent(data_panel));

    // Insert Whole Report, pressed as assistive technology presses it, fills the document.
    CHECK(doc->getText()->getString().isEmpty());
    press(controls, "insert_outline");
    CHECK(wait_for([&] { return doc->getText()->getString().getLength() > 200; }, 10));
    uno::Reference<beans::XPropertySet> first(
        uno::Reference<container::XEnumerationAccess>(doc->getText(), uno::UNO_QUERY_THROW)
            ->createEnumeration()
            ->nextElement(),
        uno::UNO_QUERY_THROW);
    rtl::OUString style;
    first->getPropertyValue("ParaStyleName") >>= style;
    CHECK(to_std(style) == "报告标题");
    // The click is delivered asynchronously: the status line speaks once the insertion returned.
    std::string status;
    CHECK(wait_for(
        [&] {
            status = label_of(controls, "status");
            return status.rfind("Inserted: ", 0) == 0;
        },
        10));
    INFO("status: " << status);
    std::string after = std::string(REPORTKIT_GUI_ARTIFACTS) + "/sidebar-after-insert.png";
    std::this_thread::sleep_for(std::chrono::seconds(2));
    CHECK(std::system(("import -display " + g.screen->display + " -window root " + after).c_str()) == 0);

    // A second window has its own deck, working on its own document: its Data panel knows no
    // sheet, and inserting there leaves the first document as it was, and the other way round.
    uno::Reference<text::XTextDocument> doc2;
    auto frame2 = open_writer(g, doc2);
    dispatch(g, frame2, ".uno:SidebarDeck.ReportKitDeck");
    uno::Reference<awt::XControlContainer> controls2, numbers2;
    REQUIRE(wait_for([&] { return (controls2 = panel_controls(frame2)).is(); }, 20));
    REQUIRE(wait_for([&] { return (numbers2 = panel_controls(frame2, "ReportKitDataPanel")).is(); }, 20));
    CHECK(label_of(numbers2, "sheet") == "No data sheet linked");
    const rtl::OUString first_text = doc->getText()->getString();
    press(controls2, "insert_outline");
    CHECK(wait_for([&] { return label_of(controls2, "status").rfind("Inserted: ", 0) == 0; }, 10));
    CHECK(doc2->getText()->getString().getLength() > 200);
    CHECK(doc->getText()->getString() == first_text);
    const rtl::OUString second_text = doc2->getText()->getString();
    // The first window's deck, pressed while the second window is the active one, still works on
    // the first window's document (not on "the current document").
    press(controls, "insert_outline");
    CHECK(wait_for([&] { return doc->getText()->getString().getLength() > first_text.getLength(); }, 10));
    CHECK(doc2->getText()->getString() == second_text);
    uno::Reference<util::XCloseable>(doc2, uno::UNO_QUERY_THROW)->close(true);

    // The Data panel: its controls, the audit of the inserted report, a problem selected in the
    // document, then a linked sample sheet refreshed by its button.
    uno::Reference<awt::XControlContainer> numbers;
    REQUIRE(wait_for([&] { return (numbers = panel_controls(frame, "ReportKitDataPanel")).is(); }, 20));
    for (const char* name : {"sheet", "link", "unlink", "refresh", "check", "problems", "fields", "skeleton"})
        CHECK(numbers->getControl(rtl::OUString::createFromAscii(name)).is());
    press(numbers, "check");
    CHECK(wait_for([&] { return label_of(numbers, "problems_label").find(" problems") != std::string::npos; },
                   10));
    INFO("problems: " << label_of(numbers, "problems_label"));
    uno::Sequence<rtl::OUString> problem_lines;
    model_of(numbers, "problems")->getPropertyValue("StringItemList") >>= problem_lines;
    REQUIRE(problem_lines.getLength() > 10);
    CHECK(to_std(problem_lines[0]).rfind("missing: ", 0) == 0);
    uno::Reference<awt::XListBox>(numbers->getControl("problems"), uno::UNO_QUERY_THROW)
        ->selectItemPos(0, true);
    uno::Reference<view::XSelectionSupplier> selection(controller, uno::UNO_QUERY_THROW);
    CHECK(wait_for(
        [&] {
            uno::Reference<container::XIndexAccess> ranges(selection->getSelection(), uno::UNO_QUERY);
            if (!ranges.is() || ranges->getCount() == 0) return false;
            uno::Reference<text::XTextRange> r(ranges->getByIndex(0), uno::UNO_QUERY);
            return r.is() && to_std(r->getString()).find("【待填") != std::string::npos;
        },
        10));
    CHECK(label_of(numbers, "sheet") == "No data sheet linked");
    uno::Reference<org::reportkit::XReportData> numbers_data(
        g.office->context()->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine",
                                                                            g.office->context()),
        uno::UNO_QUERY_THROW);
    // The outline came from the first library in the list: the sample sheet of that library.
    std::string first_library =
        to_std(uno::Reference<org::reportkit::XReportEngine>(numbers_data, uno::UNO_QUERY_THROW)
                   ->getLibraries()[0]
                   .Id);
    numbers_data->linkDataSheet(
        doc, to_ou(file_url(std::string(REPORTKIT_TEMPLATES) + "/samples/" + first_library + ".ods")));
    press(numbers, "check");
    CHECK(
        wait_for([&] { return label_of(numbers, "sheet") == "Data sheet: " + first_library + ".ods"; }, 10));
    press(numbers, "refresh");
    CHECK(wait_for([&] { return label_of(numbers, "problems_label") == "Every number is filled."; }, 20));
    CHECK(to_std(doc->getText()->getString()).find("【待填") == std::string::npos);
    CHECK(label_of(numbers, "status").rfind("Report numbers refreshed; values changed: ", 0) == 0);
    std::string data_shot = std::string(REPORTKIT_GUI_ARTIFACTS) + "/sidebar-data-panel.png";
    std::this_thread::sleep_for(std::chrono::seconds(2));
    CHECK(std::system(("import -display " + g.screen->display + " -window root " + data_shot).c_str()) == 0);

    // Another client sees an insertion pressed in the panel whole or not at all, never inside its
    // undo context (where Undo is not possible): the panel edits the document holding the
    // SolarMutex. The last insertion is closed the moment it appears, with the deck open;
    // LibreOffice then ends cleanly.
    uno::Reference<document::XUndoManager> undo =
        uno::Reference<document::XUndoManagerSupplier>(doc, uno::UNO_QUERY_THROW)->getUndoManager();
    auto length = [&] { return doc->getText()->getString().getLength(); };
    for (int round = 0; round < 8; ++round) {
        const sal_Int32 before = length();
        press(controls, "insert_outline");
        sal_Int32 seen = before;
        for (auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
             seen == before && std::chrono::steady_clock::now() < until;)
            seen = length();
        REQUIRE(seen > before);
        if (round == 7) break;
        INFO("round " << round << ": " << before << " → " << seen << " characters at first sight");
        CHECK(undo->isUndoPossible());
        CHECK(wait_for([&] { return undo->isUndoPossible(); }, 10));
        CHECK(length() == seen);
    }
    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    int status_code = g.office->terminate(std::chrono::seconds(30));
    CHECK(WIFEXITED(status_code));
    CHECK(WEXITSTATUS(status_code) == 0);
    CHECK(g.log().find("Fatal exception") == std::string::npos);
}
