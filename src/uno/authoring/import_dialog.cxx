#include "uno/authoring/import_dialog.hxx"

#include "core/ui/messages.hpp"
#include "uno/authoring/field_review.hxx"
#include "uno/commands/dialogs.hxx"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_folders.hxx"
#include "uno/sidebar/controls.hxx"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <osl/file.hxx>

#include <array>
#include <filesystem>
#include <optional>
#include <vector>

using namespace css;
using org::reportkit::DraftSection;
using org::reportkit::LibraryDraft;

namespace reportkit::office {
namespace {

constexpr std::array<const char*, 5> level_labels = {"", "一、", "（一）", "1.", "（1）"};
constexpr const char* label_model = "com.sun.star.awt.UnoControlFixedTextModel";
constexpr const char* edit_model = "com.sun.star.awt.UnoControlEditModel";

class import_dialog {
public:
    import_dialog(const uno::Reference<uno::XComponentContext>& context,
                  const rtl::Reference<report_engine>& engine, std::string language)
        : context_(context), engine_(engine), language_(std::move(language)) {}

    import_outcome run(const uno::Reference<frame::XFrame>& frame,
                       const uno::Reference<text::XTextDocument>& document) {
        draft_ = engine_->proposeLibrary(document);
        build();
        fill();
        rtl::Reference<dialog_events> events(new dialog_events([this](const std::string& c) { pressed(c); },
                                                               [this](const std::string& c) { chosen(c); },
                                                               [this](const std::string& c) { chosen(c); }));
        run_dialog(context_, frame, model_, {}, [&](const uno::Reference<awt::XControl>& dialog) {
            dialog_ = dialog;
            uno::Reference<awt::XControlContainer> controls(dialog, uno::UNO_QUERY_THROW);
            events->listen(controls, {"save"}, {"sections"}, {"library_id", "section_id", "section_title"});
            fields_->listen(*events, controls);
        });
        return outcome_;
    }

private:
    void pressed(const std::string& name) {
        if (name == "save") save();
    }

    void chosen(const std::string& name) {
        if (filling_ || fields_->changed(name)) return;
        if (name == "sections") {
            keep_section();
            shown_ = control_selection(model_, "sections");
            fill_sections();
        } else if (name == "library_id") {
            show_destination();
        } else {
            keep_section();
        }
    }

    void label(const char* name, message m, awt::Rectangle at) {
        add(model_, name, label_model, at, {{"Label", uno::Any(to_ou(text(m, language_)))}});
    }
    void edit(const char* name, awt::Rectangle at) { add(model_, name, edit_model, at, {}); }

    void build() {
        model_ = dialog_model(context_, text(message::draft_import_title, language_), 260, 326);
        label("library_id_label", message::import_library_id, {6, 8, 70, 10});
        edit("library_id", {80, 6, 100, 12});
        label("version_label", message::import_version, {186, 8, 28, 10});
        edit("version", {216, 6, 38, 12});
        label("library_title_label", message::import_library_title, {6, 24, 70, 10});
        edit("library_title", {80, 22, 174, 12});
        label("destination_label", message::import_destination, {6, 40, 70, 10});
        add(model_, "destination", edit_model, {80, 38, 174, 12}, {{"ReadOnly", uno::Any(true)}});
        label("sections_label", message::import_sections, {6, 56, 248, 10});
        add(model_, "sections", "com.sun.star.awt.UnoControlListBoxModel", {6, 68, 248, 48},
            {{"Dropdown", uno::Any(false)}});
        label("section_id_label", message::draft_id, {6, 124, 30, 10});
        edit("section_id", {38, 122, 70, 12});
        label("section_title_label", message::draft_title, {114, 124, 30, 10});
        edit("section_title", {146, 122, 108, 12});
        add(model_, "include", "com.sun.star.awt.UnoControlCheckBoxModel", {38, 138, 120, 12},
            {{"Label", uno::Any(to_ou(text(message::import_include, language_)))}});
        label("section_level_label", message::draft_level, {166, 140, 30, 10});
        add(model_, "section_level", label_model, {198, 140, 56, 10}, {{"NoLabel", uno::Any(true)}});
        fields_.emplace(model_, draft_.Fields, language_);
        fields_->add_controls(156);
        label("problems_label", message::draft_problems, {6, 258, 248, 10});
        add(model_, "problems", edit_model, {6, 270, 248, 30},
            {{"MultiLine", uno::Any(true)}, {"ReadOnly", uno::Any(true)}, {"VScroll", uno::Any(true)}});
        add(model_, "save", "com.sun.star.awt.UnoControlButtonModel", {144, 306, 52, 14},
            {{"Label", uno::Any(to_ou(text(message::draft_save, language_)))},
             {"DefaultButton", uno::Any(true)}});
        add(model_, "cancel", "com.sun.star.awt.UnoControlButtonModel", {202, 306, 52, 14},
            {{"Label", uno::Any(to_ou(text(message::cancel, language_)))},
             {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))}});
    }

