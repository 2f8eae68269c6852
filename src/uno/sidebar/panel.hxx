// A ReportKit panel as the sidebar sees it: a tool panel that sizes itself and delegates
// everything it shows and does to its content (after WollMux's sidebar panel).
#pragma once

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

#include <memory>

namespace reportkit::office {

class panel_base;

class panel : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                           css::lang::XComponent> {
public:
    panel(const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& resource_url,
          std::unique_ptr<panel_base> content);
    ~panel() override;

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    rtl::OUString SAL_CALL getResourceURL() override { return resource_url_; }
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;

    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;

    // XComponent
    void SAL_CALL dispose() override;
    void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}
    void SAL_CALL removeEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}

private:
    css::uno::Reference<css::frame::XFrame> frame_;
    rtl::OUString resource_url_;
    std::unique_ptr<panel_base> content_;
};

} // namespace reportkit::office
