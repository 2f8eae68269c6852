// Dialogs built in code rather than from .xdl files: a dialog model sized in dialog units (they
// follow the font), controls added to it by name, and running it modally over a document's window.
#pragma once

#include <com/sun/star/awt/Rectangle.hpp>
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

// Adds a control model (`model`: its service name) named `name` at the box's place and size.
void add(const css::uno::Reference<css::lang::XMultiServiceFactory>& dialog, const char* name,
         const char* model, const css::awt::Rectangle& box, property_list properties);

// Shows the dialog over the middle of the document's window until a button closes it; true for
// an OK button, after `on_ok` has read what the dialog holds.
bool run_dialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::lang::XMultiServiceFactory>& model,
                const std::function<void()>& on_ok = {});

// A property of a control in the dialog's model: an edit's "Text", a list's "SelectedItems".
css::uno::Any control_value(const css::uno::Reference<css::lang::XMultiServiceFactory>& model,
                            const char* name, const char* property);

} // namespace reportkit::office
