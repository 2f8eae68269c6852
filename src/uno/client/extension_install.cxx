#include "uno/client/extension_install.hxx"
#include "uno/common/strings.hxx"

#include "uno/client/office.hxx"

#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <cppuhelper/implbase2.hxx>

#include <cstdint>
#include <fmt/format.h>
#include <fstream>

using namespace css;

namespace reportkit::office {
namespace {

// Approves every request (license, replacing an older version), as `unopkg add -f -s` would.
class approving_environment
    : public cppu::WeakImplHelper2<ucb::XCommandEnvironment, task::XInteractionHandler> {
public:
    uno::Reference<task::XInteractionHandler> SAL_CALL getInteractionHandler() override { return this; }
    uno::Reference<ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return nullptr; }
    void SAL_CALL handle(const uno::Reference<task::XInteractionRequest>& request) override {
        for (const auto& c : request->getContinuations()) {
            uno::Reference<task::XInteractionApprove> approve(c, uno::UNO_QUERY);
            if (approve.is()) return approve->select();
        }
    }
};

} // namespace

std::string file_fingerprint(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::uint64_t h = 1469598103934665603ull; // FNV-1a
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        for (std::streamsize i = 0; i < in.gcount(); ++i) {
            h ^= static_cast<unsigned char>(buf[i]);
            h *= 1099511628211ull;
        }
    }
    return fmt::format("{:016x}", h);
}

void install_extension(const uno::Reference<uno::XComponentContext>& context, const std::string& oxt) {
    try {
        auto manager = deployment::ExtensionManager::get(context);
        uno::Reference<ucb::XCommandEnvironment> env(new approving_environment);
        auto url = file_url(oxt);
        manager->addExtension(to_ou(url), {}, "user", manager->createAbortChannel(), env);
    } catch (const uno::Exception& e) {
        throw office_error("cannot install " + oxt + " into LibreOffice: " + to_std(e.Message));
    }
}

} // namespace reportkit::office
