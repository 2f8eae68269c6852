// Writes a rendering plan into a Writer document: styled paragraphs, live heading numbers,
// one undo step, one layout pass.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/render/plan.hpp"

#include <functional>

namespace reportkit::office {

// Where an insertion goes: `position`, or the view cursor when it is null (the end of the
// text for a document without a view). Callers refuse a read-only document first (check_writable).
css::uno::Reference<css::text::XTextRange>
insertion_point(const css::uno::Reference<css::text::XTextDocument>& document,
                const css::uno::Reference<css::text::XTextRange>& position);

// The outline level of the nearest heading before `at` (0 when there is none).
int heading_level_before(const css::uno::Reference<css::text::XTextRange>& at);

// Whether a heading numbered in ReportKit's list (一、 …) stands before `at`.
bool numbered_heading_before(const css::uno::Reference<css::text::XTextRange>& at);

// Called inside the insertion's undo step with the end of the plan's last paragraph.
using after_writing = std::function<void(const css::uno::Reference<css::text::XTextRange>& end)>;

// Inserts the plan's paragraphs at `at` (replacing a selection) in the report styles,
// creating them when missing, and brings the inserted text into view.
void write_plan(const css::uno::Reference<css::uno::XComponentContext>& context, const plan& p,
                const css::uno::Reference<css::text::XTextDocument>& document,
                const css::uno::Reference<css::text::XTextRange>& at, const rtl::OUString& undo_title,
                const after_writing& then = {});

// Inserts runs inside the paragraph at `at` (replacing a selection): text, and placeholders as
// fields showing their markers. One undo step.
void write_inline(const runs& content, const css::uno::Reference<css::text::XTextDocument>& document,
                  const css::uno::Reference<css::text::XTextRange>& at, const rtl::OUString& undo_title);

} // namespace reportkit::office
