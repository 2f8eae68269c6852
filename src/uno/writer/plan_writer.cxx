#include "uno/writer/plan_writer.hxx"

#include "core/layout/closing.hpp"
#include "core/layout/report_styles.hpp"
#include "uno/common/documents.hxx"
#include "uno/common/errors.hxx"
#include "uno/common/strings.hxx"
#include "uno/data/placeholder_fields.hxx"
#include "uno/writer/edit_scope.hxx"
#include "uno/writer/installed_fonts.hxx"
#include "uno/writer/line_breaking.hxx"
#include "uno/writer/page_style.hxx"
#include "uno/writer/report_styles.hxx"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace css;

namespace reportkit::office {
namespace {

uno::Reference<text::XTextViewCursor> view_cursor(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY);
    uno::Reference<text::XTextViewCursorSupplier> supplier(
        model.is() ? model->getCurrentController() : nullptr, uno::UNO_QUERY);
    return supplier.is() ? supplier->getViewCursor() : nullptr;
}

bool is_visible(const uno::Reference<text::XTextDocument>& document) {
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY);
    auto controller = model.is() ? model->getCurrentController() : nullptr;
    auto frame = controller.is() ? controller->getFrame() : nullptr;
    uno::Reference<awt::XWindow2> window(frame.is() ? frame->getContainerWindow() : nullptr, uno::UNO_QUERY);
    return window.is() && window->isVisible();
}

// Inserts runs at the cursor: each stretch of text as one string (one call, one undo action),
// each placeholder as a field showing its marker. Returns how many UTF-16 units they took (a
// field takes one).
sal_Int32 write_runs(const runs& content, const uno::Reference<text::XTextDocument>& document,
                     const uno::Reference<text::XText>& text,
                     const uno::Reference<text::XTextRange>& cursor) {
    sal_Int32 length = 0;
    std::string pending;
    auto flush = [&] {
        if (pending.empty()) return;
        rtl::OUString s = to_ou(pending);
        text->insertString(cursor, s, false);
        length += s.getLength();
        pending.clear();
    };
    for (const run& r : content) {
        if (r.kind != run_kind::field) {
            pending += r.text;
            continue;
        }
        flush();
        insert_placeholder(document, cursor, r.text, r.options);
        length += 1;
    }
    flush();
    return length;
}

// The placeholders among runs, for add_placeholder_values.
void collect_placeholders(const runs& content, std::vector<placeholder_use>& out) {
    for (const run& r : content)
        if (r.kind == run_kind::field) out.push_back({r.text, r.options, r.marker});
}

