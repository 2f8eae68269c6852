#include "session.hpp"

#include "files.hpp"

#include "uno/common/configuration.hxx"
#include "uno/common/properties.hxx"
#include "uno/common/reading_properties.hxx"
#include "uno/common/strings.hxx"

#include "uno/client/extension_install.hxx"

#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XStorageBasedDocument.hpp>
#include <com/sun/star/embed/ElementModes.hpp>
#include <com/sun/star/embed/StorageFactory.hpp>
#include <com/sun/star/embed/XStorage.hpp>
#include <com/sun/star/embed/XTransactedObject.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace css;
using reportkit::office::office_error;
using reportkit::office::properties;
using reportkit::office::reading_properties;
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

void close_quietly(const uno::Reference<uno::XInterface>& component) {
    try {
        if (uno::Reference<util::XCloseable> c{component, uno::UNO_QUERY}; c.is()) c->close(true);
    } catch (const uno::Exception&) {
    }
}

// Installs the .oxt from a child process. This process's UNO runtime, started after, reads the
// profile with the extension in it and knows the extension's types; one started before does not,
// and calls that return its structs (an audit) then fail. A kept office that loaded the old
// component library is restarted; one not ours gets the extension and runs it, more slowly,
// until it restarts.
void install_in_child(const office::office_config& config, const std::string& oxt, const std::string& pgid) {
    pid_t child = fork();
    if (child < 0) throw office_error("cannot install " + oxt + ": fork failed");
    if (child == 0) {
        int status = 0;
        try {
            office::bootstrap_client(config);
            auto running = office::connect(config.pipe);
            if (running.is() && !pgid.empty()) {
                say("restarting the running LibreOffice to update the extension");
                running.clear();
                office::stop_detached(static_cast<pid_t>(std::stol(pgid)), config.pipe);
            }
            say("installing " + oxt + " (profile " + config.profile_dir + ")");
            if (running.is()) {
                office::install_extension(running, oxt);
            } else {
                auto installer = office::office_process::start(config, std::chrono::seconds(90));
                office::install_extension(installer->context(), oxt);
                installer->terminate();
            }
        } catch (const std::exception& e) {
            say(std::string("error: ") + e.what());
            status = 1;
        } catch (const uno::Exception& e) {
            say("error: " + office::to_std(e.Message));
            status = 1;
        }
        std::_Exit(status); // nothing of the parent's to flush or destroy
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw office_error("the extension could not be installed");
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
    } catch (const input_error& e) {
        std::cerr << "reportkit " << name << ": error: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "reportkit " << name << ": error: " << e.what() << "\n";
    } catch (const lang::DisposedException&) {
        std::cerr << "reportkit " << name
                  << ": error: lost the connection to LibreOffice during the command\n";
    } catch (const uno::Exception& e) {
        std::cerr << "reportkit " << name << ": error: " << office::to_std(e.Message) << "\n";
    }
    return failure;
}

// One default profile (and so one pipe) per office: a profile is not shared between versions.
std::string profile_dir(const session_options& o) {
    std::string program_dir = o.program_dir.empty() ? office::office_program_dir() : o.program_dir;
    return fs::absolute(o.profile.empty()
                            ? home_cache() + "/reportkit/office" + office::office_tag(program_dir)
                            : o.profile)
        .string();
}

std::string option_value(const std::vector<std::string>& a, size_t& i, const std::string& what) {
    if (i + 1 >= a.size()) throw usage_error(a[i] + " needs " + what);
    return a[++i];
}

