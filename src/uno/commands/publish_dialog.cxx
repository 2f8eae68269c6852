#include "uno/commands/publish_dialog.hxx"

#include "core/library/publish.hpp"
#include "core/ui/messages.hpp"
#include "uno/commands/dialogs.hxx"
#include "uno/commands/user_messages.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_folders.hxx"
#include "uno/engine/library_registry.hxx"
#include "uno/sidebar/controls.hxx"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/uno/Sequence.hxx>

using namespace css;

namespace reportkit::office {
namespace {

// What the dialog holds when Publish is pressed.
struct publish_form {
    size_t folder = 0;
    std::string version, note;
};

// Shows the dialog filled with `form`; true with the form as left when Publish was pressed.
bool ask(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<frame::XFrame>& frame,
         const library_copy& own, const std::vector<std::string>& folders, publish_form& form,
         std::string_view language) {
    auto model = dialog_model(context, text(message::publish_title, language), 300, 150);
    const char* label = "com.sun.star.awt.UnoControlFixedTextModel";
    const char* edit = "com.sun.star.awt.UnoControlEditModel";
    add(model, "library", label, awt::Rectangle(6, 6, 288, 22),
        {{"NoLabel", uno::Any(true)},
         {"MultiLine", uno::Any(true)},
         {"Label", uno::Any(to_ou(text(message::publish_library, language, own.lib->title, own.lib->id,
                                       to_string(own.lib->ver), own.file)))}});
    add(model, "folder_label", label, awt::Rectangle(6, 32, 288, 10),
        {{"Label", uno::Any(to_ou(text(message::publish_folder, language)))}});
    add(model, "folder", "com.sun.star.awt.UnoControlListBoxModel", awt::Rectangle(6, 43, 288, 12),
        {{"Dropdown", uno::Any(true)},
         {"StringItemList", uno::Any(string_list(folders))},
         {"SelectedItems", uno::Any(selection(static_cast<sal_Int16>(form.folder)))},
         {"TabIndex", uno::Any(sal_Int16(0))}});
    add(model, "version_label", label, awt::Rectangle(6, 60, 60, 10),
        {{"Label", uno::Any(to_ou(text(message::publish_version, language)))}});
    add(model, "version", edit, awt::Rectangle(6, 71, 60, 12),
        {{"Text", uno::Any(to_ou(form.version))}, {"TabIndex", uno::Any(sal_Int16(1))}});
    add(model, "version_hint", label, awt::Rectangle(72, 73, 222, 10),
        {{"NoLabel", uno::Any(true)},
         {"Label", uno::Any(to_ou(text(message::publish_version_hint, language,
                                       to_string(next_version(own.lib->ver, version_step::patch)))))}});
    add(model, "note_label", label, awt::Rectangle(6, 88, 288, 10),
        {{"Label", uno::Any(to_ou(text(message::publish_note, language)))}});
    add(model, "note", edit, awt::Rectangle(6, 99, 288, 12),
        {{"Text", uno::Any(to_ou(form.note))}, {"TabIndex", uno::Any(sal_Int16(2))}});
    add(model, "publish", "com.sun.star.awt.UnoControlButtonModel", awt::Rectangle(170, 130, 60, 14),
        {{"Label", uno::Any(to_ou(text(message::publish_ok, language)))},
         {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK))},
         {"DefaultButton", uno::Any(true)},
         {"TabIndex", uno::Any(sal_Int16(3))}});
    add(model, "cancel", "com.sun.star.awt.UnoControlButtonModel", awt::Rectangle(234, 130, 60, 14),
        {{"Label", uno::Any(to_ou(text(message::cancel, language)))},
         {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))},
         {"TabIndex", uno::Any(sal_Int16(4))}});
    return run_dialog(context, frame, model, [&] {
        uno::Sequence<sal_Int16> selected;
        control_value(model, "folder", "SelectedItems") >>= selected;
        if (selected.getLength() == 1 && selected[0] >= 0) form.folder = static_cast<size_t>(selected[0]);
        rtl::OUString typed;
        control_value(model, "version", "Text") >>= typed;
        form.version = to_std(typed);
        control_value(model, "note", "Text") >>= typed;
        form.note = to_std(typed);
    });
}

} // namespace

std::string publish_to_team(const uno::Reference<uno::XComponentContext>& context,
                            const uno::Reference<frame::XFrame>& frame, const std::string& library_id,
                            std::string_view language) {
    std::string title = text(message::publish_title, language);
    std::string own_folder = own_library_folder(context);
    std::optional<library_copy> own = copy_in_folder(own_folder, library_id);
    if (!own) {
        library_ptr known = library_registry::instance().find(context, library_id);
        show_message(context, frame, title,
                     text(message::publish_not_own, language, known ? known->title : library_id, own_folder),
                     true);
        return {};
    }
    std::vector<std::string> folders = shared_folders(context);
    if (folders.empty()) {
        show_message(context, frame, title, text(message::publish_no_team, language), true);
        return {};
    }
    publish_form form{0, to_string(next_version(own->lib->ver, version_step::minor)), {}};
    while (ask(context, frame, *own, folders, form, language)) {
        auto v = parse_version(form.version);
        std::string problem =
            !v ? text(message::publish_bad_version, language, form.version)
               : publish_library(*own, folders.at(std::min(form.folder, folders.size() - 1)), *v, form.note,
                                 language);
        if (problem.empty()) {
            // The deck offers the published version at once, as documents will find it.
            if (auto published = copy_in_folder(own_folder, library_id))
                library_registry::instance().add(published->lib);
            return text(message::published, language, own->lib->title, form.version,
                        folders.at(std::min(form.folder, folders.size() - 1)));
        }
        show_message(context, frame, title, problem, true);
    }
    return {};
}

} // namespace reportkit::office
