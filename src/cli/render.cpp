// reportkit render: builds a document through the engine service in a private headless office.
#include "commands.hpp"
#include "common/properties.hxx"
#include "common/strings.hxx"

#include "library/loader.hpp"

#include "client/extension_install.hxx"
#include "client/office.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <optional>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace css;
using reportkit::office::office_error;
using reportkit::office::properties;
using reportkit::office::to_ou;
using reportkit::office::to_std;

namespace reportkit::cli {
namespace {

const char* usage =
    "usage: reportkit render --library FILE|ID (--outline ID | --section ID…) -o OUT.odt|.pdf|.docx "
    "[-o OUT…] [--profile DIR] [--oxt FILE] [--office DIR] [--keep-office]\n";

struct render_options {
    std::string library, outline;
    std::vector<std::string> sections, outputs;
    std::string profile, oxt, program_dir = "/usr/lib/libreoffice/program";
    bool keep_office = false;
};

struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void say(const std::string& message) {
    std::cerr << "reportkit: " << message << "\n";
}

// The export filter for an output file, by its extension.
std::string filter_for(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    if (ext == ".odt") return "writer8";
    if (ext == ".pdf") return "writer_pdf_Export";
    if (ext == ".docx") return "MS Word 2007 XML";
    throw usage_error("cannot write '" + path + "': the output must end in .odt, .pdf or .docx");
}

render_options parse(const args& a) {
    render_options o;
    for (size_t i = 0; i < a.size(); ++i) {
        auto value = [&]() -> std::string {
            if (i + 1 >= a.size()) throw usage_error(a[i] + " needs a value");
            return a[++i];
        };
        if (a[i] == "--library")
            o.library = value();
        else if (a[i] == "--outline")
            o.outline = value();
        else if (a[i] == "--section")
            o.sections.push_back(value());
        else if (a[i] == "-o" || a[i] == "--output")
            o.outputs.push_back(value());
        else if (a[i] == "--profile")
            o.profile = value();
        else if (a[i] == "--oxt")
            o.oxt = value();
        else if (a[i] == "--office")
            o.program_dir = value();
        else if (a[i] == "--keep-office")
            o.keep_office = true;
        else
            throw usage_error("unknown option '" + a[i] + "'");
    }
    if (o.library.empty()) throw usage_error("--library is required");
    if (o.outline.empty() && o.sections.empty()) throw usage_error("give --outline or --section");
    if (o.outputs.empty()) throw usage_error("give at least one output with -o");
    for (auto& out : o.outputs)
        filter_for(out);
    return o;
}

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


void build_and_store(const render_options& o, const uno::Reference<uno::XComponentContext>& context) {
    auto smgr = context->getServiceManager();
    uno::Reference<org::reportkit::XReportEngine> engine(
        smgr->createInstanceWithContext("org.reportkit.ReportEngine", context), uno::UNO_QUERY);
    if (!engine.is()) throw office_error("the ReportKit engine service is not available in LibreOffice");

    rtl::OUString library = to_ou(o.library);
    if (fs::is_regular_file(o.library)) library = engine->loadLibrary(to_ou(office::file_url(o.library)));

    uno::Reference<frame::XComponentLoader> loader(
        smgr->createInstanceWithContext("com.sun.star.frame.Desktop", context), uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextDocument> doc(loader->loadComponentFromURL("private:factory/swriter", "_blank",
                                                                         0,
                                                                         properties({{"Hidden", uno::Any(true)}})),
                                            uno::UNO_QUERY_THROW);
    struct closer {
        uno::Reference<text::XTextDocument> doc;
        ~closer() {
            try {
                uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
            } catch (const uno::Exception&) {
            }
        }
    } close_at_end{doc};

    if (!o.outline.empty()) engine->insertOutline(doc, doc->getText()->getEnd(), library, to_ou(o.outline));
    for (auto& s : o.sections)
        engine->insertSection(doc, doc->getText()->getEnd(), library, to_ou(s));

    uno::Reference<frame::XStorable> storable(doc, uno::UNO_QUERY_THROW);
    for (auto& out : o.outputs) {
        storable->storeToURL(
            to_ou(office::file_url(out)),
            properties({{"FilterName", uno::Any(to_ou(filter_for(out)))}, {"Overwrite", uno::Any(true)}}));
        say("wrote " + out);
    }
}

int render(const render_options& o) {
    // A library file is checked here first: its errors read best without a round trip.
    if (fs::is_regular_file(o.library)) {
        load_result r = load_library_file(o.library);
        if (!r.ok()) {
            for (auto& d : r.diags)
                if (d.level == severity::error) std::cerr << format_diagnostic(d) << "\n";
            return 1;
        }
    }
    if (!fs::exists(fs::path(o.program_dir) / "soffice"))
        throw office_error("LibreOffice is not installed at " + o.program_dir +
                           " (install libreoffice-writer, or pass --office DIR)");
    std::string oxt = find_oxt(o.oxt);
    std::string profile = o.profile.empty() ? home_cache() + "/reportkit/office" : o.profile;
    profile = fs::absolute(profile).string();
    fs::create_directories(profile);
    office::office_config config{.profile_dir = profile + "/profile",
                                 .pipe = pipe_for(profile),
                                 .program_dir = o.program_dir,
                                 .log_file = profile + "/soffice.log"};
    office::bootstrap_client(config);

    // Reinstall when the .oxt changed since the last install into this profile; an office that
    // already loaded the old component library is restarted first.
    std::string stamp_file = profile + "/installed-oxt", pgid_file = profile + "/office.pgid";
    std::string stamp = office::file_fingerprint(oxt), installed, pgid;
    std::getline(std::ifstream(stamp_file), installed);
    std::getline(std::ifstream(pgid_file), pgid);
    bool needs_install = installed != stamp;

    std::unique_ptr<office::office_process> started;
    uno::Reference<uno::XComponentContext> context = office::connect(config.pipe);
    if (context.is() && needs_install && !pgid.empty()) {
        say("restarting the running LibreOffice to update the extension");
        context.clear();
        office::stop_detached(static_cast<pid_t>(std::stol(pgid)), config.pipe);
    }
    if (context.is()) {
        say("using the running LibreOffice on pipe " + config.pipe);
    } else {
        say("starting LibreOffice (profile " + config.profile_dir + ")");
        started = office::office_process::start(config, std::chrono::seconds(90));
        context = started->context();
    }
    if (needs_install) {
        say("installing " + oxt);
        office::install_extension(context, oxt);
        std::ofstream(stamp_file) << stamp << "\n";
    }

    build_and_store(o, context);
    if (started && o.keep_office) {
        std::ofstream(pgid_file) << started->release() << "\n";
        say("LibreOffice keeps running on pipe " + config.pipe);
    }
    return 0;
}

} // namespace

int cmd_render(const args& a) {
    try {
        return render(parse(a));
    } catch (const usage_error& e) {
        std::cerr << "reportkit render: " << e.what() << "\n" << usage;
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "reportkit render: error: " << e.what() << "\n";
    } catch (const uno::Exception& e) {
        std::cerr << "reportkit render: error: " << to_std(e.Message) << "\n";
    }
    return 1;
}

} // namespace reportkit::cli
