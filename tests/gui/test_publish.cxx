// Journey (l): a template maintainer publishes the deck's library from their own folder to the
// team folder set in Options: Publish… proposes the next version, the change note is typed, and
// Publish writes it; a newer copy in the team folder is never overwritten.
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace css;
using namespace reportkit::gui;
using reportkit::office::to_ou;
namespace fs = std::filesystem;

namespace {

std::string contents(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Setup, not a person's step: the team folder as Tools › Options › ReportKit would store it.
void set_team_folder(const session& s, const fs::path& folder) {
    auto provider = configuration::theDefaultProvider::get(s.context());
    uno::Sequence<uno::Any> args(1);
    args[0] <<= beans::NamedValue("nodepath", uno::Any(to_ou("/org.reportkit.Settings/Libraries")));
    uno::Reference<container::XNameReplace> node(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", args),
        uno::UNO_QUERY_THROW);
    uno::Sequence<rtl::OUString> folders(1);
    folders[0] = to_ou(folder.string());
    node->replaceByName("SharedFolders", uno::Any(folders));
    uno::Reference<util::XChangesBatch>(node, uno::UNO_QUERY_THROW)->commitChanges();
}

// The dialog with `part` among its texts, open and with the keyboard focus in it.
uno::Reference<a11y::XAccessible> publish_dialog(session& s, const std::string& part) {
    uno::Reference<a11y::XAccessible> dialog;
    REQUIRE(wait_for([&] { return (dialog = dialog_with(s, part)).is(); }, 10));
    CHECK(wait_for(
        [&] {
            try {
                return find_accessible(dialog, [](const auto& c) { return has_state(c, "FOCUSED"); }).is();
            } catch (const uno::RuntimeException&) {
                return false;
            }
        },
        5));
    return dialog;
}

// Setup, not a person's step: the maintainer's own copy of version 1.0.0, an empty team folder,
// and a report made from it in `w`.
struct maintainer_folders {
    fs::path own, team;
};
maintainer_folders maintainer_setup(session& s, const writer_window& w) {
    maintainer_folders f{s.dir() / "profile" / "user" / "reportkit" / "libraries", s.dir() / "team"};
    fs::create_directories(f.own);
    fs::create_directories(f.team);
    fs::copy_file(std::string(REPORTKIT_TEST_DATA) + "/origins-v1.xml", f.own / "origins.xml");
    set_team_folder(s, f.team);
    uno::Reference<org::reportkit::XReportEngine> engine(
        s.context()->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine",
                                                                    s.context()),
        uno::UNO_QUERY_THROW);
    auto lib = engine->loadLibrary(to_ou(reportkit::office::file_url((f.own / "origins.xml").string())));
    engine->insertOutline(w.doc, w.doc->getText()->getStart(), lib, "report");
    return f;
}

} // namespace

TEST_CASE("l: Publish… copies the maintainer's library to the team folder with the next version and a "
          "change note") {
    session s("journey-l-publish");
    auto w = s.open_writer();
    auto [own, team] = maintainer_setup(s, w);

    auto [controls, data] = s.open_deck(w);
    // Shown because the deck's library is in the maintainer's own folder.
    REQUIRE(wait_for([&] { return screen_rect(accessible_of(control(controls, "publish"))).Width > 0; }, 10));
    // With it, the deck at its default width still shows the Data panel's Refresh without scrolling.
    awt::Rectangle refresh = screen_rect(accessible_of(control(data, "refresh")));
    INFO("Refresh at " << refresh.Y << "+" << refresh.Height);
    CHECK(in_view(accessible_of(control(data, "refresh"))));
    size_t windows = top_windows(s).size();
    s.click_on(control(controls, "publish"));
    auto dialog = publish_dialog(s, "Publish to Team Folder");
    std::string shown = texts_in(dialog);
    INFO(shown);
    CHECK(has(shown, "来源测试库 (origins-test, version 1.0.0)"));
    CHECK(has(shown, team.string()));
    CHECK(has(shown, "1.1.0")); // proposed: the next minor version
    CHECK(has(shown, "For a small fix: 1.0.1"));
    s.screenshot("-dialog");
    // Tab from the team folder to the version, on to the change note; Enter publishes.
    s.key("Tab");
    s.key("Tab");
    s.type_text("规范公文办理的表述。");
    s.key("Return");
    REQUIRE(wait_for([&] { return fs::exists(team / "origins.xml"); }, 10));
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 10));
    std::string published = contents(team / "origins.xml");
    CHECK(has(published, "version=\"1.1.0\""));
    CHECK(has(published, "<change version=\"1.1.0\">规范公文办理的表述。</change>"));
    CHECK(contents(own / "origins.xml") == published);
    CHECK(wait_for([&] { return has(label_of(controls, "status"), "Published “来源测试库” 1.1.0 to"); }, 5));

    // Someone published 2.0.0 meanwhile: the next publication is refused and the dialog comes back.
    std::string newer = published;
    newer.replace(newer.find("version=\"1.1.0\""), 15, "version=\"2.0.0\"");
    std::ofstream(team / "origins.xml", std::ios::binary) << newer;
    s.click_on(control(controls, "publish"));
    publish_dialog(s, "version 1.1.0");
    s.key("Tab");
    s.key("Tab");
    s.type_text("another change");
    s.key("Return");
    auto refusal = publish_dialog(s, "The team folder has version 2.0.0");
    s.screenshot("-refused");
    s.key("Return");                     // closes the message
    publish_dialog(s, "another change"); // the dialog again, as it was left
    s.key("Escape");
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 10));
    CHECK(contents(team / "origins.xml") == newer);
    CHECK(contents(own / "origins.xml") == published);
    s.screenshot();
}

TEST_CASE("l: Tools › Publish Library to Team Folder… publishes the library the report came from") {
    session s("journey-l-publish-menu");
    auto w = s.open_writer();
    auto [own, team] = maintainer_setup(s, w);

    // The Tools menu opened with its access key, the entry clicked.
    s.click_document(w);
    size_t windows = top_windows(s).size();
    s.key("alt+t");
    uno::Reference<a11y::XAccessible> entry;
    REQUIRE(wait_for([&] { return (entry = menu_item(w, {"Publish Library to Team Folder…"})).is(); }, 10));
    s.screenshot("-menu");
    s.click_on(entry);

    auto dialog = publish_dialog(s, "Publish to Team Folder");
    std::string shown = texts_in(dialog);
    INFO(shown);
    CHECK(has(shown, "来源测试库 (origins-test, version 1.0.0)"));
    CHECK(has(shown, team.string()));
    CHECK(has(shown, "1.1.0"));
    // Tab from the team folder to the version, typed over with a major one, on to the change note.
    s.key("Tab");
    s.key("ctrl+a");
    s.type_text("2.0.0");
    s.key("Tab");
    s.type_text("新增公文办理一节。");
    s.screenshot("-dialog");
    s.key("Return");
    REQUIRE(wait_for([&] { return fs::exists(team / "origins.xml"); }, 10));
    // From the menu, with no deck to show a status line, a message says what was published.
    publish_dialog(s, "Published “来源测试库” 2.0.0 to " + team.string());
    s.key("Return");
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 10));
    std::string published = contents(team / "origins.xml");
    INFO(published);
    CHECK(has(published, "version=\"2.0.0\""));
    CHECK(has(published, "<change version=\"2.0.0\">新增公文办理一节。</change>"));
    CHECK(contents(own / "origins.xml") == published);
    s.screenshot();
}
