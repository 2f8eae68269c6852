// The frame both review dialogs (Save Selection as Section, Import as Library) are built in: a
// dialog model 260 units wide, the field review, a Check box for the lint errors of a refused Save,
// Save and Cancel; shown over the middle of the document until Save succeeds or Cancel.
#pragma once

#include "core/ui/messages.hpp"
#include "uno/authoring/field_review.hxx"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace reportkit::office {

class review_dialog {
public:
    virtual ~review_dialog() = default;

protected:
    review_dialog(const css::uno::Reference<css::uno::XComponentContext>& context, std::string language);

    void create(message title, sal_Int32 height);
    void label(const char* name, message m, const css::awt::Rectangle& at);
    void edit(const char* name, const css::awt::Rectangle& at);
    // The field review of the draft's `fields` from `top` down (field_review::height).
    void add_fields(css::uno::Sequence<org::reportkit::DraftField>& fields, sal_Int32 top);
    // The Check box, then Save and Cancel, from `top` down: 70 units.
    void add_closing(sal_Int32 top);

    // Shows the dialog; the field review and the dialog's own `lists` and `edits` report changes.
    void show(const css::uno::Reference<css::frame::XFrame>& frame, std::initializer_list<const char*> lists,
              std::initializer_list<const char*> edits);
    // A refused Save: the engine's `message` in the Check box (without its "ReportKit: "), the
    // field rows as edited; the dialog stays.
    void refused(const rtl::OUString& message);
    void close(); // after a Save

    // One of the dialog's own lists chosen or boxes typed in (not while it is being filled).
    virtual void changed(const std::string& control) = 0;
    virtual void save() = 0;

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::string language_;
    css::uno::Reference<css::lang::XMultiServiceFactory> model_;
    std::optional<field_review> fields_;
    bool filling_ = false; // the controls are being set from the draft: their events are ours

private:
    css::uno::Reference<css::awt::XControl> dialog_;
};

// A heading level as the review dialogs show it: "2 — （一）", "0 — no heading".
std::string level_text(size_t level, std::string_view language);
inline constexpr size_t max_level = 4;

} // namespace reportkit::office
