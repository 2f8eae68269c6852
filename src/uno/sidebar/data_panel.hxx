// What the Data panel shows and does: the linked data sheet (link, unlink, refresh), the audit
// of the document's numbers with each problem one click from its place, kept current as the
// document changes, the fields of the libraries to insert by hand, and data-sheet skeletons.
// Every rule lives in the engine and in core/ui/data_view.
#pragma once

#include "uno/sidebar/debounce.hxx"
#include "uno/sidebar/panel_base.hxx"

#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>

#include <string>
#include <vector>

namespace reportkit::office {

class data_panel : public panel_base {
public:
    data_panel(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame,
               const css::uno::Reference<css::awt::XWindow>& parent);
    void dispose() override;

    void pressed(const std::string& command) override;   // link, unlink, refresh, check, skeleton
    void chosen(const std::string& control) override;    // a problem: select it in the document
    void activated(const std::string& control) override; // a field: insert it at the cursor
    void document_changed() override;                    // audit again once typing pauses
    void shown() override;

private:
    std::vector<controls::row> rows(sal_Int32 width) const override;
    void update(); // the sheet line, the audit and what may be pressed
    void fill_fields();
    void problem_selected();
    void field_activated();
    void link();
    void write_skeleton();
    rtl::OUString pick_file(bool save);

    std::vector<css::uno::Reference<css::text::XTextRange>> anchors_; // by problem line
    std::vector<std::pair<rtl::OUString, rtl::OUString>> fields_;     // (library id, key) by field line
    css::uno::Reference<css::util::XModifyBroadcaster> watched_;      // the document, while listened to
    debounce audit_later_;
};

} // namespace reportkit::office
