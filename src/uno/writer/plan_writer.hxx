// Writes a rendering plan into a Writer document as paragraphs: one undo step, one layout pass.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "render/plan.hpp"

namespace reportkit::office {

// Inserts the plan's paragraphs at `position` (replacing a selection), or at the view cursor
// when `position` is null. Throws css::lang::IllegalArgumentException for a bad document.
void write_plan(const library& lib, const plan& p,
                const css::uno::Reference<css::text::XTextDocument>& document,
                const css::uno::Reference<css::text::XTextRange>& position, const rtl::OUString& undo_title);

} // namespace reportkit::office
