#include "uno/sidebar/panel_factory.hxx"

#include "uno/sidebar/data_panel.hxx"
#include "uno/sidebar/panel.hxx"
#include "uno/sidebar/sections_panel.hxx"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/ui/XSidebar.hpp>

using namespace css;

namespace reportkit::office {

rtl::OUString SAL_CALL panel_factory_implementation_name() {
    return "org.reportkit.comp.PanelFactory";
}

uno::Sequence<rtl::OUString> SAL_CALL panel_factory_service_names() {
    return one_service("org.reportkit.PanelFactory");
}

panel_factory::panel_factory(const uno::Reference<uno::XComponentContext>& context)
    : with_service_info(m_aMutex), context_(context) {}

uno::Reference<ui::XUIElement>
panel_factory::createUIElement(const rtl::OUString& resource_url,
                               const uno::Sequence<beans::PropertyValue>& arguments) {
    uno::Reference<awt::XWindow> parent;
    uno::Reference<frame::XFrame> frame;
    uno::Reference<ui::XSidebar> sidebar;
    for (const auto& a : arguments) {
        if (a.Name == "ParentWindow")
            a.Value >>= parent;
        else if (a.Name == "Frame")
            a.Value >>= frame;
        else if (a.Name == "Sidebar")
            a.Value >>= sidebar;
    }
    if (!parent.is())
        throw lang::IllegalArgumentException("no ParentWindow given to the ReportKit panel factory", *this,
                                             1);
    if (!frame.is())
        throw lang::IllegalArgumentException("no Frame given to the ReportKit panel factory", *this, 1);
    std::unique_ptr<panel_base> content;
    if (resource_url.endsWith("/ReportKitPanel"))
        content = std::make_unique<sections_panel>(context_, frame, parent);
    else if (resource_url.endsWith("/ReportKitDataPanel"))
        content = std::make_unique<data_panel>(context_, frame, parent);
    if (content) {
        content->follow_sidebar(sidebar);
        return new panel(frame, resource_url, std::move(content));
    }
    throw container::NoSuchElementException(resource_url, *this);
}

} // namespace reportkit::office
