// A panel's controls: a UnoControlContainer inside the sidebar's parent window, with controls
// added by name, found by name and changed through their models.
#pragma once

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace reportkit::office {

class controls {
public:
    controls(const css::uno::Reference<css::uno::XComponentContext>& context,
             const css::uno::Reference<css::awt::XWindow>& parent);

    // A control whose model gets `properties` before its window exists (some, like Dropdown,
    // only take effect then).
    css::uno::Reference<css::awt::XControl>
    add(const char* name, const char* control, const char* model,
        std::initializer_list<std::pair<const char*, css::uno::Any>> properties = {});
    css::uno::Reference<css::awt::XControl> control(const char* name) const;
    void set(const char* name, const char* property, const css::uno::Any& value);

    // Places the named control at full width at `y` and returns the y below it.
    sal_Int32 place(const char* name, sal_Int32 y, sal_Int32 width, sal_Int32 height, sal_Int32 margin,
                    sal_Int32 gap);

    // Tells `listener` when the sidebar resizes the panel, until dispose.
    void follow_parent(const css::uno::Reference<css::awt::XWindowListener>& listener);

    css::uno::Reference<css::awt::XWindow> window() const;
    bool disposed() const { return !container_.is(); }
    void dispose(); // the parent's listener, the container and its controls

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XWindow> parent_;
    css::uno::Reference<css::awt::XWindowListener> parent_listener_;
    css::uno::Reference<css::awt::XControl> container_;
};

// List box contents and selections as the awt models take them.
css::uno::Sequence<rtl::OUString> string_list(const std::vector<std::string>& items);
css::uno::Sequence<sal_Int16> selection(sal_Int16 pos);

} // namespace reportkit::office
