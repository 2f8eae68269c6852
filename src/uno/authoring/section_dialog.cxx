#include "uno/authoring/section_dialog.hxx"

#include "core/ui/messages.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_registry.hxx"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <cppuhelper/implbase3.hxx>

#include <array>
#include <vector>

using namespace css;
using org::reportkit::DraftField;
using org::reportkit::SectionDraft;

namespace reportkit::office {
namespace {

constexpr std::array<const char*, 6> field_types = {"integer", "decimal", "percent",
                                                    "amount",  "year",    "text"};
constexpr std::array<const char*, 5> level_labels = {"", "一、", "（一）", "1.", "（1）"};

// A place in the dialog, in its font's units (as in an .xdl).
struct box {
    sal_Int32 x, y, width, height;
};

class section_dialog;

// The dialog's controls report here; it passes each event on to the dialog.
class dialog_listener
    : public cppu::WeakImplHelper3<awt::XActionListener, awt::XItemListener, awt::XTextListener> {
public:
    explicit dialog_listener(section_dialog* dialog) : dialog_(dialog) {}
    void SAL_CALL actionPerformed(const awt::ActionEvent& e) override;
    void SAL_CALL itemStateChanged(const awt::ItemEvent& e) override;
    void SAL_CALL textChanged(const awt::TextEvent& e) override;
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    section_dialog* dialog_;
};

class section_dialog {
public:
    section_dialog(const uno::Reference<uno::XComponentContext>& context,
                   const rtl::Reference<report_engine>& engine,
                   const uno::Reference<text::XTextDocument>& document, std::string language)
        : context_(context), engine_(engine), document_(document), language_(std::move(language)) {}

    authoring_outcome run(const uno::Reference<frame::XFrame>& frame, const std::string& preferred) {
        choose_targets(preferred);
        draft_ = engine_->proposeSection(document_, nullptr, target_id());
        if (draft_.Paragraphs.getLength() == 0) return {authoring_outcome::no_selection};
        build();
        fill();
        uno::Reference<awt::XToolkit> toolkit(
            context_->getServiceManager()->createInstanceWithContext("com.sun.star.awt.Toolkit", context_),
            uno::UNO_QUERY_THROW);
        uno::Reference<awt::XWindowPeer> parent(frame.is() ? frame->getContainerWindow() : nullptr,
                                                uno::UNO_QUERY);
        dialog_->createPeer(toolkit, parent);
        listen();
        uno::Reference<awt::XDialog>(dialog_, uno::UNO_QUERY_THROW)->execute();
        uno::Reference<lang::XComponent>(dialog_, uno::UNO_QUERY_THROW)->dispose();
        return outcome_;
    }

    void pressed(const std::string& name) {
        if (name == "save") save();
    }

    void chosen(const std::string& name) {
        if (filling_) return;
        if (name == "fields") {
            keep_field();
            field_ = selected("fields");
            fill_fields(); // the row left shows its edits
            fill_field();
        } else if (name == "library") {
            target_ = selected("library");
            keep_section();
            // Proposed again for that library (its fields reused, an id free there), the
            // section's own edits kept.
            SectionDraft edited = draft_;
            draft_ = engine_->proposeSection(document_, nullptr, target_id());
            draft_.Title = edited.Title;
            draft_.Category = edited.Category;
            draft_.Level = edited.Level;
            draft_.RunIn = edited.RunIn;
            fill();
        }
    }

    void typed() {
        if (!filling_) keep_field();
    }

private:
    // The libraries that may be written to (not the bundled ones), then a new one.
    void choose_targets(const std::string& preferred) {
        for (auto& [lib, origin] : library_registry::instance().all(context_))
            if (origin != library_origin::bundled) targets_.push_back(lib);
        target_ = 0;
        for (size_t i = 0; i < targets_.size(); ++i)
            if (targets_[i]->id == preferred) target_ = static_cast<sal_Int16>(i);
    }

    bool new_library() const { return target_ < 0 || static_cast<size_t>(target_) >= targets_.size(); }
    rtl::OUString target_id() const {
        return new_library() ? rtl::OUString() : to_ou(targets_[static_cast<size_t>(target_)]->id);
    }

    rtl::OUString ui(message m) const { return to_ou(text(m, language_)); }

    uno::Reference<beans::XPropertySet>
    add(const char* name, const char* model, box at,
        std::initializer_list<std::pair<const char*, uno::Any>> props = {}) {
        uno::Reference<beans::XPropertySet> m(factory_->createInstance(rtl::OUString::createFromAscii(model)),
                                              uno::UNO_QUERY_THROW);
        m->setPropertyValue("PositionX", uno::Any(at.x));
        m->setPropertyValue("PositionY", uno::Any(at.y));
        m->setPropertyValue("Width", uno::Any(at.width));
        m->setPropertyValue("Height", uno::Any(at.height));
        m->setPropertyValue("Name",
                            uno::Any(rtl::OUString::createFromAscii(name))); // events name their control
        for (auto& [property, value] : props)
            m->setPropertyValue(rtl::OUString::createFromAscii(property), value);
        uno::Reference<container::XNameContainer>(factory_, uno::UNO_QUERY_THROW)
            ->insertByName(rtl::OUString::createFromAscii(name), uno::Any(m));
        return m;
    }

