// A panel's controls: a UnoControlContainer inside the sidebar's parent window, with controls
// added by name, found by name and changed through their models.
#pragma once

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace reportkit::office {

// The awt controls the panels use: the control's service and its model's.
struct control_kind {
    const char* control;
    const char* model;
};
inline constexpr control_kind label{"com.sun.star.awt.UnoControlFixedText",
                                    "com.sun.star.awt.UnoControlFixedTextModel"};
inline constexpr control_kind button{"com.sun.star.awt.UnoControlButton",
                                     "com.sun.star.awt.UnoControlButtonModel"};
inline constexpr control_kind list{"com.sun.star.awt.UnoControlListBox",
                                   "com.sun.star.awt.UnoControlListBoxModel"};
inline constexpr control_kind edit{"com.sun.star.awt.UnoControlEdit", "com.sun.star.awt.UnoControlEditModel"};
inline constexpr control_kind tree{"com.sun.star.awt.tree.TreeControl",
                                   "com.sun.star.awt.tree.TreeControlModel"};

class controls {
public:
    controls(const css::uno::Reference<css::uno::XComponentContext>& context,
             const css::uno::Reference<css::awt::XWindow>& parent);

    // A control whose model gets `properties` before its window exists (some, like Dropdown,
    // only take effect then).
    css::uno::Reference<css::awt::XControl>
    add(const char* name, control_kind kind,
        std::initializer_list<std::pair<const char*, css::uno::Any>> properties = {});
    css::uno::Reference<css::awt::XControl> control(const char* name) const;
    void set(const char* name, const char* property, const css::uno::Any& value);
    css::uno::Any get(const char* name, const char* property) const;

    // A list box's selected position, -1 when none.
    sal_Int16 selected(const char* name) const;
    // A drop-down list's chosen item as its tooltip: the full name where the box cuts it.
    void tooltip_from_choice(const char* name);

    // The size the control asks for with its text in its font (XLayoutConstrains).
    css::awt::Size preferred(const char* name) const;
    // Its height in `width`: a multi-line label wraps onto as many lines as its text needs.
    sal_Int32 height_in(const char* name, sal_Int32 width) const;
    void place(const char* name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height);
    // Shows or hides a control (an optional button, a row shown only when it has something).
    void show(const char* name, bool visible);
    // The width `text` takes in the control's font.
    sal_Int32 text_width(const char* name, const rtl::OUString& text) const;

    // One row of a panel's single column: a control at full width, or two side by side.
    struct row {
        const char* name;
        sal_Int32 height;
        int grow = 0;                // its share of the height beyond the rows' own
        const char* right = nullptr; // a second control beside the first, each half the width
        bool right_fitted = false;   // the second as wide as its text needs, the first the rest
    };
    // The height the rows take with their gaps and margins, and their placement in `width` x
    // `height` (any height beyond theirs shared out by `grow`).
    sal_Int32 stack_height(const std::vector<row>& rows) const;
    void stack(const std::vector<row>& rows, sal_Int32 width, sal_Int32 height);
    sal_Int32 line_height() const; // one line of text in the controls' font
    sal_Int32 gap() const;         // margins and gaps: a third of a line (6 px at 96 dpi)

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
