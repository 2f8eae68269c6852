#include "uno/authoring/section_dialog.hxx"

#include "core/ui/messages.hpp"
#include "uno/authoring/field_review.hxx"
#include "uno/commands/dialogs.hxx"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/sidebar/controls.hxx"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XDialog.hpp>

#include <array>
#include <optional>
#include <vector>

using namespace css;
using org::reportkit::SectionDraft;

namespace reportkit::office {
namespace {

constexpr std::array<const char*, 5> level_labels = {"", "一、", "（一）", "1.", "（1）"};
constexpr const char* label_model = "com.sun.star.awt.UnoControlFixedTextModel";
constexpr const char* edit_model = "com.sun.star.awt.UnoControlEditModel";
constexpr const char* list_model = "com.sun.star.awt.UnoControlListBoxModel";

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
        rtl::Reference<dialog_events> events(new dialog_events([this](const std::string& c) { pressed(c); },
                                                               [this](const std::string& c) { chosen(c); },
                                                               [this](const std::string& c) { chosen(c); }));
        run_dialog(context_, frame, model_, {}, [&](const uno::Reference<awt::XControl>& dialog) {
            dialog_ = dialog;
            uno::Reference<awt::XControlContainer> controls(dialog, uno::UNO_QUERY_THROW);
            events->listen(controls, {"save"}, {"library"}, {});
            fields_->listen(*events, controls);
        });
        return outcome_;
    }

private:
    void pressed(const std::string& name) {
        if (name == "save") save();
    }

    void chosen(const std::string& name) {
        if (filling_ || fields_->changed(name) || name != "library") return;
        target_ = control_selection(model_, "library");
        keep_section();
        // Proposed again for that library (its fields reused, an id free there), the section's
        // own edits kept.
        SectionDraft edited = draft_;
        draft_ = engine_->proposeSection(document_, nullptr, target_id());
        draft_.Title = edited.Title;
        draft_.Category = edited.Category;
        draft_.Level = edited.Level;
        draft_.RunIn = edited.RunIn;
        fill();
    }

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

    void label(const char* name, message m, awt::Rectangle at) {
        add(model_, name, label_model, at, {{"Label", uno::Any(to_ou(text(m, language_)))}});
    }
    void edit(const char* name, awt::Rectangle at) { add(model_, name, edit_model, at, {}); }
    // A label in the left column and its box beside it, the dialog's whole width.
    void labelled_edit(const char* name, message m, sal_Int32 y) {
        std::string label_name = std::string(name) + "_label";
        label(label_name.c_str(), m, {6, y + 2, 70, 10});
        edit(name, {80, y, 174, 12});
    }

