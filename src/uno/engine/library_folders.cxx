#include "uno/engine/library_folders.hxx"

#include "uno/common/configuration.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
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

} // namespace

std::string own_library_folder(const uno::Reference<uno::XComponentContext>& context) {
    auto paths = util::PathSubstitution::create(context);
    return system_path(paths->substituteVariables("$(user)/reportkit/libraries", true));
}

std::vector<std::string> shared_folders(const uno::Reference<uno::XComponentContext>& context) {
    uno::Sequence<rtl::OUString> stored;
    setting(context, "/org.reportkit.Settings/Libraries", "SharedFolders") >>= stored;
    std::vector<std::string> result;
    for (const auto& f : stored) {
        std::string path = f.startsWith("file:") ? system_path(f) : to_std(f);
        result.push_back(path.empty() ? to_std(f) : path); // as written when it is no file URL
    }
    return result;
}

std::vector<library_folder> library_folders(const uno::Reference<uno::XComponentContext>& context) {
    std::vector<library_folder> folders;
    if (auto b = bundled_folder(context); !b.empty()) folders.push_back({b, library_origin::bundled});
    if (auto u = own_library_folder(context); !u.empty()) folders.push_back({u, library_origin::user});
    for (auto& s : shared_folders(context))
        if (!s.empty()) folders.push_back({s, library_origin::shared});
    return folders;
}

} // namespace reportkit::office
