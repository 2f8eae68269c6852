#include "uno/sidebar/controls.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>

using namespace css;

namespace reportkit::office {

controls::controls(const uno::Reference<uno::XComponentContext>& context,
                   const uno::Reference<awt::XWindow>& parent)
    : context_(context), parent_(parent) {
    auto smgr = context_->getServiceManager();
    container_.set(smgr->createInstanceWithContext("com.sun.star.awt.UnoControlContainer", context_),
                   uno::UNO_QUERY_THROW);
    container_->setModel(uno::Reference<awt::XControlModel>(
        smgr->createInstanceWithContext("com.sun.star.awt.UnoControlContainerModel", context_),
        uno::UNO_QUERY_THROW));
    uno::Reference<awt::XToolkit> toolkit(awt::Toolkit::create(context_).get());
    container_->createPeer(toolkit, uno::Reference<awt::XWindowPeer>(parent, uno::UNO_QUERY_THROW));
}

uno::Reference<awt::XControl>
controls::add(const char* name, const char* control_service, const char* model_service,
              std::initializer_list<std::pair<const char*, uno::Any>> properties) {
    auto smgr = context_->getServiceManager();
    uno::Reference<awt::XControl> c(
        smgr->createInstanceWithContext(rtl::OUString::createFromAscii(control_service), context_),
        uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> model(
        smgr->createInstanceWithContext(rtl::OUString::createFromAscii(model_service), context_),
        uno::UNO_QUERY_THROW);
    for (auto& [property, value] : properties)
        model->setPropertyValue(rtl::OUString::createFromAscii(property), value);
    c->setModel(uno::Reference<awt::XControlModel>(model, uno::UNO_QUERY_THROW));
    uno::Reference<awt::XControlContainer>(container_, uno::UNO_QUERY_THROW)
        ->addControl(rtl::OUString::createFromAscii(name), c);
    return c;
}

uno::Reference<awt::XControl> controls::control(const char* name) const {
    return uno::Reference<awt::XControlContainer>(container_, uno::UNO_QUERY_THROW)
        ->getControl(rtl::OUString::createFromAscii(name));
}

void controls::set(const char* name, const char* property, const uno::Any& value) {
    uno::Reference<beans::XPropertySet>(control(name)->getModel(), uno::UNO_QUERY_THROW)
        ->setPropertyValue(rtl::OUString::createFromAscii(property), value);
}

sal_Int32 controls::place(const char* name, sal_Int32 y, sal_Int32 width, sal_Int32 height, sal_Int32 margin,
                          sal_Int32 gap) {
    uno::Reference<awt::XWindow>(control(name), uno::UNO_QUERY_THROW)
        ->setPosSize(margin, y, width - 2 * margin, height, awt::PosSize::POSSIZE);
    return y + height + gap;
}

uno::Reference<awt::XWindow> controls::window() const {
    return uno::Reference<awt::XWindow>(container_, uno::UNO_QUERY);
}

void controls::follow_parent(const uno::Reference<awt::XWindowListener>& listener) {
    parent_listener_ = listener;
    parent_->addWindowListener(listener);
}

void controls::dispose() {
    if (!container_.is()) return;
    try {
        if (parent_listener_.is()) parent_->removeWindowListener(parent_listener_);
        uno::Reference<lang::XComponent>(container_, uno::UNO_QUERY_THROW)->dispose();
    } catch (const uno::Exception&) {
    }
    container_.clear();
    parent_listener_.clear();
    parent_.clear();
}

uno::Sequence<rtl::OUString> string_list(const std::vector<std::string>& items) {
    uno::Sequence<rtl::OUString> seq(static_cast<sal_Int32>(items.size()));
    for (size_t i = 0; i < items.size(); ++i)
        seq[static_cast<sal_Int32>(i)] = to_ou(items[i]);
    return seq;
}

uno::Sequence<sal_Int16> selection(sal_Int16 pos) {
    uno::Sequence<sal_Int16> seq(1);
    seq[0] = pos;
    return seq;
}

} // namespace reportkit::office
