// What the Data panel shows and does: the linked data sheet (link, unlink, refresh), the audit
// of the document's numbers with each problem one click from its place, the fields of the
// libraries to insert by hand, and data-sheet skeletons. Every rule lives in the engine.
#pragma once

#include "core/ui/messages.hpp"
#include "uno/sidebar/controls.hxx"
#include "uno/sidebar/panel_base.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <string>
#include <vector>

namespace reportkit::office {

class data_panel_listener;

class data_panel : public panel_base {
public:
    data_panel(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame,
               const css::uno::Reference<css::awt::XWindow>& parent);
    ~data_panel() override;

    css::uno::Reference<css::awt::XWindow> window() const override { return controls_.window(); }
    sal_Int32 height_for_width(sal_Int32 width) const override;
    void dispose() override;

    // Events, forwarded by data_panel_listener.
    void command(const rtl::OUString& name); // link, unlink, refresh, check, skeleton
    void problem_selected();
    void field_activated();
    void resized();

private:
    void layout(sal_Int32 width);
    void update(); // the sheet line, the audit and what may be pressed
    void fill_fields();
    void link();
    void write_skeleton();
    rtl::OUString pick_file(bool save);
    void say(const rtl::OUString& text);
    rtl::OUString ui(message m) const;
    css::uno::Reference<css::text::XTextDocument> document() const;
    bool read_only() const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XWindow> parent_;
    controls controls_;
    css::uno::Reference<data_panel_listener> listener_;
    std::string language_;
    std::vector<css::uno::Reference<css::text::XTextRange>> anchors_; // by problem line
    std::vector<std::pair<rtl::OUString, rtl::OUString>> fields_;     // (library id, key) by field line
};

} // namespace reportkit::office
