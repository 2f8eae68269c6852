// Every sentence ReportKit shows people, in Simplified Chinese and English: one table of
// messages by id, the one rule that picks the language, and phrases — a message with its
// arguments, kept until it is shown so that one value can be read in either language.
#pragma once

#include <fmt/format.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

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
    apply_layout,  // the menu command, the undo step and the button's tooltip
    layout_button, // the deck's button, half a row wide beside Insert Section
    layout_applied,
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
    // Audit lines and the reasons values are missing or invalid (code health, issue 14).
    // Arguments are fmt replacement fields: {0}, {1} … in the order the callers pass them.
    status_filled,
    status_missing,
    status_invalid,
    status_stale,
    status_literal_x,
    status_sheet,
    problem,             // {0} status word, {1} label
    problem_with_reason, // … and {2} why
    filled_value,        // … and {2} the value shown
    more_problems,       // {0} how many more
    literal_x,
    sheet_changed,
    no_sheet_linked,
    value_empty,        // {0} key
    not_a_number,       // {0} text, {1} key, {2} type
    not_whole,          // {0} text, {1} key
    not_a_year,         // {0} text
    unconvertible_unit, // {0} unit in the sheet, {1} unit of the field
    undeclared_field,   // {0} key
    bad_formula,        // {0} key, {1} what is wrong with the formula
    formula_loop,       // {0} the loop: a → b → a
    on_a_loop,
    derived_too_deep,      // {0} key, {1} the limit
    formula_failed,        // {0} key, {1} formula, {2} why
    formula_missing_input, // {0} key, {1} formula, {2} why, {3} the key with no value
    input_is_text,         // {0} key
    input_unusable,        // {0} key, {1} why
    no_row,                // {0} key
    divides_by_zero,       // {0} which divisor
    no_year_on_year,       // {0} which divisor
    divisor_key_zero,      // {0} key
    divisor_zero,
    cannot_compute,
    empty_formula,
    // undo step titles
    undo_insert_section,
    undo_insert_outline,
    undo_insert_field, // {0} the field's label
    undo_refresh,
    undo_fields_to_text,
    undo_update_sections, // {0} the sections' titles
    // the Options page (Tools › Options › ReportKit) and the export warning's buttons
    options_folders,
    options_folders_hint,
    options_add_folder,
    options_remove_folder,
    options_folder_relative,
    options_folder_duplicate,
    options_grouping,
    options_grouping_library,
    options_grouping_none,
    options_grouping_comma_from,
    options_grouping_thin_from,
    options_grouping_always,
    options_grouping_examples,
    options_warn_before_export,
    options_refresh_on_open,
    export_anyway,
    print_anyway,
    cancel,
    // the sidebar: selection hints, counts, the data panel's empty state
    pick_section,
    select_section,
    problem_one,
    problems_many,
    no_numbers,
    // the sections panel's newer library versions
    newer_label,
    newer_row,        // {0} title, {1} version inserted, {2} newest version
    newer_row_edited, // … and edited since
    update_sections,
    // comparing a section with its newer version, and the question before an edited one is replaced
    compare_sections, // the deck's button
    compare_title,    // {0} title
    compare_mine,     // {0} version inserted
    compare_mine_edited,
    compare_new, // {0} newest version
    compare_legend,
    compare_same,
    close,
    replace_edited_title,
    replace_edited_question, // {0} title
    replace_with_new,
    keep_mine,
    kept_mine, // {0} title
    // publishing a library to the team folder
    publish_no_note,
    publish_one_line,
    publish_not_higher, // {0} version asked, {1} the library's version
    publish_team_newer, // {0} the team copy's version, {1} version asked
    publish_title,      // the dialog and the menu command
    publish_button,     // the deck's button
    publish_library,    // {0} title, {1} id, {2} version, {3} file
    publish_folder,
    publish_version,
    publish_version_hint, // {0} the patch version
    publish_note,
    publish_ok,
    publish_not_own, // {0} title, {1} folder
    publish_no_team,
    publish_bad_version, // {0} text
    published,           // {0} title, {1} version, {2} file
    // numbers in a data sheet that must not be read silently wrong
    commas_not_grouping, // {0} text
    out_of_range,        // {0} text, {1} key, {2} the allowed range
    // the data panel asks before a skeleton replaces a file (it may hold the year's values)
    replace_title,
    replace_question, // {0} file name
    // authoring in Writer: Save Selection as Section, Import This Document as a Library
    save_selection,     // the deck's button and the menu command
    import_document,    // the deck's button and the menu command
    draft_dialog_title, // the review dialog's title
    draft_import_title, // … when it reviews a whole document
    draft_library,      // the library list's label
    draft_new_library,  // the list's last entry
    draft_new_id,       // the new library's id
    draft_new_title,    // the new library's title
    draft_new_default,  // the title proposed for it
    draft_id,
    draft_title,
    draft_level,
    draft_level_none, // level 0
    draft_category,
    draft_note,
    draft_run_in,
    draft_fields,
    draft_field_key,
    draft_field_label,
    draft_field_unit,
    draft_field_type,
    draft_field_approx,
    draft_type_integer, // the field types, in the order of the library format's list
    draft_type_decimal,
    draft_type_percent,
    draft_type_amount,
    draft_type_year,
    draft_type_text,
    draft_field_reused, // after a reused field's row
    draft_save,
    draft_problems,     // above the lint errors
    draft_no_selection, // nothing selected in the document
    draft_saved,        // {0} section title, {1} library title
    import_button,      // the deck's button (its tooltip: import_document)
    import_library_id,
    import_library_title,
    import_version,
    import_destination, // the file the library will be written to
    import_sections,
    import_include,  // the check box of the selected section
    import_left_out, // after a section's row when it is left out
    import_saved,    // {0} library title, {1} sections, {2} file
    // The engine's refusals a person can meet in the deck, a menu command or a dialog.
    refuse_read_only,
    refuse_nothing_to_import,
    refuse_unholdable_text, // above the places, one a line
    refuse_library_id,      // {0} id
    refuse_library_exists,  // {0} id
    refuse_file_exists,     // {0} path
    refuse_bundled_library, // {0} id
    refuse_no_own_folder,
    refuse_unreadable_library, // {0} path
    // A data sheet's problems, where the deck and the dialogs show them.
    at_place,       // {0} file and cell, or file:line:column; {1} what is wrong there
    sheet_unusable, // above its errors, one a line
    sheet_no_header,
    sheet_value_without_header, // {0} value
    sheet_bad_key,              // {0} key
    sheet_bad_character,        // {0} U+XXXX
    sheet_duplicate_key,        // {0} key, {1} cell of its first value
    sheet_named_cell_repeats,   // {0} key, {1} cell of its first value
    sheet_mixed_decimal_marks,  // {0} value, {1} other value, {2} its cell
    sheet_unclear_decimal_mark, // {0} value
    sheet_bad_decimal_comma,    // {0} value
    sheet_unclosed_quote,
    sheet_unreadable_file, // {0} the system's reason
    sheet_bad_encoding,
    sheet_not_local,
    sheet_missing,
    sheet_unknown_format,
    sheet_calc_cannot_open, // {0} Calc's reason
    sheet_not_spreadsheet,
};

