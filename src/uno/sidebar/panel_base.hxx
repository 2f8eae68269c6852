// What a ReportKit panel shows: the sections panel or the data panel. The panel class wraps
// one for the sidebar; each is built by the factory from the panel's resource URL.
#pragma once

#include <com/sun/star/awt/XWindow.hpp>

namespace reportkit::office {

class panel_base {
public:
    static constexpr sal_Int32 minimal_width = 200;

    // The width to lay a panel out for: its parent's, even below minimal_width (the deck's
    // scrollbar takes part of the sidebar), or minimal_width while the parent has none yet.
    static sal_Int32 layout_width(const css::uno::Reference<css::awt::XWindow>& parent) {
        sal_Int32 width = parent.is() ? parent->getPosSize().Width : 0;
        return width > 0 ? width : minimal_width;
    }

    virtual ~panel_base() = default;
    virtual css::uno::Reference<css::awt::XWindow> window() const = 0;
    virtual sal_Int32 height_for_width(sal_Int32 width) const = 0;
    virtual void dispose() = 0; // listeners off, windows gone
};

} // namespace reportkit::office
