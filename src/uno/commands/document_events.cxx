#include "uno/commands/document_events.hxx"

#include "core/ui/messages.hpp"
#include "uno/commands/context_menu.hxx"
#include "uno/commands/export_guard.hxx"
#include "uno/commands/user_messages.hxx"
#include "uno/common/configuration.hxx"
#include "uno/common/documents.hxx"
#include "uno/common/main_thread.hxx"
#include "uno/common/strings.hxx"
#include "uno/data/document_link.hxx"
#include "uno/engine/report_engine.hxx"
#include "uno/writer/report_styles.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <rtl/ref.hxx>

using namespace css;

namespace reportkit::office {

rtl::OUString SAL_CALL document_events_implementation_name() {
    return "org.reportkit.comp.DocumentEvents";
}

uno::Sequence<rtl::OUString> SAL_CALL document_events_service_names() {
    return one_service("com.sun.star.task.Job");
}

uno::Any document_events::execute(const uno::Sequence<beans::NamedValue>& arguments) {
    uno::Sequence<beans::NamedValue> environment;
    for (const beans::NamedValue& a : arguments)
        if (a.Name == "Environment") a.Value >>= environment;
    rtl::OUString event;
    uno::Reference<frame::XModel> model;
    for (const beans::NamedValue& e : environment) {
        if (e.Name == "EventName") e.Value >>= event;
        if (e.Name == "Model") e.Value >>= model;
    }
    uno::Reference<text::XTextDocument> document(model, uno::UNO_QUERY);
    if (!document.is()) return {}; // Writer documents only
    try {
        // Adjusting styles and the link is part of opening and saving: a failure leaves them as
        // they were and must not stop the save or read as a failed refresh.
        if (event == "OnLoad") restore_typography_after_import(document);
        if (event == "OnSaveAs") pin_link(document); // relative to the old folder: not from the new
        if (event == "OnSaveAsDone" && relink_to_folder(document)) {
            // The link is relative to the new folder now, but the file just written has it
            // absolute: save again once this save is over.
            post_to_main_loop(context_, [model] {
                uno::Reference<util::XModifiable> modifiable(model, uno::UNO_QUERY);
                if (modifiable.is() && modifiable->isModified())
                    uno::Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)->store();
            });
        }
    } catch (const uno::Exception&) {
    }
    auto controller = model->getCurrentController();
    auto frame = controller.is() ? controller->getFrame() : nullptr;
    try {
        if (event == "OnViewCreated" && frame.is()) {
            // Hidden documents (the command line's, automation's) are never printed by a person.
            bool hidden = false;
            for (const beans::PropertyValue& arg : model->getArgs())
                if (arg.Name == "Hidden") arg.Value >>= hidden;
            if (!hidden) {
                export_guard::attach(context_, frame);
                context_menu::attach(context_, controller);
            }
        } else if (event == "OnLoad") {
            bool refresh = false;
            setting(context_, "/org.reportkit.Settings/Data", "RefreshOnOpen") >>= refresh;
            if (!refresh || is_read_only(model)) return {};
            // Events come from code holding the SolarMutex: the engine works right here.
            rtl::Reference<report_engine> data(new report_engine(context_, caller::ui));
            if (!data->getDataSheet(document).isEmpty()) data->refresh(document);
        }
    } catch (const uno::Exception& e) {
        std::string language = ui_language(context_);
        show_message(context_, frame, text(message::refresh_failed, language), to_std(e.Message), true);
    }
    return {};
}

} // namespace reportkit::office
