#include "uno/common/configuration.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

using namespace css;

namespace reportkit::office {

uno::Any setting(const uno::Reference<uno::XComponentContext>& context, const char* node, const char* name) {
    try {
        uno::Reference<lang::XMultiServiceFactory> provider(
            context->getServiceManager()->createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", context),
            uno::UNO_QUERY_THROW);
        uno::Sequence<uno::Any> args(1);
        args[0] <<= beans::NamedValue("nodepath", uno::Any(rtl::OUString::createFromAscii(node)));
        uno::Reference<container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
            uno::UNO_QUERY_THROW);
        return access->getByName(rtl::OUString::createFromAscii(name));
    } catch (const uno::Exception&) {
        return {};
    }
}

std::string ui_language(const uno::Reference<uno::XComponentContext>& context) {
    rtl::OUString locale;
    setting(context, "/org.openoffice.Setup/L10N", "ooLocale") >>= locale;
    return locale.isEmpty() ? "en-US" : to_std(locale);
}

} // namespace reportkit::office
