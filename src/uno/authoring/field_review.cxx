#include "uno/authoring/field_review.hxx"

#include "core/ui/messages.hpp"
#include "uno/commands/dialogs.hxx"
#include "uno/common/strings.hxx"
#include "uno/sidebar/controls.hxx"

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>

#include <array>
#include <vector>

using namespace css;
using org::reportkit::DraftField;

namespace reportkit::office {
namespace {

// The library format's field types, and how the UI names each.
struct field_type {
    const char* keyword;
    message name;
};
constexpr std::array<field_type, 6> field_types = {{{"integer", message::draft_type_integer},
                                                    {"decimal", message::draft_type_decimal},
                                                    {"percent", message::draft_type_percent},
                                                    {"amount", message::draft_type_amount},
                                                    {"year", message::draft_type_year},
                                                    {"text", message::draft_type_text}}};
constexpr const char* label_model = "com.sun.star.awt.UnoControlFixedTextModel";
constexpr const char* edit_model = "com.sun.star.awt.UnoControlEditModel";

} // namespace

dialog_events::dialog_events(handler pressed, handler chosen, handler typed)
    : pressed_(std::move(pressed)), chosen_(std::move(chosen)), typed_(std::move(typed)) {}

void dialog_events::listen(const uno::Reference<awt::XControlContainer>& dialog,
                           std::initializer_list<const char*> buttons,
                           std::initializer_list<const char*> lists,
                           std::initializer_list<const char*> edits) {
    auto control = [&](const char* name) { return dialog->getControl(rtl::OUString::createFromAscii(name)); };
    for (const char* name : buttons)
        uno::Reference<awt::XButton>(control(name), uno::UNO_QUERY_THROW)->addActionListener(this);
    for (const char* name : lists)
        uno::Reference<awt::XListBox>(control(name), uno::UNO_QUERY_THROW)->addItemListener(this);
    for (const char* name : edits)
        uno::Reference<awt::XTextComponent>(control(name), uno::UNO_QUERY_THROW)->addTextListener(this);
}

void dialog_events::actionPerformed(const awt::ActionEvent& e) {
    pressed_(control_name(e.Source));
}

void dialog_events::itemStateChanged(const awt::ItemEvent& e) {
    chosen_(control_name(e.Source));
}

void dialog_events::textChanged(const awt::TextEvent& e) {
    typed_(control_name(e.Source));
}

field_review::field_review(const uno::Reference<lang::XMultiServiceFactory>& dialog,
                           uno::Sequence<DraftField>& fields, std::string language)
    : dialog_(dialog), fields_(fields), language_(std::move(language)) {}

void field_review::add_controls(sal_Int32 top) {
    auto label = [&](const char* name, message m, awt::Rectangle at) {
        add(dialog_, name, label_model, at, {{"Label", uno::Any(to_ou(text(m, language_)))}});
    };
    auto edit = [&](const char* name, awt::Rectangle at) { add(dialog_, name, edit_model, at, {}); };
    std::vector<std::string> types;
    for (const field_type& t : field_types)
        types.push_back(text(t.name, language_));
    label("fields_label", message::draft_fields, {6, top, 248, 10});
    add(dialog_, "fields", "com.sun.star.awt.UnoControlListBoxModel", {6, top + 12, 248, 54},
        {{"Dropdown", uno::Any(false)}});
    label("key_label", message::draft_field_key, {6, top + 72, 30, 10});
    edit("key", {38, top + 70, 92, 12});
    label("label_label", message::draft_field_label, {136, top + 72, 30, 10});
    edit("label", {168, top + 70, 86, 12});
    label("unit_label", message::draft_field_unit, {6, top + 88, 30, 10});
    edit("unit", {38, top + 86, 40, 12});
    label("type_label", message::draft_field_type, {84, top + 88, 24, 10});
    add(dialog_, "type", "com.sun.star.awt.UnoControlListBoxModel", {110, top + 86, 60, 12},
        {{"Dropdown", uno::Any(true)}, {"StringItemList", uno::Any(string_list(types))}});
    label("approx_label", message::draft_field_approx, {174, top + 88, 34, 10});
    edit("approx", {210, top + 86, 44, 12});
}

void field_review::listen(dialog_events& events, const uno::Reference<awt::XControlContainer>& dialog) {
    events.listen(dialog, {}, {"fields", "type"}, {"key", "label", "unit", "approx"});
}

void field_review::fill() {
    shown_ = fields_.getLength() > 0 ? 0 : -1;
    fill_rows();
    fill_boxes();
}

void field_review::fill_rows() {
    filling_ = true;
    std::vector<std::string> rows;
    for (const DraftField& f : fields_) {
        std::string value = f.Value.isEmpty() ? "—" : to_std(f.Value); // no value yet
        std::string row = to_std(f.Label) + " = " + value + to_std(f.Unit) + "  [" + to_std(f.Key) + "]";
        rows.push_back(f.Reused ? row + " " + text(message::draft_field_reused, language_) : row);
    }
    set_control_value(dialog_, "fields", "StringItemList", uno::Any(string_list(rows)));
    if (shown_ >= 0) set_control_value(dialog_, "fields", "SelectedItems", uno::Any(selection(shown_)));
    filling_ = false;
}

// The selected field into its boxes; a reused field is the library's and is not edited here.
void field_review::fill_boxes() {
    filling_ = true;
    bool any = shown_ >= 0 && shown_ < fields_.getLength();
    DraftField f = any ? fields_[shown_] : DraftField();
    set_control_value(dialog_, "key", "Text", uno::Any(f.Key));
    set_control_value(dialog_, "label", "Text", uno::Any(f.Label));
    set_control_value(dialog_, "unit", "Text", uno::Any(f.Unit));
    set_control_value(dialog_, "approx", "Text", uno::Any(f.Approx));
    sal_Int16 type = 0;
    for (size_t t = 0; t < field_types.size(); ++t)
        if (f.Type.equalsAscii(field_types[t].keyword)) type = static_cast<sal_Int16>(t);
    set_control_value(dialog_, "type", "SelectedItems", uno::Any(selection(type)));
    for (const char* name : {"key", "label", "unit", "type"})
        set_control_value(dialog_, name, "Enabled", uno::Any(any && !f.Reused));
    set_control_value(dialog_, "approx", "Enabled", uno::Any(any));
    filling_ = false;
}

bool field_review::changed(const std::string& control) {
    if (control == "fields") {
        if (filling_) return true;
        keep();
        shown_ = control_selection(dialog_, "fields");
        fill_rows(); // the row left shows its edits
        fill_boxes();
        return true;
    }
    for (const char* box : {"key", "label", "unit", "type", "approx"})
        if (control == box) {
            if (!filling_) keep();
            return true;
        }
    return false;
}

void field_review::keep() {
    if (shown_ < 0 || shown_ >= fields_.getLength()) return;
    DraftField& f = fields_[shown_];
    if (!f.Reused) {
        f.Key = control_text(dialog_, "key");
        f.Label = control_text(dialog_, "label");
        f.Unit = control_text(dialog_, "unit");
        if (sal_Int16 t = control_selection(dialog_, "type");
            t >= 0 && static_cast<size_t>(t) < field_types.size())
            f.Type = rtl::OUString::createFromAscii(field_types[static_cast<size_t>(t)].keyword);
    }
    f.Approx = control_text(dialog_, "approx");
}

} // namespace reportkit::office
