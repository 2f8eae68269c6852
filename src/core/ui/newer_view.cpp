#include "core/ui/newer_view.hpp"

#include "core/ui/messages.hpp"

namespace reportkit {

newer_view newer_view_of(const std::vector<section_status>& statuses, bool read_only,
                         std::string_view language) {
    newer_view v;
    for (const section_status& s : statuses) {
        if (!s.outdated) continue;
        message form = s.edited ? message::newer_row_edited : message::newer_row;
        v.rows.push_back(
            {s.origin.mark,
             text(form, language, s.title, to_string(s.origin.library_version), to_string(s.newest)),
             s.edited});
        if (!s.edited) v.updates.push_back(s.origin.mark);
    }
    v.update = !read_only && !v.updates.empty();
    v.read_only = read_only;
    return v;
}

update_plan update_for(const newer_view& v, int selected) {
    if (selected < 0 || static_cast<size_t>(selected) >= v.rows.size()) return {v.updates, false, v.update};
    const newer_row& row = v.rows[static_cast<size_t>(selected)];
    return {{row.mark}, row.edited, !v.read_only};
}

} // namespace reportkit