// Chinese for any zh locale ("zh-CN", "zh-TW", "zh"); English for everything else. `language`
// is LibreOffice's UI locale.
bool is_chinese(std::string_view language);

// The message in the language.
const char* text(message m, std::string_view language);

// The message in the language, its {0}, {1} … replaced by `args`.
template <class... Args> std::string text(message m, std::string_view language, const Args&... args) {
    return fmt::format(fmt::runtime(text(m, language)), args...);
}

// The table itself, for the test that every message has both languages.
struct message_text {
    message id;
    const char* zh;
    const char* en;
};
std::span<const message_text> all_messages();

// A message and its arguments, each plain text or a phrase of its own ("needs 'done': the data
// sheet has no row for 'done'"), or plain text alone; shown in a language only when asked.
class phrase {
public:
    phrase() = default; // nothing to say
    phrase(std::string plain) : kind_(plain.empty() ? kind::none : kind::plain), plain_(std::move(plain)) {}
    phrase(const char* plain) : phrase(std::string(plain)) {}
    template <class... Args>
    explicit phrase(message id, Args... args)
        : kind_(kind::message), id_(id), args_{phrase(std::move(args))...} {}

    bool empty() const { return kind_ == kind::none; }
    std::string text(std::string_view language) const;

private:
    enum class kind { none, plain, message } kind_ = kind::none;
    message id_{};
    std::string plain_;
    std::vector<phrase> args_;
};

} // namespace reportkit
