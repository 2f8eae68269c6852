#include "core/ui/messages.hpp"

namespace reportkit {
namespace {

struct entry {
    message id;
    const char* zh;
    const char* en;
};

const entry messages[] = {
    {message::deck_title, "报告助手", "ReportKit"},
    {message::library, "段落库", "Library"},
    {message::search, "搜索段落", "Search sections"},
    {message::search_hint, "按标题、类别、标签或正文查找，输入即筛选",
     "Finds by title, category, tags or text as you type"},
    {message::sections, "标准段落", "Sections"},
    {message::preview, "预览", "Preview"},
    {message::insert, "插入段落", "Insert Section"},
    {message::outline, "报告框架", "Report outline"},
    {message::insert_outline, "插入整篇报告", "Insert Whole Report"},
    {message::other_category, "其他", "Other"},
    {message::read_only, "文档为只读，不能插入。", "The document is read-only: nothing can be inserted."},
    {message::no_library, "未找到段落库。", "No section library was found."},
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
    // the Options page (Tools › Options › ReportKit) and the export warning's buttons
    {message::options_folders, "章节库文件夹（如团队共享）：", "Library folders (such as a team share):"},
    {message::options_folders_hint, "内置章节库和个人章节库文件夹始终读取，无需添加。",
     "The bundled libraries and your own library folder are always read."},
    {message::options_add_folder, "添加…", "Add…"},
    {message::options_remove_folder, "移除", "Remove"},
    {message::options_folder_relative, "不是完整路径，未添加：", "Not a full path, not added: "},
    {message::options_folder_duplicate, "已在列表中：", "Already in the list: "},
    {message::options_grouping, "千位分隔符：", "Thousands separators:"},
    {message::options_grouping_none, "不分隔", "No grouping"},
    {message::options_grouping_from, "{} 起分隔", "From {}"},
    {message::options_grouping_always, "全部分隔", "Always"},
    {message::options_grouping_examples, "（{}、{}）", " ({}, {})"},
    {message::options_warn_before_export, "打印或导出前提示未填的数字",
     "Warn before printing or exporting with unfilled numbers"},
    {message::options_refresh_on_open, "打开文档时刷新数据", "Refresh the numbers when a document is opened"},
    {message::export_anyway, "仍然导出", "Export Anyway"},
    {message::print_anyway, "仍然打印", "Print Anyway"},
    {message::cancel, "取消", "Cancel"},
};

} // namespace

const char* text(message m, std::string_view language) {
    bool chinese = language.starts_with("zh");
    for (const entry& e : messages)
        if (e.id == m) return chinese ? e.zh : e.en;
    return "";
}

} // namespace reportkit
