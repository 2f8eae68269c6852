#include "uno/commands/command_handler.hxx"

#include "core/layout/page_layout.hpp"
#include "core/ui/messages.hpp"
#include "uno/authoring/import_dialog.hxx"
#include "uno/authoring/section_dialog.hxx"
#include "uno/commands/publish_dialog.hxx"
#include "uno/commands/user_messages.hxx"
#include "uno/common/configuration.hxx"
#include "uno/common/dispatch.hxx"
#include "uno/common/documents.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/report_engine.hxx"

#include <rtl/ref.hxx>

using namespace css;

namespace reportkit::office {
namespace {

// The document's library, else the one last chosen in the deck; the result said in a message box.
void publish_library_of(const uno::Reference<uno::XComponentContext>& context,
                        const uno::Reference<frame::XFrame>& frame, const rtl::OUString& document_library,
                        const std::string& language) {
    rtl::OUString id = document_library;
    if (id.isEmpty()) setting(context, "/org.reportkit.Settings/Sidebar", "LastLibrary") >>= id;
    try {
        std::string done = publish_to_team(context, frame, to_std(id), language);
        if (!done.empty()) show_message(context, frame, text(message::publish_title, language), done, false);
    } catch (const uno::Exception& e) {
        show_message(context, frame, text(message::publish_title, language), to_std(e.Message), true);
    }
}

} // namespace

rtl::OUString SAL_CALL command_handler_implementation_name() {
    return "org.reportkit.comp.CommandHandler";
}

uno::Sequence<rtl::OUString> SAL_CALL command_handler_service_names() {
    return one_service("com.sun.star.frame.ProtocolHandler");
}

void command_handler::initialize(const uno::Sequence<uno::Any>& args) {
    uno::Reference<frame::XFrame> frame;
    if (args.getLength() > 0 && (args[0] >>= frame)) frame_ = frame;
}

uno::Reference<frame::XDispatch> command_handler::queryDispatch(const util::URL& url, const rtl::OUString&,
                                                                sal_Int32) {
    if (url.Protocol == "org.reportkit:" &&
        (url.Path == "RefreshData" || url.Path == "ApplyLayout" || url.Path == "SaveSelectionAsSection" ||
         url.Path == "PublishLibrary" || url.Path == "ImportDocument"))
        return this;
    return nullptr;
}

uno::Sequence<uno::Reference<frame::XDispatch>>
command_handler::queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests) {
    return query_each(*this, requests);
}

void command_handler::dispatch(const util::URL& url, const uno::Sequence<beans::PropertyValue>&) {
    uno::Reference<frame::XFrame> frame(frame_);
    if (!frame.is()) return;
    auto document = text_document_of(frame);
    if (!document.is()) return;
    std::string language = ui_language(context_);
    // From the menu this runs on the main thread; from a remote dispatch the engine goes there.
    rtl::Reference<report_engine> engine(new report_engine(context_));
    if (url.Path == "RefreshData") {
        try {
            sal_Int32 changed = engine->refresh(document);
            show_message(context_, frame, text(message::deck_title, language),
                         text(message::refreshed, language) + std::to_string(changed), false);
        } catch (const uno::Exception& e) {
            show_message(context_, frame, text(message::refresh_failed, language), to_std(e.Message), true);
        }
    } else if (url.Path == "ApplyLayout") {
        try {
            engine->applyLayout(document, rtl::OUString::createFromAscii(to_string(layout_kind::gbt9704)));
        } catch (const uno::Exception& e) {
            show_message(context_, frame, text(message::apply_layout, language), to_std(e.Message), true);
        }
    } else if (url.Path == "PublishLibrary") {
        publish_library_of(context_, frame, engine->documentLibrary(document), language);
    } else if (url.Path == "SaveSelectionAsSection") {
        save_selection(frame, engine, document, language);
    } else if (url.Path == "ImportDocument") {
        import_document(frame, engine, document, language);
    }
}

// The deck, if open, follows the saved library by itself (library_registry::watch).
void command_handler::save_selection(const uno::Reference<frame::XFrame>& frame,
                                     const rtl::Reference<report_engine>& engine,
                                     const uno::Reference<text::XTextDocument>& document,
                                     const std::string& language) {
    std::string title = text(message::draft_dialog_title, language);
    try {
        authoring_outcome done = save_selection_as_section(context_, frame, engine, document,
                                                           to_std(engine->documentLibrary(document)));
        if (done.status == authoring_outcome::no_selection)
            show_message(context_, frame, title, outcome_text(done, language), false);
    } catch (const uno::Exception& e) {
        show_message(context_, frame, title, to_std(e.Message), true);
    }
}

// The deck, if open, shows the new library by itself (library_registry::watch).
void command_handler::import_document(const uno::Reference<frame::XFrame>& frame,
                                      const rtl::Reference<report_engine>& engine,
                                      const uno::Reference<text::XTextDocument>& document,
                                      const std::string& language) {
    std::string title = text(message::draft_import_title, language);
    try {
        std::string done =
            outcome_text(import_document_as_library(context_, frame, engine, document), language);
        if (!done.empty()) show_message(context_, frame, title, done, false);
    } catch (const uno::Exception& e) {
        show_message(context_, frame, title, to_std(e.Message), true);
    }
}

} // namespace reportkit::office