    void label(const char* name, message text, box at) {
        add(name, "com.sun.star.awt.UnoControlFixedTextModel", at, {{"Label", uno::Any(ui(text))}});
    }
    void edit(const char* name, box at) { add(name, "com.sun.star.awt.UnoControlEditModel", at); }
    void list(const char* name, box at, bool dropdown) {
        add(name, "com.sun.star.awt.UnoControlListBoxModel", at, {{"Dropdown", uno::Any(dropdown)}});
    }
    // A label in the left column and its box beside it, the dialog's whole width.
    void labelled_edit(const char* name, message text, sal_Int32 y) {
        std::string label_name = std::string(name) + "_label";
        label(label_name.c_str(), text, {6, y + 2, 70, 10});
        edit(name, {80, y, 174, 12});
    }

    void build() {
        auto smgr = context_->getServiceManager();
        factory_.set(smgr->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", context_),
                     uno::UNO_QUERY_THROW);
        uno::Reference<beans::XPropertySet> dialog_model(factory_, uno::UNO_QUERY_THROW);
        dialog_model->setPropertyValue("Width", uno::Any(sal_Int32(260)));
        dialog_model->setPropertyValue("Height", uno::Any(sal_Int32(302)));
        dialog_model->setPropertyValue("Title", uno::Any(ui(message::draft_dialog_title)));
        label("library_label", message::draft_library, {6, 8, 70, 10});
        list("library", {80, 6, 174, 12}, true);
        labelled_edit("new_id", message::draft_new_id, 22);
        labelled_edit("new_title", message::draft_new_title, 38);
        label("id_label", message::draft_id, {6, 58, 70, 10});
        edit("id", {80, 56, 80, 12});
        label("level_label", message::draft_level, {166, 58, 30, 10});
        list("level", {198, 56, 56, 12}, true);
        labelled_edit("title", message::draft_title, 72);
        label("category_label", message::draft_category, {6, 90, 70, 10});
        edit("category", {80, 88, 80, 12});
        label("note_label", message::draft_note, {166, 90, 30, 10});
        edit("note", {198, 88, 56, 12});
        add("run_in", "com.sun.star.awt.UnoControlCheckBoxModel", {80, 104, 174, 12},
            {{"Label", uno::Any(ui(message::draft_run_in))}});
        label("fields_label", message::draft_fields, {6, 122, 248, 10});
        list("fields", {6, 134, 248, 54}, false);
        label("key_label", message::draft_field_key, {6, 194, 30, 10});
        edit("key", {38, 192, 92, 12});
        label("label_label", message::draft_field_label, {136, 194, 30, 10});
        edit("label", {168, 192, 86, 12});
        label("unit_label", message::draft_field_unit, {6, 210, 30, 10});
        edit("unit", {38, 208, 40, 12});
        label("type_label", message::draft_field_type, {84, 210, 24, 10});
        list("type", {110, 208, 60, 12}, true);
        label("approx_label", message::draft_field_approx, {174, 210, 34, 10});
        edit("approx", {210, 208, 44, 12});
        label("problems_label", message::draft_problems, {6, 228, 248, 10});
        add("problems", "com.sun.star.awt.UnoControlEditModel", {6, 240, 248, 38},
            {{"MultiLine", uno::Any(true)}, {"ReadOnly", uno::Any(true)}, {"VScroll", uno::Any(true)}});
        add("save", "com.sun.star.awt.UnoControlButtonModel", {144, 284, 52, 14},
            {{"Label", uno::Any(ui(message::draft_save))}, {"DefaultButton", uno::Any(true)}});
        add("cancel", "com.sun.star.awt.UnoControlButtonModel", {202, 284, 52, 14},
            {{"Label", uno::Any(ui(message::cancel))},
             {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))}});
        dialog_.set(smgr->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context_),
                    uno::UNO_QUERY_THROW);
        dialog_->setModel(uno::Reference<awt::XControlModel>(factory_, uno::UNO_QUERY_THROW));
        std::vector<rtl::OUString> targets, levels, types;
        for (auto& lib : targets_)
            targets.push_back(to_ou(lib->title + " (" + lib->id + ")"));
        targets.push_back(ui(message::draft_new_library));
        for (size_t l = 0; l < level_labels.size(); ++l)
            levels.push_back(
                to_ou(std::to_string(l) + " — " +
                      (l == 0 ? text(message::draft_level_none, language_) : std::string(level_labels[l]))));
        for (const char* t : field_types)
            types.push_back(rtl::OUString::createFromAscii(t));
        set("library", "StringItemList", uno::Any(strings(targets)));
        set("new_id", "Text", uno::Any(rtl::OUString("my-sections")));
        set("new_title", "Text", uno::Any(ui(message::draft_new_default)));
        set("level", "StringItemList", uno::Any(strings(levels)));
        set("type", "StringItemList", uno::Any(strings(types)));
    }

    void listen() {
        listener_ = new dialog_listener(this);
        uno::Reference<awt::XControlContainer> c(dialog_, uno::UNO_QUERY_THROW);
        uno::Reference<awt::XButton>(c->getControl("save"), uno::UNO_QUERY_THROW)
            ->addActionListener(listener_.get());
        for (const char* name : {"library", "fields"})
            uno::Reference<awt::XListBox>(c->getControl(rtl::OUString::createFromAscii(name)),
                                          uno::UNO_QUERY_THROW)
                ->addItemListener(listener_.get());
        for (const char* name : {"key", "label", "unit", "approx"})
            uno::Reference<awt::XTextComponent>(c->getControl(rtl::OUString::createFromAscii(name)),
                                                uno::UNO_QUERY_THROW)
                ->addTextListener(listener_.get());
        uno::Reference<awt::XListBox>(c->getControl("type"), uno::UNO_QUERY_THROW)
            ->addItemListener(listener_.get());
    }

    static uno::Sequence<rtl::OUString> strings(const std::vector<rtl::OUString>& items) {
        return uno::Sequence<rtl::OUString>(items.data(), static_cast<sal_Int32>(items.size()));
    }
    static uno::Sequence<sal_Int16> one(sal_Int16 pos) { return uno::Sequence<sal_Int16>(&pos, 1); }

    uno::Reference<beans::XPropertySet> model(const char* name) const {
        uno::Any m = uno::Reference<container::XNameContainer>(factory_, uno::UNO_QUERY_THROW)
                         ->getByName(rtl::OUString::createFromAscii(name));
        return uno::Reference<beans::XPropertySet>(m, uno::UNO_QUERY_THROW);
    }
    void set(const char* name, const char* property, const uno::Any& value) {
        model(name)->setPropertyValue(rtl::OUString::createFromAscii(property), value);
    }
    rtl::OUString text_of(const char* name) const {
        rtl::OUString t;
        model(name)->getPropertyValue("Text") >>= t;
        return t;
    }
    sal_Int16 selected(const char* name) const {
        uno::Sequence<sal_Int16> items;
        model(name)->getPropertyValue("SelectedItems") >>= items;
        return items.getLength() > 0 ? items[0] : -1;
    }

    // The draft into the controls: the section's boxes, the field list with the first selected.
    void fill() {
        filling_ = true;
        set("library", "SelectedItems",
            uno::Any(one(new_library() ? static_cast<sal_Int16>(targets_.size()) : target_)));
        bool fresh = new_library();
        set("new_id", "Enabled", uno::Any(fresh));
        set("new_title", "Enabled", uno::Any(fresh));
        set("id", "Text", uno::Any(draft_.Id));
        set("title", "Text", uno::Any(draft_.Title));
        set("category", "Text", uno::Any(draft_.Category));
        set("note", "Text", uno::Any(draft_.Note));
        set("level", "SelectedItems", uno::Any(one(draft_.Level)));
        set("run_in", "State", uno::Any(sal_Int16(draft_.RunIn ? 1 : 0)));
        field_ = draft_.Fields.getLength() > 0 ? 0 : -1;
        filling_ = false;
        fill_fields();
        fill_field();
    }

    std::string field_row(const DraftField& f) const {
        std::string value = f.Value.isEmpty() ? "X" : to_std(f.Value);
        std::string row = to_std(f.Label) + " = " + value + to_std(f.Unit) + "  [" + to_std(f.Key) + "]";
        return f.Reused ? row + " " + text(message::draft_field_reused, language_) : row;
    }

    void fill_fields() {
        filling_ = true;
        std::vector<rtl::OUString> rows;
        for (const DraftField& f : draft_.Fields)
            rows.push_back(to_ou(field_row(f)));
        set("fields", "StringItemList", uno::Any(strings(rows)));
        if (field_ >= 0) set("fields", "SelectedItems", uno::Any(one(field_)));
        filling_ = false;
    }

    // The selected field into its boxes; a reused field is the library's and is not edited here.
    void fill_field() {
        filling_ = true;
        bool any = field_ >= 0 && field_ < draft_.Fields.getLength();
        DraftField f = any ? draft_.Fields[field_] : DraftField();
        set("key", "Text", uno::Any(f.Key));
        set("label", "Text", uno::Any(f.Label));
        set("unit", "Text", uno::Any(f.Unit));
        set("approx", "Text", uno::Any(f.Approx));
        sal_Int16 type = 0;
        for (size_t t = 0; t < field_types.size(); ++t)
            if (f.Type.equalsAscii(field_types[t])) type = static_cast<sal_Int16>(t);
        set("type", "SelectedItems", uno::Any(one(type)));
        for (const char* name : {"key", "label", "unit", "type"})
            set(name, "Enabled", uno::Any(any && !f.Reused));
        set("approx", "Enabled", uno::Any(any));
        filling_ = false;
    }

    // The boxes of the selected field back into the draft.
    void keep_field() {
        if (field_ < 0 || field_ >= draft_.Fields.getLength()) return;
        DraftField& f = draft_.Fields[field_];
        if (!f.Reused) {
            f.Key = text_of("key");
            f.Label = text_of("label");
            f.Unit = text_of("unit");
            if (sal_Int16 t = selected("type"); t >= 0)
                f.Type = rtl::OUString::createFromAscii(field_types[t]);
        }
        f.Approx = text_of("approx");
    }

    void keep_section() {
        draft_.Id = text_of("id");
        draft_.Title = text_of("title");
        draft_.Category = text_of("category");
        draft_.Note = text_of("note");
        draft_.Level = std::max<sal_Int16>(selected("level"), 0);
        sal_Int16 state = 0;
        model("run_in")->getPropertyValue("State") >>= state;
        draft_.RunIn = state == 1;
    }

    // Saved through the engine, which lints first; its errors stay in the dialog.
    void save() {
        keep_field();
        keep_section();
        try {
            engine_->saveSection(draft_, target_id(), text_of("new_id"), text_of("new_title"));
        } catch (const uno::Exception& e) {
            set("problems", "Text", uno::Any(e.Message));
            fill_fields(); // the rows show the keys and labels as edited
            return;
        }
        std::string library_id = new_library() ? to_std(text_of("new_id")) : to_std(target_id());
        library_ptr lib = library_registry::instance().find(context_, library_id);
        outcome_ = {authoring_outcome::saved, library_id, to_std(draft_.Id), to_std(draft_.Title),
                    lib ? lib->title : library_id};
        uno::Reference<awt::XDialog>(dialog_, uno::UNO_QUERY_THROW)->endExecute();
    }

    uno::Reference<uno::XComponentContext> context_;
    rtl::Reference<report_engine> engine_;
    uno::Reference<text::XTextDocument> document_;
    std::string language_;
    std::vector<library_ptr> targets_;
    sal_Int16 target_ = 0; // in targets_, or targets_.size(): a new library
    SectionDraft draft_;
    sal_Int16 field_ = -1; // the field shown in the boxes
    bool filling_ = false; // the controls are being set from the draft: their events are ours
    uno::Reference<lang::XMultiServiceFactory> factory_;
    uno::Reference<awt::XControl> dialog_;
    rtl::Reference<dialog_listener> listener_;
    authoring_outcome outcome_;
};

