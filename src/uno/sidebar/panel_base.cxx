#include "uno/sidebar/panel_base.hxx"

#include "uno/common/configuration.hxx"
#include "uno/common/documents.hxx"
#include "uno/common/errors.hxx"
#include "uno/common/strings.hxx"
#include "uno/sidebar/panel_listener.hxx"

#include <com/sun/star/awt/PosSize.hpp>

using namespace css;

namespace reportkit::office {

sal_Int32 panel_base::layout_width(const uno::Reference<awt::XWindow>& parent) {
    sal_Int32 width = parent.is() ? parent->getPosSize().Width : 0;
    return width > 0 ? width : minimal_width;
}

panel_base::panel_base(const uno::Reference<uno::XComponentContext>& context,
                       const uno::Reference<frame::XFrame>& frame, const uno::Reference<awt::XWindow>& parent)
    : context_(context), frame_(frame), parent_(parent), controls_(context, parent),
      language_(ui_language(context)), engine_(new report_engine(context, caller::ui)),
      listener_(new panel_listener(context, this)) {}

void panel_base::start() {
    controls_.follow_parent(uno::Reference<awt::XWindowListener>(listener_.get()));
    resized();
    window()->setVisible(true);
}

panel_base::~panel_base() {
    panel_base::dispose();
}

void panel_base::dispose() {
    if (controls_.disposed()) return;
    listener_->detach();
    controls_.dispose();
    frame_.clear();
    parent_.clear();
    sidebar_.clear();
}

ui::LayoutSize panel_base::height_for_width(sal_Int32 width) const {
    sal_Int32 natural = controls_.stack_height(rows(width));
    // Maximum -1: no limit, the deck gives the panels the height it has (the lists take it);
    // below the minimum the deck scrolls.
    return ui::LayoutSize(natural, -1, natural);
}

void panel_base::resized() {
    if (!parent_.is()) return;
    sal_Int32 width = layout_width(parent_);
    auto r = rows(width);
    sal_Int32 height = std::max(parent_->getPosSize().Height, controls_.stack_height(r));
    controls_.stack(r, width, height);
    window()->setPosSize(0, 0, width, height, awt::PosSize::POSSIZE);
    laid_out();
}

void panel_base::rows_changed() {
    resized();
    if (sidebar_.is()) sidebar_->requestLayout();
}

uno::Reference<text::XTextDocument> panel_base::document() const {
    return text_document_of(frame_);
}

bool panel_base::read_only() const {
    return is_read_only(document());
}

rtl::OUString panel_base::ui(message m) const {
    return to_ou(text(m, language_));
}

void panel_base::say(const rtl::OUString& text) {
    rtl::OUString shown = refusal_text(text);
    controls_.set("status", "Label", uno::Any(shown));
    controls_.set("status", "HelpText", uno::Any(shown)); // what two lines cut off, on hovering
}

} // namespace reportkit::office
