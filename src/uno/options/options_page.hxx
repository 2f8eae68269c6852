// The ReportKit page under Tools › Options (extension/dialogs/options.xdl): fills the page from
// org.reportkit.Settings, writes what changed on OK, and discards edits on Back. The choices and
// checks come from core/ui/options_page; this class only moves values between them and the page.
#pragma once

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

#include "core/ui/options_page.hpp"
#include "uno/common/service_info.hxx"

#include <vector>

namespace reportkit::office {

rtl::OUString SAL_CALL options_page_implementation_name();
css::uno::Sequence<rtl::OUString> SAL_CALL options_page_service_names();

class options_page
    : public with_service_info<
          cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler, css::lang::XServiceInfo>,
          options_page_implementation_name, options_page_service_names> {
public:
    explicit options_page(const css::uno::Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    // "external_event" with "initialize", "ok" or "back" from the Options dialog; "add_folder",
    // "remove_folder" and "folder_selected" from the page's own controls.
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const rtl::OUString& method) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override;

private:
    void label(const css::uno::Reference<css::awt::XControlContainer>& page);
    void load(const css::uno::Reference<css::awt::XControlContainer>& page);
    void save(const css::uno::Reference<css::awt::XControlContainer>& page);
    void add_folder(const css::uno::Reference<css::awt::XControlContainer>& page);
    void remove_folders(const css::uno::Reference<css::awt::XControlContainer>& page);

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::vector<grouping_choice> grouping_choices_; // what each dropdown entry stores
};

} // namespace reportkit::office
