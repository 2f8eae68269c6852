#include "uno/common/configuration.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

using namespace css;

namespace reportkit::office {
namespace {

// A view of `node`: "com.sun.star.configuration.ConfigurationAccess" or "…UpdateAccess".
uno::Reference<uno::XInterface> node_access(const uno::Reference<uno::XComponentContext>& context,
                                            const char* node, const char* service) {
    uno::Reference<lang::XMultiServiceFactory> provider(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", context),
        uno::UNO_QUERY_THROW);
    uno::Sequence<uno::Any> args(1);
    args[0] <<= beans::NamedValue("nodepath", uno::Any(rtl::OUString::createFromAscii(node)));
    return provider->createInstanceWithArguments(rtl::OUString::createFromAscii(service), args);
}

} // namespace

uno::Any setting(const uno::Reference<uno::XComponentContext>& context, const char* node, const char* name) {
    try {
        uno::Reference<container::XNameAccess> access(
            node_access(context, node, "com.sun.star.configuration.ConfigurationAccess"),
            uno::UNO_QUERY_THROW);
        return access->getByName(rtl::OUString::createFromAscii(name));
    } catch (const uno::Exception&) {
        return {};
    }
}

void write_settings(const uno::Reference<uno::XComponentContext>& context, const char* node,
                    const std::vector<std::pair<const char*, uno::Any>>& values) {
    uno::Reference<beans::XPropertySet> access(
        node_access(context, node, "com.sun.star.configuration.ConfigurationUpdateAccess"),
        uno::UNO_QUERY_THROW);
    for (const auto& [name, value] : values)
        access->setPropertyValue(rtl::OUString::createFromAscii(name), value);
    uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
}

std::string ui_language(const uno::Reference<uno::XComponentContext>& context) {
    rtl::OUString locale;
    setting(context, "/org.openoffice.Setup/L10N", "ooLocale") >>= locale;
    return locale.isEmpty() ? "en-US" : to_std(locale);
}

} // namespace reportkit::office
