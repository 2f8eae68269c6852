#include "uno/sidebar/sections_panel.hxx"

#include "core/library/search.hpp"
#include "core/render/plan.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/data/placeholder_fields.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/engine/report_engine.hxx"

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/MouseButton.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase7.hxx>
#include <rtl/ref.hxx>

#include <map>

using namespace css;

namespace reportkit::office {

// Every event the panel's controls send, passed on to the content while it lives.
class sections_panel_listener
    : public cppu::WeakImplHelper7<awt::XActionListener, awt::XItemListener, awt::XTextListener,
                                   view::XSelectionChangeListener, awt::XMouseListener, awt::XKeyListener,
                                   awt::XWindowListener> {
public:
    sections_panel_listener(const uno::Reference<uno::XComponentContext>& context, sections_panel* content)
        : context_(context), content_(content) {}
    void detach() { content_ = nullptr; }

    void SAL_CALL actionPerformed(const awt::ActionEvent& e) override {
        rtl::OUString command = e.ActionCommand;
        later([command](sections_panel& c) {
            if (command == "insert")
                c.insert_section();
            else if (command == "insert_outline")
                c.insert_outline();
        });
    }
    void SAL_CALL itemStateChanged(const awt::ItemEvent&) override {
        if (content_) content_->library_chosen();
    }
    void SAL_CALL textChanged(const awt::TextEvent&) override {
        if (content_) content_->search_changed();
    }
    void SAL_CALL selectionChanged(const lang::EventObject&) override {
        if (content_) content_->section_selected();
    }
    void SAL_CALL mousePressed(const awt::MouseEvent& e) override {
        if (e.Buttons == awt::MouseButton::LEFT && e.ClickCount == 2)
            later([](sections_panel& c) { c.insert_section(); });
    }
    void SAL_CALL keyPressed(const awt::KeyEvent& e) override {
        if (e.KeyCode == awt::Key::RETURN) later([](sections_panel& c) { c.insert_section(); });
    }
    void SAL_CALL windowResized(const awt::WindowEvent&) override {
        if (content_) content_->resized();
    }
    void SAL_CALL mouseReleased(const awt::MouseEvent&) override {}
    void SAL_CALL mouseEntered(const awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const awt::MouseEvent&) override {}
    void SAL_CALL keyReleased(const awt::KeyEvent&) override {}
    void SAL_CALL windowMoved(const awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const lang::EventObject&) override {}
    void SAL_CALL windowHidden(const lang::EventObject&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    // Insertions run from the main loop, holding the SolarMutex (common/main_thread), on the
    // content if the panel still lives by then.
    void later(std::function<void(sections_panel&)> handle) {
        rtl::Reference<sections_panel_listener> self(this);
        post_to_main_loop(context_, [self, handle] {
            if (self->content_) handle(*self->content_);
        });
    }

    uno::Reference<uno::XComponentContext> context_;
    sections_panel* content_;
};

namespace {

constexpr sal_Int32 margin = 6, gap = 6, label_h = 16, field_h = 26, button_h = 28;
constexpr sal_Int32 tree_h = 220, preview_h = 130, status_h = 34;

} // namespace

sections_panel::sections_panel(const uno::Reference<uno::XComponentContext>& context,
                               const uno::Reference<frame::XFrame>& frame,
                               const uno::Reference<awt::XWindow>& parent)
    : context_(context), frame_(frame), parent_(parent), controls_(context, parent),
      listener_(new sections_panel_listener(context, this)), language_(ui_language(context)) {

    const char* fixed_text = "com.sun.star.awt.UnoControlFixedText";
    const char* fixed_text_model = "com.sun.star.awt.UnoControlFixedTextModel";
    controls_.add("library_label", fixed_text, fixed_text_model, {{"Label", uno::Any(ui(message::library))}});
    controls_.add("library", "com.sun.star.awt.UnoControlListBox", "com.sun.star.awt.UnoControlListBoxModel",
                  {{"Dropdown", uno::Any(true)}, {"LineCount", uno::Any(sal_Int16(12))}});
    controls_.add("search_label", fixed_text, fixed_text_model, {{"Label", uno::Any(ui(message::search))}});
    controls_.add("search", "com.sun.star.awt.UnoControlEdit", "com.sun.star.awt.UnoControlEditModel",
                  {{"HelpText", uno::Any(ui(message::search_hint))}});
    controls_.add("sections", "com.sun.star.awt.tree.TreeControl", "com.sun.star.awt.tree.TreeControlModel",
                  {{"RootDisplayed", uno::Any(false)},
                   {"ShowsHandles", uno::Any(true)},
                   {"ShowsRootHandles", uno::Any(true)}});
    controls_.add("preview_label", fixed_text, fixed_text_model, {{"Label", uno::Any(ui(message::preview))}});
    controls_.add("preview", "com.sun.star.awt.UnoControlEdit", "com.sun.star.awt.UnoControlEditModel",
                  {{"MultiLine", uno::Any(true)}, {"ReadOnly", uno::Any(true)}, {"VScroll", uno::Any(true)}});
    controls_.add("insert", "com.sun.star.awt.UnoControlButton", "com.sun.star.awt.UnoControlButtonModel",
                  {{"Label", uno::Any(ui(message::insert))}});
    controls_.add("outline_label", fixed_text, fixed_text_model, {{"Label", uno::Any(ui(message::outline))}});
    controls_.add("outline", "com.sun.star.awt.UnoControlListBox", "com.sun.star.awt.UnoControlListBoxModel",
                  {{"Dropdown", uno::Any(true)}, {"LineCount", uno::Any(sal_Int16(12))}});
    controls_.add("insert_outline", "com.sun.star.awt.UnoControlButton",
                  "com.sun.star.awt.UnoControlButtonModel",
                  {{"Label", uno::Any(ui(message::insert_outline))}});
    controls_.add("status", fixed_text, fixed_text_model, {{"MultiLine", uno::Any(true)}});

    uno::Reference<awt::XListBox>(control("library"), uno::UNO_QUERY_THROW)->addItemListener(listener_.get());
    uno::Reference<awt::XTextComponent>(control("search"), uno::UNO_QUERY_THROW)
        ->addTextListener(listener_.get());
    uno::Reference<awt::tree::XTreeControl> tree(control("sections"), uno::UNO_QUERY_THROW);
    tree->addSelectionChangeListener(listener_.get());
    uno::Reference<awt::XWindow> tree_window(tree, uno::UNO_QUERY_THROW);
    tree_window->addMouseListener(listener_.get());
    tree_window->addKeyListener(listener_.get());
    for (const char* b : {"insert", "insert_outline"}) {
        uno::Reference<awt::XButton> button(control(b), uno::UNO_QUERY_THROW);
        button->setActionCommand(rtl::OUString::createFromAscii(b));
        button->addActionListener(listener_.get());
    }
    controls_.follow_parent(listener_.get());

    fill_libraries();
    resized();
    window()->setVisible(true);
}

sections_panel::~sections_panel() {
    dispose();
}

void sections_panel::dispose() {
    if (controls_.disposed()) return;
    listener_->detach();
    controls_.dispose();
    frame_.clear();
    parent_.clear();
}

rtl::OUString sections_panel::ui(message m) const {
    return to_ou(text(m, language_));
}

sal_Int32 sections_panel::height_for_width(sal_Int32) const {
    return margin + 4 * (label_h + gap) + 3 * (field_h + gap) + tree_h + preview_h + 2 * (button_h + gap) +
           3 * gap + status_h + margin;
}

void sections_panel::resized() {
    if (!parent_.is()) return;
    layout(layout_width(parent_));
}

// One column, the width of the panel: the controls grow with the sidebar.
void sections_panel::layout(sal_Int32 width) {
    sal_Int32 y = margin;
    auto place = [&](const char* name, sal_Int32 h) { y = controls_.place(name, y, width, h, margin, gap); };
    place("library_label", label_h);
    place("library", field_h);
    place("search_label", label_h);
    place("search", field_h);
    place("sections", tree_h);
    place("preview_label", label_h);
    place("preview", preview_h);
    place("insert", button_h);
    place("outline_label", label_h);
    place("outline", field_h);
    place("insert_outline", button_h);
    place("status", status_h);
    window()->setPosSize(0, 0, width, height_for_width(width), awt::PosSize::POSSIZE);
}

void sections_panel::fill_libraries() {
    libraries_.clear();
    std::vector<std::string> titles;
    for (auto& [lib, origin] : library_registry::instance().all(context_)) {
        libraries_.push_back(lib);
        titles.push_back(lib->title);
    }
    set_property("library", "StringItemList", uno::Any(string_list(titles)));
    if (!titles.empty()) set_property("library", "SelectedItems", uno::Any(selection(0)));
    library_chosen();
}

library_ptr sections_panel::current_library() const {
    sal_Int16 pos =
        uno::Reference<awt::XListBox>(control("library"), uno::UNO_QUERY_THROW)->getSelectedItemPos();
    if (pos < 0 && !libraries_.empty()) pos = 0;
    return pos >= 0 && static_cast<size_t>(pos) < libraries_.size() ? libraries_[static_cast<size_t>(pos)]
                                                                    : nullptr;
}

void sections_panel::library_chosen() {
    outline_ids_.clear();
    std::vector<std::string> titles;
    if (auto lib = current_library())
        for (const outline& o : lib->outlines) {
            outline_ids_.push_back(o.id);
            titles.push_back(o.title);
        }
    set_property("outline", "StringItemList", uno::Any(string_list(titles)));
    if (!titles.empty()) set_property("outline", "SelectedItems", uno::Any(selection(0)));
    fill_sections();
}

void sections_panel::search_changed() {
    fill_sections();
}

// The tree: categories, each with its matching sections; the node's data is the section id.
void sections_panel::fill_sections() {
    auto smgr = context_->getServiceManager();
    uno::Reference<awt::tree::XMutableTreeDataModel> data(
        smgr->createInstanceWithContext("com.sun.star.awt.tree.MutableTreeDataModel", context_),
        uno::UNO_QUERY_THROW);
    auto root = data->createNode(uno::Any(ui(message::sections)), false);
    data->setRoot(root);
    std::vector<uno::Reference<awt::tree::XTreeNode>> categories;
    if (auto lib = current_library()) {
        std::string query =
            to_std(uno::Reference<awt::XTextComponent>(control("search"), uno::UNO_QUERY_THROW)->getText());
        for (const category_group& g : group_by_category(find_sections(*lib, query))) {
            auto node = data->createNode(
                uno::Any(g.category.empty() ? ui(message::other_category) : to_ou(g.category)), false);
            for (const section* s : g.sections) {
                auto child = data->createNode(uno::Any(to_ou(s->title)), false);
                child->setDataValue(uno::Any(to_ou(s->id)));
                node->appendChild(child);
            }
            root->appendChild(node);
            categories.push_back(uno::Reference<awt::tree::XTreeNode>(node.get()));
        }
    } else {
        set_property("status", "Label", uno::Any(ui(message::no_library)));
    }
    set_property("sections", "DataModel", uno::Any(data));
    uno::Reference<awt::tree::XTreeControl> tree(control("sections"), uno::UNO_QUERY_THROW);
    for (auto& c : categories)
        tree->expandNode(c);
    section_selected();
}

std::string sections_panel::selected_section() const {
    uno::Reference<awt::tree::XTreeControl> tree(control("sections"), uno::UNO_QUERY_THROW);
    uno::Reference<awt::tree::XMutableTreeNode> node(tree->getSelection(), uno::UNO_QUERY);
    rtl::OUString id;
    if (node.is()) node->getDataValue() >>= id;
    return to_std(id);
}

void sections_panel::section_selected() {
    std::string preview;
    auto lib = current_library();
    if (const section* s = lib ? lib->find_section(selected_section()) : nullptr) {
        numbering_state numbers;
        preview = s->summary.empty() ? "" : s->summary + "\n\n";
        // Values the document shows already (after a refresh) replace their markers.
        std::map<std::string, std::string> current;
        if (auto doc = document(); doc.is())
            for (const placeholder_value& v : placeholder_values(doc))
                if (std::string shown = to_std(v.content); !is_marker(shown)) current[to_std(v.name)] = shown;
        preview += render_text(*lib, plan_section(*lib, *s, numbers),
                               [&](const std::string& key, const placeholder_options& o) {
                                   auto i = current.find(field_name(key, o));
                                   return i == current.end() ? std::string() : i->second;
                               });
    }
    set_property("preview", "Text", uno::Any(to_ou(preview)));
    uno::Reference<awt::XTextComponent>(control("preview"), uno::UNO_QUERY_THROW)
        ->setSelection(awt::Selection(0, 0));
    refresh_state();
}

uno::Reference<text::XTextDocument> sections_panel::document() const {
    if (!frame_.is()) return nullptr;
    auto controller = frame_->getController();
    return uno::Reference<text::XTextDocument>(controller.is() ? controller->getModel() : nullptr,
                                               uno::UNO_QUERY);
}

void sections_panel::refresh_state() {
    uno::Reference<frame::XStorable> storable(document(), uno::UNO_QUERY);
    bool read_only = storable.is() && storable->isReadonly();
    bool has_library = current_library() != nullptr;
    set_property("insert", "Enabled", uno::Any(!read_only && !selected_section().empty()));
    set_property("insert_outline", "Enabled", uno::Any(!read_only && has_library && !outline_ids_.empty()));
    if (read_only)
        set_property("status", "Label", uno::Any(ui(message::read_only)));
    else if (!has_library)
        set_property("status", "Label", uno::Any(ui(message::no_library)));
}

// One insertion through the engine, reported in the status line: what was inserted, or why not.
void sections_panel::insert(bool outline, const std::string& id, const std::string& title) {
    auto lib = current_library();
    try {
        rtl::Reference<report_engine> engine(new report_engine(context_, caller::ui));
        if (outline)
            engine->insertOutline(document(), nullptr, to_ou(lib->id), to_ou(id));
        else
            engine->insertSection(document(), nullptr, to_ou(lib->id), to_ou(id));
        set_property("status", "Label", uno::Any(ui(message::inserted) + to_ou(title)));
    } catch (const uno::Exception& e) {
        set_property("status", "Label", uno::Any(e.Message));
    }
}

void sections_panel::insert_section() {
    auto lib = current_library();
    const section* s = lib ? lib->find_section(selected_section()) : nullptr;
    if (s) insert(false, s->id, s->title);
}

void sections_panel::insert_outline() {
    auto lib = current_library();
    sal_Int16 pos =
        uno::Reference<awt::XListBox>(control("outline"), uno::UNO_QUERY_THROW)->getSelectedItemPos();
    if (!lib || pos < 0 || static_cast<size_t>(pos) >= outline_ids_.size()) return;
    if (const outline* o = lib->find_outline(outline_ids_[static_cast<size_t>(pos)]))
        insert(true, o->id, o->title);
}

} // namespace reportkit::office
