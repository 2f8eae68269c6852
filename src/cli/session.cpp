#include "session.hpp"

#include "uno/common/properties.hxx"
#include "uno/common/strings.hxx"

#include "uno/client/extension_install.hxx"

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace css;
using reportkit::office::office_error;
using reportkit::office::properties;
using reportkit::office::to_ou;

namespace reportkit::cli {
namespace {

std::string home_cache() {
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return x;
    if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache";
    return fs::temp_directory_path().string();
}

// The .oxt this command installs: --oxt, $REPORTKIT_OXT, or the one built or installed beside it.
std::string find_oxt(const std::string& given) {
    if (!given.empty()) return given;
    if (const char* env = std::getenv("REPORTKIT_OXT"); env && *env) return env;
    fs::path exe = fs::read_symlink("/proc/self/exe").parent_path();
    std::string name = fmt::format("reportkit-{}.oxt", REPORTKIT_VERSION);
    for (fs::path p : {exe / name, exe.parent_path() / name, exe.parent_path() / "share/reportkit" / name})
        if (fs::exists(p)) return p.string();
    throw office_error("cannot find " + name + " next to the reportkit command; pass --oxt FILE");
}

std::string pipe_for(const std::string& profile) {
    return fmt::format("reportkit-{:x}-{}", std::hash<std::string>{}(profile), getuid());
}

uno::Reference<frame::XComponentLoader> desktop(const uno::Reference<uno::XComponentContext>& context) {
    return {context->getServiceManager()->createInstanceWithContext("com.sun.star.frame.Desktop", context),
            uno::UNO_QUERY_THROW};
}

} // namespace

void say(const std::string& message) {
    std::cerr << "reportkit: " << message << "\n";
}

int run_command(const char* name, const std::string& usage, const std::function<int()>& body, int failure) {
    try {
        return body();
    } catch (const usage_error& e) {
        std::cerr << "reportkit " << name << ": " << e.what() << "\n" << usage;
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "reportkit " << name << ": error: " << e.what() << "\n";
    } catch (const uno::Exception& e) {
        std::cerr << "reportkit " << name << ": error: " << office::to_std(e.Message) << "\n";
    }
    return failure;
}

bool parse_session_option(const std::vector<std::string>& a, size_t& i, session_options& o) {
    auto value = [&]() -> std::string {
        if (i + 1 >= a.size()) throw usage_error(a[i] + " needs a value");
        return a[++i];
    };
    if (a[i] == "--profile")
        o.profile = value();
    else if (a[i] == "--oxt")
        o.oxt = value();
    else if (a[i] == "--office")
        o.program_dir = value();
    else if (a[i] == "--keep-office")
        o.keep_office = true;
    else
        return false;
    return true;
}

office_session::office_session(const session_options& o) : options_(o) {
    std::string program_dir = o.program_dir;
    if (program_dir.empty())
        program_dir = office::office_program_dir();
    else
        office::check_program_dir(program_dir, "named by --office");
    std::string oxt = find_oxt(o.oxt);
    // One default profile (and so one pipe) per office: a profile is not shared between versions.
    profile_ =
        fs::absolute(o.profile.empty() ? home_cache() + "/reportkit/office" + office::office_tag(program_dir)
                                       : o.profile)
            .string();
    fs::create_directories(profile_);
    office::office_config config{.profile_dir = profile_ + "/profile",
                                 .pipe = pipe_for(profile_),
                                 .program_dir = program_dir,
                                 .log_file = profile_ + "/soffice.log"};
    office::bootstrap_client(config);

    // Reinstall when the .oxt changed since the last install into this profile; an office that
    // already loaded the old component library is restarted first.
    std::string stamp_file = profile_ + "/installed-oxt", pgid_file = profile_ + "/office.pgid";
    std::string stamp = office::file_fingerprint(oxt), installed, pgid;
    std::getline(std::ifstream(stamp_file), installed);
    std::getline(std::ifstream(pgid_file), pgid);
    bool needs_install = installed != stamp;

    context_ = office::connect(config.pipe);
    if (context_.is() && needs_install && !pgid.empty()) {
        say("restarting the running LibreOffice to update the extension");
        context_.clear();
        office::stop_detached(static_cast<pid_t>(std::stol(pgid)), config.pipe);
    }
    if (context_.is()) {
        say("using the running LibreOffice on pipe " + config.pipe);
        if (needs_install) {
            // Not ours to restart: the engine runs, more slowly, until that office restarts.
            say("installing " + oxt);
            office::install_extension(context_, oxt);
        }
    } else if (needs_install) {
        say("installing " + oxt + " and starting LibreOffice (profile " + config.profile_dir + ")");
        started_ = office::start_with_extension(config, oxt, std::chrono::seconds(90));
        context_ = started_->context();
    } else {
        say("starting LibreOffice (profile " + config.profile_dir + ")");
        started_ = office::office_process::start(config, std::chrono::seconds(90));
        context_ = started_->context();
    }
    if (needs_install) std::ofstream(stamp_file) << stamp << "\n";
}

office_session::~office_session() {
    if (started_ && options_.keep_office) {
        std::ofstream(profile_ + "/office.pgid") << started_->release() << "\n";
        say("LibreOffice keeps running on pipe " + pipe_for(profile_));
    }
}

uno::Reference<org::reportkit::XReportEngine> office_session::engine() const {
    uno::Reference<org::reportkit::XReportEngine> engine(
        context_->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine", context_),
        uno::UNO_QUERY);
    if (!engine.is()) throw office_error("the ReportKit engine service is not available in LibreOffice");
    return engine;
}

uno::Reference<org::reportkit::XReportData> office_session::data() const {
    return {engine(), uno::UNO_QUERY_THROW};
}

uno::Reference<text::XTextDocument> office_session::new_document() const {
    return {desktop(context_)->loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                    properties({{"Hidden", uno::Any(true)}})),
            uno::UNO_QUERY_THROW};
}

uno::Reference<text::XTextDocument> office_session::open_document(const std::string& path) const {
    if (!fs::is_regular_file(path)) throw office_error("cannot open " + path + ": no such file");
    uno::Reference<text::XTextDocument> doc(
        desktop(context_)->loadComponentFromURL(to_ou(office::file_url(fs::absolute(path).string())),
                                                "_blank", 0, properties({{"Hidden", uno::Any(true)}})),
        uno::UNO_QUERY);
    if (!doc.is()) throw office_error(path + " is not a Writer document");
    return doc;
}

document_closer::~document_closer() {
    try {
        if (doc.is()) uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    } catch (const uno::Exception&) {
    }
}

} // namespace reportkit::cli
