#include "uno/commands/dialogs.hxx"

#include "uno/common/fonts.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XUnitConversion.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/MeasureUnit.hpp>

#include <algorithm>

using namespace css;

namespace reportkit::office {
namespace {

void set_all(const uno::Reference<beans::XPropertySet>& model, property_list properties) {
    for (const auto& [name, value] : properties)
        model->setPropertyValue(rtl::OUString::createFromAscii(name), value);
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

void add(const uno::Reference<lang::XMultiServiceFactory>& dialog, const char* name, const char* model,
         const awt::Rectangle& box, property_list properties) {
    uno::Reference<beans::XPropertySet> control(dialog->createInstance(rtl::OUString::createFromAscii(model)),
                                                uno::UNO_QUERY_THROW);
    set_all(control, {{"PositionX", uno::Any(box.X)},
                      {"PositionY", uno::Any(box.Y)},
                      {"Width", uno::Any(box.Width)},
                      {"Height", uno::Any(box.Height)}});
    set_all(control, properties);
    control->setPropertyValue("Name", uno::Any(rtl::OUString::createFromAscii(name))); // events name it
    use_simplified_chinese_font(control);
    uno::Reference<container::XNameContainer>(dialog, uno::UNO_QUERY_THROW)
        ->insertByName(rtl::OUString::createFromAscii(name), uno::Any(control));
}

uno::Reference<lang::XMultiServiceFactory> dialog_model(const uno::Reference<uno::XComponentContext>& context,
                                                        const std::string& title, sal_Int32 width,
                                                        sal_Int32 height) {
    uno::Reference<lang::XMultiServiceFactory> model(context->getServiceManager()->createInstanceWithContext(
                                                         "com.sun.star.awt.UnoControlDialogModel", context),
                                                     uno::UNO_QUERY_THROW);
    set_all(uno::Reference<beans::XPropertySet>(model, uno::UNO_QUERY_THROW),
            {{"Title", uno::Any(to_ou(title))},
             {"Width", uno::Any(width)},
             {"Height", uno::Any(height)},
             {"Moveable", uno::Any(true)},
             {"Closeable", uno::Any(true)}});
    return model;
}

bool run_dialog(const uno::Reference<uno::XComponentContext>& context,
                const uno::Reference<frame::XFrame>& frame,
                const uno::Reference<lang::XMultiServiceFactory>& model, const std::function<void()>& on_ok,
                const std::function<void(const uno::Reference<awt::XControl>&)>& on_open) {
    uno::Reference<awt::XControl> dialog(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context),
        uno::UNO_QUERY_THROW);
    dialog->setModel(uno::Reference<awt::XControlModel>(model, uno::UNO_QUERY_THROW));
    dialog->createPeer(uno::Reference<awt::XToolkit>(awt::Toolkit::create(context), uno::UNO_QUERY_THROW),
                       uno::Reference<awt::XWindowPeer>(frame->getContainerWindow(), uno::UNO_QUERY));
    center(model, dialog, frame);
    if (on_open) on_open(dialog);
    bool ok = uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() == 1; // PushButtonType_OK
    if (ok && on_ok) on_ok();
    uno::Reference<lang::XComponent>(dialog, uno::UNO_QUERY_THROW)->dispose();
    return ok;
}

namespace {

uno::Reference<beans::XPropertySet> control_model(const uno::Reference<lang::XMultiServiceFactory>& model,
                                                  const char* name) {
    return uno::Reference<beans::XPropertySet>(
        uno::Reference<container::XNameAccess>(model, uno::UNO_QUERY_THROW)
            ->getByName(rtl::OUString::createFromAscii(name)),
        uno::UNO_QUERY_THROW);
}

} // namespace

uno::Any control_value(const uno::Reference<lang::XMultiServiceFactory>& model, const char* name,
                       const char* property) {
    return control_model(model, name)->getPropertyValue(rtl::OUString::createFromAscii(property));
}

void set_control_value(const uno::Reference<lang::XMultiServiceFactory>& model, const char* name,
                       const char* property, const uno::Any& value) {
    control_model(model, name)->setPropertyValue(rtl::OUString::createFromAscii(property), value);
}

rtl::OUString control_text(const uno::Reference<lang::XMultiServiceFactory>& model, const char* name) {
    rtl::OUString text;
    control_value(model, name, "Text") >>= text;
    return text;
}

sal_Int16 control_selection(const uno::Reference<lang::XMultiServiceFactory>& model, const char* name) {
    uno::Sequence<sal_Int16> items;
    control_value(model, name, "SelectedItems") >>= items;
    return items.getLength() > 0 ? items[0] : -1;
}

std::string control_name(const uno::Reference<uno::XInterface>& source) {
    uno::Reference<awt::XControl> control(source, uno::UNO_QUERY);
    uno::Reference<beans::XPropertySet> m(control.is() ? control->getModel() : nullptr, uno::UNO_QUERY);
    rtl::OUString name;
    if (m.is()) m->getPropertyValue("Name") >>= name;
    return to_std(name);
}

} // namespace reportkit::office
