// The sidebar's preview of a section or an outline: the text as it will stand in the report,
// before anything is inserted (like AutoText's preview, in plain text).
#pragma once

#include "core/render/plan.hpp"

#include <string>
#include <vector>

namespace reportkit {

// A plan's paragraphs one a line: headings with their labels (一、（一）1.（1）), a run-in
// heading with its paragraph, body paragraphs indented by two ideographic spaces as in the
// document, placeholders as the document's values (`shown`) or 【待填：…】.
std::string preview_text(const plan& p, const shown_value& shown = {});

// The heading counters after headings at `levels` (in document order), as Writer's list
// numbers them: what the next heading at each level is labelled.
numbering_state numbering_after(const std::vector<int>& levels);

// An outline's skeleton: its title and its headings, numbered and indented by level.
std::string outline_skeleton(const library& lib, const outline& o);

} // namespace reportkit
