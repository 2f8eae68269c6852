#include "uno/sidebar/panel_listener.hxx"

#include "uno/common/main_thread.hxx"
#include "uno/common/strings.hxx"
#include "uno/sidebar/panel_base.hxx"

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/MouseButton.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <rtl/ref.hxx>

using namespace css;

namespace reportkit::office {

void panel_listener::listen_to(const uno::Reference<awt::XControl>& control, const char* name) {
    names_.emplace_back(uno::Reference<uno::XInterface>(control, uno::UNO_QUERY), name);
    if (uno::Reference<awt::XButton> button(control, uno::UNO_QUERY); button.is()) {
        button->setActionCommand(rtl::OUString::createFromAscii(name));
        button->addActionListener(this);
        return;
    }
    uno::Reference<awt::XWindow> window(control, uno::UNO_QUERY_THROW);
    if (uno::Reference<awt::XListBox> list(control, uno::UNO_QUERY); list.is()) {
        list->addItemListener(this);
        window->addMouseListener(this);
    } else if (uno::Reference<awt::tree::XTreeControl> tree(control, uno::UNO_QUERY); tree.is()) {
        tree->addSelectionChangeListener(this);
        window->addMouseListener(this);
        window->addKeyListener(this);
    } else if (uno::Reference<awt::XTextComponent> edit(control, uno::UNO_QUERY); edit.is()) {
        edit->addTextListener(this);
        window->addKeyListener(this);
    }
}

void panel_listener::listen_to_selection(const uno::Reference<view::XSelectionSupplier>& view,
                                         const char* name) {
    names_.emplace_back(uno::Reference<uno::XInterface>(view, uno::UNO_QUERY), name);
    view->addSelectionChangeListener(this);
}

std::string panel_listener::name_of(const uno::Reference<uno::XInterface>& source) const {
    uno::Reference<uno::XInterface> normalized(source, uno::UNO_QUERY);
    for (auto& [control, name] : names_)
        if (control == normalized) return name;
    return {};
}

void panel_listener::later(std::function<void(panel_base&)> handle) {
    rtl::Reference<panel_listener> self(this);
    post_to_main_loop(context_, [self, handle] {
        if (self->panel_) handle(*self->panel_);
    });
}

void panel_listener::actionPerformed(const awt::ActionEvent& e) {
    std::string command = to_std(e.ActionCommand);
    later([command](panel_base& p) { p.pressed(command); });
}

// Selections and typing come with the SolarMutex held (from the main loop, or from a client's
// call into the control): the panel follows them at once.
void panel_listener::itemStateChanged(const awt::ItemEvent& e) {
    if (panel_) panel_->chosen(name_of(e.Source));
}

void panel_listener::selectionChanged(const lang::EventObject& e) {
    if (panel_) panel_->chosen(name_of(e.Source));
}

void panel_listener::textChanged(const awt::TextEvent& e) {
    if (panel_) panel_->typed(name_of(e.Source));
}

void panel_listener::mousePressed(const awt::MouseEvent& e) {
    if (e.Buttons != awt::MouseButton::LEFT || e.ClickCount != 2) return;
    std::string name = name_of(e.Source);
    later([name](panel_base& p) { p.activated(name); });
}

void panel_listener::keyPressed(const awt::KeyEvent& e) {
    std::string name = name_of(e.Source);
    if (e.KeyCode == awt::Key::RETURN)
        later([name](panel_base& p) { p.activated(name); });
    else if (e.KeyCode == awt::Key::DOWN && e.Modifiers == 0)
        later([name](panel_base& p) { p.stepped_down(name); });
}

void panel_listener::windowResized(const awt::WindowEvent&) {
    if (panel_) panel_->resized();
}

void panel_listener::windowShown(const lang::EventObject&) {
    later([](panel_base& p) { p.shown(); });
}

void panel_listener::modified(const lang::EventObject&) {
    if (panel_) panel_->document_changed();
}

} // namespace reportkit::office