    void fill() {
        filling_ = true;
        set_control_value(model_, "library_id", "Text", uno::Any(draft_.Id));
        set_control_value(model_, "version", "Text", uno::Any(draft_.Version));
        set_control_value(model_, "library_title", "Text", uno::Any(draft_.Title));
        filling_ = false;
        show_destination();
        shown_ = draft_.Sections.getLength() > 0 ? 0 : -1;
        fill_sections();
        fields_->fill();
    }

    // The file the library goes to: <id>.xml in the maintainer's own folder.
    void show_destination() {
        std::string id = to_std(control_text(model_, "library_id"));
        std::string file = (std::filesystem::path(own_library_folder(context_)) / (id + ".xml")).string();
        set_control_value(model_, "destination", "Text", uno::Any(to_ou(file)));
    }

    // The section list, the one shown selected, and its boxes.
    void fill_sections() {
        filling_ = true;
        std::vector<std::string> rows;
        for (const DraftSection& s : draft_.Sections) { // indented by level, as in an outline
            std::string row;
            for (int l = 1; l < s.Level; ++l)
                row += "　";
            row += to_std(s.Title) + "  [" + to_std(s.Id) + "]";
            rows.push_back(s.Included ? row : row + " " + text(message::import_left_out, language_));
        }
        set_control_value(model_, "sections", "StringItemList", uno::Any(string_list(rows)));
        bool any = shown_ >= 0 && shown_ < draft_.Sections.getLength();
        DraftSection s = any ? draft_.Sections[shown_] : DraftSection();
        if (any) set_control_value(model_, "sections", "SelectedItems", uno::Any(selection(shown_)));
        set_control_value(model_, "section_id", "Text", uno::Any(s.Id));
        set_control_value(model_, "section_title", "Text", uno::Any(s.Title));
        set_control_value(model_, "include", "State", uno::Any(sal_Int16(!any || s.Included ? 1 : 0)));
        size_t level = static_cast<size_t>(std::clamp<sal_Int16>(s.Level, 0, 4));
        std::string level_text =
            std::to_string(level) + " — " +
            (level == 0 ? text(message::draft_level_none, language_) : level_labels[level]);
        set_control_value(model_, "section_level", "Label",
                          uno::Any(to_ou(any ? level_text : std::string())));
        for (const char* name : {"section_id", "section_title", "include"})
            set_control_value(model_, name, "Enabled", uno::Any(any));
        filling_ = false;
    }

    void keep_section() {
        if (shown_ < 0 || shown_ >= draft_.Sections.getLength()) return;
        DraftSection& s = draft_.Sections[shown_];
        s.Id = control_text(model_, "section_id");
        s.Title = control_text(model_, "section_title");
        sal_Int16 state = 1;
        control_value(model_, "include", "State") >>= state;
        s.Included = state == 1;
    }

    // Saved through the engine, which lints first; its errors stay in the dialog.
    void save() {
        fields_->keep();
        keep_section();
        draft_.Id = control_text(model_, "library_id");
        draft_.Version = control_text(model_, "version");
        draft_.Title = control_text(model_, "library_title");
        rtl::OUString url;
        try {
            url = engine_->saveLibrary(draft_);
        } catch (const uno::Exception& e) {
            set_control_value(model_, "problems", "Text", uno::Any(e.Message));
            fill_sections(); // the rows show the ids and titles as edited
            fields_->fill_rows();
            return;
        }
        rtl::OUString path;
        osl::FileBase::getSystemPathFromFileURL(url, path);
        outcome_ = {true, to_std(draft_.Id), to_std(draft_.Title), to_std(path), 0};
        for (const DraftSection& s : draft_.Sections)
            outcome_.sections += s.Included ? 1 : 0;
        uno::Reference<awt::XDialog>(dialog_, uno::UNO_QUERY_THROW)->endExecute();
    }

    uno::Reference<uno::XComponentContext> context_;
    rtl::Reference<report_engine> engine_;
    std::string language_;
    LibraryDraft draft_;
    sal_Int16 shown_ = -1; // the section in the boxes
    bool filling_ = false; // the controls are being set from the draft: their events are ours
    uno::Reference<lang::XMultiServiceFactory> model_;
    std::optional<field_review> fields_;
    uno::Reference<awt::XControl> dialog_;
    import_outcome outcome_;
};

} // namespace

import_outcome import_document_as_library(const uno::Reference<uno::XComponentContext>& context,
                                          const uno::Reference<frame::XFrame>& frame,
                                          const rtl::Reference<report_engine>& engine,
                                          const uno::Reference<text::XTextDocument>& document) {
    import_dialog dialog(context, engine, ui_language(context));
    return dialog.run(frame, document);
}

std::string outcome_text(const import_outcome& outcome, const std::string& language) {
    return outcome.saved
               ? text(message::import_saved, language, outcome.library_title, outcome.sections, outcome.file)
               : std::string();
}

} // namespace reportkit::office
