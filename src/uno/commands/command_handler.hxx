// The org.reportkit:* menu commands (RefreshData, ApplyLayout, SaveSelectionAsSection), as a protocol
// handler: a thin dispatch that calls the engine service for the frame's document.
#pragma once

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

#include "uno/common/service_info.hxx"
#include "uno/engine/report_engine.hxx"

#include <com/sun/star/text/XTextDocument.hpp>
#include <rtl/ref.hxx>

#include <string>

namespace reportkit::office {

rtl::OUString SAL_CALL command_handler_implementation_name();
css::uno::Sequence<rtl::OUString> SAL_CALL command_handler_service_names();

class command_handler
    : public with_service_info<cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XDispatch,
                                                     css::lang::XInitialization, css::lang::XServiceInfo>,
                               command_handler_implementation_name, command_handler_service_names> {
public:
    explicit command_handler(const css::uno::Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    // XInitialization: the frame this handler serves.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& args) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>>
        SAL_CALL queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

private:
    void save_selection(const css::uno::Reference<css::frame::XFrame>& frame,
                        const rtl::Reference<report_engine>& engine,
                        const css::uno::Reference<css::text::XTextDocument>& document,
                        const std::string& language);
    void import_document(const css::uno::Reference<css::frame::XFrame>& frame,
                         const rtl::Reference<report_engine>& engine,
                         const css::uno::Reference<css::text::XTextDocument>& document,
                         const std::string& language);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

} // namespace reportkit::office
