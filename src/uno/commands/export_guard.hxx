// Before a Writer document is printed or exported as PDF, lists the numbers still unfilled or
// out of date and lets the user go on or cancel. A dispatch interceptor on the document's frame
// catches the four commands; everything else passes through untouched.
#pragma once

#include <com/sun/star/frame/XDispatchProviderInterceptor.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XInterceptorInfo.hpp>
#include <com/sun/star/lang/XEventListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>

namespace reportkit::office {

class export_guard : public cppu::WeakImplHelper3<css::frame::XDispatchProviderInterceptor,
                                                  css::frame::XInterceptorInfo, css::lang::XEventListener> {
public:
    // Registers a guard on `frame` once; it releases itself when the frame goes away.
    static void attach(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame);

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>>
        SAL_CALL queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatchProviderInterceptor
    css::uno::Reference<css::frame::XDispatchProvider> SAL_CALL getSlaveDispatchProvider() override;
    void SAL_CALL
    setSlaveDispatchProvider(const css::uno::Reference<css::frame::XDispatchProvider>& p) override;
    css::uno::Reference<css::frame::XDispatchProvider> SAL_CALL getMasterDispatchProvider() override;
    void SAL_CALL
    setMasterDispatchProvider(const css::uno::Reference<css::frame::XDispatchProvider>& p) override;

    // XInterceptorInfo: only these commands come here.
    css::uno::Sequence<rtl::OUString> SAL_CALL getInterceptedURLs() override;

    // XEventListener: the frame is going away.
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

    // Whether to go on with `command` (.uno:Print …): true when nothing is unfilled, the warning
    // is off, or the user says so.
    bool confirm(const rtl::OUString& command);

private:
    export_guard(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
    css::uno::Reference<css::frame::XDispatchProvider> slave_, master_;
};

} // namespace reportkit::office
