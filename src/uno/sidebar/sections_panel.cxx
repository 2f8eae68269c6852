#include "uno/sidebar/sections_panel.hxx"

#include "core/library/publish.hpp"
#include "core/library/search.hpp"
#include "uno/authoring/import_dialog.hxx"
#include "uno/authoring/section_dialog.hxx"
#include "uno/commands/publish_dialog.hxx"
#include "uno/commands/user_messages.hxx"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_folders.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/sidebar/panel_listener.hxx"

#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/view/SelectionType.hpp>

using namespace css;

namespace reportkit::office {
namespace {

// What the tree and the preview show at least, in rows of the UI's font.
constexpr sal_Int32 tree_rows = 7, preview_rows = 4, status_rows = 2, newer_rows = 3;

} // namespace

sections_panel::sections_panel(const uno::Reference<uno::XComponentContext>& context,
                               const uno::Reference<frame::XFrame>& frame,
                               const uno::Reference<awt::XWindow>& parent)
    : panel_base(context, frame, parent) {
    controls_.add("library_label", label, {{"Label", uno::Any(ui(message::library))}});
    controls_.add("library", list, {{"Dropdown", uno::Any(true)}, {"LineCount", uno::Any(sal_Int16(12))}});
    controls_.add("search_label", label, {{"Label", uno::Any(ui(message::search))}});
    controls_.add("search", edit, {{"HelpText", uno::Any(ui(message::search_hint))}});
    // SINGLE: without it clicks, arrow keys and Space move the focus and select nothing.
    controls_.add("sections", tree,
                  {{"RootDisplayed", uno::Any(false)},
                   {"ShowsHandles", uno::Any(true)},
                   {"ShowsRootHandles", uno::Any(true)},
                   {"SelectionType", uno::Any(view::SelectionType_SINGLE)}});
    controls_.add("preview_label", label, {{"Label", uno::Any(ui(message::preview))}});
    controls_.add("preview", edit,
                  {{"MultiLine", uno::Any(true)}, {"ReadOnly", uno::Any(true)}, {"VScroll", uno::Any(true)}});
    controls_.add("insert", button, {{"Label", uno::Any(ui(message::insert))}});
    controls_.add("outline_label", label, {{"Label", uno::Any(ui(message::outline))}});
    controls_.add("outline", list, {{"Dropdown", uno::Any(true)}, {"LineCount", uno::Any(sal_Int16(12))}});
    controls_.add("insert_outline", button, {{"Label", uno::Any(ui(message::insert_outline))}});
    controls_.add(
        "apply_layout", button,
        {{"Label", uno::Any(ui(message::layout_button))}, {"HelpText", uno::Any(ui(message::apply_layout))}});
    controls_.add("status", label, {{"MultiLine", uno::Any(true)}});
    add_newer_controls();
    add_authoring_controls();
    add_publish_control();
    for (const char* name :
         {"library", "search", "sections", "insert", "outline", "insert_outline", "apply_layout"})
        listener()->listen_to(controls_.control(name), name);

    fill_libraries();
    start();
}

std::vector<controls::row> sections_panel::rows(sal_Int32) const {
    sal_Int32 line = controls_.line_height();
    auto natural = [&](const char* name) { return std::max(controls_.preferred(name).Height, line); };
    // Publish…, for maintainers only, goes beside the library it publishes, and Import… beside
    // Insert Whole Report: neither takes a row. While Publish… shows, the preview gives up a line,
    // and so does the tree, so that the Data panel's Refresh stays in view in a 1000-pixel-high
    // window (25.2 draws the deck taller than 7.4).
    sal_Int32 preview = (publishable_ ? preview_rows - 1 : preview_rows) * line;
    sal_Int32 tree = (publishable_ ? tree_rows - 1 : tree_rows) * line * 4 / 3;
    std::vector<controls::row> out{
        {"library_label", natural("library_label")},
        {"library", natural("library"), 0, publishable_ ? "publish" : nullptr, true},
        {"search_label", natural("search_label")},
        {"search", natural("search")},
        {"sections", tree, 3},
        {"preview_label", natural("preview_label")},
        {"preview", preview, 2},
        {"insert", natural("insert"), 0, "apply_layout"},
        {"outline_label", natural("outline_label")},
        {"outline", natural("outline")},
        {"insert_outline", natural("insert_outline"), 0, "import_document", true},
        {"status", status_rows * line}};
    if (text_selected_) // above the status line, only while there is a selection to save
        out.insert(out.end() - 1, {"save_selection", natural("save_selection")});
    if (!newer_.rows.empty()) // below the status line, only while there is something newer
        out.insert(out.end(), {{"newer_label", natural("newer_label")},
                               {"newer", newer_rows * line},
                               {"update_sections", natural("update_sections"), 0, "compare_sections"}});
    return out;
}

// Labels fitted to another width are fitted again, keeping the selection.
void sections_panel::laid_out() {
    sal_Int32 tree =
        uno::Reference<awt::XWindow>(controls_.control("sections"), uno::UNO_QUERY_THROW)->getPosSize().Width;
    if (std::abs(tree - tree_width_) > 8) fill_sections(selected_section());
}

void sections_panel::pressed(const std::string& command) {
    if (command == "insert")
        insert_section();
    else if (command == "insert_outline")
        insert_outline();
    else if (command == "apply_layout")
        apply_layout();
    else if (command == "update_sections")
        update_sections();
    else if (command == "save_selection")
        save_selection();
    else if (command == "import_document")
        import_document();
    else if (command == "compare_sections")
        compare_section();
    else if (command == "publish")
        publish();
}

void sections_panel::chosen(const std::string& control) {
    if (control == "library")
        library_chosen();
    else if (control == "outline")
        outline_chosen();
    else if (control == "sections")
        section_selected();
    else if (control == "text_selection")
        text_selected();
    else if (control == "newer")
        newer_selected();
}

void sections_panel::activated(const std::string& control) {
    if (control == "sections") insert_section();
    if (control == "newer") compare_section();
}

void sections_panel::typed(const std::string& control) {
    if (control == "search") fill_sections();
}

// Down in the search box goes on into the results, as in LibreOffice's own search fields: the
// first matching section is selected (and previewed), so Enter inserts it.
void sections_panel::stepped_down(const std::string& control) {
    if (control != "search") return;
    uno::Reference<awt::tree::XTreeControl> tree(controls_.control("sections"), uno::UNO_QUERY_THROW);
    uno::Reference<awt::tree::XTreeDataModel> data;
    controls_.get("sections", "DataModel") >>= data;
    auto root = data.is() ? data->getRoot() : nullptr;
    for (sal_Int32 c = 0; root.is() && c < root->getChildCount(); ++c)
        if (auto category = root->getChildAt(c); category->getChildCount() > 0) {
            uno::Reference<awt::XWindow>(tree, uno::UNO_QUERY_THROW)->setFocus();
            tree->select(uno::Any(category->getChildAt(0)));
            return;
        }
}

// The document's own library, else the last one used, else the first.
void sections_panel::fill_libraries() {
    libraries_.clear();
    std::vector<std::string> titles, ids;
    for (auto& [lib, origin] : library_registry::instance().all(context_)) {
        libraries_.push_back(lib);
        titles.push_back(lib->title);
        ids.push_back(lib->id);
    }
    rtl::OUString last_used;
    setting(context_, "/org.reportkit.Settings/Sidebar", "LastLibrary") >>= last_used;
    size_t open = library_to_open(ids, to_std(engine_->documentLibrary(document())), to_std(last_used));
    controls_.set("library", "StringItemList", uno::Any(string_list(titles)));
    if (!titles.empty())
        controls_.set("library", "SelectedItems", uno::Any(selection(static_cast<sal_Int16>(open))));
    controls_.tooltip_from_choice("library");
    fill_outlines();
    refresh_publish();
}

library_ptr sections_panel::current_library() const {
    sal_Int16 pos = controls_.selected("library");
    if (pos < 0 && !libraries_.empty()) pos = 0;
    return pos >= 0 && static_cast<size_t>(pos) < libraries_.size() ? libraries_[static_cast<size_t>(pos)]
                                                                    : nullptr;
}

// Chosen by the writer: remembered for documents that have no library of their own yet.
void sections_panel::library_chosen() {
    controls_.tooltip_from_choice("library");
    if (auto lib = current_library()) try {
            write_settings(context_, "/org.reportkit.Settings/Sidebar",
                           {{"LastLibrary", uno::Any(to_ou(lib->id))}});
        } catch (const uno::Exception&) {
            // a read-only configuration: the deck opens on the first library next time
        }
    fill_outlines();
    refresh_publish();
}

void sections_panel::fill_outlines() {
    outline_ids_.clear();
    std::vector<std::string> titles;
    if (auto lib = current_library())
        for (const outline& o : lib->outlines) {
            outline_ids_.push_back(o.id);
            titles.push_back(o.title);
        }
    controls_.set("outline", "StringItemList", uno::Any(string_list(titles)));
    if (!titles.empty()) controls_.set("outline", "SelectedItems", uno::Any(selection(0)));
    controls_.tooltip_from_choice("outline");
    fill_sections();
}

// The label as the tree can show it without a horizontal scrollbar: cut with "…" to the room
// left beside the category's indent and the vertical scrollbar.
rtl::OUString sections_panel::fitted(const std::string& label) const {
    rtl::OUString text = to_ou(label), ellipsis = to_ou("…");
    sal_Int32 room = tree_width_ - 4 * controls_.line_height();
    if (room <= 0 || controls_.text_width("sections", text) <= room) return text;
    sal_Int32 keep = text.getLength();
    while (keep > 1 && controls_.text_width("sections", text.copy(0, keep) + ellipsis) > room)
        --keep;
    return text.copy(0, keep) + ellipsis;
}

// The tree: categories, each with its matching sections; the node's data is the section id.
void sections_panel::fill_sections(const std::string& keep_selected) {
    tree_width_ =
        uno::Reference<awt::XWindow>(controls_.control("sections"), uno::UNO_QUERY_THROW)->getPosSize().Width;
    auto smgr = context_->getServiceManager();
    uno::Reference<awt::tree::XMutableTreeDataModel> data(
        smgr->createInstanceWithContext("com.sun.star.awt.tree.MutableTreeDataModel", context_),
        uno::UNO_QUERY_THROW);
    auto root = data->createNode(uno::Any(ui(message::sections)), false);
    data->setRoot(root);
    std::vector<uno::Reference<awt::tree::XTreeNode>> categories;
    uno::Reference<awt::tree::XTreeNode> selected;
    if (auto lib = current_library()) {
        std::string query =
            to_std(uno::Reference<awt::XTextComponent>(controls_.control("search"), uno::UNO_QUERY_THROW)
                       ->getText());
        for (const category_group& g : group_by_category(find_sections(*lib, query))) {
            auto node = data->createNode(
                uno::Any(g.category.empty() ? ui(message::other_category) : fitted(g.category)), false);
            for (const section* s : g.sections) {
                auto child = data->createNode(uno::Any(fitted(tree_label(*lib, *s, language_))), false);
                child->setDataValue(uno::Any(to_ou(s->id)));
                node->appendChild(child);
                if (!keep_selected.empty() && s->id == keep_selected)
                    selected.set(uno::Reference<awt::tree::XTreeNode>(child.get()));
            }
            root->appendChild(node);
            categories.push_back(uno::Reference<awt::tree::XTreeNode>(node.get()));
        }
    }
    controls_.set("sections", "DataModel", uno::Any(data));
    uno::Reference<awt::tree::XTreeControl> tree(controls_.control("sections"), uno::UNO_QUERY_THROW);
    for (auto& c : categories)
        tree->expandNode(c);
    // A new list starts with nothing selected (the tree would otherwise pick its first row).
    if (selected.is())
        tree->select(uno::Any(selected));
    else
        tree->clearSelection();
    section_selected();
}

tree_pick sections_panel::picked() const {
    uno::Reference<awt::tree::XTreeControl> tree(controls_.control("sections"), uno::UNO_QUERY_THROW);
    uno::Reference<awt::tree::XMutableTreeNode> node(tree->getSelection(), uno::UNO_QUERY);
    if (!node.is()) return tree_pick::nothing;
    return node->getDataValue().hasValue() ? tree_pick::section : tree_pick::category;
}

std::string sections_panel::selected_section() const {
    uno::Reference<awt::tree::XTreeControl> tree(controls_.control("sections"), uno::UNO_QUERY_THROW);
    uno::Reference<awt::tree::XMutableTreeNode> node(tree->getSelection(), uno::UNO_QUERY);
    rtl::OUString id;
    if (node.is()) node->getDataValue() >>= id;
    return to_std(id);
}

// The preview through the engine, with the section's full title as the tree's tooltip.
void sections_panel::section_selected() {
    rtl::OUString preview, tooltip;
    auto lib = current_library();
    if (const section* s = lib ? lib->find_section(selected_section()) : nullptr) {
        try {
            preview = engine_->preview(document(), to_ou(lib->id), to_ou(s->id), false);
        } catch (const uno::Exception& e) {
            say(e.Message);
        }
        tooltip = to_ou(tree_label(*lib, *s, language_));
    }
    show_preview(preview);
    controls_.set("sections", "HelpText", uno::Any(tooltip));
    refresh_state();
}

// An outline chosen in the list: its skeleton in the preview.
void sections_panel::outline_chosen() {
    auto lib = current_library();
    const outline* o = chosen_outline(lib);
    if (!o) return;
    controls_.tooltip_from_choice("outline");
    show_preview(engine_->preview(document(), to_ou(lib->id), to_ou(o->id), true));
}

const outline* sections_panel::chosen_outline(const library_ptr& lib) const {
    sal_Int16 pos = controls_.selected("outline");
    if (!lib || pos < 0 || static_cast<size_t>(pos) >= outline_ids_.size()) return nullptr;
    return lib->find_outline(outline_ids_[static_cast<size_t>(pos)]);
}

void sections_panel::show_preview(const rtl::OUString& text) {
    controls_.set("preview", "Text", uno::Any(text));
    uno::Reference<awt::XTextComponent>(controls_.control("preview"), uno::UNO_QUERY_THROW)
        ->setSelection(awt::Selection(0, 0));
}

void sections_panel::refresh_state() {
    sections_facts facts{.read_only = read_only(),
                         .has_library = current_library() != nullptr,
                         .pick = picked(),
                         .has_outline = !outline_ids_.empty()};
    sections_view v = view_of(facts);
    controls_.set("insert", "Enabled", uno::Any(v.insert));
    controls_.set("insert_outline", "Enabled", uno::Any(v.insert_outline));
    controls_.set("apply_layout", "Enabled", uno::Any(v.apply_layout));
    say(v.status ? ui(*v.status) : rtl::OUString());
}

// One insertion through the engine, reported in the status line: what was inserted, or why not.
void sections_panel::insert(bool outline, const std::string& id, const std::string& title) {
    auto lib = current_library();
    try {
        if (outline)
            engine_->insertOutlineLaidOut(document(), to_ou(lib->id), to_ou(id));
        else
            engine_->insertSection(document(), nullptr, to_ou(lib->id), to_ou(id));
        say(ui(message::inserted) + to_ou(title));
        refresh_newer();
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
}

// Also from double-click and Enter: only a section, never a category, and never when the
// button would be disabled.
void sections_panel::insert_section() {
    auto lib = current_library();
    const section* s = lib ? lib->find_section(selected_section()) : nullptr;
    if (s && !read_only()) insert(false, s->id, s->title);
}

void sections_panel::insert_outline() {
    if (const outline* o = chosen_outline(current_library())) insert(true, o->id, o->title);
}

// The official layout on the whole document, whatever it holds: the page, not the text.
void sections_panel::apply_layout() {
    try {
        engine_->applyLayout(document(), rtl::OUString::createFromAscii(to_string(layout_kind::gbt9704)));
        say(ui(message::layout_applied));
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
}

// The newer-version list: hidden while empty, so the panel is as before for most documents.
void sections_panel::add_newer_controls() {
    controls_.add("newer_label", label, {{"Label", uno::Any(ui(message::newer_label))}});
    controls_.add("newer", list);
    controls_.add("update_sections", button, {{"Label", uno::Any(ui(message::update_sections))}});
    controls_.add("compare_sections", button, {{"Label", uno::Any(ui(message::compare_sections))}});
    for (const char* name : {"newer", "update_sections", "compare_sections"})
        listener()->listen_to(controls_.control(name), name);
}

void sections_panel::refresh_newer() {
    sal_Int16 row = controls_.selected("newer");
    std::string chosen = row >= 0 && static_cast<size_t>(row) < newer_.rows.size()
                             ? newer_.rows[static_cast<size_t>(row)].mark
                             : std::string();
    try {
        newer_ = newer_view_of(engine_->sectionStatuses(document()), read_only(), language_);
    } catch (const uno::Exception& e) {
        newer_ = {};
        say(e.Message);
    }
    std::vector<std::string> labels;
    for (const newer_row& r : newer_.rows)
        labels.push_back(r.label);
    controls_.set("newer", "StringItemList", uno::Any(string_list(labels)));
    // The row chosen before stays chosen while it is listed (Keep Mine, then Update again).
    for (size_t i = 0; i < newer_.rows.size(); ++i)
        if (!chosen.empty() && newer_.rows[i].mark == chosen)
            controls_.set("newer", "SelectedItems", uno::Any(selection(static_cast<sal_Int16>(i))));
    newer_selected();
    for (const char* name : {"newer_label", "newer", "update_sections", "compare_sections"})
        controls_.show(name, !labels.empty());
    rows_changed();
}

void sections_panel::update_sections() {
    update_plan plan = update_for(newer_, controls_.selected("newer"));
    if (!plan.enabled) return;
    try {
        if (plan.ask) {
            replace_edited(plan.marks.front());
        } else {
            engine_->updateSections(document(), string_list(plan.marks));
            say(rtl::OUString());
        }
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
    refresh_newer();
}

void sections_panel::add_authoring_controls() {
    controls_.add("save_selection", button, {{"Label", uno::Any(ui(message::save_selection))}});
    listener()->listen_to(controls_.control("save_selection"), "save_selection");
    controls_.show("save_selection", false);
    controls_.add("import_document", button,
                  {{"Label", uno::Any(ui(message::import_button))},
                   {"HelpText", uno::Any(ui(message::import_document))}});
    listener()->listen_to(controls_.control("import_document"), "import_document");
    view_.set(frame_.is() ? frame_->getController() : nullptr, uno::UNO_QUERY);
    if (view_.is()) listener()->listen_to_selection(view_, "text_selection");
    saved_watch_ = library_registry::instance().watch(
        [this](const std::string& library_id, const std::string& section_id) {
            library_saved(library_id, section_id);
        });
}

void sections_panel::dispose() {
    library_registry::instance().unwatch(saved_watch_);
    if (view_.is()) view_->removeSelectionChangeListener(listener());
    panel_base::dispose();
}

void sections_panel::text_selected() {
    uno::Reference<text::XTextViewCursorSupplier> cursor(view_, uno::UNO_QUERY);
    bool selected = false;
    try {
        selected = cursor.is() && !cursor->getViewCursor()->isCollapsed();
    } catch (const uno::RuntimeException&) {
        // not text (a shape, a frame): nothing to save
    }
    if (selected == text_selected_) return;
    text_selected_ = selected;
    controls_.show("save_selection", selected);
    rows_changed();
}

void sections_panel::save_selection() {
    auto lib = current_library();
    try {
        authoring_outcome done =
            save_selection_as_section(context_, frame_, engine_, document(), lib ? lib->id : std::string());
        say(to_ou(outcome_text(done, language_)));
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
}

// The library list shows the new library, selected, by itself (library_saved).
void sections_panel::import_document() {
    try {
        say(to_ou(
            outcome_text(import_document_as_library(context_, frame_, engine_, document()), language_)));
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
}

// A library saved from this or another window: the deck shows it, the new section selected, and
// remembers it as the library used last.
void sections_panel::library_saved(const std::string& library_id, const std::string& section_id) {
    fill_libraries();
    for (size_t i = 0; i < libraries_.size(); ++i)
        if (libraries_[i]->id == library_id) {
            controls_.set("library", "SelectedItems", uno::Any(selection(static_cast<sal_Int16>(i))));
            library_chosen();
            fill_sections(section_id);
        }
}

void sections_panel::newer_selected() {
    sal_Int16 row = controls_.selected("newer");
    controls_.set("update_sections", "Enabled", uno::Any(update_for(newer_, row).enabled));
    controls_.set("compare_sections", "Enabled", uno::Any(row >= 0));
}

void sections_panel::compare_section() {
    sal_Int16 row = controls_.selected("newer");
    if (row < 0 || static_cast<size_t>(row) >= newer_.rows.size()) return;
    try {
        if (auto texts = engine_->sectionTexts(document(), newer_.rows[static_cast<size_t>(row)].mark))
            show_compare(context_, frame_,
                         compare_view_of(texts->status, texts->mine, texts->newer, language_), {}, language_);
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
}

// The writer sees what they would lose before an edited section is replaced; Keep Mine is the
// default answer.
bool sections_panel::replace_edited(const std::string& mark) {
    auto texts = engine_->sectionTexts(document(), mark);
    if (!texts) return false;
    const std::string& title = texts->status.title;
    compare_view view = compare_view_of(texts->status, texts->mine, texts->newer, language_);
    view.title = text(message::replace_edited_title, language_);
    if (!show_compare(context_, frame_, view, text(message::replace_edited_question, language_, title),
                      language_)) {
        say(to_ou(text(message::kept_mine, language_, title)));
        return false;
    }
    bool replaced = engine_->replaceSection(document(), mark);
    say(rtl::OUString());
    return replaced;
}

// Publish…: for template maintainers, the deck's library from their own folder to the team's.
void sections_panel::add_publish_control() {
    controls_.add("publish", button,
                  {{"Label", uno::Any(ui(message::publish_button))},
                   {"HelpText", uno::Any(ui(message::publish_title))}});
    listener()->listen_to(controls_.control("publish"), "publish");
    controls_.show("publish", false);
}

// Shown only when the maintainer's own folder holds the chosen library: writers never see it.
void sections_panel::refresh_publish() {
    auto lib = current_library();
    bool own = false;
    try {
        own = lib && copy_in_folder(own_library_folder(context_), lib->id).has_value();
    } catch (const uno::Exception&) {
        // no user profile path: nothing of one's own to publish
    }
    if (own == publishable_) return;
    publishable_ = own;
    controls_.show("publish", own);
    rows_changed();
}

void sections_panel::publish() {
    auto lib = current_library();
    if (!lib) return;
    try {
        std::string done = publish_to_team(context_, frame_, lib->id, language_);
        if (done.empty()) return;
        fill_libraries();
        refresh_newer();
        say(to_ou(done));
    } catch (const uno::Exception& e) {
        say(e.Message);
    }
}

} // namespace reportkit::office
