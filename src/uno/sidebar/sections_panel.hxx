// What the ReportKit panel shows and does: choose a library, search and browse its sections by
// category, preview one, insert it or a whole report outline into the frame's document.
#pragma once

#include "core/library/model.hpp"
#include "core/ui/newer_view.hpp"
#include "core/ui/sections_view.hpp"
#include "uno/sidebar/panel_base.hxx"

#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <string>
#include <vector>

namespace reportkit::office {

class sections_panel : public panel_base {
public:
    sections_panel(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XFrame>& frame,
                   const css::uno::Reference<css::awt::XWindow>& parent);

    void pressed(const std::string& command) override; // insert, insert_outline, apply_layout,
                                                       // update_sections, compare_sections, publish
    void chosen(const std::string& control) override;  // library, outline, sections, newer
    void activated(const std::string& control) override;
    void typed(const std::string& control) override;
    void stepped_down(const std::string& control) override;
    void dispose() override;
    void shown() override {
        refresh_state();
        refresh_newer();
    }

private:
    std::vector<controls::row> rows(sal_Int32 width) const override;
    void laid_out() override;
    void fill_libraries();
    void library_chosen();
    void fill_outlines();
    void fill_sections(const std::string& keep_selected = {});
    void section_selected();
    void outline_chosen();
    void show_preview(const rtl::OUString& text);
    void refresh_state(); // what may be pressed and what the status line says
    void insert(bool outline, const std::string& id, const std::string& title);
    void insert_section();
    void insert_outline();
    void apply_layout();
    library_ptr current_library() const;
    const outline* chosen_outline(const library_ptr& lib) const; // null when none is chosen
    tree_pick picked() const;
    std::string selected_section() const;
    rtl::OUString fitted(const std::string& label) const; // elided to the tree's width
    void add_newer_controls();
    void refresh_newer();   // the inserted sections a newer library version changes
    void update_sections(); // the selected one (an edited one after asking), else every unedited one
    // Comparing a listed section with its newer version, and the question before an edited one
    // is replaced (uno/commands/user_messages: show_compare).
    void newer_selected();                        // what Update and Compare… may do now
    void compare_section();                       // the Compare dialog for the selected row
    bool replace_edited(const std::string& mark); // asks; true when the writer chose to replace
    void add_publish_control();
    void refresh_publish(); // Publish… shown while the chosen library is in the maintainer's folder
    void publish();         // the deck's library to the team folder (uno/commands/publish_dialog)

    // Authoring in Writer (section_dialog): Save Selection as Section, and the deck following
    // every library saved, wherever from.
    void add_authoring_controls();
    void save_selection();
    // The document as a new library, reviewed first (uno/authoring/import_dialog).
    void import_document();
    void text_selected(); // Save Selection as Section shows while text is selected
    void library_saved(const std::string& library_id, const std::string& section_id);

    std::vector<library_ptr> libraries_;                      // in the library list's order
    std::vector<std::string> outline_ids_;                    // in the outline list's order
    sal_Int32 tree_width_ = 0;                                // the width the tree's labels were fitted to
    newer_view newer_;                                        // shown only when it has rows
    int saved_watch_ = 0;                                     // library_registry::watch
    css::uno::Reference<css::view::XSelectionSupplier> view_; // tells text_selected
    bool text_selected_ = false;
    bool publishable_ = false; // Publish… shown
};

} // namespace reportkit::office
