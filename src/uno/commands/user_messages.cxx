#include "uno/commands/user_messages.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
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
        awt::MessageBoxButtons::BUTTONS_OK, to_ou(title), to_ou(text));
    box->execute();
}

} // namespace reportkit::office
