// What a ReportKit panel shows: the sections panel or the data panel. The panel class wraps
// one for the sidebar; each is built by the factory from the panel's resource URL. The base
// holds what both share: the controls, one listener for every event, the document behind the
// frame, the UI language and one engine.
#pragma once

#include "core/ui/messages.hpp"
#include "uno/engine/report_engine.hxx"
#include "uno/sidebar/controls.hxx"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <rtl/ref.hxx>

#include <string>

namespace reportkit::office {

class panel_listener;

class panel_base {
public:
    static constexpr sal_Int32 minimal_width = 200;

    // The width to lay a panel out for: its parent's, even below minimal_width (the deck's
    // scrollbar takes part of the sidebar), or minimal_width while the parent has none yet.
    static sal_Int32 layout_width(const css::uno::Reference<css::awt::XWindow>& parent);

    panel_base(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame,
               const css::uno::Reference<css::awt::XWindow>& parent);
    virtual ~panel_base();

    css::uno::Reference<css::awt::XWindow> window() const { return controls_.window(); }
    // Minimum and preferred: the controls at their natural sizes; the lists take any extra height.
    css::ui::LayoutSize height_for_width(sal_Int32 width) const;
    virtual void dispose(); // listeners off, windows gone

    // Events, forwarded by panel_listener, always holding the SolarMutex: presses and
    // activations from the main loop, the others as they come. `control` names the sender.
    virtual void pressed(const std::string& command) = 0;                    // a button's ActionCommand
    virtual void chosen(const std::string& control) { (void)control; }       // a list's or tree's selection
    virtual void activated(const std::string& control) { (void)control; }    // double-click or Enter
    virtual void typed(const std::string& control) { (void)control; }        // an edit's text changed
    virtual void stepped_down(const std::string& control) { (void)control; } // Down in an edit
    virtual void document_changed() {}
    virtual void shown() {}
    void resized(); // lays the panel out for its parent's size
    // The sidebar to ask for a new layout of the deck when the panel's rows change.
    void follow_sidebar(const css::uno::Reference<css::ui::XSidebar>& sidebar) { sidebar_ = sidebar; }

protected:
    // The end of a panel's constructor, its controls all there: follow the parent's size, show.
    void start();
    // The panel's column of controls in `width`, at their natural heights.
    virtual std::vector<controls::row> rows(sal_Int32 width) const = 0;
    virtual void laid_out() {} // after the controls got their places
    // A row shown or hidden: the panel laid out again, and the deck, which places the panels
    // below it after the heights the panels ask for (without it they kept their old places).
    void rows_changed();

    css::uno::Reference<css::text::XTextDocument> document() const;
    bool read_only() const;
    rtl::OUString ui(message m) const;
    void say(const rtl::OUString& text); // the status line
    panel_listener* listener() const { return listener_.get(); }

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XWindow> parent_;
    controls controls_;
    std::string language_;
    rtl::Reference<report_engine> engine_;

private:
    rtl::Reference<panel_listener> listener_;
    css::uno::Reference<css::ui::XSidebar> sidebar_;
};

} // namespace reportkit::office
