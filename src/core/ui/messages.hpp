// The text the sidebar shows, in Simplified Chinese and English.
#pragma once

#include <string>
#include <string_view>

namespace reportkit {

enum class message {
    deck_title,
    library,
    search,
    search_hint,
    sections,
    preview,
    insert,
    outline,
    insert_outline,
    other_category,
    read_only,
    no_library,
    inserted,
    // menu commands and document events
    refresh_failed,
    refreshed,
    unfilled_title,
    unfilled_hint,
    // the data panel
    data_sheet,
    no_sheet,
    link_sheet,
    unlink_sheet,
    refresh_data,
    check_again,
    all_filled,
    problems_suffix,
    fields_label,
    skeleton,
    sheet_filter,
    linked,
    written,
    // the sidebar: selection hints, counts, the data panel's empty state
    pick_section,
    select_section,
    problem_one,
    problems_many,
    no_numbers,
    undo_insert_section, // followed by the section's title
    undo_insert_outline, // followed by the outline's title
};

// `language` is LibreOffice's UI locale ("zh-CN", "en-US", …): Chinese for any zh locale,
// English otherwise.
const char* text(message m, std::string_view language);

} // namespace reportkit
