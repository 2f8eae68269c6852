// What the ReportKit panel shows and does: choose a library, search and browse its sections by
// category, preview one, insert it or a whole report outline into the frame's document.
#pragma once

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/library/model.hpp"
#include "core/ui/messages.hpp"
#include "uno/sidebar/controls.hxx"
#include "uno/sidebar/panel_base.hxx"

#include <string>
#include <vector>

namespace reportkit::office {

class sections_panel_listener;

class sections_panel : public panel_base {
public:
    sections_panel(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XFrame>& frame,
                   const css::uno::Reference<css::awt::XWindow>& parent);
    ~sections_panel() override;

    css::uno::Reference<css::awt::XWindow> window() const override { return controls_.window(); }
    sal_Int32 height_for_width(sal_Int32 width) const override;
    void dispose() override;

    // Events, forwarded by sections_panel_listener.
    void library_chosen();
    void search_changed();
    void section_selected();
    void insert_section();
    void insert_outline();
    void resized();

private:
    css::uno::Reference<css::awt::XControl> control(const char* name) const {
        return controls_.control(name);
    }
    void set_property(const char* name, const char* property, const css::uno::Any& value) {
        controls_.set(name, property, value);
    }
    void layout(sal_Int32 width);
    void fill_libraries();
    void fill_sections();
    void refresh_state(); // enables or disables insertion, says why
    void insert(bool outline, const std::string& id, const std::string& title);
    rtl::OUString ui(message m) const;
    css::uno::Reference<css::text::XTextDocument> document() const;
    library_ptr current_library() const;
    std::string selected_section() const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XWindow> parent_;
    controls controls_;
    css::uno::Reference<sections_panel_listener> listener_;
    std::string language_;
    std::vector<library_ptr> libraries_;   // in the library list's order
    std::vector<std::string> outline_ids_; // in the outline list's order
};

} // namespace reportkit::office