bool parse_session_option(const std::vector<std::string>& a, size_t& i, session_options& o) {
    auto value = [&] { return option_value(a, i); };
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
    profile_ = profile_dir(o);
    fs::create_directories(profile_);
    office::office_config config{.profile_dir = profile_ + "/profile",
                                 .pipe = pipe_for(profile_),
                                 .program_dir = program_dir,
                                 .log_file = profile_ + "/soffice.log"};

    // Reinstall when the .oxt changed since the last install into this profile.
    std::string stamp_file = profile_ + "/installed-oxt", pgid_file = profile_ + "/office.pgid";
    std::string stamp = office::file_fingerprint(oxt), installed, pgid;
    std::getline(std::ifstream(stamp_file), installed);
    std::getline(std::ifstream(pgid_file), pgid);
    bool needs_install = installed != stamp;
    if (needs_install) install_in_child(config, oxt, pgid);

    office::bootstrap_client(config);
    context_ = office::connect(config.pipe);
    if (!context_.is() && !pgid.empty()) fs::remove(pgid_file); // a kept office that is gone
    if (context_.is()) {
        say("using the running LibreOffice on pipe " + config.pipe);
    } else {
        say("starting LibreOffice (profile " + config.profile_dir + ")");
        started_ = office::office_process::start(config, std::chrono::seconds(90));
        context_ = started_->context();
    }
    if (needs_install) std::ofstream(stamp_file) << stamp << "\n";
    // Nobody sees this office's documents: spelling them as they change only competes with
    // saving them (it is most of Writer's idle work after an insertion).
    office::write_settings(context_, "/org.openoffice.Office.Linguistic/SpellChecking",
                           {{"IsSpellAuto", uno::Any(false)}});
}

bool office_session::office_alive() const {
    if (started_) return started_->running();
    try {
        return office::connect(pipe_for(profile_)).is();
    } catch (const uno::Exception&) {
        return false;
    }
}

office_session::~office_session() {
    if (!office_alive()) {
        std::error_code ec;
        fs::remove(profile_ + "/office.pgid", ec);
        say("LibreOffice stopped unexpectedly (its output is in " + profile_ +
            "/soffice.log); the next command starts a new one");
        return;
    }
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
    uno::Reference<text::XTextDocument> doc(
        context_->getServiceManager()->createInstanceWithContext("com.sun.star.text.TextDocument", context_),
        uno::UNO_QUERY_THROW);
    uno::Reference<frame::XLoadable>(doc, uno::UNO_QUERY_THROW)->initNew();
    return doc;
}

uno::Reference<text::XTextDocument> office_session::open_document(const std::string& path,
                                                                  bool editable) const {
    if (!fs::is_regular_file(path)) throw office_error("cannot open " + path + ": no such file");
    auto args = reading_properties(!editable);
    uno::Reference<lang::XComponent> loaded;
    try {
        loaded = desktop(context_)->loadComponentFromURL(to_ou(office::file_url(fs::absolute(path).string())),
                                                         "_blank", 0, args);
    } catch (const lang::DisposedException&) {
        throw;
    } catch (const uno::Exception&) {
        throw input_error(path + " is damaged or not a document LibreOffice can read");
    }
    uno::Reference<text::XTextDocument> doc(loaded, uno::UNO_QUERY);
    if (!doc.is()) {
        close_quietly(loaded);
        throw input_error(path + (loaded.is() ? " is not a Writer document"
                                              : " is damaged or not a document LibreOffice can read"));
    }
    return doc;
}

rtl::OUString insert_report(const office_session& session, const uno::Reference<text::XTextDocument>& doc,
                            const std::string& library, const std::string& outline,
                            const std::vector<std::string>& sections, const std::string& layout) {
    auto engine = session.engine();
    rtl::OUString id = to_ou(library);
    if (fs::is_regular_file(library)) id = engine->loadLibrary(to_ou(office::file_url(library)));
    // The page first, as a writer sets it up before typing.
    engine->applyLayout(doc, layout.empty() ? engine->getLayout(id, to_ou(outline)) : to_ou(layout));
    if (!outline.empty()) engine->insertOutline(doc, doc->getText()->getEnd(), id, to_ou(outline));
    for (auto& s : sections)
        engine->insertSection(doc, doc->getText()->getEnd(), id, to_ou(s));
    return id;
}

std::string filter_for(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    if (ext == ".odt") return "writer8";
    if (ext == ".pdf") return "writer_pdf_Export";
    if (ext == ".docx") return "MS Word 2007 XML";
    throw usage_error("cannot write '" + path + "': the output must end in .odt, .pdf or .docx");
}

