#include "uno/authoring/import_dialog.hxx"

#include "uno/authoring/review_dialog.hxx"
#include "uno/commands/dialogs.hxx"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_folders.hxx"
#include "uno/sidebar/controls.hxx"

#include <osl/file.hxx>

#include <filesystem>
#include <vector>

using namespace css;
using org::reportkit::DraftSection;
using org::reportkit::LibraryDraft;

namespace reportkit::office {
namespace {

class import_dialog : public review_dialog {
public:
    import_dialog(const uno::Reference<uno::XComponentContext>& context,
                  const rtl::Reference<report_engine>& engine, std::string language)
        : review_dialog(context, std::move(language)), engine_(engine) {}

    import_outcome run(const uno::Reference<frame::XFrame>& frame,
                       const uno::Reference<text::XTextDocument>& document) {
        draft_ = engine_->proposeLibrary(document);
        build();
        fill();
        show(frame, {"sections"}, {"library_id", "section_id", "section_title"});
        return outcome_;
    }

private:
    void changed(const std::string& name) override {
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

    void build() {
        create(message::draft_import_title, 334);
        label("library_id_label", message::import_library_id, {6, 8, 70, 10});
        edit("library_id", {80, 6, 100, 12});
        label("version_label", message::import_version, {186, 8, 28, 10});
        edit("version", {216, 6, 38, 12});
        label("library_title_label", message::import_library_title, {6, 24, 70, 10});
        edit("library_title", {80, 22, 174, 12});
        label("destination_label", message::import_destination, {6, 40, 70, 10});
        add(model_, "destination", "com.sun.star.awt.UnoControlEditModel", {80, 38, 174, 12},
            {{"ReadOnly", uno::Any(true)}});
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
        add(model_, "section_level", "com.sun.star.awt.UnoControlFixedTextModel", {198, 140, 56, 10},
            {{"NoLabel", uno::Any(true)}});
        add_fields(draft_.Fields, 156);
        add_closing(258);
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
        std::string level =
            any ? level_text(static_cast<size_t>(std::max<sal_Int16>(s.Level, 0)), language_) : "";
        set_control_value(model_, "section_level", "Label", uno::Any(to_ou(level)));
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
    void save() override {
        fields_->keep();
        keep_section();
        draft_.Id = control_text(model_, "library_id");
        draft_.Version = control_text(model_, "version");
        draft_.Title = control_text(model_, "library_title");
        rtl::OUString url;
        try {
            url = engine_->saveLibrary(draft_);
        } catch (const uno::Exception& e) {
            fill_sections(); // the rows show the ids and titles as edited
            refused(e.Message);
            return;
        }
        rtl::OUString path;
        osl::FileBase::getSystemPathFromFileURL(url, path);
        outcome_ = {true, to_std(draft_.Id), to_std(draft_.Title), to_std(path), 0};
        for (const DraftSection& s : draft_.Sections)
            outcome_.sections += s.Included ? 1 : 0;
        close();
    }

    rtl::Reference<report_engine> engine_;
    LibraryDraft draft_;
    sal_Int16 shown_ = -1; // the section in the boxes
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
