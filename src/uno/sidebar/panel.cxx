#include "uno/sidebar/panel.hxx"

#include "uno/sidebar/panel_base.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

using namespace css;

namespace reportkit::office {

panel::panel(const uno::Reference<frame::XFrame>& frame, const rtl::OUString& resource_url,
             std::unique_ptr<panel_base> content)
    : frame_(frame), resource_url_(resource_url), content_(std::move(content)) {}

panel::~panel() = default;

sal_Int16 panel::getType() {
    return ui::UIElementType::TOOLPANEL;
}

uno::Reference<uno::XInterface> panel::getRealInterface() {
    return static_cast<cppu::OWeakObject*>(this);
}

uno::Reference<awt::XWindow> panel::getWindow() {
    return content_ ? content_->window() : nullptr;
}

uno::Reference<accessibility::XAccessible>
panel::createAccessible(const uno::Reference<accessibility::XAccessible>&) {
    return uno::Reference<accessibility::XAccessible>(getWindow(), uno::UNO_QUERY);
}

ui::LayoutSize panel::getHeightForWidth(sal_Int32 width) {
    return content_ ? content_->height_for_width(width) : ui::LayoutSize(0, 0, 0);
}

sal_Int32 panel::getMinimalWidth() {
    return panel_base::minimal_width;
}

void panel::dispose() {
    if (content_) content_->dispose(); // listeners off before the windows go
    content_.reset();
    frame_.clear();
}

} // namespace reportkit::office
