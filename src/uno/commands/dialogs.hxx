// Dialogs built in code rather than from .xdl files: a dialog model sized in dialog units (they
// follow the font), controls added to it by name, and running it modally over a document's window.
#pragma once

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <initializer_list>
#include <string>
#include <utility>

namespace reportkit::office {

using property_list = std::initializer_list<std::pair<const char*, css::uno::Any>>;

css::uno::Reference<css::lang::XMultiServiceFactory>
dialog_model(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& title,
             sal_Int32 width, sal_Int32 height);

// Adds a control model (`model`: its service name) named `name` at the box's place and size, in a
// font with the Simplified Chinese forms.
void add(const css::uno::Reference<css::lang::XMultiServiceFactory>& dialog, const char* name,
         const char* model, const css::awt::Rectangle& box, property_list properties);

// Shows the dialog over the middle of the document's window until a button closes it; true for
// an OK button, after `on_ok` has read what the dialog holds. `on_open` gets the dialog before it
// shows, to listen to its controls (a dialog that checks before closing ends it itself).
bool run_dialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::lang::XMultiServiceFactory>& model,
                const std::function<void()>& on_ok = {},
                const std::function<void(const css::uno::Reference<css::awt::XControl>&)>& on_open = {});

// A property of a control in the dialog's model: an edit's "Text", a list's "SelectedItems".
css::uno::Any control_value(const css::uno::Reference<css::lang::XMultiServiceFactory>& model,
                            const char* name, const char* property);
void set_control_value(const css::uno::Reference<css::lang::XMultiServiceFactory>& model, const char* name,
                       const char* property, const css::uno::Any& value);
// An edit's text; a list's selected position, -1 when none.
rtl::OUString control_text(const css::uno::Reference<css::lang::XMultiServiceFactory>& model,
                           const char* name);
sal_Int16 control_selection(const css::uno::Reference<css::lang::XMultiServiceFactory>& model,
                            const char* name);

// The name of the control an event came from (its model's Name).
std::string control_name(const css::uno::Reference<css::uno::XInterface>& source);

} // namespace reportkit::office
