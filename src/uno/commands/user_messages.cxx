#include "uno/commands/user_messages.hxx"

#include "core/ui/messages.hpp"
#include "uno/commands/dialogs.hxx"
#include "uno/common/errors.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

using namespace css;

namespace reportkit::office {

bool is_visible(const uno::Reference<frame::XFrame>& frame) {
    uno::Reference<awt::XWindow2> window(frame.is() ? frame->getContainerWindow() : nullptr, uno::UNO_QUERY);
    return window.is() && window->isVisible();
}

void show_message(const uno::Reference<uno::XComponentContext>& context,
                  const uno::Reference<frame::XFrame>& frame, const std::string& title,
                  const std::string& text, bool warning) {
    if (!is_visible(frame)) return;
    uno::Reference<awt::XWindowPeer> parent(frame->getContainerWindow(), uno::UNO_QUERY);
    uno::Reference<awt::XMessageBoxFactory> factory(awt::Toolkit::create(context), uno::UNO_QUERY_THROW);
    auto box = factory->createMessageBox(
        parent, warning ? awt::MessageBoxType_WARNINGBOX : awt::MessageBoxType_INFOBOX,
        awt::MessageBoxButtons::BUTTONS_OK, to_ou(title), refusal_text(to_ou(text)));
    box->execute();
}

bool ask_yes_no(const uno::Reference<uno::XComponentContext>& context,
                const uno::Reference<frame::XFrame>& frame, const std::string& title,
                const std::string& text) {
    if (!is_visible(frame)) return false;
    uno::Reference<awt::XWindowPeer> parent(frame->getContainerWindow(), uno::UNO_QUERY);
    uno::Reference<awt::XMessageBoxFactory> factory(awt::Toolkit::create(context), uno::UNO_QUERY_THROW);
    auto box = factory->createMessageBox(parent, awt::MessageBoxType_QUERYBOX,
                                         awt::MessageBoxButtons::BUTTONS_YES_NO |
                                             awt::MessageBoxButtons::DEFAULT_BUTTON_NO,
                                         to_ou(title), to_ou(text));
    return box->execute() == awt::MessageBoxResults::YES;
}

bool ask_to_go_on(const uno::Reference<uno::XComponentContext>& context,
                  const uno::Reference<frame::XFrame>& frame, const std::string& title,
                  const std::string& text, const std::string& hint, const std::string& go,
                  const std::string& cancel) {
    if (!is_visible(frame)) return true;
    auto model = dialog_model(context, title, 280, 170);
    // The list scrolls when it is long; it takes no focus, so Enter and Esc reach the buttons.
    add(model, "problems", "com.sun.star.awt.UnoControlEditModel", awt::Rectangle(6, 6, 268, 112),
        {{"MultiLine", uno::Any(true)},
         {"ReadOnly", uno::Any(true)},
         {"VScroll", uno::Any(true)},
         {"Tabstop", uno::Any(false)},
         {"Text", uno::Any(to_ou(text))}});
    // A sentence, not a control's label: no "(A)" mnemonic.
    add(model, "hint", "com.sun.star.awt.UnoControlFixedTextModel", awt::Rectangle(6, 122, 268, 24),
        {{"NoLabel", uno::Any(true)}, {"MultiLine", uno::Any(true)}, {"Label", uno::Any(to_ou(hint))}});
    add(model, "cancel", "com.sun.star.awt.UnoControlButtonModel", awt::Rectangle(214, 150, 60, 14),
        {{"Label", uno::Any(to_ou(cancel))},
         {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))},
         {"DefaultButton", uno::Any(true)},
         {"TabIndex", uno::Any(sal_Int16(0))}});
    add(model, "go", "com.sun.star.awt.UnoControlButtonModel", awt::Rectangle(148, 150, 62, 14),
        {{"Label", uno::Any(to_ou(go))},
         {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK))},
         {"TabIndex", uno::Any(sal_Int16(1))}});

    return run_dialog(context, frame, model);
}

bool show_compare(const uno::Reference<uno::XComponentContext>& context,
                  const uno::Reference<frame::XFrame>& frame, const compare_view& view,
                  const std::string& question, std::string_view language) {
    if (!is_visible(frame)) return false;
    auto model = dialog_model(context, view.title, 400, 250);
    const bool asking = !question.empty();
    std::string intro = asking ? question + "\n" + view.legend : view.legend;
    add(model, "intro", "com.sun.star.awt.UnoControlFixedTextModel", awt::Rectangle(6, 6, 388, 24),
        {{"NoLabel", uno::Any(true)}, {"MultiLine", uno::Any(true)}, {"Label", uno::Any(to_ou(intro))}});
    // Side by side: the document's text on the left, the new version's on the right.
    const struct {
        const char *label, *field;
        const std::string &caption, &text;
        sal_Int32 x;
        sal_Int16 tab; // after the buttons: Enter answers, Tab reaches the texts to scroll them
    } sides[] = {{"mine_label", "mine", view.mine_label, view.mine, 6, 2},
                 {"newer_label", "newer", view.newer_label, view.newer, 203, 3}};
    for (const auto& side : sides) {
        add(model, side.label, "com.sun.star.awt.UnoControlFixedTextModel",
            awt::Rectangle(side.x, 34, 191, 10), {{"Label", uno::Any(to_ou(side.caption))}});
        add(model, side.field, "com.sun.star.awt.UnoControlEditModel", awt::Rectangle(side.x, 46, 191, 178),
            {{"MultiLine", uno::Any(true)},
             {"ReadOnly", uno::Any(true)},
             {"VScroll", uno::Any(true)},
             {"TabIndex", uno::Any(side.tab)},
             {"Text", uno::Any(to_ou(side.text))}});
    }
    // The safe answer is the default: Keep Mine (or Close) takes Enter and Esc.
    add(model, "keep", "com.sun.star.awt.UnoControlButtonModel", awt::Rectangle(314, 230, 80, 14),
        {{"Label", uno::Any(to_ou(text(asking ? message::keep_mine : message::close, language)))},
         {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))},
         {"DefaultButton", uno::Any(true)},
         {"TabIndex", uno::Any(sal_Int16(0))}});
    if (asking)
        add(model, "replace", "com.sun.star.awt.UnoControlButtonModel", awt::Rectangle(210, 230, 100, 14),
            {{"Label", uno::Any(to_ou(text(message::replace_with_new, language)))},
             {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK))},
             {"TabIndex", uno::Any(sal_Int16(1))}});
    return run_dialog(context, frame, model) && asking;
}

} // namespace reportkit::office