std::string control_name(const uno::Reference<uno::XInterface>& source) {
    uno::Reference<awt::XControl> control(source, uno::UNO_QUERY);
    uno::Reference<beans::XPropertySet> m(control.is() ? control->getModel() : nullptr, uno::UNO_QUERY);
    rtl::OUString name;
    if (m.is()) m->getPropertyValue("Name") >>= name;
    return to_std(name);
}

void dialog_listener::actionPerformed(const awt::ActionEvent& e) {
    dialog_->pressed(control_name(e.Source));
}

void dialog_listener::itemStateChanged(const awt::ItemEvent& e) {
    std::string name = control_name(e.Source);
    if (name == "type")
        dialog_->typed();
    else
        dialog_->chosen(name);
}

void dialog_listener::textChanged(const awt::TextEvent&) {
    dialog_->typed();
}

} // namespace

authoring_outcome save_selection_as_section(const uno::Reference<uno::XComponentContext>& context,
                                            const uno::Reference<frame::XFrame>& frame,
                                            const rtl::Reference<report_engine>& engine,
                                            const uno::Reference<text::XTextDocument>& document,
                                            const std::string& preferred_library) {
    section_dialog dialog(context, engine, document, ui_language(context));
    return dialog.run(frame, preferred_library);
}

std::string outcome_text(const authoring_outcome& outcome, const std::string& language) {
    switch (outcome.status) {
    case authoring_outcome::no_selection:
        return text(message::draft_no_selection, language);
    case authoring_outcome::saved:
        return text(message::draft_saved, language, outcome.title, outcome.library_title);
    default:
        return {};
    }
}

} // namespace reportkit::office
