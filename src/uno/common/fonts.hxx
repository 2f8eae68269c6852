// Chinese in Simplified forms in ReportKit's own controls, whatever the UI language: fontconfig
// would fall back to the Japanese face of Noto CJK for an English UI.
#pragma once

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

namespace reportkit::office {

// Gives a control model that has a font the first installed face of a Simplified Chinese list.
inline void use_simplified_chinese_font(const css::uno::Reference<css::beans::XPropertySet>& model) {
    auto info = model->getPropertySetInfo();
    if (!info.is() || !info->hasPropertyByName("FontDescriptor")) return;
    css::awt::FontDescriptor font;
    font.Name = "Noto Sans CJK SC;Source Han Sans SC;WenQuanYi Micro Hei;Droid Sans Fallback";
    model->setPropertyValue("FontDescriptor", css::uno::Any(font));
}

} // namespace reportkit::office
