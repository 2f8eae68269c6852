#include "uno/client/office.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>
#include <osl/process.h>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace css;

namespace reportkit::office {
namespace {

uno::Reference<uno::XComponentContext>& local_context() {
    static uno::Reference<uno::XComponentContext> context;
    return context;
}

// Polls waitpid until the child exits or the deadline passes; true when it exited.
bool wait_exit(pid_t pid, std::chrono::steady_clock::time_point deadline, int& status) {
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid || (r < 0 && errno == ECHILD)) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

} // namespace

void unset_client_environment() {
    unsetenv("URE_BOOTSTRAP");
    unsetenv("UserInstallation");
}

std::string system_program_dir() {
    return REPORTKIT_SYSTEM_OFFICE;
}

void check_program_dir(const std::string& dir, const std::string& origin) {
    for (const char* file : {"soffice", "unopkg", "fundamentalrc"})
        if (!std::filesystem::exists(std::filesystem::path(dir) / file))
            throw office_error("LibreOffice is not installed at " + dir + " (" + origin + ": it has no " +
                               file + ")");
}

std::string office_program_dir() {
    const char* env = std::getenv("REPORTKIT_OFFICE");
    if (!env || !*env) {
        check_program_dir(
            system_program_dir(),
            "install libreoffice-writer, or name another LibreOffice with --office DIR or REPORTKIT_OFFICE");
        return system_program_dir();
    }
    std::string dir = std::filesystem::absolute(env).lexically_normal().string();
    check_program_dir(dir, "named by REPORTKIT_OFFICE");
    return dir;
}

std::string office_tag(const std::string& program_dir) {
    if (program_dir == system_program_dir()) return {};
    return fmt::format("-{:08x}", std::hash<std::string>{}(program_dir)&0xffffffffu);
}

std::string file_url(const std::string& path) {
    std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(to_ou(absolute), url);
    return to_std(url);
}

void bootstrap_client(const office_config& config) {
    if (local_context().is()) return;
    // The URP bridge writes to the office's pipe with plain send(): when the office quits or
    // dies first, that write must fail with EPIPE (a DisposedException), not kill this process.
    std::signal(SIGPIPE, SIG_IGN);
    // The bootstrap reads these as environment variables: LibreOffice's type and service
    // registries, and the profile whose installed extensions contribute their types.
    // Another office's runtime libraries must not be loaded into this process: its types come
    // from the system's registries, the extension's from the profile.
    std::string ure = "vnd.sun.star.pathname:" + system_program_dir() + "/fundamentalrc";
    setenv("URE_BOOTSTRAP", ure.c_str(), 1);
    setenv("UserInstallation", file_url(config.profile_dir).c_str(), 1);
    try {
        local_context() = cppu::defaultBootstrap_InitialComponentContext();
    } catch (const uno::Exception& e) {
        throw office_error("cannot start the UNO runtime from " + system_program_dir() + ": " +
                           to_std(e.Message));
    }
}

// Xvfb writes the display's number to the pipe once it accepts connections.
pid_t start_xvfb(std::string& display) {
    int ready[2];
    if (pipe(ready) != 0) throw office_error("cannot start Xvfb: pipe failed");
    pid_t pid = fork();
    if (pid == 0) {
        close(ready[0]);
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        std::string fd = std::to_string(ready[1]);
        execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-ac", "-noreset", "-nolisten", "tcp", "-screen",
               "0", "1600x1000x24", nullptr);
        _exit(127);
    }
    close(ready[1]);
    std::string number;
    char c;
    while (read(ready[0], &c, 1) == 1 && c != '\n')
        number += c;
    close(ready[0]);
    if (number.empty()) throw office_error("Xvfb did not start (is it installed?)");
    display = ":" + number;
    return pid;
}

uno::Reference<uno::XComponentContext> connect(const std::string& pipe) {
    if (!local_context().is()) throw office_error("bootstrap_client was not called");
    auto resolver = bridge::UnoUrlResolver::create(local_context());
    try {
        return uno::Reference<uno::XComponentContext>(
            resolver->resolve(to_ou("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")),
            uno::UNO_QUERY);
    } catch (const connection::NoConnectException&) {
        return nullptr;
    }
}

office_process::office_process(pid_t pid, uno::Reference<uno::XComponentContext> context)
    : pid_(pid), context_(std::move(context)) {}

