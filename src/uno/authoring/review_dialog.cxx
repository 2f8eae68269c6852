#include "uno/authoring/review_dialog.hxx"

#include "uno/commands/dialogs.hxx"
#include "uno/common/errors.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <rtl/ref.hxx>

#include <array>

using namespace css;

namespace reportkit::office {

review_dialog::review_dialog(const uno::Reference<uno::XComponentContext>& context, std::string language)
    : context_(context), language_(std::move(language)) {}

void review_dialog::create(message title, sal_Int32 height) {
    model_ = dialog_model(context_, text(title, language_), 260, height);
}

void review_dialog::label(const char* name, message m, const awt::Rectangle& at) {
    add(model_, name, "com.sun.star.awt.UnoControlFixedTextModel", at,
        {{"Label", uno::Any(to_ou(text(m, language_)))}});
}

void review_dialog::edit(const char* name, const awt::Rectangle& at) {
    add(model_, name, "com.sun.star.awt.UnoControlEditModel", at, {});
}

void review_dialog::add_fields(uno::Sequence<org::reportkit::DraftField>& fields, sal_Int32 top) {
    fields_.emplace(model_, fields, language_);
    fields_->add_controls(top);
}

void review_dialog::add_closing(sal_Int32 top) {
    label("problems_label", message::draft_problems, {6, top, 248, 10});
    add(model_, "problems", "com.sun.star.awt.UnoControlEditModel", {6, top + 12, 248, 38},
        {{"MultiLine", uno::Any(true)}, {"ReadOnly", uno::Any(true)}, {"VScroll", uno::Any(true)}});
    add(model_, "save", "com.sun.star.awt.UnoControlButtonModel", {144, top + 56, 52, 14},
        {{"Label", uno::Any(to_ou(text(message::draft_save, language_)))},
         {"DefaultButton", uno::Any(true)}});
    add(model_, "cancel", "com.sun.star.awt.UnoControlButtonModel", {202, top + 56, 52, 14},
        {{"Label", uno::Any(to_ou(text(message::cancel, language_)))},
         {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))}});
}

void review_dialog::show(const uno::Reference<frame::XFrame>& frame, std::initializer_list<const char*> lists,
                         std::initializer_list<const char*> edits) {
    auto heard = [this](const std::string& control) {
        if (!filling_ && !fields_->changed(control)) changed(control);
    };
    rtl::Reference<dialog_events> events(new dialog_events(
        [this](const std::string& control) {
            if (control == "save") save();
        },
        heard, heard));
    run_dialog(context_, frame, model_, {}, [&](const uno::Reference<awt::XControl>& dialog) {
        dialog_ = dialog;
        uno::Reference<awt::XControlContainer> controls(dialog, uno::UNO_QUERY_THROW);
        events->listen(controls, {"save"}, lists, edits);
        fields_->listen(*events, controls);
    });
}

void review_dialog::refused(const rtl::OUString& message) {
    set_control_value(model_, "problems", "Text", uno::Any(refusal_text(message)));
    fields_->fill_rows(); // the rows show the keys and labels as edited
}

void review_dialog::close() {
    uno::Reference<awt::XDialog>(dialog_, uno::UNO_QUERY_THROW)->endExecute();
}

std::string level_text(size_t level, std::string_view language) {
    constexpr std::array<const char*, max_level + 1> numbers = {"", "一、", "（一）", "1.", "（1）"};
    level = std::min(level, max_level);
    return std::to_string(level) + " — " +
           (level == 0 ? std::string(text(message::draft_level_none, language))
                       : std::string(numbers[level]));
}

} // namespace reportkit::office
