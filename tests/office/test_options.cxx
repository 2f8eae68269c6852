// The ReportKit page under Tools › Options, driven through a real container window built from
// the .xdl inside the installed .oxt with the configured handler, as the Options dialog builds
// it; and the settings it stores, obeyed by the next refresh and the next export.
#include "office_test_env.hxx"

#include "uno/common/properties.hxx"

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace reportkit::test;
using namespace css;
using reportkit::office::properties;
namespace fs = std::filesystem;

namespace {

const char* const leaf = "/org.openoffice.Office.OptionsDialog/Nodes/org.reportkit.Options/Leaves/"
                         "org.reportkit.Options.General";

uno::Reference<lang::XMultiServiceFactory> configuration() {
    auto context = office_context();
    return uno::Reference<lang::XMultiServiceFactory>(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", context),
        uno::UNO_QUERY_THROW);
}

uno::Reference<uno::XInterface> node(const std::string& path, bool update = false) {
    uno::Sequence<uno::Any> args(1);
    args[0] <<= beans::NamedValue("nodepath", uno::Any(ou(path)));
    return configuration()->createInstanceWithArguments(
        ou(update ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                  : "com.sun.star.configuration.ConfigurationAccess"),
        args);
}

std::string config_string(const std::string& path, const char* name) {
    rtl::OUString value;
    uno::Reference<container::XNameAccess>(node(path), uno::UNO_QUERY_THROW)->getByName(ou(name)) >>= value;
    return utf8(value);
}

uno::Any stored(const char* group, const char* name) {
    return uno::Reference<container::XNameAccess>(node(std::string("/org.reportkit.Settings/") + group),
                                                  uno::UNO_QUERY_THROW)
        ->getByName(ou(name));
}

void store(const char* group, const char* name, const uno::Any& value) {
    uno::Reference<beans::XPropertySet> access(node(std::string("/org.reportkit.Settings/") + group, true),
                                               uno::UNO_QUERY_THROW);
    access->setPropertyValue(ou(name), value);
    uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
}

template <class T> T config_value(const char* name) {
    T value{};
    stored("Data", name) >>= value;
    return value;
}

// Puts the five settings back as they were when the test began.
struct settings_restored {
    std::vector<std::pair<std::pair<const char*, const char*>, uno::Any>> saved;
    settings_restored() {
        for (auto key : {std::pair{"Libraries", "SharedFolders"}, std::pair{"Data", "GroupThousandsFrom"},
                         std::pair{"Data", "Grouping"}, std::pair{"Data", "WarnBeforeExport"},
                         std::pair{"Data", "RefreshOnOpen"}})
            saved.push_back({key, stored(key.first, key.second)});
    }
    ~settings_restored() {
        for (auto& [key, value] : saved)
            store(key.first, key.second, value);
    }
};

uno::Sequence<rtl::OUString> folders(std::initializer_list<const char*> list) {
    uno::Sequence<rtl::OUString> seq(static_cast<sal_Int32>(list.size()));
    sal_Int32 i = 0;
    for (const char* f : list)
        seq[i++] = ou(f);
    return seq;
}

std::vector<std::string> strings(const uno::Sequence<rtl::OUString>& seq) {
    std::vector<std::string> out;
    for (const auto& s : seq)
        out.push_back(utf8(s));
    return out;
}

// The page as Tools › Options › ReportKit › General shows it: the configured .xdl, in a window
// of the office, with a new instance of the configured handler.
struct options_page {
    uno::Reference<awt::XContainerWindowEventHandler> handler;
    uno::Reference<awt::XWindow> parent, window;
    uno::Reference<awt::XControlContainer> controls;

    options_page() {
        auto context = office_context();
        handler.set(context->getServiceManager()->createInstanceWithContext(
                        ou(config_string(leaf, "EventHandlerService")), context),
                    uno::UNO_QUERY_THROW);
        awt::WindowDescriptor d;
        d.Type = awt::WindowClass_TOP;
        d.WindowServiceName = "window";
        d.Bounds = awt::Rectangle(0, 0, 640, 480);
        parent.set(awt::Toolkit::create(context)->createWindow(d), uno::UNO_QUERY_THROW);
        window = awt::ContainerWindowProvider::create(context)->createContainerWindow(
            ou(config_string(leaf, "OptionsPage")), "",
            uno::Reference<awt::XWindowPeer>(parent, uno::UNO_QUERY),
            uno::Reference<uno::XInterface>(handler, uno::UNO_QUERY));
        controls.set(window, uno::UNO_QUERY_THROW);
        window->setPosSize(0, 0, 480, 360, awt::PosSize::POSSIZE); // as the dialog sizes its pages
    }
    ~options_page() {
        uno::Reference<lang::XComponent>(window, uno::UNO_QUERY_THROW)->dispose();
        uno::Reference<lang::XComponent>(parent, uno::UNO_QUERY_THROW)->dispose();
    }

