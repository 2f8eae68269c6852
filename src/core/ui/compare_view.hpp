// What the Compare dialog shows of an inserted section and its newer version: the two texts side
// by side, each with its own changes marked — on the document's side the text the new version
// removes as 【-…-】, on the new version's side the text it adds as 【+…+】. Brackets rather than
// colours: the dialog's text fields hold plain text, and brackets are read out by screen readers
// and kept when the text is copied.
#pragma once

#include "core/library/origins.hpp"
#include "core/text/diff.hpp"

#include <string>
#include <string_view>

namespace reportkit {

struct compare_view {
    std::string title;                   // the dialog's title
    std::string mine_label, newer_label; // above each side
    std::string mine, newer;             // the texts, changes marked
    std::string legend;                  // what the marks mean, or that nothing differs
    int changes = 0;                     // changed places
};

// `mine` is the section's text in the document now (as inserted, unless it was edited);
// `newer` the newest library's text for it, with the document's values in its placeholders.
compare_view compare_view_of(const section_status& s, std::string_view mine, std::string_view newer,
                             std::string_view language);

// The runs as one side shows them: kept text and the side's own changes marked.
std::string marked_before(const std::vector<diff_run>& runs);
std::string marked_after(const std::vector<diff_run>& runs);

} // namespace reportkit
