#include "uno/options/options_page.hxx"

#include "core/ui/messages.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"
#include "uno/engine/library_folders.hxx"
#include "uno/sidebar/controls.hxx"

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XUnitConversion.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/util/MeasureUnit.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>

#include <algorithm>

using namespace css;

namespace reportkit::office {

rtl::OUString options_page_implementation_name() {
    return "org.reportkit.comp.OptionsPage";
}
uno::Sequence<rtl::OUString> options_page_service_names() {
    return one_service("org.reportkit.OptionsPage");
}

namespace {

const char* const libraries_node = "/org.reportkit.Settings/Libraries";
const char* const data_node = "/org.reportkit.Settings/Data";

using page_ref = uno::Reference<awt::XControlContainer>;

uno::Reference<beans::XPropertySet> model(const page_ref& page, const char* name) {
    uno::Reference<awt::XControl> control(page->getControl(rtl::OUString::createFromAscii(name)),
                                          uno::UNO_SET_THROW);
    return uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW);
}

template <class T> uno::Reference<T> control(const page_ref& page, const char* name) {
    return uno::Reference<T>(page->getControl(rtl::OUString::createFromAscii(name)), uno::UNO_QUERY_THROW);
}

void set(const page_ref& page, const char* name, const char* property, const uno::Any& value) {
    model(page, name)->setPropertyValue(rtl::OUString::createFromAscii(property), value);
}

// The picker gives a file URL; the page shows and stores system paths.
std::string shown_path(const rtl::OUString& folder) {
    rtl::OUString path;
    if (folder.startsWith("file:") &&
        osl::FileBase::getSystemPathFromFileURL(folder, path) == osl::FileBase::E_None)
        return to_std(path);
    return to_std(folder);
}

settings stored(const uno::Reference<uno::XComponentContext>& context) {
    settings s;
    s.shared_folders = shared_folders(context);
    rtl::OUString group;
    setting(context, data_node, "Grouping") >>= group;
    s.group = grouping_setting(to_std(group));
    sal_Int32 group_from = static_cast<sal_Int32>(s.group_thousands_from);
    setting(context, data_node, "GroupThousandsFrom") >>= group_from;
    s.group_thousands_from = group_from;
    setting(context, data_node, "WarnBeforeExport") >>= s.warn_before_export;
    setting(context, data_node, "RefreshOnOpen") >>= s.refresh_on_open;
    return s;
}

std::vector<std::string> listed_folders(const page_ref& page) {
    std::vector<std::string> folders;
    for (const auto& item : control<awt::XListBox>(page, "folders")->getItems())
        folders.push_back(to_std(item));
    return folders;
}

bool checked(const page_ref& page, const char* name) {
    return control<awt::XCheckBox>(page, name)->getState() == 1;
}

void show_remove(const page_ref& page) {
    bool any = control<awt::XListBox>(page, "folders")->getSelectedItemsPos().getLength() > 0;
    set(page, "remove_folder", "Enabled", uno::Any(any));
}

// Widths from the page's real size and the labels' real extents, so that longer words (or a
// larger UI font) are not cut; positions and sizes are dialog units, as in the .xdl.
void fit(const page_ref& page) {
    uno::Reference<awt::XUnitConversion> units(
        uno::Reference<awt::XControl>(page, uno::UNO_QUERY_THROW)->getPeer(), uno::UNO_QUERY);
    if (!units.is()) return;
    auto to_units = [&](const awt::Size& pixels) {
        return units->convertSizeToLogic(pixels, util::MeasureUnit::APPFONT);
    };
    auto natural = [&](const char* name) {
        return to_units(control<awt::XLayoutConstrains>(page, name)->getPreferredSize()).Width;
    };
    auto width_of = [&](const char* name, sal_Int32 x, sal_Int32 width) {
        set(page, name, "PositionX", uno::Any(x));
        set(page, name, "Width", uno::Any(width));
    };
    const sal_Int32 margin = 6, gap = 4;
    sal_Int32 right =
        to_units(awt::Size(uno::Reference<awt::XWindow>(page, uno::UNO_QUERY_THROW)->getPosSize().Width, 0))
            .Width -
        margin;
    sal_Int32 button = std::max({natural("add_folder"), natural("remove_folder"), sal_Int32(50)});
    if (right - margin < 2 * button) return; // not laid out yet
    width_of("add_folder", right - button, button);
    width_of("remove_folder", right - button, button);
    width_of("folders", margin, right - button - gap - margin);
    for (const char* name :
         {"folders_label", "folders_status", "grouping_label", "warn_before_export", "refresh_on_open"})
        width_of(name, margin, right - margin);
    // The dropdown lines up with the folder list, under its label.
    width_of("grouping", margin, right - button - gap - margin);
}

// Lays the page out again whenever the Options dialog sizes it (it opens it at width 0).
class page_layout : public cppu::WeakImplHelper1<awt::XWindowListener> {
public:
    explicit page_layout(const page_ref& page) : page_(page) {}
    void SAL_CALL windowResized(const awt::WindowEvent&) override {
        if (page_ref page{page_}; page.is()) fit(page);
    }
    void SAL_CALL windowMoved(const awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const lang::EventObject&) override {}
    void SAL_CALL windowHidden(const lang::EventObject&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    uno::WeakReference<awt::XControlContainer> page_;
};

} // namespace

sal_Bool options_page::callHandlerMethod(const uno::Reference<awt::XWindow>& window, const uno::Any& event,
                                         const rtl::OUString& method) {
    page_ref page(window, uno::UNO_QUERY);
    if (!page.is()) return false;
    if (method == "external_event") {
        rtl::OUString action;
        event >>= action;
        if (action == "initialize") {
            label(page);
            fit(page);
            window->addWindowListener(new page_layout(page));
            load(page);
        } else if (action == "back") {
            load(page);
        } else if (action == "ok") {
            save(page);
        } else {
            return false;
        }
    } else if (method == "add_folder") {
        add_folder(page);
    } else if (method == "remove_folder") {
        remove_folders(page);
    } else if (method == "folder_selected") {
        show_remove(page);
    } else {
        return false;
    }
    return true;
}

uno::Sequence<rtl::OUString> options_page::getSupportedMethodNames() {
    const char* const names[] = {"external_event", "add_folder", "remove_folder", "folder_selected"};
    uno::Sequence<rtl::OUString> result(std::size(names));
    for (size_t i = 0; i < std::size(names); ++i)
        result[static_cast<sal_Int32>(i)] = rtl::OUString::createFromAscii(names[i]);
    return result;
}

// The page's words in the UI language (the .xdl holds English placeholders only).
void options_page::label(const page_ref& page) {
    std::string language = ui_language(context_);
    const std::pair<const char*, message> labels[] = {
        {"folders_label", message::options_folders},
        {"add_folder", message::options_add_folder},
        {"remove_folder", message::options_remove_folder},
        {"grouping_label", message::options_grouping},
        {"warn_before_export", message::options_warn_before_export},
        {"refresh_on_open", message::options_refresh_on_open},
    };
    for (const auto& [name, m] : labels)
        set(page, name, "Label", uno::Any(to_ou(text(m, language))));
    set(page, "folders_status", "NoLabel", uno::Any(true)); // a sentence, not a control's label
}

void options_page::load(const page_ref& page) {
    std::string language = ui_language(context_);
    settings s = stored(context_);
    set(page, "folders", "StringItemList", uno::Any(string_list(s.shared_folders)));
    set(page, "folders_status", "Label", uno::Any(to_ou(text(message::options_folders_hint, language))));
    show_remove(page);

    grouping_choices_ = grouping_choices(s, language);
    std::vector<std::string> labels;
    for (const auto& c : grouping_choices_)
        labels.push_back(c.label);
    set(page, "grouping", "StringItemList", uno::Any(string_list(labels)));
    auto index = grouping_index(grouping_choices_, s);
    set(page, "grouping", "SelectedItems", uno::Any(selection(static_cast<sal_Int16>(index))));

    set(page, "warn_before_export", "State", uno::Any(sal_Int16(s.warn_before_export ? 1 : 0)));
    set(page, "refresh_on_open", "State", uno::Any(sal_Int16(s.refresh_on_open ? 1 : 0)));
}

// Writes only what the page changed: a setting left alone keeps following the default.
void options_page::save(const page_ref& page) {
    settings before = stored(context_);
    settings now = before;
    now.shared_folders = listed_folders(page);
    auto pos = control<awt::XListBox>(page, "grouping")->getSelectedItemPos();
    if (pos >= 0 && static_cast<size_t>(pos) < grouping_choices_.size() &&
        static_cast<size_t>(pos) != grouping_index(grouping_choices_, before)) {
        now.group = grouping_choices_[pos].group;
        now.group_thousands_from = grouping_choices_[pos].group_from;
    }
    now.warn_before_export = checked(page, "warn_before_export");
    now.refresh_on_open = checked(page, "refresh_on_open");

    if (now.shared_folders != before.shared_folders)
        write_settings(context_, libraries_node,
                       {{"SharedFolders", uno::Any(string_list(now.shared_folders))}});
    std::vector<std::pair<const char*, uno::Any>> data;
    if (now.group != before.group)
        data.push_back({"Grouping", uno::Any(to_ou(grouping_setting_text(now.group)))});
    if (now.group_thousands_from != before.group_thousands_from)
        data.push_back({"GroupThousandsFrom", uno::Any(static_cast<sal_Int32>(now.group_thousands_from))});
    if (now.warn_before_export != before.warn_before_export)
        data.push_back({"WarnBeforeExport", uno::Any(now.warn_before_export)});
    if (now.refresh_on_open != before.refresh_on_open)
        data.push_back({"RefreshOnOpen", uno::Any(now.refresh_on_open)});
    if (!data.empty()) write_settings(context_, data_node, data);
}

void options_page::add_folder(const page_ref& page) {
    auto picker = ui::dialogs::FolderPicker::create(context_);
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK) return;
    std::string folder = folder_entry(shown_path(picker->getDirectory()));
    auto folders = listed_folders(page);
    folder_check check = check_folder(folders, folder);
    std::string language = ui_language(context_);
    if (check == folder_check::ok) {
        folders.push_back(folder);
        set(page, "folders", "StringItemList", uno::Any(string_list(folders)));
        set(page, "folders", "SelectedItems",
            uno::Any(selection(static_cast<sal_Int16>(folders.size() - 1))));
        set(page, "folders_status", "Label", uno::Any(to_ou(text(message::options_folders_hint, language))));
    } else if (check != folder_check::empty) {
        set(page, "folders_status", "Label", uno::Any(to_ou(folder_check_text(check, folder, language))));
    }
    show_remove(page);
}

void options_page::remove_folders(const page_ref& page) {
    auto list = control<awt::XListBox>(page, "folders");
    auto selected = list->getSelectedItemsPos();
    std::vector<sal_Int16> positions(selected.begin(), selected.end());
    std::sort(positions.rbegin(), positions.rend()); // from the end, so the others keep their places
    for (sal_Int16 pos : positions)
        list->removeItems(pos, 1);
    show_remove(page);
}

} // namespace reportkit::office
