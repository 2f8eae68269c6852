// What both review dialogs (Save Selection as Section, Import as Library) share: the fields a
// draft's numbers became, listed, with the selected one's key, label, unit, type and approximation
// in boxes to edit; and the listener that passes the dialog's events on by control name.
#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <cppuhelper/implbase3.hxx>
#include <org/reportkit/DraftField.hpp>

#include <functional>
#include <initializer_list>
#include <string>

namespace reportkit::office {

// Buttons pressed, list entries chosen and text typed in a dialog, each told with the control's name.
class dialog_events : public cppu::WeakImplHelper3<css::awt::XActionListener, css::awt::XItemListener,
                                                   css::awt::XTextListener> {
public:
    using handler = std::function<void(const std::string& control)>;
    dialog_events(handler pressed, handler chosen, handler typed);

    void listen(const css::uno::Reference<css::awt::XControlContainer>& dialog,
                std::initializer_list<const char*> buttons, std::initializer_list<const char*> lists,
                std::initializer_list<const char*> edits);

    void SAL_CALL actionPerformed(const css::awt::ActionEvent& e) override;
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override;
    void SAL_CALL textChanged(const css::awt::TextEvent& e) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    handler pressed_, chosen_, typed_;
};

class field_review {
public:
    // `fields`: the draft's, edited in place; it outlives the review.
    field_review(const css::uno::Reference<css::lang::XMultiServiceFactory>& dialog,
                 css::uno::Sequence<org::reportkit::DraftField>& fields, std::string language);

    static constexpr sal_Int32 height = 100; // dialog units its controls take
    // Its controls, `top` down, across a dialog 260 units wide.
    void add_controls(sal_Int32 top);
    void listen(dialog_events& events, const css::uno::Reference<css::awt::XControlContainer>& dialog);

    // The fields into the controls, the first one selected.
    void fill();
    // The list's rows again, the selected one kept (after edits the rows show them).
    void fill_rows();
    // A control of the review changed: true when it was one of its own.
    bool changed(const std::string& control);
    // The boxes of the selected field back into the draft.
    void keep();

private:
    void fill_boxes();

    css::uno::Reference<css::lang::XMultiServiceFactory> dialog_;
    css::uno::Sequence<org::reportkit::DraftField>& fields_;
    std::string language_;
    sal_Int16 shown_ = -1; // the field in the boxes
    bool filling_ = false; // the controls are being set from the draft: their events are ours
};

} // namespace reportkit::office
