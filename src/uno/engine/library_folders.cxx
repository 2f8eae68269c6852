#include "uno/engine/library_folders.hxx"

#include "uno/common/strings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>

using namespace css;

namespace reportkit::office {
namespace {

std::string system_path(const rtl::OUString& url) {
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return {};
    return to_std(path);
}

std::string bundled_folder(const uno::Reference<uno::XComponentContext>& context) {
    auto info = deployment::PackageInformationProvider::get(context);
    rtl::OUString location = info->getPackageLocation(rtl::OUString::createFromAscii(extension_identifier));
    return location.isEmpty() ? std::string() : system_path(location + "/templates");
}

std::string user_folder(const uno::Reference<uno::XComponentContext>& context) {
    auto paths = util::PathSubstitution::create(context);
    return system_path(paths->substituteVariables("$(user)/reportkit/libraries", true));
}

// Team shares from org.reportkit.Settings/Libraries/SharedFolders (system paths or file URLs).
std::vector<std::string> shared_folders(const uno::Reference<uno::XComponentContext>& context) {
    std::vector<std::string> result;
    try {
        auto provider = configuration::theDefaultProvider::get(context);
        beans::NamedValue node("nodepath", uno::Any(rtl::OUString("/org.reportkit.Settings/Libraries")));
        uno::Sequence<uno::Any> args(1);
        args[0] <<= node;
        uno::Reference<container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
            uno::UNO_QUERY_THROW);
        uno::Sequence<rtl::OUString> folders;
        access->getByName("SharedFolders") >>= folders;
        for (const auto& f : folders)
            result.push_back(f.startsWith("file:") ? system_path(f) : to_std(f));
    } catch (const uno::Exception&) {
        // no settings node (e.g. the schema is not installed): no shares
    }
    return result;
}

} // namespace

std::vector<library_folder> library_folders(const uno::Reference<uno::XComponentContext>& context) {
    std::vector<library_folder> folders;
    if (auto b = bundled_folder(context); !b.empty()) folders.push_back({b, library_origin::bundled});
    if (auto u = user_folder(context); !u.empty()) folders.push_back({u, library_origin::user});
    for (auto& s : shared_folders(context))
        if (!s.empty()) folders.push_back({s, library_origin::shared});
    return folders;
}

} // namespace reportkit::office
