#include "uno/common/configuration.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

using namespace css;

namespace reportkit::office {

namespace {

// The configuration node at `node`, for reading or (`update`) for writing.
uno::Reference<uno::XInterface> node_access(const uno::Reference<uno::XComponentContext>& context,
                                            const char* node, bool update) {
    uno::Reference<lang::XMultiServiceFactory> provider(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", context),
        uno::UNO_QUERY_THROW);
    uno::Sequence<uno::Any> args(1);
    args[0] <<= beans::NamedValue("nodepath", uno::Any(rtl::OUString::createFromAscii(node)));
    return provider->createInstanceWithArguments(
        update ? rtl::OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
               : rtl::OUString("com.sun.star.configuration.ConfigurationAccess"),
        args);
}

} // namespace

bool set_setting(const uno::Reference<uno::XComponentContext>& context, const char* node, const char* name,
                 const uno::Any& value) {
    try {
        auto access = node_access(context, node, true);
        uno::Reference<container::XNameReplace>(access, uno::UNO_QUERY_THROW)
            ->replaceByName(rtl::OUString::createFromAscii(name), value);
        uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
        return true;
    } catch (const uno::Exception&) {
        return false;
    }
}

uno::Any setting(const uno::Reference<uno::XComponentContext>& context, const char* node, const char* name) {
    try {
        uno::Reference<container::XNameAccess> access(node_access(context, node, false),
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
