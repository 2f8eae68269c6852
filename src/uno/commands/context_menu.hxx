// Save Selection as Section… at the end of the context menu of a Writer document's text: an
// interceptor registered on each view as it is created (document_events, OnViewCreated).
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/ui/XContextMenuInterceptor.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>

namespace reportkit::office {

class context_menu : public cppu::WeakImplHelper1<css::ui::XContextMenuInterceptor> {
public:
    // Registers a new interceptor on `controller` when it offers interception.
    static void attach(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XController>& controller);

    explicit context_menu(const css::uno::Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    css::ui::ContextMenuInterceptorAction SAL_CALL
    notifyContextMenuExecute(const css::ui::ContextMenuExecuteEvent& event) override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace reportkit::office
