#include "uno/sidebar/controls.hxx"

#include "uno/common/fonts.hxx"
#include "uno/common/strings.hxx"

#include <algorithm>

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/SimpleFontMetric.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
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
controls::add(const char* name, control_kind kind,
              std::initializer_list<std::pair<const char*, uno::Any>> properties) {
    auto smgr = context_->getServiceManager();
    uno::Reference<awt::XControl> c(
        smgr->createInstanceWithContext(rtl::OUString::createFromAscii(kind.control), context_),
        uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> model(
        smgr->createInstanceWithContext(rtl::OUString::createFromAscii(kind.model), context_),
        uno::UNO_QUERY_THROW);
    for (auto& [property, value] : properties)
        model->setPropertyValue(rtl::OUString::createFromAscii(property), value);
    use_simplified_chinese_font(model);
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

uno::Any controls::get(const char* name, const char* property) const {
    return uno::Reference<beans::XPropertySet>(control(name)->getModel(), uno::UNO_QUERY_THROW)
        ->getPropertyValue(rtl::OUString::createFromAscii(property));
}

sal_Int16 controls::selected(const char* name) const {
    return uno::Reference<awt::XListBox>(control(name), uno::UNO_QUERY_THROW)->getSelectedItemPos();
}

void controls::tooltip_from_choice(const char* name) {
    set(name, "HelpText",
        uno::Any(uno::Reference<awt::XListBox>(control(name), uno::UNO_QUERY_THROW)->getSelectedItem()));
}

awt::Size controls::preferred(const char* name) const {
    uno::Reference<awt::XLayoutConstrains> c(control(name), uno::UNO_QUERY);
    return c.is() ? c->getPreferredSize() : awt::Size();
}

sal_Int32 controls::height_in(const char* name, sal_Int32 width) const {
    awt::Size size = preferred(name);
    size.Height = std::max(size.Height, line_height());
    bool multi_line = false;
    uno::Reference<beans::XPropertySet>(control(name)->getModel(), uno::UNO_QUERY_THROW)
        ->getPropertyValue("MultiLine") >>= multi_line;
    if (!multi_line || width <= 0 || size.Width <= width) return size.Height;
    // Words break early: one line to spare.
    return size.Height * ((size.Width + width - 1) / width + 1);
}

void controls::place(const char* name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height) {
    uno::Reference<awt::XWindow>(control(name), uno::UNO_QUERY_THROW)
        ->setPosSize(x, y, width, height, awt::PosSize::POSSIZE);
}

void controls::show(const char* name, bool visible) {
    uno::Reference<awt::XWindow>(control(name), uno::UNO_QUERY_THROW)->setVisible(visible);
}

sal_Int32 controls::text_width(const char* name, const rtl::OUString& text) const {
    // The peer is a device drawing in the control's font; an empty descriptor changes nothing.
    uno::Reference<awt::XDevice> device(control(name)->getPeer(), uno::UNO_QUERY);
    auto font = device.is() ? device->getFont(awt::FontDescriptor()) : nullptr;
    return font.is() ? font->getStringWidth(text) : 0;
}

sal_Int32 controls::line_height() const {
    // The status line every panel has: a device drawing in the controls' font.
    uno::Reference<awt::XDevice> device(control("status")->getPeer(), uno::UNO_QUERY);
    auto font = device.is() ? device->getFont(awt::FontDescriptor()) : nullptr;
    if (!font.is()) return 17;
    awt::SimpleFontMetric m = font->getFontMetric();
    return std::max<sal_Int32>(m.Ascent + m.Descent + m.Leading, 8);
}

sal_Int32 controls::gap() const {
    return std::max<sal_Int32>(3, line_height() / 3);
}

sal_Int32 controls::stack_height(const std::vector<row>& rows) const {
    sal_Int32 g = gap(), height = g;
    for (const row& r : rows)
        height += r.height + g;
    return height;
}

void controls::stack(const std::vector<row>& rows, sal_Int32 width, sal_Int32 height) {
    sal_Int32 g = gap(), extra = std::max<sal_Int32>(0, height - stack_height(rows)), shares = 0;
    for (const row& r : rows)
        shares += r.grow;
    sal_Int32 y = g, inner = width - 2 * g, half = (inner - g) / 2;
    for (const row& r : rows) {
        sal_Int32 h = r.height + (shares > 0 ? extra * r.grow / shares : 0);
        if (r.right) {
            sal_Int32 left = r.right_fitted ? std::max(half, inner - g - preferred(r.right).Width) : half;
            place(r.name, g, y, left, h);
            place(r.right, g + left + g, y, inner - left - g, h);
        } else {
            place(r.name, g, y, inner, h);
        }
        y += h + g;
    }
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
