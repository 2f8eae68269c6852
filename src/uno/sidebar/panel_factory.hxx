// The sidebar's factory: checks its arguments and creates the panel named by the resource URL.
// It knows nothing of libraries or documents (after sw/source/uibase/sidebar/SwPanelFactory).
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase2.hxx>

#include "uno/common/service_info.hxx"

namespace reportkit::office {

rtl::OUString SAL_CALL panel_factory_implementation_name();
css::uno::Sequence<rtl::OUString> SAL_CALL panel_factory_service_names();

class panel_factory : private cppu::BaseMutex,
                      public with_service_info<
                          cppu::WeakComponentImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo>,
                          panel_factory_implementation_name, panel_factory_service_names> {
public:
    explicit panel_factory(const css::uno::Reference<css::uno::XComponentContext>& context);

    css::uno::Reference<css::ui::XUIElement>
        SAL_CALL createUIElement(const rtl::OUString& resource_url,
                                 const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace reportkit::office
