// Every event a panel's controls, its parent window and its document send, passed on to the
// panel while it lives: document work from the main loop, holding the SolarMutex (the toolkit
// calls action and mouse listeners with it released).
#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase8.hxx>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace reportkit::office {

class panel_base;

class panel_listener
    : public cppu::WeakImplHelper8<css::awt::XActionListener, css::awt::XItemListener,
                                   css::awt::XTextListener, css::view::XSelectionChangeListener,
                                   css::awt::XMouseListener, css::awt::XKeyListener,
                                   css::awt::XWindowListener, css::util::XModifyListener> {
public:
    panel_listener(const css::uno::Reference<css::uno::XComponentContext>& context, panel_base* panel)
        : context_(context), panel_(panel) {}
    void detach() { panel_ = nullptr; }

    // Makes the named control report to this listener, by what it is: a button its presses, a
    // list or tree its selections and double-clicks (and Enter), an edit its typing (and Down).
    void listen_to(const css::uno::Reference<css::awt::XControl>& control, const char* name);
    // Makes a document view report its selection changes as `chosen(name)`.
    void listen_to_selection(const css::uno::Reference<css::view::XSelectionSupplier>& view,
                             const char* name);

    void SAL_CALL actionPerformed(const css::awt::ActionEvent& e) override;
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override;
    void SAL_CALL textChanged(const css::awt::TextEvent& e) override;
    void SAL_CALL selectionChanged(const css::lang::EventObject& e) override;
    void SAL_CALL mousePressed(const css::awt::MouseEvent& e) override;
    void SAL_CALL keyPressed(const css::awt::KeyEvent& e) override;
    void SAL_CALL windowResized(const css::awt::WindowEvent&) override;
    void SAL_CALL windowShown(const css::lang::EventObject&) override;
    void SAL_CALL modified(const css::lang::EventObject&) override;
    void SAL_CALL mouseReleased(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseEntered(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const css::awt::MouseEvent&) override {}
    void SAL_CALL keyReleased(const css::awt::KeyEvent&) override {}
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    // Runs `handle` on the panel from the main loop, if the panel still lives by then.
    void later(std::function<void(panel_base&)> handle);
    std::string name_of(const css::uno::Reference<css::uno::XInterface>& source) const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    panel_base* panel_;
    std::vector<std::pair<css::uno::Reference<css::uno::XInterface>, std::string>> names_;
};

} // namespace reportkit::office
