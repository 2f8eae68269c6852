// The font families the office can use, asked once per process.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace reportkit::office {

const std::vector<std::string>&
installed_fonts(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace reportkit::office