namespace {

// The date of this save, as storeToURL writes it (local time, no zone).
util::DateTime now() {
    auto t = std::chrono::system_clock::now();
    std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm local{};
    localtime_r(&seconds, &local);
    auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count() % 1000000000;
    return util::DateTime(static_cast<sal_uInt32>(ns), static_cast<sal_uInt16>(local.tm_sec),
                          static_cast<sal_uInt16>(local.tm_min), static_cast<sal_uInt16>(local.tm_hour),
                          static_cast<sal_uInt16>(local.tm_mday), static_cast<sal_uInt16>(local.tm_mon + 1),
                          static_cast<sal_Int16>(local.tm_year + 1900), false);
}

uno::Reference<embed::XStorage> zip_storage(const uno::Reference<uno::XComponentContext>& context,
                                            const std::string& out) {
    uno::Sequence<uno::Any> args(2);
    args[0] <<= to_ou(office::file_url(fs::absolute(out).string()));
    args[1] <<= sal_Int32(embed::ElementModes::READWRITE | embed::ElementModes::TRUNCATE);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations" // the factory has no other way to take a URL
    return {embed::StorageFactory::create(context)->createInstanceWithArguments(args), uno::UNO_QUERY_THROW};
#pragma GCC diagnostic pop
}

// An .odt through the document's storage: storeToURL first copies the document's properties,
// adding the 2,000 user-defined properties of a 2,000-placeholder report one by one to a bag that
// searches its names linearly, and updates every placeholder field for each piece of save
// information it sets; together about a quarter of the office's time for that report. The file's
// modification date, which storeToURL would have set, is set here (one update of the fields).
void store_odt(const uno::Reference<uno::XComponentContext>& context,
               const uno::Reference<text::XTextDocument>& doc, const std::string& out) {
    uno::Reference<document::XDocumentPropertiesSupplier>(doc, uno::UNO_QUERY_THROW)
        ->getDocumentProperties()
        ->setModificationDate(now());
    auto storage = zip_storage(context, out);
    try {
        uno::Reference<document::XStorageBasedDocument>(doc, uno::UNO_QUERY_THROW)
            ->storeToStorage(storage, properties({{"FilterName", uno::Any(to_ou(filter_for(out)))}}));
        uno::Reference<embed::XTransactedObject>(storage, uno::UNO_QUERY_THROW)->commit();
    } catch (...) {
        uno::Reference<lang::XComponent>(storage, uno::UNO_QUERY_THROW)->dispose();
        throw;
    }
    uno::Reference<lang::XComponent>(storage, uno::UNO_QUERY_THROW)->dispose();
}

void store_with_filter(const office_session& session, const uno::Reference<text::XTextDocument>& doc,
                       const std::string& out) {
    try {
        if (filter_for(out) == "writer8") return store_odt(session.context(), doc, out);
        uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)
            ->storeToURL(to_ou(office::file_url(fs::absolute(out).string())),
                         properties({{"FilterName", uno::Any(to_ou(filter_for(out)))},
                                     {"Overwrite", uno::Any(true)}}));
    } catch (const io::IOException&) {
        throw std::runtime_error("cannot write " + out +
                                 ": LibreOffice could not save it (disk full or not writable?)");
    }
}

} // namespace

void store_as(const office_session& session, const uno::Reference<text::XTextDocument>& doc,
              const std::string& out) {
    if (filter_for(out) != "writer_pdf_Export") return store_with_filter(session, doc, out);
    // A PDF is printed from the document opened afresh. Writer 7.4 does not move a paragraph that
    // begins a page back when the text above it gets shorter (numbers filled in over their longer
    // markers): full pages stayed a line or two short. Opened again, the text is laid out whole.
    static std::atomic<int> copies = 0; // a batch stores from several offices at once
    fs::path copy = fs::temp_directory_path() / fmt::format("reportkit-{}-{}.odt", getpid(), copies++);
    store_with_filter(session, doc, copy.string());
    try {
        document_closer printed{session.open_document(copy.string())};
        store_with_filter(session, printed.doc, out);
    } catch (...) {
        fs::remove(copy);
        throw;
    }
    fs::remove(copy);
}

document_closer::~document_closer() {
    close_quietly(doc);
}

} // namespace reportkit::cli
