// The job LibreOffice runs on document events (Jobs.xcu): OnViewCreated puts the export guard
// on a Writer frame that is not hidden; OnLoad gives ReportKit's styles back the typography a
// Word import dropped, and refreshes the numbers when
// org.reportkit.Settings/Data/RefreshOnOpen is set and the document has a linked sheet;
// OnSaveAs and OnSaveAsDone keep the data-sheet link resolving from the document's new folder,
// relative to it when the sheet lies in its folder tree.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

#include "uno/common/service_info.hxx"

namespace reportkit::office {

rtl::OUString SAL_CALL document_events_implementation_name();
css::uno::Sequence<rtl::OUString> SAL_CALL document_events_service_names();

class document_events
    : public with_service_info<cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo>,
                               document_events_implementation_name, document_events_service_names> {
public:
    explicit document_events(const css::uno::Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    css::uno::Any SAL_CALL execute(const css::uno::Sequence<css::beans::NamedValue>& arguments) override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace reportkit::office