// Gives the cursor's paragraph the block's style. Headings are numbered by their style, which
// carries the list style and level, not by direct attributes (Redo does not restore those).
// A paragraph break copies the split paragraph's list, and its level as a direct attribute; the
// paragraph must drop both in a way Redo repeats. Resetting the level does not: Redo resets the
// attribute but leaves the paragraph at the old level in the list, so a heading split off a
// heading of another level came back with that level's numbers. Changing to a style without a
// list does: Writer takes the paragraph out of the list and drops its list attributes, and Redo
// does the same; the block's style then puts a heading into the list at its style's level.
// Direct list attributes of the user's own paragraph (not copied by us) are reset after that.
void style_paragraph(const uno::Reference<text::XTextCursor>& cursor, const block& b) {
    uno::Reference<beans::XPropertySet> props(cursor, uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertyState> state(cursor, uno::UNO_QUERY_THROW);
    props->setPropertyValue("ParaStyleName", uno::Any(to_ou(paragraph_style(block{}))));
    props->setPropertyValue("ParaStyleName", uno::Any(to_ou(paragraph_style(b))));
    if (state->getPropertyState("NumberingLevel") == beans::PropertyState_DIRECT_VALUE)
        state->setPropertyToDefault("NumberingLevel");
    if (state->getPropertyState("NumberingStyleName") != beans::PropertyState_DIRECT_VALUE) return;
    if (b.kind == block_kind::heading)
        props->setPropertyValue("NumberingStyleName", uno::Any(to_ou(heading_numbering_name())));
    else
        state->setPropertyToDefault("NumberingStyleName");
}

// An excerpt's first heading starts ReportKit's list at its number (二、): a restart on the
// paragraph, which Writer keeps when headings are inserted or moved later. Set once every
// paragraph is in (`end` is in the last): in LibreOffice 25.2, set while writing, it made the
// headings after it take the level before them (三、 came out as （二）).
void restart_numbering(const uno::Reference<text::XText>& text, const uno::Reference<text::XTextRange>& end,
                       const plan& p) {
    auto restart = std::find_if(p.blocks.begin(), p.blocks.end(),
                                [](const block& b) { return b.kind == block_kind::heading && b.start > 0; });
    if (restart == p.blocks.end()) return;
    uno::Reference<text::XTextCursor> c = text->createTextCursorByRange(end);
    uno::Reference<text::XParagraphCursor> para(c, uno::UNO_QUERY_THROW);
    for (auto after = std::distance(restart, p.blocks.end()) - 1; after > 0; --after)
        para->gotoPreviousParagraph(false);
    uno::Reference<beans::XPropertySet> props(c, uno::UNO_QUERY_THROW);
    props->setPropertyValue("ParaIsNumberingRestart", uno::Any(true));
    props->setPropertyValue("NumberingStartValue", uno::Any(static_cast<sal_Int16>(restart->start)));
}

// The nearest paragraph before `at` whose properties satisfy `wanted`, or null.
template <typename Predicate>
uno::Reference<beans::XPropertySet> paragraph_before(const uno::Reference<text::XTextRange>& at,
                                                     Predicate wanted) {
    uno::Reference<text::XTextCursor> c = at->getText()->createTextCursorByRange(at->getStart());
    uno::Reference<text::XParagraphCursor> para(c, uno::UNO_QUERY);
    if (!para.is()) return nullptr;
    // Content goes before the paragraph when inserted at its start: look from the one before.
    if (para->isStartOfParagraph() && !para->gotoPreviousParagraph(false)) return nullptr;
    uno::Reference<beans::XPropertySet> props(c, uno::UNO_QUERY_THROW);
    do {
        if (wanted(props)) return props;
    } while (para->gotoPreviousParagraph(false));
    return nullptr;
}

sal_Int16 outline_level(const uno::Reference<beans::XPropertySet>& props) {
    sal_Int16 level = 0;
    props->getPropertyValue("OutlineLevel") >>= level;
    return level;
}

// Applies the level's title character style to the first `length` units of the paragraph.
void style_title(const uno::Reference<text::XText>& text, const uno::Reference<text::XTextRange>& at,
                 int level, sal_Int32 length) {
    const std::string& style = heading_title_style(level);
    if (style.empty() || length == 0) return;
    uno::Reference<text::XTextCursor> c = text->createTextCursorByRange(at);
    uno::Reference<text::XParagraphCursor>(c, uno::UNO_QUERY_THROW)->gotoStartOfParagraph(false);
    c->goRight(static_cast<sal_Int16>(length), true);
    uno::Reference<beans::XPropertySet>(c, uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharStyleName", uno::Any(to_ou(style)));
}

// The closing block where GB/T 9704 puts it on the page the paragraph stands on: the date four
// characters in from the right, the issuing body centred over it (see closing.hpp).
void place_closing(const uno::Reference<text::XTextDocument>& document,
                   const uno::Reference<text::XTextCursor>& cursor, const block& b, double date_chars) {
    uno::Reference<beans::XPropertySet> props(cursor, uno::UNO_QUERY_THROW);
    rtl::OUString page_name;
    try {
        props->getPropertyValue("PageStyleName") >>= page_name;
    } catch (const uno::RuntimeException&) {
        // a document without a window has no pages to ask (reportkit render): its first page style
    }
    uno::Reference<beans::XPropertySet> page =
        page_name.isEmpty() ? first_page_style(document) : page_style(document, page_name);
    sal_Int32 width = 0, left = 0, right = 0;
    page->getPropertyValue("Width") >>= width;
    page->getPropertyValue("LeftMargin") >>= left;
    page->getPropertyValue("RightMargin") >>= right;
    float size_pt = 0;
    sal_Int16 kerning = 0; // 1/100 mm after each character
    props->getPropertyValue("CharHeightAsian") >>= size_pt;
    props->getPropertyValue("CharKerning") >>= kerning;
    double char_mm = size_pt * 25.4 / 72 + kerning / 100.0, line_mm = (width - left - right) / 100.0;
    auto hundredth = [](double mm) { return uno::Any(static_cast<sal_Int32>(std::lround(mm * 100))); };
    if (b.kind == block_kind::date)
        props->setPropertyValue("ParaRightMargin", hundredth(date_right_indent_chars * char_mm));
    else
        props->setPropertyValue("ParaLeftMargin",
                                hundredth(issuer_indent_chars(line_mm / char_mm, date_chars) * char_mm));
}

} // namespace

uno::Reference<text::XTextRange> insertion_point(const uno::Reference<text::XTextDocument>& document,
                                                 const uno::Reference<text::XTextRange>& position) {
    if (!document.is()) fail("no Writer document");
    if (position.is()) return position;
    if (auto view = view_cursor(document); view.is()) return uno::Reference<text::XTextRange>(view.get());
    return document->getText()->getEnd();
}

int heading_level_before(const uno::Reference<text::XTextRange>& at) {
    auto heading = paragraph_before(at, [](const auto& props) { return outline_level(props) > 0; });
    return heading.is() ? outline_level(heading) : 0;
}

bool numbered_heading_before(const uno::Reference<text::XTextRange>& at) {
    rtl::OUString list = to_ou(heading_numbering_name());
    return paragraph_before(at,
                            [&](const auto& props) {
                                rtl::OUString name;
                                props->getPropertyValue("NumberingStyleName") >>= name;
                                return name == list && outline_level(props) > 0;
                            })
        .is();
}

void write_plan(const uno::Reference<uno::XComponentContext>& context, const plan& p,
                const uno::Reference<text::XTextDocument>& document,
                const uno::Reference<text::XTextRange>& at, const rtl::OUString& undo_title,
                const after_writing& then) {
    if (p.blocks.empty()) return;
    uno::Reference<text::XText> text = at->getText();
    uno::Reference<text::XTextCursor> cursor = text->createTextCursorByRange(at);
    uno::Reference<text::XTextRange> range(cursor.get()); // no implicit upcast in the SDK
    {
        edit_scope scope(document, undo_title);
        ensure_report_styles(document, installed_fonts(context));
        keep_line_breaking_rules(context, document);
        cursor->setString(""); // replace a selection
        cursor->collapseToEnd();
        std::vector<placeholder_use> placeholders;
        for (const block& b : p.blocks) {
            collect_placeholders(b.heading, placeholders);
            collect_placeholders(b.content, placeholders);
        }
        add_placeholder_values(document, placeholders);

        // Inserted blocks are whole paragraphs. Split around the cursor first, so the text
        // before and after keeps its own paragraph attributes.
        uno::Reference<text::XParagraphCursor> para(cursor, uno::UNO_QUERY_THROW);
        if (!para->isEndOfParagraph()) {
            text->insertControlCharacter(range, text::ControlCharacter::PARAGRAPH_BREAK, false);
            para->gotoPreviousParagraph(false);
            para->gotoEndOfParagraph(false);
        }
        if (!para->isStartOfParagraph())
            text->insertControlCharacter(range, text::ControlCharacter::PARAGRAPH_BREAK, false);

        double date_chars = 0;
        for (const block& b : p.blocks)
            if (b.kind == block_kind::date) date_chars = printed_width_chars(b.content);
        bool first = true;
        for (const block& b : p.blocks) {
            if (!first) text->insertControlCharacter(range, text::ControlCharacter::PARAGRAPH_BREAK, false);
            first = false;
            style_paragraph(cursor, b);
            if (b.kind == block_kind::issuer || b.kind == block_kind::date)
                place_closing(document, cursor, b, date_chars);
            sal_Int32 title_length = write_runs(b.heading, document, text, range);
            write_runs(b.content, document, text, range);
            // Styled after the body is in: text typed after a styled span would take its style.
            if (b.kind == block_kind::heading) style_title(text, range, b.level, title_length);
        }
        restart_numbering(text, range, p);
        if (then) then(range);
    }
    // Bring the text into view; a hidden document (the CLI's) has no one to show it to, and
    // moving its view cursor would only force a layout.
    if (auto view = view_cursor(document); view.is() && is_visible(document)) view->gotoRange(range, false);
}

void write_inline(const runs& content, const uno::Reference<text::XTextDocument>& document,
                  const uno::Reference<text::XTextRange>& at, const rtl::OUString& undo_title) {
    uno::Reference<text::XText> text = at->getText();
    uno::Reference<text::XTextCursor> cursor = text->createTextCursorByRange(at);
    uno::Reference<text::XTextRange> range(cursor.get());
    {
        edit_scope scope(document, undo_title);
        cursor->setString("");
        cursor->collapseToEnd();
        std::vector<placeholder_use> placeholders;
        collect_placeholders(content, placeholders);
        add_placeholder_values(document, placeholders);
        write_runs(content, document, text, range);
    }
    if (auto view = view_cursor(document); view.is() && is_visible(document)) view->gotoRange(range, false);
}

} // namespace reportkit::office
