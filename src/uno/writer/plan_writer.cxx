#include "writer/plan_writer.hxx"

#include "common/strings.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

using namespace css;

namespace reportkit::office {
namespace {

uno::Reference<text::XTextRange> view_cursor(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY);
    uno::Reference<text::XTextViewCursorSupplier> supplier(
        model.is() ? model->getCurrentController() : nullptr, uno::UNO_QUERY);
    if (supplier.is()) return uno::Reference<text::XTextRange>(supplier->getViewCursor().get());
    return document->getText()->getEnd(); // a hidden document without a view: append
}

void write_runs(const library& lib, const runs& content, const uno::Reference<text::XText>& text,
                const uno::Reference<text::XTextRange>& cursor) {
    for (const run& r : content) text->insertString(cursor, to_ou(run_text(lib, r)), false);
}

// Ends one undo context and unlocks the view even when an insertion throws.
struct edit_scope {
    uno::Reference<document::XUndoManager> undo;
    uno::Reference<frame::XModel> model;
    edit_scope(const uno::Reference<text::XTextDocument>& document, const rtl::OUString& title)
        : model(document, uno::UNO_QUERY) {
        uno::Reference<document::XUndoManagerSupplier> supplier(document, uno::UNO_QUERY);
        if (supplier.is()) undo = supplier->getUndoManager();
        if (undo.is()) undo->enterUndoContext(title);
        if (model.is()) model->lockControllers();
    }
    ~edit_scope() {
        try {
            if (model.is()) model->unlockControllers();
            if (undo.is()) undo->leaveUndoContext();
        } catch (const uno::Exception&) {
        }
    }
};

} // namespace

void write_plan(const library& lib, const plan& p, const uno::Reference<text::XTextDocument>& document,
                const uno::Reference<text::XTextRange>& position, const rtl::OUString& undo_title) {
    if (!document.is()) throw lang::IllegalArgumentException("ReportKit: no Writer document", nullptr, 0);
    if (p.blocks.empty()) return;
    uno::Reference<text::XTextRange> where = position.is() ? position : view_cursor(document);
    uno::Reference<text::XText> text = where->getText();

    edit_scope scope(document, undo_title);
    uno::Reference<text::XTextCursor> text_cursor = text->createTextCursorByRange(where);
    text_cursor->setString(""); // replace a selection
    text_cursor->collapseToEnd();
    uno::Reference<text::XTextRange> cursor(text_cursor.get()); // no implicit upcast in the SDK

    // Inserted blocks become whole paragraphs: split the paragraph around the cursor if needed.
    uno::Reference<text::XParagraphCursor> para(text_cursor, uno::UNO_QUERY);
    bool split_before = para.is() && !para->isStartOfParagraph();
    bool split_after = para.is() && !para->isEndOfParagraph();
    if (split_before) text->insertControlCharacter(cursor, text::ControlCharacter::PARAGRAPH_BREAK, false);

    bool first = true;
    for (const block& b : p.blocks) {
        if (!first) text->insertControlCharacter(cursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
        first = false;
        if (!b.label.empty()) text->insertString(cursor, to_ou(b.label), false);
        write_runs(lib, b.heading, text, cursor);
        write_runs(lib, b.content, text, cursor);
    }
    if (split_after) text->insertControlCharacter(cursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
}

} // namespace reportkit::office
