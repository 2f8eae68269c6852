// Journey (j): a template maintainer saves three typed paragraphs as a new section — selected
// with the keyboard, one field's label edited in the review dialog — then inserts it into a new
// document and fills it from a data sheet. Journey (m): they import a whole report as a new
// library from the deck, editing one label in the review. Real input only (see journey.hxx).
#include "journey.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleText.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <org/reportkit/XReportEngine.hpp>
#include <osl/file.hxx>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

using namespace css;
using namespace reportkit::gui;
using reportkit::office::to_ou;
using reportkit::office::to_std;

namespace {

namespace AccessibleRole = a11y::AccessibleRole;

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

bool shown(const uno::Reference<awt::XControlContainer>& controls, const char* name) {
    uno::Reference<awt::XWindow2> window(control(controls, name), uno::UNO_QUERY);
    return window.is() && window->isVisible();
}

// The control of `role` named `name` in the office's top windows (a dialog's box is named after
// the label in front of it); `everything`: menus too.
uno::Reference<a11y::XAccessible> find_named(const session& s, sal_Int16 role, const std::string& name,
                                             bool everything = false) {
    for (auto& window : top_windows(s))
        if (auto found = find_accessible(
                window, [&](auto& c) { return c->getAccessibleRole() == role && name_of(c) == name; },
                everything);
            found.is())
            return found;
    return nullptr;
}

// Setup, not a person's step: the document holds these paragraphs (xdotool drops characters of
// long Chinese text typed in one go).
void write_paragraphs(const writer_window& w, std::initializer_list<const char*> paragraphs) {
    auto text = w.doc->getText();
    for (const char* p : paragraphs) {
        if (!text->getString().isEmpty())
            text->insertControlCharacter(text->getEnd(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        text->insertString(text->getEnd(), to_ou(p), false);
    }
}

// The library file the engine found for `id`, as a path.
std::string library_file(const session& s, const std::string& id) {
    uno::Reference<org::reportkit::XReportEngine> engine(
        s.context()->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine",
                                                                    s.context()),
        uno::UNO_QUERY_THROW);
    for (const auto& library : engine->getLibraries())
        if (to_std(library.Id) == id) {
            rtl::OUString path;
            osl::FileBase::getSystemPathFromFileURL(library.Location, path);
            return to_std(path);
        }
    return {};
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// `reportkit lint FILE`: its exit status and what it printed.
std::pair<int, std::string> lint(const std::string& file) {
    std::string command = std::string(REPORTKIT_CLI) + " lint " + file + " 2>&1";
    FILE* p = popen(command.c_str(), "r");
    std::string out;
    char buffer[512];
    while (p && fgets(buffer, sizeof buffer, p))
        out += buffer;
    int status = p ? pclose(p) : -1;
    return {status, out};
}

// The dialog's rectangle and the widest other top window's (the document's).
std::pair<awt::Rectangle, awt::Rectangle> placement(const session& s,
                                                    const uno::Reference<a11y::XAccessible>& window) {
    awt::Rectangle dialog = screen_rect(window), document{0, 0, 0, 0};
    for (auto& other : top_windows(s))
        if (other != window && screen_rect(other).Width > document.Width) document = screen_rect(other);
    return {dialog, document};
}

// Whether the dialog stands over the middle of the document, given up to 5 s for the window
// manager to place it (one 25.2 CI run found it elsewhere at once, with the code unchanged).
bool centred(const session& s, const uno::Reference<a11y::XAccessible>& window) {
    auto is_centred = [&] {
        auto [dialog, document] = placement(s, window);
        return document.Width > dialog.Width &&
               std::abs((dialog.X + dialog.Width / 2) - (document.X + document.Width / 2)) < 40 &&
               dialog.Y > document.Y;
    };
    if (wait_for(is_centred, 5)) return true;
    auto [dialog, document] = placement(s, window);
    UNSCOPED_INFO("dialog at " << dialog.X << "," << dialog.Y << " " << dialog.Width << "x" << dialog.Height
                               << ", document at " << document.X << "," << document.Y << " " << document.Width
                               << "x" << document.Height);
    return false;
}

// In a review dialog: the Label box clicked, its text replaced by typing `label` (again, as a
// person would, when xdotool dropped a character of the Chinese text), then Save; the dialog
// closed, `windows` top windows left.
void relabel_and_save(session& s, const uno::Reference<a11y::XAccessible>& label_box,
                      const std::string& label, size_t windows) {
    s.click_on(label_box);
    uno::Reference<a11y::XAccessibleText> typed(label_box->getAccessibleContext(), uno::UNO_QUERY_THROW);
    for (int attempt = 0; attempt < 3 && to_std(typed->getText()) != label; ++attempt) {
        s.key("ctrl+a");
        s.type_text(label);
        wait_for([&] { return to_std(typed->getText()) == label; }, 2);
    }
    REQUIRE(to_std(typed->getText()) == label);
    auto save = find_named(s, AccessibleRole::PUSH_BUTTON, "Save");
    REQUIRE(save.is());
    s.click_on(save);
    REQUIRE(wait_for([&] { return top_windows(s).size() == windows; }, 15));
}

// The text of the library file the engine found for `id`, checked to pass `reportkit lint`.
std::string clean_library(const session& s, const std::string& id) {
    const std::string file = library_file(s, id);
    REQUIRE(!file.empty());
    auto [status, said] = lint(file);
    INFO(said);
    CHECK(status == 0);
    CHECK(has(said, "0 errors"));
    return read(file);
}

// The open menu's item `name` clicked (the menu in a screenshot first); the Cancel button of the
// review dialog it opens.
uno::Reference<a11y::XAccessible> review_from_menu(session& s, const std::string& name) {
    uno::Reference<a11y::XAccessible> item, cancel;
    REQUIRE(wait_for([&] { return (item = find_named(s, AccessibleRole::MENU_ITEM, name, true)).is(); }, 10));
    s.screenshot("-menu");
    s.click_on(item);
    REQUIRE(
        wait_for([&] { return (cancel = find_named(s, AccessibleRole::PUSH_BUTTON, "Cancel")).is(); }, 15));
    return cancel;
}

// The key of the field labelled `label` in a library file.
std::string key_of(const std::string& xml, const std::string& label) {
    std::smatch m;
    std::regex field("<field key=\"([^\"]+)\"[^>]*label=\"" + label + "\"");
    return std::regex_search(xml, m, field) ? m[1].str() : std::string();
}

} // namespace

TEST_CASE(
    "j: three typed paragraphs saved as a section with one label edited, then linted, inserted and filled") {
    session s("journey-j-save-selection");
    auto w = s.open_writer();
    auto controls = s.open_deck(w).sections;

    // Setup, not a person's step: the document holds three paragraphs (xdotool drops characters
    // of long Chinese text typed in one go). Then they are selected with the keyboard.
    auto text = w.doc->getText();
    for (const char* p :
         {"全年组织集体学习18次。", "开展专题研讨6次，撰写心得体会120篇。", "干部参训率达到97.5%。"}) {
        if (!text->getString().isEmpty())
            text->insertControlCharacter(text->getEnd(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        text->insertString(text->getEnd(), to_ou(p), false);
    }
    s.click_document(w);
    CHECK_FALSE(shown(controls, "save_selection")); // nothing selected yet
    s.key("ctrl+Home");
    s.key("shift+Down shift+Down shift+End");
    REQUIRE(wait_for([&] { return shown(controls, "save_selection"); }, 10));

    // Save Selection as Section… opens the review with the first number's field selected.
    size_t windows = top_windows(s).size();
    s.click_on(control(controls, "save_selection"));
    REQUIRE(wait_for([&] { return top_windows(s).size() > windows; }, 15));
    uno::Reference<a11y::XAccessible> label_box;
    REQUIRE(wait_for([&] { return (label_box = find_named(s, AccessibleRole::TEXT, "Label:")).is(); }, 10));
    s.screenshot("-dialog");
    CHECK(centred(s, dialog_with(s, "Label:")));

    relabel_and_save(s, label_box, "学习次数", windows);

    // The deck shows the new library with the section selected, and says what was saved.
    INFO("status: " << label_of(controls, "status"));
    CHECK(wait_for([&] { return has(label_of(controls, "status"), "Saved as a section: 全年组织集体学习"); },
                   10));
    auto libraries = items_of(controls, "library");
    CHECK(std::find(libraries.begin(), libraries.end(), "My sections") != libraries.end());
    s.screenshot("-saved");

    // The file lints clean and holds the fields, the edited label among them.
    const std::string xml = clean_library(s, "my-sections");
    INFO(xml);
    const std::string sessions = key_of(xml, "学习次数");
    CHECK(!sessions.empty());
    const std::string seminars = key_of(xml, "开展专题研讨"), essays = key_of(xml, "撰写心得体会"),
                      rate = key_of(xml, "干部参训率达到");
    CHECK(!seminars.empty());
    CHECK(!essays.empty());
    CHECK(!rate.empty());

    // A new document: its deck opens on the library used last; the section inserted with Enter,
    // then filled from a data sheet linked in the Data panel.
    auto w2 = s.open_writer();
    auto [controls2, data2] = s.open_deck(w2);
    // Down from the search box goes into the results: the library's one section, previewed.
    s.click_on(control(controls2, "search"));
    for (int press = 0; press < 3 && label_of(controls2, "preview", "Text").size() <= 20; ++press) {
        s.key("Down");
        wait_for([&] { return label_of(controls2, "preview", "Text").size() > 20; }, 3);
    }
    REQUIRE(label_of(controls2, "preview", "Text").size() > 20);
    s.key("Return");
    REQUIRE(wait_for([&] { return has(w2.text(), "【待填：学习次数】"); }, 10));

    const std::string sheet = (s.dir() / "values.csv").string();
    std::ofstream(sheet) << "key,label,unit,value\n"
                         << sessions << ",学习次数,次,18\n"
                         << seminars << ",开展专题研讨,次,6\n"
                         << essays << ",撰写心得体会,篇,120\n"
                         << rate << ",干部参训率达到,,97.5%\n";
    windows = top_windows(s).size();
    s.click_on(control(data2, "link"));
    REQUIRE(wait_for([&] { return top_windows(s).size() > windows; }, 10));
    std::this_thread::sleep_for(std::chrono::milliseconds(800)); // the file dialog takes the focus
    s.type_text(sheet);
    s.key("Return");
    REQUIRE(wait_for([&] { return label_of(data2, "sheet") == "Data sheet: values.csv"; }, 10));
    // The maintainer's own library shows Publish… too, and Refresh is still in view.
    auto refresh = accessible_of(control(data2, "refresh"));
    CHECK(wait_for(
        [&] {
            return screen_rect(accessible_of(control(controls2, "publish"))).Width > 0 && in_view(refresh);
        },
        5));
    s.click_on(refresh);
    INFO("document: " << w2.text());
    CHECK(wait_for([&] { return has(w2.text(), "全年组织集体学习18次。"); }, 10));
    CHECK(has(w2.text(), "开展专题研讨6次，撰写心得体会120篇。"));
    CHECK(has(w2.text(), "干部参训率达到97.5%。"));
    s.screenshot();
}

TEST_CASE("j: the context menu of selected text offers Save Selection as Section, which opens the review") {
    session s("journey-j-context-menu");
    auto w = s.open_writer();
    write_paragraphs(w, {"全年办理公文300件。"});
    s.click_document(w);
    s.key("ctrl+Home shift+End");
    size_t windows = top_windows(s).size();
    s.key("shift+F10"); // the context menu, from the keyboard
    auto cancel = review_from_menu(s, "Save Selection as Section…");
    CHECK(find_named(s, AccessibleRole::TEXT, "Title:").is());
    s.screenshot();
    s.click_on(cancel);
    CHECK(wait_for([&] { return top_windows(s).size() == windows; }, 10));
}

TEST_CASE("m: a report imported as a library from the deck, one label edited in the review, then listed") {
    session s("journey-m-import-document");
    auto w = s.open_writer();
    auto controls = s.open_deck(w).sections;
    write_paragraphs(w,
                     {"区档案馆2025年工作总结", "一、主要工作", "（一）档案接收",
                      "全年接收档案1260卷，整理照片300余张。", "二、下一步打算", "计划数字化档案2000卷。"});

    // Import as Library… opens the review: the sections found, the first number's field selected.
    size_t windows = top_windows(s).size();
    s.click_on(control(controls, "import_document"));
    REQUIRE(wait_for([&] { return top_windows(s).size() > windows; }, 15));
    uno::Reference<a11y::XAccessible> label_box;
    REQUIRE(wait_for([&] { return (label_box = find_named(s, AccessibleRole::TEXT, "Label:")).is(); }, 10));
    auto dialog = dialog_with(s, "Sections (select one to edit it):");
    REQUIRE(dialog.is());
    const std::string shown = texts_in(dialog);
    INFO(shown);
    CHECK(has(shown, "　档案接收  [s1-1]")); // level 2, indented
    CHECK(has(shown, "\n下一步打算  [s2]"));
    CHECK(has(shown, "全年接收档案 = 1260卷  [s1-1.n1]"));
    CHECK(centred(s, dialog));
    s.screenshot("-dialog");

    relabel_and_save(s, label_box, "接收档案卷数", windows);

    // The deck lists the new library at once and says what was imported.
    INFO("status: " << label_of(controls, "status"));
    CHECK(wait_for(
        [&] { return has(label_of(controls, "status"), "Imported as library “区档案馆2025年工作总结”"); },
        10));
    auto libraries = items_of(controls, "library");
    CHECK(std::find(libraries.begin(), libraries.end(), "区档案馆2025年工作总结") != libraries.end());
    s.screenshot();

    // The file lints clean and holds the edited label.
    const std::string xml = clean_library(s, "imported");
    INFO(xml);
    CHECK(key_of(xml, "接收档案卷数") == "s1-1.n1");
    CHECK(has(xml, "全年接收档案{{s1-1.n1}}卷"));
}

TEST_CASE("m: Tools › Import This Document as a Library… opens the review, and Cancel writes nothing") {
    session s("journey-m-tools-menu");
    auto w = s.open_writer();
    write_paragraphs(w, {"一、主要工作", "全年接收档案1260卷。"});
    s.click_document(w);
    size_t windows = top_windows(s).size();
    uno::Reference<a11y::XAccessible> tools;
    REQUIRE(wait_for([&] { return (tools = find_named(s, AccessibleRole::MENU, "Tools", true)).is(); }, 10));
    s.click_on(tools);
    auto cancel = review_from_menu(s, "Import This Document as a Library…");
    CHECK(has(texts_in(dialog_with(s, "Sections (select one to edit it):")), "主要工作  [s1]"));
    s.screenshot();
    s.click_on(cancel);
    CHECK(wait_for([&] { return top_windows(s).size() == windows; }, 10));
    CHECK(library_file(s, "imported").empty());
}

TEST_CASE("m: in a Chinese LibreOffice, Import… on an empty document is refused in Chinese") {
    session s("journey-m-import-empty-zh", {.ui_locale = "zh-CN"});
    auto w = s.open_writer();
    auto controls = s.open_deck(w).sections;
    size_t windows = top_windows(s).size();
    s.click_on(control(controls, "import_document"));
    INFO("status: " << label_of(controls, "status"));
    CHECK(wait_for([&] { return has(label_of(controls, "status"), "文档中没有可导入的文字"); }, 10));
    CHECK(top_windows(s).size() == windows); // no review opens
    CHECK(library_file(s, "imported").empty());
    s.screenshot();
}
