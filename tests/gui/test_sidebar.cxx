// The ReportKit deck in a real Writer window under Xvfb: shown, screenshotted, its controls
// reached through the sidebar API, an insertion triggered through the panel, and a clean exit
// after closing the document with the deck open.
#define CATCH_CONFIG_MAIN
#include "client/office.hxx"
#include "client/unopkg.hxx"
#include "common/strings.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/awt/tree/XTreeDataModel.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
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
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace css;
using namespace reportkit::office;
namespace fs = std::filesystem;

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

// An Xvfb of our own on the first free display from :91.
struct xvfb {
    pid_t pid = 0;
    std::string display;
    xvfb() {
        for (int n = 91; n < 120; ++n) {
            if (fs::exists("/tmp/.X" + std::to_string(n) + "-lock")) continue;
            display = ":" + std::to_string(n);
            pid = fork();
            if (pid == 0) {
                int null = open("/dev/null", O_WRONLY);
                dup2(null, 1);
                dup2(null, 2);
                execlp("Xvfb", "Xvfb", display.c_str(), "-ac", "-nolisten", "tcp", "-screen", "0",
                       "1400x1000x24", nullptr);
                _exit(127);
            }
            std::string socket = "/tmp/.X11-unix/X" + std::to_string(n);
            if (wait_for([&] { return fs::exists(socket); }, 10)) return;
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
        FAIL("no Xvfb display could be started");
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
    xvfb x;
    std::unique_ptr<office_process> office;

    gui_office() {
        fs::remove_all(dir);
        fs::create_directories(dir);
        REQUIRE(unopkg_add(program_dir, (dir / "profile").string(), REPORTKIT_OXT,
                           (dir / "unopkg.log").string()) == 0);
        office_config config{.profile_dir = (dir / "profile").string(),
                             .pipe = "reportkit-gui-" + std::to_string(getpid()),
                             .program_dir = program_dir,
                             .log_file = (dir / "soffice.log").string(),
                             .display = x.display};
        office = office_process::start(config, std::chrono::seconds(120));
    }
    ~gui_office() {
        if (office) office->terminate();
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

} // namespace

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
    CHECK(std::system(("import -display " + g.x.display + " -window root " + shot).c_str()) == 0);
    CHECK(fs::file_size(shot) > 10000);

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
            rtl::OUString label;
            model_of(controls, "status")->getPropertyValue("Label") >>= label;
            status = to_std(label);
            return status.rfind("Inserted: ", 0) == 0;
        },
        10));
    INFO("status: " << status);
    std::string after = std::string(REPORTKIT_GUI_ARTIFACTS) + "/sidebar-after-insert.png";
    std::this_thread::sleep_for(std::chrono::seconds(2));
    CHECK(std::system(("import -display " + g.x.display + " -window root " + after).c_str()) == 0);

    // The Data panel: its controls, the audit of the inserted report, a problem selected in the
    // document, then a linked sample sheet refreshed by its button.
    uno::Reference<awt::XControlContainer> numbers;
    REQUIRE(wait_for([&] { return (numbers = panel_controls(frame, "ReportKitDataPanel")).is(); }, 20));
    for (const char* name : {"sheet", "link", "unlink", "refresh", "check", "problems", "fields", "skeleton"})
        CHECK(numbers->getControl(rtl::OUString::createFromAscii(name)).is());
    auto label_of = [&](const char* name) {
        rtl::OUString label;
        model_of(numbers, name)->getPropertyValue("Label") >>= label;
        return to_std(label);
    };
    press(numbers, "check");
    CHECK(wait_for([&] { return label_of("problems_label").find(" problems") != std::string::npos; }, 10));
    INFO("problems: " << label_of("problems_label"));
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
    CHECK(label_of("sheet") == "No data sheet linked");
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
    CHECK(wait_for([&] { return label_of("sheet") == "Data sheet: " + first_library + ".ods"; }, 10));
    press(numbers, "refresh");
    CHECK(wait_for([&] { return label_of("problems_label") == "Every number is filled."; }, 20));
    CHECK(to_std(doc->getText()->getString()).find("【待填") == std::string::npos);
    CHECK(label_of("status").rfind("Report numbers refreshed; values changed: ", 0) == 0);
    std::string data_shot = std::string(REPORTKIT_GUI_ARTIFACTS) + "/sidebar-data-panel.png";
    std::this_thread::sleep_for(std::chrono::seconds(2));
    CHECK(std::system(("import -display " + g.x.display + " -window root " + data_shot).c_str()) == 0);

    // Closing the document with the deck open, then LibreOffice, ends cleanly.
    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    int status_code = g.office->terminate(std::chrono::seconds(30));
    CHECK(WIFEXITED(status_code));
    CHECK(WEXITSTATUS(status_code) == 0);
    CHECK(g.log().find("Fatal exception") == std::string::npos);
}
