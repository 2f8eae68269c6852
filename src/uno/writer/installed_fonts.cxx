#include "uno/writer/installed_fonts.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>

#include <mutex>

using namespace css;

namespace reportkit::office {

const std::vector<std::string>& installed_fonts(const uno::Reference<uno::XComponentContext>& context) {
    static std::vector<std::string> fonts;
    static std::once_flag once;
    std::call_once(once, [&] {
        try {
            auto toolkit = awt::Toolkit::create(context);
            for (const auto& d : toolkit->createScreenCompatibleDevice(1, 1)->getFontDescriptors())
                fonts.push_back(to_std(d.Name));
        } catch (const uno::Exception&) {
            // no fonts to choose from: styles name the first candidate
        }
    });
    return fonts;
}

} // namespace reportkit::office
