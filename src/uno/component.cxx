// The shared library's UNO entry points: the one place that lists the implementations.
#include "uno/commands/command_handler.hxx"
#include "uno/commands/document_events.hxx"
#include "uno/engine/report_engine.hxx"
#include "uno/options/options_page.hxx"
#include "uno/sidebar/panel_factory.hxx"

#include <cppuhelper/implementationentry.hxx>
#include <uno/environment.h>
#include <uno/lbnames.h>

namespace {

using namespace reportkit::office;

// Each implementation: how to create it, its name, its services.
const cppu::ImplementationEntry entries[] = {
    {create_component<report_engine>, report_engine_implementation_name, report_engine_service_names,
     cppu::createSingleComponentFactory, nullptr, 0},
    {create_component<panel_factory>, panel_factory_implementation_name, panel_factory_service_names,
     cppu::createSingleComponentFactory, nullptr, 0},
    {create_component<command_handler>, command_handler_implementation_name, command_handler_service_names,
     cppu::createSingleComponentFactory, nullptr, 0},
    {create_component<document_events>, document_events_implementation_name, document_events_service_names,
     cppu::createSingleComponentFactory, nullptr, 0},
    {create_component<options_page>, options_page_implementation_name, options_page_service_names,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation_name,
                                                                    void* service_manager, void* registry) {
    return cppu::component_getFactoryHelper(implementation_name, service_manager, registry, entries);
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char** env_type_name, uno_Environment**) {
    *env_type_name = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
