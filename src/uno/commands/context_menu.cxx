#include "uno/commands/context_menu.hxx"

#include "core/ui/messages.hpp"
#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/ActionTriggerSeparatorType.hpp>
#include <com/sun/star/ui/XContextMenuInterception.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using namespace css;

namespace reportkit::office {

void context_menu::attach(const uno::Reference<uno::XComponentContext>& context,
                          const uno::Reference<frame::XController>& controller) {
    uno::Reference<ui::XContextMenuInterception> interception(controller, uno::UNO_QUERY);
    if (interception.is()) interception->registerContextMenuInterceptor(new context_menu(context));
}

// Only over text: a shape's or a frame's menu is left alone.
ui::ContextMenuInterceptorAction
context_menu::notifyContextMenuExecute(const ui::ContextMenuExecuteEvent& event) {
    uno::Reference<container::XIndexContainer> menu = event.ActionTriggerContainer;
    uno::Reference<lang::XMultiServiceFactory> factory(menu, uno::UNO_QUERY);
    uno::Reference<container::XIndexAccess> ranges(
        event.Selection.is() ? event.Selection->getSelection() : uno::Any(), uno::UNO_QUERY);
    if (!factory.is() || !ranges.is()) return ui::ContextMenuInterceptorAction_IGNORED;
    try {
        uno::Reference<beans::XPropertySet> separator(
            factory->createInstance("com.sun.star.ui.ActionTriggerSeparator"), uno::UNO_QUERY_THROW);
        separator->setPropertyValue("SeparatorType", uno::Any(ui::ActionTriggerSeparatorType::LINE));
        uno::Reference<beans::XPropertySet> item(factory->createInstance("com.sun.star.ui.ActionTrigger"),
                                                 uno::UNO_QUERY_THROW);
        item->setPropertyValue("Text", uno::Any(to_ou(text(message::save_selection, ui_language(context_)))));
        item->setPropertyValue("CommandURL", uno::Any(rtl::OUString("org.reportkit:SaveSelectionAsSection")));
        menu->insertByIndex(menu->getCount(), uno::Any(separator));
        menu->insertByIndex(menu->getCount(), uno::Any(item));
    } catch (const uno::Exception&) {
        return ui::ContextMenuInterceptorAction_IGNORED; // the menu as Writer made it
    }
    return ui::ContextMenuInterceptorAction_EXECUTE_MODIFIED;
}

} // namespace reportkit::office
