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
    // the Options page (Tools › Options › ReportKit) and the export warning's buttons
    options_folders,
    options_folders_hint,
    options_add_folder,
    options_remove_folder,
    options_folder_relative,
    options_folder_duplicate,
    options_grouping,
    options_grouping_none,
    options_grouping_from,
    options_grouping_always,
    options_grouping_examples,
    options_warn_before_export,
    options_refresh_on_open,
    export_anyway,
    print_anyway,
    cancel,
};

// `language` is LibreOffice's UI locale ("zh-CN", "en-US", …): Chinese for any zh locale,
// English otherwise.
const char* text(message m, std::string_view language);

} // namespace reportkit
