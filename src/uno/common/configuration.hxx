// Reading and writing LibreOffice's configuration: ReportKit's own settings and the UI language.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <utility>
#include <vector>

namespace reportkit::office {

// A property of a configuration node ("/org.reportkit.Settings/Data", "RefreshOnOpen"); an
// empty Any when it cannot be read.
css::uno::Any setting(const css::uno::Reference<css::uno::XComponentContext>& context, const char* node,
                      const char* name);

// Sets properties of one configuration node and commits them together; throws when it cannot.
void write_settings(const css::uno::Reference<css::uno::XComponentContext>& context, const char* node,
                    const std::vector<std::pair<const char*, css::uno::Any>>& values);

// LibreOffice's UI language, e.g. "zh-CN"; "en-US" when it cannot be read.
std::string ui_language(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace reportkit::office