    // What the Options dialog sends: "initialize" when the page opens, "ok", "back".
    bool send(const char* action) {
        return handler->callHandlerMethod(window, uno::Any(ou(action)), "external_event");
    }
    template <class T> uno::Reference<T> get(const char* name) const {
        return uno::Reference<T>(controls->getControl(ou(name)), uno::UNO_QUERY_THROW);
    }
    std::string label(const char* name) const {
        return string_property(
            uno::Reference<beans::XPropertySet>(get<awt::XControl>(name)->getModel(), uno::UNO_QUERY_THROW),
            "Label");
    }
};

// A document with one section whose number comes from a sheet with `value`.
void link_number(writer_document& doc, const std::string& dir, const std::string& value) {
    std::ofstream(fs::path(dir) / "data.csv") << "key,value\ndocs.handled," << value << "\n";
    engine()->insertSection(doc.get(), nullptr, test_library(), "duties.docs");
    data()->linkDataSheet(doc.get(), ou(url_of(dir + "/data.csv")));
}

} // namespace

TEST_CASE("Tools › Options lists a ReportKit page whose dialog and handler come with the .oxt") {
    CHECK(config_string("/org.openoffice.Office.OptionsDialog/Nodes/org.reportkit.Options", "Label") ==
          "ReportKit");
    CHECK(config_string(leaf, "Label") == "General");
    CHECK(config_string(leaf, "Id") == "org.reportkit.writer"); // the Extension Manager's Options button
    CHECK(config_string(leaf, "EventHandlerService") == "org.reportkit.OptionsPage");

    options_page page;
    auto methods = strings(page.handler->getSupportedMethodNames());
    for (const char* m : {"external_event", "add_folder", "remove_folder", "folder_selected"})
        CHECK(std::find(methods.begin(), methods.end(), m) != methods.end());
    for (const char* name : {"folders_label", "folders", "add_folder", "remove_folder", "folders_status",
                             "grouping_label", "grouping", "warn_before_export", "refresh_on_open"})
        CHECK(page.controls->getControl(ou(name)).is());
    CHECK_FALSE(page.handler->callHandlerMethod(page.window, uno::Any(ou("apply")), "external_event"));
}

TEST_CASE("every control of the Options page lies inside it and shows its whole label") {
    options_page page;
    REQUIRE(page.send("initialize"));
    sal_Int32 width = page.window->getPosSize().Width;
    for (const char* name : {"folders_label", "folders", "add_folder", "remove_folder", "folders_status",
                             "grouping_label", "grouping", "warn_before_export", "refresh_on_open"}) {
        INFO(name);
        awt::Rectangle box = page.get<awt::XWindow>(name)->getPosSize();
        CHECK(box.X >= 0);
        CHECK(box.X + box.Width <= width);
        if (std::string(name) != "folders" && std::string(name) != "folders_status")
            CHECK(page.get<awt::XLayoutConstrains>(name)->getPreferredSize().Width <= box.Width);
    }
}

TEST_CASE("the Options page opens on the stored settings, in words", "[settings]") {
    settings_restored restore;
    store("Libraries", "SharedFolders",
          uno::Any(folders({"/srv/reports/team", "file:///srv/reports/other"})));
    store("Data", "Grouping", uno::Any(ou("comma")));
    store("Data", "GroupThousandsFrom", uno::Any(sal_Int32(5000)));
    store("Data", "WarnBeforeExport", uno::Any(false));
    store("Data", "RefreshOnOpen", uno::Any(true));

    options_page page;
    REQUIRE(page.send("initialize"));
    CHECK(page.label("folders_label") == "Library folders (such as a team share):");
    CHECK(page.label("add_folder") == "Add…");
    CHECK(page.label("warn_before_export") == "Warn before printing or exporting with unfilled numbers");
    CHECK(page.label("refresh_on_open") == "Refresh the numbers when a document is opened");
    CHECK(strings(page.get<awt::XListBox>("folders")->getItems()) ==
          std::vector<std::string>{"/srv/reports/team", "/srv/reports/other"});
    auto grouping = page.get<awt::XListBox>("grouping");
    CHECK(strings(grouping->getItems()) ==
          std::vector<std::string>{"As each library says", "No grouping (3297, 23456)",
                                   "Commas from 10,000 (3297, 23,456)",
                                   "Thin spaces from 10,000 (3297, 23\u202F456)",
                                   "Commas always (3,297, 23,456)", "Commas from 5,000 (3297, 23,456)"});
    CHECK(utf8(grouping->getSelectedItem()) == "Commas from 5,000 (3297, 23,456)");
    CHECK(page.get<awt::XCheckBox>("warn_before_export")->getState() == 0);
    CHECK(page.get<awt::XCheckBox>("refresh_on_open")->getState() == 1);
    bool remove_enabled = true;
    uno::Reference<beans::XPropertySet>(page.get<awt::XControl>("remove_folder")->getModel(),
                                        uno::UNO_QUERY_THROW)
        ->getPropertyValue("Enabled") >>= remove_enabled;
    CHECK_FALSE(remove_enabled); // nothing selected yet
}

