#include "core/ui/messages.hpp"

#include <fmt/args.h>

namespace reportkit {
namespace {

const message_text messages[] = {
    {message::deck_title, "报告助手", "ReportKit"},
    {message::library, "章节库", "Library"},
    {message::search, "搜索章节", "Search sections"},
    {message::search_hint, "按标题、类别、标签或正文查找，输入即筛选",
     "Finds by title, category, tags or text as you type"},
    {message::sections, "章节", "Sections"},
    {message::preview, "预览", "Preview"},
    {message::insert, "插入章节", "Insert Section"},
    {message::outline, "报告框架", "Report outline"},
    {message::insert_outline, "插入整篇报告", "Insert Whole Report"},
    {message::apply_layout, "应用公文版式", "Apply Official Layout"},
    {message::layout_button, "公文版式", "Official Layout"},
    {message::layout_applied, "已按 GB/T 9704-2012 设置版面（每页 22 行，每行 28 字，页码）。",
     "Laid out after GB/T 9704-2012 (22 lines a page, 28 characters a line, page numbers)."},
    {message::other_category, "其他", "Other"},
    {message::read_only, "文档为只读，不能插入。", "The document is read-only: nothing can be inserted."},
    {message::no_library, "未找到章节库。", "No section library was found."},
    {message::inserted, "已插入：", "Inserted: "},
    {message::refresh_failed, "无法刷新报告数据，文档未作任何改动。",
     "The report numbers could not be refreshed; the document is unchanged."},
    {message::refreshed, "报告数据已刷新，更新的数值个数：", "Report numbers refreshed; values changed: "},
    {message::unfilled_title, "报告中仍有未填或需刷新的数字",
     "Some report numbers are unfilled or out of date"},
    {message::unfilled_hint, "可在“报告助手”侧栏的“数据”面板中逐项定位。不再提示：工具 › 选项 › 报告助手。",
     "The Data panel of the ReportKit deck lists and selects each one. To turn this warning off: "
     "Tools › Options › ReportKit."},
    {message::data_sheet, "数据表：", "Data sheet: "},
    {message::no_sheet, "未链接数据表", "No data sheet linked"},
    {message::link_sheet, "链接数据表…", "Link Sheet…"},
    {message::unlink_sheet, "取消链接", "Unlink"},
    {message::refresh_data, "刷新数据", "Refresh"},
    {message::check_again, "重新检查", "Check Again"},
    {message::all_filled, "全部数字均已填写。", "Every number is filled."},
    {message::problems_suffix, " 个问题（单击定位）：", " problems (click one to select it):"},
    {message::fields_label, "字段（双击插入到光标处）：", "Fields (double-click to insert at the cursor):"},
    {message::skeleton, "生成数据表模板…", "Data Sheet Skeleton…"},
    {message::sheet_filter, "数据表", "Data sheets"},
    {message::linked, "已链接：", "Linked: "},
    {message::written, "已生成：", "Written: "},
    // Audit lines and the reasons values are missing or invalid.
    {message::status_filled, "已填", "filled"},
    {message::status_missing, "未填", "missing"},
    {message::status_invalid, "无效", "invalid"},
    {message::status_stale, "待刷新", "out of date"},
    {message::status_literal_x, "残留X", "typed X"},
    {message::status_sheet, "数据表", "data sheet"},
    {message::problem, "{0}：{1}", "{0}: {1}"},
    {message::problem_with_reason, "{0}：{1}（{2}）", "{0}: {1} ({2})"},
    {message::filled_value, "{0}：{1} = {2}", "{0}: {1} = {2}"},
    {message::more_problems, "……还有 {0} 项", "… and {0} more"},
    {message::literal_x, "应填数字处仍是 X", "an X stands where a number belongs"},
    {message::sheet_changed, "数据表已更新，请刷新", "the data sheet has changed: refresh"},
    {message::no_sheet_linked, "文档尚未链接数据表", "no data sheet is linked to the document"},
    {message::value_empty, "数据表中“{0}”的值为空", "the value of '{0}' is empty"},
    {message::not_a_number, "“{0}”不是数字，“{1}”需要填数字",
     "'{0}' is not a number, and '{1}' ({2}) needs one"},
    {message::not_whole, "“{0}”不是整数，“{1}”应为整数",
     "'{0}' is not a whole number, and '{1}' counts whole things"},
    {message::not_a_year, "“{0}”不是年份", "'{0}' is not a year"},
    {message::unconvertible_unit, "金额单位“{0}”无法换算为“{1}”",
     "the amount is in '{0}', which cannot be converted to '{1}'"},
    {message::undeclared_field, "已加载的章节库中没有字段“{0}”",
     "'{0}' is not declared in any loaded library"},
    {message::bad_formula, "“{0}”的公式有误：{1}", "the formula of '{0}' {1}"},
    {message::formula_loop, "公式循环引用：{0}", "the formulas depend on themselves: {0}"},
    {message::on_a_loop, "公式循环引用", "is on a loop"},
    {message::derived_too_deep, "“{0}”经过超过 {1} 层公式推导，无法计算",
     "'{0}' is derived through more than {1} formulas in a chain, so it is not computed"},
    {message::formula_failed, "无法计算 {0} = {1}（{2}）", "'{0}' = {1} {2}"},
    {message::formula_missing_input, "缺少“{3}”的值，无法计算 {0} = {1}", "'{0}' = {1} {2}"},
    {message::input_is_text, "引用了文本字段“{0}”", "uses '{0}', which is text"},
    {message::input_unusable, "“{0}”无可用的值：{1}", "needs '{0}': {1}"},
    {message::no_row, "数据表中没有“{0}”这一行", "the data sheet has no row for '{0}'"},
    {message::divides_by_zero, "除数为零：{0}", "divides by zero: {0}"},
    {message::no_year_on_year, "无法计算同比：{0}", "has no year-on-year change: {0}"},
    {message::divisor_key_zero, "“{0}”为 0", "'{0}' is 0"},
    {message::divisor_zero, "除数为 0", "the divisor is 0"},
    {message::cannot_compute, "无法计算", "cannot be computed"},
    {message::empty_formula, "公式为空", "is empty"},
    {message::undo_insert_section, "插入章节：{0}", "Insert Section: {0}"},
    {message::undo_insert_outline, "插入整篇报告：{0}", "Insert Whole Report: {0}"},
    {message::undo_insert_field, "插入数字：{0}", "Insert Number: {0}"},
    {message::undo_refresh, "刷新数据", "Refresh Numbers"},
    {message::undo_fields_to_text, "数字转为文本", "Numbers to Plain Text"},
    {message::undo_update_sections, "更新章节：{0}", "Update Sections: {0}"},
    // the Options page (Tools › Options › ReportKit) and the export warning's buttons
    {message::options_folders, "章节库文件夹（如团队共享）：", "Library folders (such as a team share):"},
    {message::options_folders_hint, "内置章节库和个人章节库文件夹始终读取，无需添加。",
     "The bundled libraries and your own library folder are always read."},
    {message::options_add_folder, "添加…", "Add…"},
    {message::options_remove_folder, "移除", "Remove"},
    {message::options_folder_relative, "不是完整路径，未添加：", "Not a full path, not added: "},
    {message::options_folder_duplicate, "已在列表中：", "Already in the list: "},
    {message::options_grouping, "千位分隔符：", "Thousands separators:"},
    {message::options_grouping_library, "按各章节库的设置", "As each library says"},
    {message::options_grouping_none, "不分隔", "No grouping"},
    {message::options_grouping_comma_from, "{} 起用逗号分隔", "Commas from {}"},
    {message::options_grouping_thin_from, "{} 起用窄空格分隔", "Thin spaces from {}"},
    {message::options_grouping_always, "全部用逗号分隔", "Commas always"},
    {message::options_grouping_examples, "（{}、{}）", " ({}, {})"},
    {message::options_warn_before_export, "打印或导出前提示未填的数字",
     "Warn before printing or exporting with unfilled numbers"},
    {message::options_refresh_on_open, "打开文档时刷新数据", "Refresh the numbers when a document is opened"},
    {message::export_anyway, "仍然导出", "Export Anyway"},
    {message::print_anyway, "仍然打印", "Print Anyway"},
    {message::cancel, "取消", "Cancel"},
    // the sidebar: selection hints, counts, the data panel's empty state
    {message::pick_section, "这是一个类别：请选择其中的章节再插入。",
     "This is a category: pick one of its sections to insert it."},
    {message::select_section, "选择一个章节以预览并插入（双击或回车即插入）。",
     "Select a section to preview it; double-click or Enter inserts it."},
    {message::problem_one, "个问题（单击定位）：", "problem (click one to select it):"},
    {message::problems_many, "个问题（单击定位）：", "problems (click one to select it):"},
    {message::no_numbers, "文档中还没有报告数字。", "No report numbers yet."},
    // the sections panel's newer library versions
    {message::newer_label, "有新版本：", "Newer version:"},
    {message::newer_row, "{0}（{1} → {2}）", "{0} ({1} → {2})"},
    {message::newer_row_edited, "{0}（{1} → {2}，已修改）", "{0} ({1} → {2}, edited)"},
    {message::update_sections, "更新章节", "Update"},
    // comparing a section with its newer version, and the question before an edited one is replaced
    {message::compare_sections, "比较…", "Compare…"},
    {message::compare_title, "比较：{0}", "Compare: {0}"},
    {message::compare_mine, "文档中的文本（{0}）", "In the document ({0})"},
    {message::compare_mine_edited, "文档中的文本（{0}，已修改）", "In the document ({0}, edited)"},
    {message::compare_new, "新版本（{0}）", "New version ({0})"},
    {message::compare_legend, "【-…-】为新版本删去的文字，【+…+】为新版本新增的文字。",
     "【-…-】 is text the new version removes, 【+…+】 text it adds."},
    {message::compare_same, "两边文字相同。", "Both texts are the same."},
    {message::close, "关闭", "Close"},
    {message::replace_edited_title, "替换已修改的章节", "Replace an Edited Section"},
    {message::replace_edited_question, "“{0}”在文档中已修改。用新版本替换后，您的修改将丢失。",
     "You edited “{0}” in this document. Replacing it with the new version loses your changes."},
    {message::replace_with_new, "替换为新版本", "Replace with the New Text"},
    {message::keep_mine, "保留我的文本", "Keep Mine"},
    {message::kept_mine, "已保留您修改的“{0}”。", "Kept your edited “{0}”."},
    // publishing a library to the team folder
    {message::publish_no_note, "请写一行说明，讲清这一版改了什么。",
     "Write one line saying what this version changes."},
    {message::publish_one_line, "更新说明只能写一行。", "The change note must be one line."},
    {message::publish_not_higher, "新版本号 {0} 必须高于本库当前的 {1}。",
     "The new version {0} must be higher than the library's {1}."},
    {message::publish_team_newer,
     "团队文件夹中已有版本 {0}，不低于 {1}，未覆盖。请先取回团队的版本，或用更高的版本号。",
     "The team folder has version {0}, not older than {1}; it was not overwritten. Take the team's copy "
     "first, or publish a higher version."},
    {message::publish_title, "发布到团队文件夹", "Publish to Team Folder"},
    {message::publish_button, "发布…", "Publish…"},
    {message::publish_library, "{0}（{1}，版本 {2}）\n{3}", "{0} ({1}, version {2})\n{3}"},
    {message::publish_folder, "团队文件夹：", "Team folder:"},
    {message::publish_version, "新版本：", "New version:"},
    {message::publish_version_hint, "只改错字等小改动可写 {0}", "For a small fix: {0}"},
    {message::publish_note, "更新说明（一行，写入章节库）：", "Change note (one line, kept in the library):"},
    {message::publish_ok, "发布", "Publish"},
    {message::publish_not_own, "“{0}”不在您自己的章节库文件夹（{1}）中：先把它复制到那里再发布。",
     "“{0}” is not in your own library folder ({1}): copy it there to publish it."},
    {message::publish_no_team, "还没有设置团队文件夹：请在“工具 › 选项 › ReportKit”的章节库文件夹中添加。",
     "No team folder is set: add one under Tools › Options › ReportKit, Library folders."},
    {message::publish_bad_version, "“{0}”不是版本号：请写成 主版本.次版本.修订号，如 1.2.0。",
     "“{0}” is not a version: write major.minor.patch, e.g. 1.2.0."},
    {message::published, "已将“{0}” {1} 发布到 {2}。", "Published “{0}” {1} to {2}."},
    // numbers in a data sheet that must not be read silently wrong
    {message::commas_not_grouping, "“{0}”中的逗号不是千位分隔符（如 1,234,567），无法作为数字读取",
     "the commas in '{0}' are not thousands separators (as in 1,234,567), so it is not read as a number"},
    {message::out_of_range, "“{0}”超出“{1}”的允许范围（{2}）", "'{0}' is outside the range of '{1}' ({2})"},
    {message::replace_title, "替换文件", "Replace File"},
    {message::replace_question, "“{0}”已存在，可能已填有数值。要用空白的数据表模板替换它吗？",
     "“{0}” exists already and may hold values. Replace it with an empty data sheet skeleton?"},
    // authoring in Writer
    {message::save_selection, "将所选内容存为章节…", "Save Selection as Section…"},
    {message::import_document, "将本文档导入为章节库…", "Import This Document as a Library…"},
    {message::draft_dialog_title, "存为章节", "Save as Section"},
    {message::draft_import_title, "导入为章节库", "Import as Library"},
    {message::draft_library, "存入章节库：", "Save into library:"},
    {message::draft_new_library, "新建章节库", "New library"},
    {message::draft_new_id, "新库标识：", "New library id:"},
    {message::draft_new_title, "新库名称：", "New library title:"},
    {message::draft_new_default, "我的章节", "My sections"},
    {message::draft_id, "标识：", "Id:"},
    {message::draft_title, "标题：", "Title:"},
    {message::draft_level, "级别：", "Level:"},
    {message::draft_level_none, "无标题", "no heading"},
    {message::draft_category, "类别：", "Category:"},
    {message::draft_note, "区分说明：", "Note:"},
    {message::draft_run_in, "标题与正文同段", "Run-in heading"},
    {message::draft_fields, "字段（选中一项即可修改）：", "Fields (select one to edit it):"},
    {message::draft_field_key, "键：", "Key:"},
    {message::draft_field_label, "名称：", "Label:"},
    {message::draft_field_unit, "单位：", "Unit:"},
    {message::draft_field_type, "类型：", "Type:"},
    {message::draft_field_approx, "约数：", "Approx.:"},
    {message::draft_field_reused, "（沿用库中字段）", "(existing field)"},
    {message::draft_save, "保存", "Save"},
    {message::draft_problems, "检查结果：", "Check:"},
    {message::draft_no_selection, "请先在文档中选中要存为章节的段落。",
     "Select the paragraphs to save as a section first."},
    {message::draft_saved, "已存为章节：{0}（{1}）", "Saved as a section: {0} ({1})"},
};

} // namespace

std::span<const message_text> all_messages() {
    return messages;
}

bool is_chinese(std::string_view language) {
    return language.starts_with("zh");
}

const char* text(message m, std::string_view language) {
    bool chinese = is_chinese(language);
    for (const message_text& e : messages)
        if (e.id == m) return chinese ? e.zh : e.en;
    return "";
}

std::string phrase::text(std::string_view language) const {
    if (kind_ != kind::message) return plain_;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const phrase& a : args_)
        args.push_back(a.text(language));
    return fmt::vformat(reportkit::text(id_, language), args);
}

} // namespace reportkit
