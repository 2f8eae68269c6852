#include "uno/authoring/section_dialog.hxx"

#include "uno/authoring/review_dialog.hxx"
#include "uno/commands/dialogs.hxx"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/sidebar/controls.hxx"

#include <vector>

using namespace css;
using org::reportkit::SectionDraft;

namespace reportkit::office {
namespace {

constexpr const char* list_model = "com.sun.star.awt.UnoControlListBoxModel";

class section_dialog : public review_dialog {
public:
    section_dialog(const uno::Reference<uno::XComponentContext>& context,
                   const rtl::Reference<report_engine>& engine,
                   const uno::Reference<text::XTextDocument>& document, std::string language)
        : review_dialog(context, std::move(language)), engine_(engine), document_(document) {}

    authoring_outcome run(const uno::Reference<frame::XFrame>& frame, const std::string& preferred) {
        choose_targets(preferred);
        draft_ = engine_->proposeSection(document_, nullptr, target_id());
        if (draft_.Paragraphs.getLength() == 0) return {authoring_outcome::no_selection};
        build();
        fill();
        show(frame, {"library"}, {});
        return outcome_;
    }

private:
    void changed(const std::string& name) override {
        if (name != "library") return;
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

    // A label in the left column and its box beside it, the dialog's whole width.
    void labelled_edit(const char* name, message m, sal_Int32 y) {
        std::string label_name = std::string(name) + "_label";
        label(label_name.c_str(), m, {6, y + 2, 70, 10});
        edit(name, {80, y, 174, 12});
    }

    void build() {
        create(message::draft_dialog_title, 302);
        std::vector<std::string> targets, levels;
        for (auto& lib : targets_)
            targets.push_back(lib->title + " (" + lib->id + ")");
        targets.push_back(text(message::draft_new_library, language_));
        for (size_t l = 0; l <= max_level; ++l)
            levels.push_back(level_text(l, language_));
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
        add_fields(draft_.Fields, 122);
        add_closing(228);
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
    void save() override {
        fields_->keep();
        keep_section();
        try {
            engine_->saveSection(draft_, target_id(), control_text(model_, "new_id"),
                                 control_text(model_, "new_title"));
        } catch (const uno::Exception& e) {
            refused(e.Message);
            return;
        }
        std::string library_id = new_library() ? to_std(control_text(model_, "new_id")) : to_std(target_id());
        library_ptr lib = library_registry::instance().find(context_, library_id);
        outcome_ = {authoring_outcome::saved, library_id, to_std(draft_.Id), to_std(draft_.Title),
                    lib ? lib->title : library_id};
        close();
    }

    rtl::Reference<report_engine> engine_;
    uno::Reference<text::XTextDocument> document_;
    std::vector<library_ptr> targets_;
    sal_Int16 target_ = 0; // in targets_, or targets_.size(): a new library
    SectionDraft draft_;
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
