// One edit of a Writer document: one undo step under `title`, the view locked while it runs,
// both ended even when the edit throws; and work kept out of Writer's undo (unrecorded).
#pragma once

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

namespace reportkit::office {

struct edit_scope {
    css::uno::Reference<css::document::XUndoManager> undo;
    css::uno::Reference<css::frame::XModel> model;
    edit_scope(const css::uno::Reference<css::text::XTextDocument>& document, const rtl::OUString& title)
        : model(document, css::uno::UNO_QUERY) {
        css::uno::Reference<css::document::XUndoManagerSupplier> supplier(document, css::uno::UNO_QUERY);
        if (supplier.is()) undo = supplier->getUndoManager();
        if (undo.is()) undo->enterUndoContext(title);
        if (model.is()) model->lockControllers();
    }
    ~edit_scope() {
        try {
            if (model.is()) model->unlockControllers();
            if (undo.is()) undo->leaveUndoContext();
        } catch (const css::uno::Exception&) {
        }
    }
    edit_scope(const edit_scope&) = delete;
    edit_scope& operator=(const edit_scope&) = delete;
};

// Runs `work` with Writer's own undo recording off, turned on again even when it throws.
template <class Work>
void unrecorded(const css::uno::Reference<css::document::XUndoManager>& undo, const Work& work) {
    undo->lock();
    try {
        work();
    } catch (...) {
        undo->unlock();
        throw;
    }
    undo->unlock();
}

} // namespace reportkit::office
