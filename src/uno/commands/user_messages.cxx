#include "uno/commands/user_messages.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XUnitConversion.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/MeasureUnit.hpp>

#include <algorithm>

#include <initializer_list>
#include <utility>

using namespace css;

namespace reportkit::office {
namespace {

using property_list = std::initializer_list<std::pair<const char*, uno::Any>>;

void set_all(const uno::Reference<beans::XPropertySet>& model, property_list properties) {
    for (const auto& [name, value] : properties)
        model->setPropertyValue(rtl::OUString::createFromAscii(name), value);
}

// Adds a control model to a dialog model at x, y with its size, all in dialog units (they
// follow the font).
void add(const uno::Reference<lang::XMultiServiceFactory>& dialog, const char* name, const char* model,
         const awt::Rectangle& box, property_list properties) {
    uno::Reference<beans::XPropertySet> control(dialog->createInstance(rtl::OUString::createFromAscii(model)),
                                                uno::UNO_QUERY_THROW);
    set_all(control, {{"PositionX", uno::Any(box.X)},
                      {"PositionY", uno::Any(box.Y)},
                      {"Width", uno::Any(box.Width)},
                      {"Height", uno::Any(box.Height)}});
    set_all(control, properties);
    uno::Reference<container::XNameContainer>(dialog, uno::UNO_QUERY_THROW)
        ->insertByName(rtl::OUString::createFromAscii(name), uno::Any(control));
}

// Over the middle of the document's window (a dialog model's position is relative to its parent).
void center(const uno::Reference<lang::XMultiServiceFactory>& model,
            const uno::Reference<awt::XControl>& dialog, const uno::Reference<frame::XFrame>& frame) {
    uno::Reference<awt::XUnitConversion> units(dialog->getPeer(), uno::UNO_QUERY);
    if (!units.is()) return;
    awt::Rectangle window = frame->getContainerWindow()->getPosSize();
    awt::Size size =
        units->convertSizeToLogic(awt::Size(window.Width, window.Height), util::MeasureUnit::APPFONT);
    uno::Reference<beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
    sal_Int32 width = 0, height = 0;
    props->getPropertyValue("Width") >>= width;
    props->getPropertyValue("Height") >>= height;
    set_all(props, {{"PositionX", uno::Any(std::max<sal_Int32>(0, (size.Width - width) / 2))},
                    {"PositionY", uno::Any(std::max<sal_Int32>(0, (size.Height - height) / 3))}});
}

} // namespace

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
    auto manager = context->getServiceManager();
    uno::Reference<lang::XMultiServiceFactory> model(
        manager->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", context),
        uno::UNO_QUERY_THROW);
    set_all(uno::Reference<beans::XPropertySet>(model, uno::UNO_QUERY_THROW),
            {{"Title", uno::Any(to_ou(title))},
             {"Width", uno::Any(sal_Int32(280))},
             {"Height", uno::Any(sal_Int32(170))},
             {"Moveable", uno::Any(true)},
             {"Closeable", uno::Any(true)}});
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

    uno::Reference<awt::XControl> dialog(
        manager->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context),
        uno::UNO_QUERY_THROW);
    dialog->setModel(uno::Reference<awt::XControlModel>(model, uno::UNO_QUERY_THROW));
    dialog->createPeer(uno::Reference<awt::XToolkit>(awt::Toolkit::create(context), uno::UNO_QUERY_THROW),
                       uno::Reference<awt::XWindowPeer>(frame->getContainerWindow(), uno::UNO_QUERY));
    center(model, dialog, frame);
    bool go_on =
        uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() == 1; // PushButtonType_OK
    uno::Reference<lang::XComponent>(dialog, uno::UNO_QUERY_THROW)->dispose();
    return go_on;
}

} // namespace reportkit::office