TEST_CASE("Back discards the page's edits and OK stores only what changed", "[settings]") {
    settings_restored restore;
    store("Libraries", "SharedFolders", uno::Any(folders({"/srv/reports/team", "/srv/reports/other"})));
    store("Data", "RefreshOnOpen", uno::Any(false));

    options_page page;
    REQUIRE(page.send("initialize"));
    auto list = page.get<awt::XListBox>("folders");
    list->selectItemPos(0, true);
    REQUIRE(page.handler->callHandlerMethod(page.window, uno::Any(), "remove_folder"));
    page.get<awt::XCheckBox>("refresh_on_open")->setState(1);
    CHECK(strings(list->getItems()) == std::vector<std::string>{"/srv/reports/other"});

    REQUIRE(page.send("back"));
    CHECK(strings(list->getItems()) == std::vector<std::string>{"/srv/reports/team", "/srv/reports/other"});
    CHECK(page.get<awt::XCheckBox>("refresh_on_open")->getState() == 0);

    list->selectItemPos(1, true);
    REQUIRE(page.handler->callHandlerMethod(page.window, uno::Any(), "remove_folder"));
    page.get<awt::XCheckBox>("refresh_on_open")->setState(1);
    REQUIRE(page.send("ok"));
    uno::Sequence<rtl::OUString> now;
    stored("Libraries", "SharedFolders") >>= now;
    CHECK(strings(now) == std::vector<std::string>{"/srv/reports/team"});
    bool refresh = false;
    stored("Data", "RefreshOnOpen") >>= refresh;
    CHECK(refresh);

    options_page reopened; // shows what was stored
    REQUIRE(reopened.send("initialize"));
    CHECK(strings(reopened.get<awt::XListBox>("folders")->getItems()) ==
          std::vector<std::string>{"/srv/reports/team"});
    CHECK(reopened.get<awt::XCheckBox>("refresh_on_open")->getState() == 1);
}

TEST_CASE("commas chosen on the Options page: the next refresh writes 23,456, and back", "[settings]") {
    settings_restored restore;
    store("Data", "Grouping", uno::Any(ou("")));
    store("Data", "GroupThousandsFrom", uno::Any());
    writer_document doc;
    link_number(doc, scratch("options-grouping").string(), "23456");
    data()->refresh(doc.get());
    REQUIRE(doc.paragraphs()[1] == "全年办理公文23456余件。"); // the library's default: no grouping

    options_page page;
    REQUIRE(page.send("initialize"));
    auto grouping = page.get<awt::XListBox>("grouping");
    REQUIRE(utf8(grouping->getSelectedItem()) == "As each library says");
    grouping->selectItemPos(2, true);
    REQUIRE(page.send("ok"));
    CHECK(config_value<rtl::OUString>("Grouping") == "comma");
    CHECK_FALSE(stored("Data", "GroupThousandsFrom").hasValue()); // unset: the default, 10,000, holds
    data()->refresh(doc.get());
    CHECK(doc.paragraphs()[1] == "全年办理公文23,456余件。");

    options_page reopened;
    REQUIRE(reopened.send("initialize"));
    grouping = reopened.get<awt::XListBox>("grouping");
    CHECK(utf8(grouping->getSelectedItem()) == "Commas from 10,000 (3297, 23,456)");
    grouping->selectItemPos(0, true);
    REQUIRE(reopened.send("ok"));
    CHECK(config_value<rtl::OUString>("Grouping").isEmpty());
    data()->refresh(doc.get());
    CHECK(doc.paragraphs()[1] == "全年办理公文23456余件。");
}

TEST_CASE("Warn before export turned off on the Options page: the next PDF export goes through",
          "[settings]") {
    settings_restored restore;
    store("Data", "WarnBeforeExport", uno::Any(true));
    fs::path dir = scratch("options-export");
    std::string odt = (dir / "report.odt").string(), pdf = (dir / "report.pdf").string();
    {
        writer_document unfilled; // one number left to fill
        engine()->insertSection(unfilled.get(), nullptr, test_library(), "duties.docs");
        uno::Reference<frame::XStorable>(unfilled.get(), uno::UNO_QUERY_THROW)
            ->storeAsURL(ou(url_of(odt)), properties({{"FilterName", uno::Any(ou("writer8"))}}));
    }
    writer_document doc(url_of(odt), false); // in a window: the guard watches windows
    auto frame =
        uno::Reference<frame::XModel>(doc.get(), uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    auto export_pdf = [&] {
        fs::remove(pdf);
        frame::DispatchHelper::create(office_context())
            ->executeDispatch(uno::Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW),
                              ".uno:ExportDirectToPDF", "", 0,
                              properties({{"URL", uno::Any(ou(url_of(pdf)))},
                                          {"FilterName", uno::Any(ou("writer_pdf_Export"))}}));
        return fs::exists(pdf);
    };
    // The warning comes up and, in a headless office, every dialog answers Cancel.
    CHECK_FALSE(export_pdf());

    options_page page;
    REQUIRE(page.send("initialize"));
    REQUIRE(page.get<awt::XCheckBox>("warn_before_export")->getState() == 1);
    page.get<awt::XCheckBox>("warn_before_export")->setState(0);
    REQUIRE(page.send("ok"));
    CHECK(export_pdf());
}
