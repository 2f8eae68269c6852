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
    {message::library, "章节库", "Library"},
    {message::search, "搜索章节", "Search sections"},
    {message::search_hint, "按标题、类别、标签或正文查找，输入即筛选",
     "Finds by title, category, tags or text as you type"},
    {message::sections, "章节", "Sections"},
    {message::preview, "预览", "Preview"},
    {message::insert, "插入章节", "Insert Section"},
    {message::outline, "报告框架", "Report outline"},
    {message::insert_outline, "插入整篇报告", "Insert Whole Report"},
    {message::other_category, "其他", "Other"},
    {message::read_only, "文档为只读，不能插入。", "The document is read-only: nothing can be inserted."},
    {message::no_library, "未找到章节库。", "No section library was found."},
    {message::inserted, "已插入：", "Inserted: "},
    {message::refresh_failed, "无法刷新报告数据，文档未作任何改动。",
     "The report numbers could not be refreshed; the document is unchanged."},
    {message::refreshed, "报告数据已刷新，更新的数值个数：", "Report numbers refreshed; values changed: "},
    {message::unfilled_title, "报告中仍有未填或需刷新的数字",
     "Some report numbers are unfilled or out of date"},
    {message::unfilled_hint,
     "可在“报告助手”侧栏的“数据”面板中逐项定位。关闭此提示：专家配置 "
     "org.reportkit.Settings/Data/WarnBeforeExport。",
     "The Data panel of the ReportKit deck lists and selects each one. To turn this warning off, set "
     "org.reportkit.Settings/Data/WarnBeforeExport in the Expert Configuration."},
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
    // the sidebar: selection hints, counts, the data panel's empty state
    {message::pick_section, "这是一个类别：请选择其中的章节再插入。",
     "This is a category: pick one of its sections to insert it."},
    {message::select_section, "选择一个章节以预览并插入（双击或回车即插入）。",
     "Select a section to preview it; double-click or Enter inserts it."},
    {message::problem_one, "个问题（单击定位）：", "problem (click one to select it):"},
    {message::problems_many, "个问题（单击定位）：", "problems (click one to select it):"},
    {message::no_numbers, "文档中还没有报告数字。", "No report numbers yet."},
    {message::undo_insert_section, "插入章节：", "Insert Section: "},
    {message::undo_insert_outline, "插入整篇报告：", "Insert Whole Report: "},
};

} // namespace

const char* text(message m, std::string_view language) {
    bool chinese = language.starts_with("zh");
    for (const entry& e : messages)
        if (e.id == m) return chinese ? e.zh : e.en;
    return "";
}

} // namespace reportkit
