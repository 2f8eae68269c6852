#include "uno/commands/export_guard.hxx"

#include "core/ui/messages.hpp"
#include "core/ui/problems.hpp"
#include "uno/commands/user_messages.hxx"
#include "uno/common/configuration.hxx"
#include "uno/common/dispatch.hxx"
#include "uno/common/documents.hxx"
#include "uno/common/service_info.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/report_engine.hxx"

#include <com/sun/star/frame/XDispatchProviderInterception.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include <mutex>
#include <set>

using namespace css;

namespace reportkit::office {
namespace {

const char* const guarded[] = {".uno:Print", ".uno:PrintDefault", ".uno:ExportToPDF",
                               ".uno:ExportDirectToPDF"};

bool is_guarded(const rtl::OUString& url) {
    for (const char* g : guarded)
        if (url.equalsAscii(g)) return true;
    return false;
}

rtl::OUString guarded_dispatch_name() {
    return "org.reportkit.comp.GuardedDispatch";
}
uno::Sequence<rtl::OUString> guarded_dispatch_services() {
    return one_service("org.reportkit.GuardedDispatch");
}

// The real dispatch behind a guarded command, asked only once the user agreed.
class guarded_dispatch : public with_service_info<cppu::WeakImplHelper2<frame::XDispatch, lang::XServiceInfo>,
                                                  guarded_dispatch_name, guarded_dispatch_services> {
public:
    guarded_dispatch(rtl::Reference<export_guard> guard, uno::Reference<frame::XDispatch> real)
        : guard_(std::move(guard)), real_(std::move(real)) {}

    void SAL_CALL dispatch(const util::URL& url, const uno::Sequence<beans::PropertyValue>& args) override {
        if (guard_->confirm(url.Complete)) real_->dispatch(url, args);
    }
    void SAL_CALL addStatusListener(const uno::Reference<frame::XStatusListener>& l,
                                    const util::URL& url) override {
        real_->addStatusListener(l, url);
    }
    void SAL_CALL removeStatusListener(const uno::Reference<frame::XStatusListener>& l,
                                       const util::URL& url) override {
        real_->removeStatusListener(l, url);
    }

private:
    rtl::Reference<export_guard> guard_;
    uno::Reference<frame::XDispatch> real_;
};

// Frames that have a guard already (weakly: by address, removed when the frame goes).
std::mutex guarded_frames_mutex;
std::set<const void*> guarded_frames;

} // namespace

export_guard::export_guard(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XFrame>& frame)
    : context_(context), frame_(frame) {}

void export_guard::attach(const uno::Reference<uno::XComponentContext>& context,
                          const uno::Reference<frame::XFrame>& frame) {
    uno::Reference<frame::XDispatchProviderInterception> interception(frame, uno::UNO_QUERY);
    if (!interception.is()) return;
    {
        std::lock_guard lock(guarded_frames_mutex);
        if (!guarded_frames.insert(frame.get()).second) return;
    }
    rtl::Reference<export_guard> guard(new export_guard(context, frame));
    interception->registerDispatchProviderInterceptor(
        uno::Reference<frame::XDispatchProviderInterceptor>(guard.get()));
    frame->addEventListener(uno::Reference<lang::XEventListener>(guard.get()));
}

uno::Reference<frame::XDispatch> export_guard::queryDispatch(const util::URL& url,
                                                             const rtl::OUString& target, sal_Int32 flags) {
    uno::Reference<frame::XDispatch> real = slave_.is() ? slave_->queryDispatch(url, target, flags) : nullptr;
    if (!real.is() || !is_guarded(url.Complete)) return real;
    return new guarded_dispatch(this, real);
}

uno::Sequence<uno::Reference<frame::XDispatch>>
export_guard::queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests) {
    return query_each(*this, requests);
}

uno::Reference<frame::XDispatchProvider> export_guard::getSlaveDispatchProvider() {
    return slave_;
}
void export_guard::setSlaveDispatchProvider(const uno::Reference<frame::XDispatchProvider>& p) {
    slave_ = p;
}
uno::Reference<frame::XDispatchProvider> export_guard::getMasterDispatchProvider() {
    return master_;
}
void export_guard::setMasterDispatchProvider(const uno::Reference<frame::XDispatchProvider>& p) {
    master_ = p;
}

uno::Sequence<rtl::OUString> export_guard::getInterceptedURLs() {
    uno::Sequence<rtl::OUString> urls(std::size(guarded));
    for (size_t i = 0; i < std::size(guarded); ++i)
        urls[static_cast<sal_Int32>(i)] = rtl::OUString::createFromAscii(guarded[i]);
    return urls;
}

// The frame drops its interceptors itself when it is disposed; only our references go here.
void export_guard::disposing(const lang::EventObject& event) {
    std::lock_guard lock(guarded_frames_mutex);
    guarded_frames.erase(uno::Reference<frame::XFrame>(event.Source, uno::UNO_QUERY).get());
    slave_.clear();
    master_.clear();
}

bool export_guard::confirm(const rtl::OUString& command) {
    uno::Reference<frame::XFrame> frame(frame_);
    bool warn = true;
    setting(context_, "/org.reportkit.Settings/Data", "WarnBeforeExport") >>= warn;
    if (!warn || !frame.is() || !is_visible(frame)) return true;
    auto document = text_document_of(frame);
    if (!document.is()) return true;
    std::string language = ui_language(context_);
    std::vector<std::string> lines;
    try {
        // From the menu this runs on the main thread; from a remote dispatch the engine goes there.
        rtl::Reference<report_engine> data(new report_engine(context_));
        for (const auto& e : data->audit(document))
            if (is_problem(to_std(e.Status)))
                lines.push_back(problem_line(to_std(e.Status), to_std(e.Label), to_std(e.Message), language));
    } catch (const uno::Exception&) {
        return true; // the check must never stand between a user and the printer
    }
    if (lines.empty()) return true;
    bool printing = command.startsWith(".uno:Print");
    return ask_to_go_on(context_, frame, text(message::unfilled_title, language),
                        problem_list(lines, 12, language), text(message::unfilled_hint, language),
                        text(printing ? message::print_anyway : message::export_anyway, language),
                        text(message::cancel, language));
}

} // namespace reportkit::office
