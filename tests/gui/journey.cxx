#include "journey.hxx"

#include "uno/client/unopkg.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleStateSet.hpp>
#include <com/sun/star/accessibility/XAccessibleText.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/datatransfer/clipboard/SystemClipboard.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <com/sun/star/reflection/XConstantTypeDescription.hpp>
#include <com/sun/star/script/XInvocation.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace css;
using reportkit::office::to_ou;
using reportkit::office::to_std;
namespace fs = std::filesystem;

namespace reportkit::gui {
namespace {

// The office of the running session, which answers children_of and has_state.
uno::Reference<uno::XComponentContext> accessibility_office;

// Starts `args` with DISPLAY set (when given) and its output discarded; its pid.
pid_t spawn(const std::vector<std::string>& args, const std::string& display) {
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        dup2(null, 1);
        dup2(null, 2);
        if (!display.empty()) setenv("DISPLAY", display.c_str(), 1);
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

int run(const std::vector<std::string>& args, const std::string& display) {
    int status = 0;
    waitpid(spawn(args, display), &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// What `command` (run by the shell, DISPLAY set) prints.
std::string output_of(const std::string& command, const std::string& display) {
    std::string out;
    if (FILE* pipe = popen(("DISPLAY=" + display + " " + command).c_str(), "r")) {
        char buffer[4096];
        for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
            out.append(buffer, n);
        pclose(pipe);
    }
    return out;
}

void stop(pid_t pid) {
    if (pid <= 0) return;
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
}

// Tools › Options › Language Settings › User interface, written before the first start.
void set_ui_locale(const fs::path& profile, const std::string& locale) {
    fs::path file = profile / "user" / "registrymodifications.xcu";
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
    xml.insert(end,
               "<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" "
               "oor:op=\"fuse\"><value>" +
                   locale + "</value></prop></item>\n");
    std::ofstream(file) << xml;
}

std::vector<std::string> words(const std::string& keys) {
    std::istringstream in(keys);
    std::vector<std::string> out;
    for (std::string k; in >> k;)
        out.push_back(k);
    return out;
}

std::string chinese_number(int n) {
    static const char* digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 10) return digits[n];
    return std::string(n >= 20 ? digits[n / 10] : "") + "十" + digits[n % 10];
}

} // namespace

std::string writer_window::text() const {
    return to_std(doc->getText()->getString());
}

session::session(std::string journey, session_options options)
    : journey_(std::move(journey)), program_dir_(office::office_program_dir()),
      dir_(fs::temp_directory_path() /
           ("reportkit-gui" + office::office_tag(program_dir_) + "-" + std::to_string(getpid()))) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    REQUIRE(office::unopkg_add(program_dir_, (dir_ / "profile").string(), REPORTKIT_OXT,
                               (dir_ / "unopkg.log").string()) == 0);
    // soffice inherits this process's environment.
    if (!options.ui_locale.empty()) {
        set_ui_locale(dir_ / "profile", options.ui_locale);
        std::string lang = options.ui_locale;
        std::replace(lang.begin(), lang.end(), '-', '_');
        // LANG names the UI language; file names stay UTF-8 where that locale is not generated.
        setenv("LANG", (lang + ".UTF-8").c_str(), 1);
        setenv("LC_CTYPE", "C.UTF-8", 1);
    }
    if (options.dpi > 0) setenv("SAL_FORCEDPI", std::to_string(options.dpi).c_str(), 1);
    xvfb_ = office::start_xvfb(display_);
    window_manager_ = spawn({"openbox", "--sm-disable"}, display_);
    // openbox announces itself on the root window once it manages windows.
    wait_for(
        [&] {
            return run({"sh", "-c", "xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id'"},
                       display_) == 0;
        },
        10);
    office::office_config config{.profile_dir = (dir_ / "profile").string(),
                                 .pipe = dir_.filename().string(),
                                 .program_dir = program_dir_,
                                 .log_file = (dir_ / "soffice.log").string(),
                                 .display = display_};
    office_ = office::office_process::start(config, std::chrono::seconds(120));
    accessibility_office = office_->context();
}

session::~session() {
    if (!shot_) screenshot();
    accessibility_office.clear();
    if (office_) office_->terminate();
    stop(window_manager_);
    stop(xvfb_);
    // The office's own output (a crash's backtrace among it) is kept with the screenshot.
    std::error_code ec;
    fs::create_directories(artifacts(), ec);
    fs::copy_file(dir_ / "soffice.log", artifacts() / (journey_ + "-soffice.log"),
                  fs::copy_options::overwrite_existing, ec);
    fs::remove_all(dir_, ec);
}

fs::path session::artifacts() const {
    return REPORTKIT_GUI_ARTIFACTS + office::office_tag(program_dir_);
}

const uno::Reference<uno::XComponentContext>& session::context() const {
    return office_->context();
}

uno::Reference<frame::XDesktop2> session::desktop() const {
    return office_->desktop();
}

std::string session::log() const {
    std::ifstream in(dir_ / "soffice.log");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

writer_window session::open_writer() {
    uno::Reference<frame::XComponentLoader> loader(desktop(), uno::UNO_QUERY_THROW);
    writer_window w;
    w.doc.set(loader->loadComponentFromURL("private:factory/swriter", "_blank", 0, {}), uno::UNO_QUERY_THROW);
    w.frame = uno::Reference<frame::XModel>(w.doc, uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    // Shown and placed by the window manager before anyone clicks into it.
    uno::Reference<a11y::XAccessible> window(w.frame->getComponentWindow(), uno::UNO_QUERY_THROW);
    REQUIRE(wait_for([&] { return screen_rect(window).Width > 0; }, 10));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    return w;
}

int session::xdotool(std::vector<std::string> args) {
    args.insert(args.begin(), "xdotool");
    return run(args, display_);
}

void session::click_at(int x, int y, int count) {
    xdotool({"mousemove", std::to_string(x), std::to_string(y)});
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    xdotool({"click", "--repeat", std::to_string(count), "--delay", "80", "1"});
}

void session::wheel(int x, int y, int clicks) {
    xdotool({"mousemove", std::to_string(x), std::to_string(y)});
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    xdotool({"click", "--repeat", std::to_string(std::abs(clicks)), "--delay", "80", clicks > 0 ? "5" : "4"});
}

void session::click_on(const uno::Reference<a11y::XAccessible>& target, int count) {
    awt::Rectangle r = screen_rect(target);
    REQUIRE(r.Width > 0);
    REQUIRE(r.Height > 0);
    click_at(r.X + r.Width / 2, r.Y + r.Height / 2, count);
}

void session::click_on(const uno::Reference<awt::XControl>& c, int count) {
    click_on(accessible_of(c), count);
}

void session::drag(int x0, int y0, int x1, int y1) {
    // Onto the handle from beside it, as a hand brings the pointer there. A press where the
    // pointer already rested (a drag back from where the last one ended) came with no motion
    // onto the handle, and 25.2's sidebar edge then did not move.
    const int side = x1 >= x0 ? -8 : 8;
    xdotool({"mousemove", std::to_string(x0 + side), std::to_string(y0)});
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    xdotool({"mousemove", std::to_string(x0), std::to_string(y0)});
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    xdotool({"mousedown", "1"});
    for (int step = 1; step <= 8; ++step) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        xdotool({"mousemove", std::to_string(x0 + (x1 - x0) * step / 8),
                 std::to_string(y0 + (y1 - y0) * step / 8)});
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    xdotool({"mouseup", "1"});
}

void session::key(const std::string& keys) {
    std::vector<std::string> args = {"key", "--delay", "80"};
    for (auto& k : words(keys))
        args.push_back(k);
    REQUIRE(xdotool(args) == 0);
}

// Characters the keyboard map lacks (Chinese ones) are bound to free keycodes for the whole
// session before they are typed. Left to itself, xdotool binds such a character to a scratch
// key for one key press and unbinds it at once; an office slow to read its events (under load)
// looks the key up after the unbinding and drops the character: 督查 arrived as 督.
void session::bind_keys(const std::string& text) {
    rtl::OUString chars = to_ou(text);
    for (sal_Int32 i = 0; i < chars.getLength();) {
        sal_uInt32 c = chars.iterateCodePoints(&i);
        if (c < 0x80 || std::find(bound_.begin(), bound_.end(), c) != bound_.end()) continue;
        // The first keycode without symbols: "keycode 248 =" in xmodmap's listing.
        std::string listing = output_of("xmodmap -pke", display_);
        std::istringstream lines(listing);
        std::string line, free;
        while (free.empty() && std::getline(lines, line))
            if (line.find_first_not_of(' ', line.find('=') + 1) == std::string::npos)
                free = words(line.substr(0, line.find('=')))[1];
        REQUIRE(!free.empty());
        char keysym[16];
        std::snprintf(keysym, sizeof keysym, "U%04X", static_cast<unsigned>(c));
        REQUIRE(run({"xmodmap", "-e", "keycode " + free + " = " + keysym + " " + keysym}, display_) == 0);
        bound_.push_back(c);
    }
}

void session::type_text(const std::string& text) {
    bind_keys(text);
    REQUIRE(xdotool({"type", "--delay", "80", "--", text}) == 0);
}

void session::activate_window(const std::string& title_part) {
    REQUIRE(xdotool({"search", "--name", title_part, "windowactivate", "--sync"}) == 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
}

void session::click_document(const writer_window& w) {
    uno::Reference<a11y::XAccessible> window(w.frame->getComponentWindow(), uno::UNO_QUERY_THROW);
    awt::Rectangle r = screen_rect(window);
    REQUIRE(r.Width > 0);
    click_at(r.X + r.Width / 3, r.Y + r.Height / 3);
}

session::deck session::open_deck(const writer_window& w) {
    click_document(w);
    key("ctrl+alt+shift+r");
    deck shown;
    REQUIRE(wait_for([&] { return (shown.sections = panel_controls(w.frame)).is(); }, 20));
    REQUIRE(wait_for([&] { return (shown.data = panel_controls(w.frame, "ReportKitDataPanel")).is(); }, 20));
    std::this_thread::sleep_for(std::chrono::milliseconds(800)); // laid out and painted
    return shown;
}

void session::screenshot(const std::string& suffix) {
    fs::create_directories(artifacts());
    std::string file = (artifacts() / (journey_ + suffix + ".png")).string();
    std::this_thread::sleep_for(std::chrono::milliseconds(500)); // let the last change paint
    shot_ = shot_ || suffix.empty();
    // Also called while a failed REQUIRE unwinds: report without Catch.
    if (run({"import", "-display", display_, "-window", "root", file}, {}) != 0)
        std::fprintf(stderr, "could not save the screenshot %s\n", file.c_str());
}

int session::quit() {
    return office_->terminate(std::chrono::seconds(30));
}

// Reading state ------------------------------------------------------------------------------

uno::Reference<awt::XControlContainer> panel_controls(const uno::Reference<frame::XFrame>& frame,
                                                      const char* name) {
    uno::Reference<frame::XController2> controller(frame->getController(), uno::UNO_QUERY);
    auto sidebar = controller.is() ? controller->getSidebar() : nullptr;
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

uno::Reference<awt::XControl> control(const uno::Reference<awt::XControlContainer>& c, const char* name) {
    auto found = c->getControl(rtl::OUString::createFromAscii(name));
    INFO("control " << name);
    REQUIRE(found.is());
    return found;
}

uno::Reference<beans::XPropertySet> model_of(const uno::Reference<awt::XControlContainer>& c,
                                             const char* name) {
    return uno::Reference<beans::XPropertySet>(control(c, name)->getModel(), uno::UNO_QUERY_THROW);
}

std::string label_of(const uno::Reference<awt::XControlContainer>& c, const char* name,
                     const char* property) {
    rtl::OUString label;
    model_of(c, name)->getPropertyValue(rtl::OUString::createFromAscii(property)) >>= label;
    return to_std(label);
}

std::vector<std::string> items_of(const uno::Reference<awt::XControlContainer>& c, const char* name) {
    uno::Sequence<rtl::OUString> items;
    model_of(c, name)->getPropertyValue("StringItemList") >>= items;
    std::vector<std::string> out;
    for (const auto& i : items)
        out.push_back(to_std(i));
    return out;
}

bool enabled(const uno::Reference<awt::XControlContainer>& c, const char* name) {
    bool on = false;
    model_of(c, name)->getPropertyValue("Enabled") >>= on;
    return on;
}

bool has_focus(const uno::Reference<awt::XControl>& c) {
    uno::Reference<awt::XWindow2> window(c->getPeer(), uno::UNO_QUERY);
    return window.is() && window->hasFocus();
}

awt::Rectangle screen_rect(const uno::Reference<a11y::XAccessible>& a) {
    return screen_rect(a.is() ? a->getAccessibleContext() : nullptr);
}

awt::Rectangle screen_rect(const uno::Reference<a11y::XAccessibleContext>& context) {
    uno::Reference<a11y::XAccessibleComponent> component(context, uno::UNO_QUERY);
    if (!component.is()) return {};
    awt::Point p = component->getLocationOnScreen();
    awt::Size s = component->getSize();
    return awt::Rectangle(p.X, p.Y, s.Width, s.Height);
}

uno::Reference<a11y::XAccessible> accessible_of(const uno::Reference<awt::XControl>& c) {
    return uno::Reference<a11y::XAccessible>(c->getPeer(), uno::UNO_QUERY_THROW);
}

std::string name_of(const uno::Reference<a11y::XAccessibleContext>& context) {
    return context.is() ? to_std(context->getAccessibleName()) : std::string();
}

namespace {

// XAccessibleContext changed in LibreOffice 7.5: child counts and indexes became hyper, the state
// set a hyper of bits. Built with 7.4's types, this program would send the old ones and a newer
// office's bridge breaks. So these methods are called through an Invocation made in the office,
// which uses the office's own types, and constants are read from the office's type manager.
uno::Any invoke(const uno::Reference<uno::XInterface>& object, const char* method,
                const uno::Sequence<uno::Any>& args = {}) {
    uno::Reference<lang::XSingleServiceFactory> factory(
        accessibility_office->getServiceManager()->createInstanceWithContext("com.sun.star.script.Invocation",
                                                                             accessibility_office),
        uno::UNO_QUERY_THROW);
    uno::Sequence<uno::Any> target(1);
    target[0] <<= object;
    // The Invocation service is a factory of this old kind only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    uno::Reference<script::XInvocation> invocation(factory->createInstanceWithArguments(target),
                                                   uno::UNO_QUERY_THROW);
#pragma GCC diagnostic pop
    uno::Sequence<sal_Int16> out_index;
    uno::Sequence<uno::Any> out;
    return invocation->invoke(rtl::OUString::createFromAscii(method), args, out_index, out);
}

uno::Any office_constant(const std::string& name) {
    uno::Reference<container::XHierarchicalNameAccess> types(
        accessibility_office->getValueByName("/singletons/com.sun.star.reflection.theTypeDescriptionManager"),
        uno::UNO_QUERY_THROW);
    uno::Reference<reflection::XConstantTypeDescription> constant(types->getByHierarchicalName(to_ou(name)),
                                                                  uno::UNO_QUERY_THROW);
    return constant->getConstantValue();
}

} // namespace

std::vector<uno::Reference<a11y::XAccessible>>
children_of(const uno::Reference<a11y::XAccessibleContext>& context) {
    sal_Int64 count = 0;
    invoke(context, "getAccessibleChildCount") >>= count;
    std::vector<uno::Reference<a11y::XAccessible>> children;
    for (sal_Int64 i = 0; i < count; ++i) {
        uno::Sequence<uno::Any> index(1);
        index[0] <<= i;
        uno::Reference<a11y::XAccessible> child;
        invoke(context, "getAccessibleChild", index) >>= child;
        children.push_back(child);
    }
    return children;
}

bool has_state(const uno::Reference<a11y::XAccessibleContext>& context, const char* state) {
    uno::Any states = invoke(context, "getAccessibleStateSet");
    uno::Any value = office_constant(std::string("com.sun.star.accessibility.AccessibleStateType.") + state);
    uno::Reference<a11y::XAccessibleStateSet> set; // up to LibreOffice 7.4
    if (states >>= set) {
        sal_Int16 type = 0;
        return set.is() && (value >>= type) && set->contains(type);
    }
    sal_Int64 bits = 0, bit = 0;
    return (states >>= bits) && (value >>= bit) && (bits & bit) != 0;
}

uno::Reference<a11y::XAccessible>
find_accessible(const uno::Reference<a11y::XAccessible>& root,
                const std::function<bool(const uno::Reference<a11y::XAccessibleContext>&)>& match,
                bool everything) {
    std::function<uno::Reference<a11y::XAccessible>(const uno::Reference<a11y::XAccessible>&, int)> visit =
        [&](const uno::Reference<a11y::XAccessible>& a, int depth) -> uno::Reference<a11y::XAccessible> {
        auto context = a.is() ? a->getAccessibleContext() : nullptr;
        if (!context.is() || depth > 40) return nullptr;
        if (match(context)) return a;
        sal_Int16 role = context->getAccessibleRole();
        namespace role_of = a11y::AccessibleRole;
        if (role == role_of::DOCUMENT || role == role_of::DOCUMENT_TEXT || role == role_of::PARAGRAPH)
            return nullptr;
        if (!everything && (role == role_of::MENU_BAR || role == role_of::TOOL_BAR)) return nullptr;
        for (const auto& child : children_of(context))
            if (auto found = visit(child, depth + 1); found.is()) return found;
        return nullptr;
    };
    return visit(root, 0);
}

std::vector<uno::Reference<a11y::XAccessible>> top_windows(const session& s) {
    uno::Reference<awt::XExtendedToolkit> toolkit(awt::Toolkit::create(s.context()), uno::UNO_QUERY_THROW);
    std::vector<uno::Reference<a11y::XAccessible>> out;
    // Deprecated for LibreOffice's own code, yet the only public way to list an office's dialogs.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    for (sal_Int32 i = 0, n = toolkit->getTopWindowCount(); i < n; ++i) {
        uno::Reference<a11y::XAccessible> window(toolkit->getTopWindow(i), uno::UNO_QUERY);
        uno::Reference<awt::XWindow2> shown(window, uno::UNO_QUERY);
        if (window.is() && (!shown.is() || shown->isVisible())) out.push_back(window);
    }
#pragma GCC diagnostic pop
    return out;
}

// Every text a window shows to assistive technology, paragraphs of multi-line fields included.
std::string texts_in(const uno::Reference<a11y::XAccessible>& window) {
    std::string out;
    std::function<void(const uno::Reference<a11y::XAccessible>&, int)> visit =
        [&](const uno::Reference<a11y::XAccessible>& a, int depth) {
            auto context = a.is() ? a->getAccessibleContext() : nullptr;
            if (!context.is() || depth > 20) return;
            out += name_of(context) + "\n";
            if (uno::Reference<a11y::XAccessibleText> text(context, uno::UNO_QUERY); text.is())
                out += to_std(text->getText()) + "\n";
            for (const auto& child : children_of(context))
                visit(child, depth + 1);
        };
    visit(window, 0);
    return out;
}

// The office's dialog whose texts include `part`, or null.
uno::Reference<a11y::XAccessible> dialog_with(const session& s, const std::string& part) {
    try { // windows may go away while they are searched
        for (const auto& window : top_windows(s))
            if (texts_in(window).find(part) != std::string::npos) return window;
    } catch (const uno::RuntimeException&) {
    }
    return nullptr;
}

std::string clipboard_text(const session& s) {
    try {
        auto contents = css::datatransfer::clipboard::SystemClipboard::create(s.context())->getContents();
        if (!contents.is()) return {};
        for (const auto& flavor : contents->getTransferDataFlavors()) {
            rtl::OUString text;
            if (flavor.MimeType.startsWith("text/plain") && (contents->getTransferData(flavor) >>= text))
                return to_std(text);
        }
    } catch (const uno::Exception& e) {
        UNSCOPED_INFO("the clipboard could not be read: " << to_std(e.Message));
    }
    return {};
}

std::vector<heading> headings(const writer_window& w) {
    std::vector<heading> out;
    auto paragraphs = uno::Reference<container::XEnumerationAccess>(w.doc->getText(), uno::UNO_QUERY_THROW)
                          ->createEnumeration();
    while (paragraphs->hasMoreElements()) {
        uno::Reference<lang::XServiceInfo> info(paragraphs->nextElement(), uno::UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.Paragraph")) continue;
        uno::Reference<beans::XPropertySet> p(info, uno::UNO_QUERY_THROW);
        sal_Int16 level = 0;
        p->getPropertyValue("OutlineLevel") >>= level;
        if (level <= 0) continue;
        rtl::OUString label;
        p->getPropertyValue("ListLabelString") >>= label;
        out.push_back({level, to_std(label),
                       to_std(uno::Reference<text::XTextRange>(info, uno::UNO_QUERY_THROW)->getString())});
    }
    return out;
}

std::string numbering_error(const std::vector<heading>& list) {
    int count[10] = {};
    for (const heading& h : list) {
        if (h.level < 1 || h.level > 9) continue;
        ++count[h.level];
        for (int deeper = h.level + 1; deeper < 10; ++deeper)
            count[deeper] = 0;
        int n = count[h.level];
        std::string want = h.level == 1   ? chinese_number(n) + "、"
                           : h.level == 2 ? "（" + chinese_number(n) + "）"
                           : h.level == 3 ? std::to_string(n) + "."
                                          : "（" + std::to_string(n) + "）";
        if (h.label != want)
            return "level " + std::to_string(h.level) + " heading \"" + h.text + "\" is numbered \"" +
                   h.label + "\", expected \"" + want + "\"";
    }
    return {};
}

bool in_view(const uno::Reference<a11y::XAccessible>& a) {
    awt::Rectangle r = screen_rect(a);
    if (r.Width <= 0) return false;
    for (auto p = a->getAccessibleContext()->getAccessibleParent(); p.is();
         p = p->getAccessibleContext()->getAccessibleParent()) {
        awt::Rectangle around = screen_rect(p);
        if (around.Width > 0 && (r.Y < around.Y || r.Y + r.Height > around.Y + around.Height)) return false;
    }
    return true;
}

uno::Reference<a11y::XAccessible> menu_item(const writer_window& w, const std::vector<std::string>& names) {
    uno::Reference<a11y::XAccessible> window(w.frame->getContainerWindow(), uno::UNO_QUERY_THROW);
    auto item = find_accessible(
        window,
        [&](const uno::Reference<a11y::XAccessibleContext>& c) {
            return c->getAccessibleRole() == a11y::AccessibleRole::MENU_ITEM && has_state(c, "SHOWING") &&
                   std::find(names.begin(), names.end(), name_of(c)) != names.end();
        },
        true);
    return item.is() && screen_rect(item).Width > 0 ? item : nullptr;
}

} // namespace reportkit::gui
