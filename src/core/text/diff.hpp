// A readable diff of two texts for people comparing a section's old and new wording. Chinese has
// no spaces, so the texts are compared character by character, except that a run of Latin
// letters or digits counts as one word ("2025" changes as a whole); the result is grouped into
// runs of kept, removed and added text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

enum class change { kept, removed, added };

struct diff_run {
    change kind = change::kept;
    std::string text;
    friend bool operator==(const diff_run&, const diff_run&) = default;
};

// The runs that turn `before` into `after`: kept and removed runs spell `before`, kept and added
// runs spell `after`. Where both sides changed, the removed run comes before the added one. A
// single kept character between two changes is folded into both, so that a reworded phrase reads
// as one replacement rather than a scatter of single characters.
std::vector<diff_run> diff_text(std::string_view before, std::string_view after);

// The texts the runs spell: before (kept + removed) and after (kept + added).
std::string text_before(const std::vector<diff_run>& runs);
std::string text_after(const std::vector<diff_run>& runs);

} // namespace reportkit
