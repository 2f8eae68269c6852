// Reading LibreOffice's configuration: ReportKit's own settings and the UI language.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace reportkit::office {

// A property of a configuration node ("/org.reportkit.Settings/Data", "RefreshOnOpen"); an
// empty Any when it cannot be read.
css::uno::Any setting(const css::uno::Reference<css::uno::XComponentContext>& context, const char* node,
                      const char* name);

// Writes a property of ReportKit's settings and commits it; false when it cannot.
bool set_setting(const css::uno::Reference<css::uno::XComponentContext>& context, const char* node,
                 const char* name, const css::uno::Any& value);

// LibreOffice's UI language, e.g. "zh-CN"; "en-US" when it cannot be read.
std::string ui_language(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace reportkit::office
