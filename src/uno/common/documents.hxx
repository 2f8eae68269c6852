// The Writer document behind a frame, and whether it may be edited: the two questions every
// piece of glue that starts from a window asks first.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

namespace reportkit::office {

// The frame's document if it is a Writer text document, else null.
inline css::uno::Reference<css::text::XTextDocument>
text_document_of(const css::uno::Reference<css::frame::XFrame>& frame) {
    auto controller = frame.is() ? frame->getController() : nullptr;
    return css::uno::Reference<css::text::XTextDocument>(controller.is() ? controller->getModel() : nullptr,
                                                         css::uno::UNO_QUERY);
}

// Opened read-only (File › Open's Read-Only box, a write-protected file): nothing may change it.
inline bool is_read_only(const css::uno::Reference<css::uno::XInterface>& document) {
    css::uno::Reference<css::frame::XStorable> storable(document, css::uno::UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

} // namespace reportkit::office
