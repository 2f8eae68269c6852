#include "core/ui/compare_view.hpp"

#include "core/ui/messages.hpp"

#include <algorithm>

namespace reportkit {
namespace {

std::string marked(const std::vector<diff_run>& runs, change shown, std::string_view open,
                   std::string_view close) {
    std::string out;
    for (const diff_run& r : runs)
        if (r.kind == change::kept)
            out += r.text;
        else if (r.kind == shown)
            out += std::string(open) + r.text + std::string(close);
    return out;
}

} // namespace

std::string marked_before(const std::vector<diff_run>& runs) {
    return marked(runs, change::removed, "【-", "-】");
}

std::string marked_after(const std::vector<diff_run>& runs) {
    return marked(runs, change::added, "【+", "+】");
}

compare_view compare_view_of(const section_status& s, std::string_view mine, std::string_view newer,
                             std::string_view language) {
    std::vector<diff_run> runs = diff_text(mine, newer);
    compare_view v;
    v.title = text(message::compare_title, language, s.title);
    std::string inserted = to_string(s.origin.library_version);
    v.mine_label = s.edited ? text(message::compare_mine_edited, language, inserted)
                            : text(message::compare_mine, language, inserted);
    v.newer_label = text(message::compare_new, language, to_string(s.newest));
    v.mine = marked_before(runs);
    v.newer = marked_after(runs);
    // A replacement is one place: a removed run directly followed by an added one.
    for (size_t i = 0; i < runs.size(); ++i)
        if (runs[i].kind != change::kept && !(i > 0 && runs[i - 1].kind == change::removed)) ++v.changes;
    v.legend = text(v.changes ? message::compare_legend : message::compare_same, language);
    return v;
}

} // namespace reportkit
