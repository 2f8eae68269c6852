// The world of one GUI journey: its own Xvfb (a free display found with -displayfd), the
// openbox window manager (so windows get focus as on a desktop), and a visible soffice with the
// built .oxt installed into a throwaway profile. A journey acts only through real input events
// sent with xdotool — clicks at a control's on-screen position, key presses, typing — and uses
// the UNO API only to READ what a person would see (models, texts, list labels, selections,
// where a control is on screen) and to set up the starting point (a fresh document, a saved
// file). It never selects, sets text, presses through accessibility actions or dispatches a
// command in a person's place.
#pragma once

#include "uno/client/office.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace reportkit::gui {

namespace uno = css::uno;
namespace a11y = css::accessibility;

// Polls `ready` every 100 ms for up to `seconds`.
template <class F> bool wait_for(F ready, double seconds) {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(int(seconds * 1000));
    while (std::chrono::steady_clock::now() < until) {
        if (ready()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return ready();
}

struct session_options {
    std::string ui_locale = {}; // "zh-CN": a Chinese LibreOffice (UILocale and LANG)
    int dpi = 0;                // 192: 2× scaling through SAL_FORCEDPI
};

struct writer_window {
    uno::Reference<css::text::XTextDocument> doc;
    uno::Reference<css::frame::XFrame> frame;
    std::string text() const;
};

class session {
public:
    // `journey` names the screenshot and the kept soffice log in the artifacts folder.
    explicit session(std::string journey, session_options options = {});
    ~session();
    session(const session&) = delete;
    session& operator=(const session&) = delete;

    const uno::Reference<uno::XComponentContext>& context() const;
    uno::Reference<css::frame::XDesktop2> desktop() const;
    const std::filesystem::path& dir() const { return dir_; }
    std::string log() const;

    // Setup, not a person's step: a fresh Writer document in its own window.
    writer_window open_writer();

    // A person's input. Keys in xdotool's names: "ctrl+z", "Return", "Down".
    void click_at(int x, int y, int count = 1);
    void click_on(const uno::Reference<a11y::XAccessible>& target, int count = 1);
    void click_on(const uno::Reference<css::awt::XControl>& control, int count = 1);
    void drag(int x0, int y0, int x1, int y1);
    // Turns the mouse wheel over x, y: `clicks` notches down (negative: up).
    void wheel(int x, int y, int clicks);
    void key(const std::string& keys);
    void type_text(const std::string& text);
    // Brings a window to the front as clicking its title bar does (found by its title).
    void activate_window(const std::string& title_part);

    // Clicks into the document's text area, then presses Ctrl+Alt+Shift+R; returns the deck's
    // panels once it shows them.
    struct deck {
        uno::Reference<css::awt::XControlContainer> sections, data;
    };
    deck open_deck(const writer_window& w);
    void click_document(const writer_window& w);

    // The whole screen into artifacts/<journey><suffix>.png. A journey that stopped before its
    // own artifacts/<journey>.png gets one at the end, showing where it stopped.
    void screenshot(const std::string& suffix = {});

    // Quits the office as the fixture would; the exit status.
    int quit();

private:
    int xdotool(std::vector<std::string> args);
    // Gives each character of `text` that the keyboard map lacks a key of its own (see type_text).
    void bind_keys(const std::string& text);

    // artifacts/, or artifacts-<office tag>/ for an office other than the system's.
    std::filesystem::path artifacts() const;

    std::string journey_;
    std::string program_dir_; // $REPORTKIT_OFFICE, else the system's LibreOffice
    std::filesystem::path dir_;
    pid_t xvfb_ = 0, window_manager_ = 0;
    std::string display_;
    std::unique_ptr<office::office_process> office_;
    bool shot_ = false;
    std::vector<sal_uInt32> bound_; // characters given a key by bind_keys
};

// Reading state ------------------------------------------------------------------------------

// A panel's control container: controller → sidebar → ReportKit deck → panel; null until shown.
uno::Reference<css::awt::XControlContainer> panel_controls(const uno::Reference<css::frame::XFrame>& frame,
                                                           const char* panel = "ReportKitPanel");
uno::Reference<css::awt::XControl> control(const uno::Reference<css::awt::XControlContainer>& c,
                                           const char* name);
uno::Reference<css::beans::XPropertySet> model_of(const uno::Reference<css::awt::XControlContainer>& c,
                                                  const char* name);
std::string label_of(const uno::Reference<css::awt::XControlContainer>& c, const char* name,
                     const char* property = "Label");
std::vector<std::string> items_of(const uno::Reference<css::awt::XControlContainer>& c, const char* name);
bool enabled(const uno::Reference<css::awt::XControlContainer>& c, const char* name);
// Whether the control has the keyboard focus: where typed keys go.
bool has_focus(const uno::Reference<css::awt::XControl>& control);

// Screen rectangle of an accessible object; Width 0 when it has none.
css::awt::Rectangle screen_rect(const uno::Reference<a11y::XAccessible>& a);
css::awt::Rectangle screen_rect(const uno::Reference<a11y::XAccessibleContext>& context);
uno::Reference<a11y::XAccessible> accessible_of(const uno::Reference<css::awt::XControl>& control);
// Whether `a` lies inside every window around it on screen: a person sees it without scrolling.
bool in_view(const uno::Reference<a11y::XAccessible>& a);
// The item named one of `names` in the open menus of `w`, once it is on screen; null until then.
uno::Reference<a11y::XAccessible> menu_item(const writer_window& w, const std::vector<std::string>& names);
// Depth-first search below `root` (menus, toolbars and document contents skipped unless
// `everything`) for the first object `match` accepts.
uno::Reference<a11y::XAccessible>
find_accessible(const uno::Reference<a11y::XAccessible>& root,
                const std::function<bool(const uno::Reference<a11y::XAccessibleContext>&)>& match,
                bool everything = false);
std::string name_of(const uno::Reference<a11y::XAccessibleContext>& context);
// An accessible's children, and whether it has a state ("SHOWING", "CHECKED"), asked in a way that
// works in every LibreOffice version (see journey.cxx).
std::vector<uno::Reference<a11y::XAccessible>>
children_of(const uno::Reference<a11y::XAccessibleContext>& context);
bool has_state(const uno::Reference<a11y::XAccessibleContext>& context, const char* state);
// The office's top-level windows (frames, dialogs, message boxes) as accessible objects.
std::vector<uno::Reference<a11y::XAccessible>> top_windows(const session& s);

// Every text a window shows to assistive technology (names, and the text of fields and their
// paragraphs), one a line; and the office's top window whose texts include `part`, or null.
std::string texts_in(const uno::Reference<a11y::XAccessible>& window);
uno::Reference<a11y::XAccessible> dialog_with(const session& s, const std::string& part);
// What the office's clipboard holds as text (after a person's Ctrl+C), empty when nothing.
std::string clipboard_text(const session& s);

// The headings of a Writer document: outline level, list label, text, in document order.
struct heading {
    int level;
    std::string label, text;
};
std::vector<heading> headings(const writer_window& w);
// Empty when every label follows the report numbering (一、 then （一） restarting under each
// 一、, then 1. and （1）); else the first wrong heading, described.
std::string numbering_error(const std::vector<heading>& list);

} // namespace reportkit::gui