    void build() {
        model_ = dialog_model(context_, text(message::draft_dialog_title, language_), 260, 302);
        std::vector<std::string> targets, levels;
        for (auto& lib : targets_)
            targets.push_back(lib->title + " (" + lib->id + ")");
        targets.push_back(text(message::draft_new_library, language_));
        for (size_t l = 0; l < level_labels.size(); ++l)
            levels.push_back(
                std::to_string(l) + " — " +
                (l == 0 ? text(message::draft_level_none, language_) : std::string(level_labels[l])));
        label("library_label", message::draft_library, {6, 8, 70, 10});
        add(model_, "library", list_model, {80, 6, 174, 12},
            {{"Dropdown", uno::Any(true)}, {"StringItemList", uno::Any(string_list(targets))}});
        labelled_edit("new_id", message::draft_new_id, 22);
        labelled_edit("new_title", message::draft_new_title, 38);
        label("id_label", message::draft_id, {6, 58, 70, 10});
        edit("id", {80, 56, 80, 12});
        label("level_label", message::draft_level, {166, 58, 30, 10});
        add(model_, "level", list_model, {198, 56, 56, 12},
            {{"Dropdown", uno::Any(true)}, {"StringItemList", uno::Any(string_list(levels))}});
        labelled_edit("title", message::draft_title, 72);
        label("category_label", message::draft_category, {6, 90, 70, 10});
        edit("category", {80, 88, 80, 12});
        label("note_label", message::draft_note, {166, 90, 30, 10});
        edit("note", {198, 88, 56, 12});
        add(model_, "run_in", "com.sun.star.awt.UnoControlCheckBoxModel", {80, 104, 174, 12},
            {{"Label", uno::Any(to_ou(text(message::draft_run_in, language_)))}});
        fields_.emplace(model_, draft_.Fields, language_);
        fields_->add_controls(122);
        label("problems_label", message::draft_problems, {6, 228, 248, 10});
        add(model_, "problems", edit_model, {6, 240, 248, 38},
            {{"MultiLine", uno::Any(true)}, {"ReadOnly", uno::Any(true)}, {"VScroll", uno::Any(true)}});
        add(model_, "save", "com.sun.star.awt.UnoControlButtonModel", {144, 284, 52, 14},
            {{"Label", uno::Any(to_ou(text(message::draft_save, language_)))},
             {"DefaultButton", uno::Any(true)}});
        add(model_, "cancel", "com.sun.star.awt.UnoControlButtonModel", {202, 284, 52, 14},
            {{"Label", uno::Any(to_ou(text(message::cancel, language_)))},
             {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))}});
        set_control_value(model_, "new_id", "Text", uno::Any(rtl::OUString("my-sections")));
        set_control_value(model_, "new_title", "Text",
                          uno::Any(to_ou(text(message::draft_new_default, language_))));
    }

    // The draft into the controls: the section's boxes, the field list with the first selected.
    void fill() {
        filling_ = true;
        set_control_value(
            model_, "library", "SelectedItems",
            uno::Any(selection(new_library() ? static_cast<sal_Int16>(targets_.size()) : target_)));
        bool fresh = new_library();
        set_control_value(model_, "new_id", "Enabled", uno::Any(fresh));
        set_control_value(model_, "new_title", "Enabled", uno::Any(fresh));
        set_control_value(model_, "id", "Text", uno::Any(draft_.Id));
        set_control_value(model_, "title", "Text", uno::Any(draft_.Title));
        set_control_value(model_, "category", "Text", uno::Any(draft_.Category));
        set_control_value(model_, "note", "Text", uno::Any(draft_.Note));
        set_control_value(model_, "level", "SelectedItems", uno::Any(selection(draft_.Level)));
        set_control_value(model_, "run_in", "State", uno::Any(sal_Int16(draft_.RunIn ? 1 : 0)));
        filling_ = false;
        fields_->fill();
    }

    void keep_section() {
        draft_.Id = control_text(model_, "id");
        draft_.Title = control_text(model_, "title");
        draft_.Category = control_text(model_, "category");
        draft_.Note = control_text(model_, "note");
        draft_.Level = std::max<sal_Int16>(control_selection(model_, "level"), 0);
        sal_Int16 state = 0;
        control_value(model_, "run_in", "State") >>= state;
        draft_.RunIn = state == 1;
    }

    // Saved through the engine, which lints first; its errors stay in the dialog.
    void save() {
        fields_->keep();
        keep_section();
        try {
            engine_->saveSection(draft_, target_id(), control_text(model_, "new_id"),
                                 control_text(model_, "new_title"));
        } catch (const uno::Exception& e) {
            set_control_value(model_, "problems", "Text", uno::Any(e.Message));
            fields_->fill_rows(); // the rows show the keys and labels as edited
            return;
        }
        std::string library_id = new_library() ? to_std(control_text(model_, "new_id")) : to_std(target_id());
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
    bool filling_ = false; // the controls are being set from the draft: their events are ours
    uno::Reference<lang::XMultiServiceFactory> model_;
    std::optional<field_review> fields_;
    uno::Reference<awt::XControl> dialog_;
    authoring_outcome outcome_;
};

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