namespace {

// soffice.bin itself, in its own process group (terminate() stops the group), output to the log.
// The `soffice` script and oosplash in front of it only set SAL_ENABLE_FILE_LOCKING and restart
// the office when it asks to (exit code 81), which start() does; skipping them saves their start.
pid_t spawn_office(const office_config& config, const std::string& accept, const std::string& profile,
                   const std::string& log) {
    std::string office = config.program_dir + "/soffice.bin";
    pid_t pid = fork();
    if (pid < 0) throw office_error("cannot start " + office + ": fork failed");
    if (pid > 0) return pid;
    setsid();
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
        dup2(fd, 1);
        dup2(fd, 2);
        close(fd);
    }
    int null_in = open("/dev/null", O_RDONLY);
    if (null_in >= 0) dup2(null_in, 0);
    unset_client_environment();
    setenv("SAL_ENABLE_FILE_LOCKING", "1", 1);
    if (config.display.empty()) {
        execl(office.c_str(), office.c_str(), "--headless", "--invisible", "--nologo", "--norestore",
              "--nodefault", "--nolockcheck", "--nofirststartwizard", accept.c_str(), profile.c_str(),
              nullptr);
    } else {
        setenv("DISPLAY", config.display.c_str(), 1);
        execl(office.c_str(), office.c_str(), "--nologo", "--norestore", "--nodefault", "--nolockcheck",
              "--nofirststartwizard", accept.c_str(), profile.c_str(), nullptr);
    }
    _exit(127);
}

constexpr int restart_requested = 81; // EXITHELPER_NORMAL_RESTART

} // namespace

std::unique_ptr<office_process> office_process::start(const office_config& config,
                                                      std::chrono::seconds timeout) {
    bootstrap_client(config);
    std::filesystem::create_directories(config.profile_dir);
    std::string office = config.program_dir + "/soffice.bin";
    std::string accept = "--accept=pipe,name=" + config.pipe + ";urp;StarOffice.ComponentContext";
    std::string profile = "-env:UserInstallation=" + file_url(config.profile_dir);
    std::string log = config.log_file.empty() ? "/dev/null" : config.log_file;

    pid_t pid = spawn_office(config, accept, profile, log);
    auto deadline = std::chrono::steady_clock::now() + timeout;
    for (int restarts = 0;;) {
        if (auto context = connect(config.pipe); context.is())
            return std::unique_ptr<office_process>(new office_process(pid, context));
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            if (WIFEXITED(status) && WEXITSTATUS(status) == restart_requested && ++restarts < 3) {
                pid = spawn_office(config, accept, profile, log);
                continue;
            }
            throw office_error("LibreOffice (" + office + ") exited before accepting connections" +
                               (config.log_file.empty() ? std::string() : "; see " + config.log_file));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            kill(-pid, SIGKILL);
            waitpid(pid, &status, 0);
            throw office_error("LibreOffice (" + office + ") did not accept connections within " +
                               std::to_string(timeout.count()) + " s");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

uno::Reference<frame::XDesktop2> office_process::desktop() const {
    return frame::Desktop::create(context_);
}

int office_process::terminate(std::chrono::seconds grace) {
    if (exited_) return status_;
    try {
        // The documents of an office we started are ours: closing them unasked keeps a
        // "save changes?" dialog of a visible office from blocking the quit.
        auto desktop_ = desktop();
        auto documents = desktop_->getComponents()->createEnumeration();
        while (documents->hasMoreElements()) {
            uno::Reference<util::XCloseable> doc(documents->nextElement(), uno::UNO_QUERY);
            if (doc.is()) doc->close(true);
        }
        desktop_->terminate();
    } catch (const uno::Exception&) {
        // the bridge goes down while soffice quits: expected
    }
    context_.clear();
    int status = 0;
    if (!wait_exit(pid_, std::chrono::steady_clock::now() + grace, status)) {
        kill(-pid_, SIGTERM);
        if (!wait_exit(pid_, std::chrono::steady_clock::now() + std::chrono::seconds(5), status)) {
            kill(-pid_, SIGKILL);
            waitpid(pid_, &status, 0);
        }
    }
    exited_ = true;
    status_ = status;
    return status;
}

bool office_process::running() {
    if (exited_) return false;
    int status = 0;
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_ || (r < 0 && errno == ECHILD)) {
        exited_ = true;
        status_ = status;
    }
    return !exited_;
}

pid_t office_process::release() {
    exited_ = true; // from now on, not ours to stop
    context_.clear();
    return pid_;
}

void stop_detached(pid_t pgid, const std::string& pipe, std::chrono::seconds grace) {
    if (auto context = connect(pipe); context.is()) {
        try {
            frame::Desktop::create(context)->terminate();
        } catch (const uno::Exception&) {
        }
    }
    // An orphaned leader may linger as a zombie where nothing reaps it: that counts as gone.
    auto alive = [&] {
        if (kill(-pgid, 0) != 0) return false;
        std::ifstream stat("/proc/" + std::to_string(pgid) + "/stat");
        std::string pid, name, state;
        return !(stat >> pid >> name >> state) || state != "Z";
    };
    auto wait = [&](std::chrono::seconds s) {
        auto deadline = std::chrono::steady_clock::now() + s;
        while (alive() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return !alive();
    };
    if (wait(grace)) return;
    kill(-pgid, SIGTERM);
    if (wait(std::chrono::seconds(5))) return;
    kill(-pgid, SIGKILL);
}

office_process::~office_process() {
    try {
        terminate();
    } catch (...) {
    }
}

} // namespace reportkit::office
