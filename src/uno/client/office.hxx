// A UNO client's view of LibreOffice: start a private headless soffice, connect, shut it down.
// Used by the reportkit command and by the tests; it never touches an office it did not start.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <sys/types.h>

namespace reportkit::office {

// The system's LibreOffice `program` folder, whose UNO runtime this program is linked against.
std::string system_program_dir();

// The LibreOffice `program` folder to run: $REPORTKIT_OFFICE when set, else the system's. Throws
// office_error, saying where the folder was named, when it holds no LibreOffice.
std::string office_program_dir();

// Throws office_error unless `dir` holds LibreOffice; `origin` tells the reader who named it.
void check_program_dir(const std::string& dir, const std::string& origin);

// Keeps apart what runs against different offices (profiles, pipes, fixture folders): empty for
// the system's office, else "-" and a short hash of its program folder.
std::string office_tag(const std::string& program_dir);

struct office_config {
    std::string profile_dir = {}; // the UserInstallation folder (created when missing)
    std::string pipe = {};        // the accept pipe's name
    std::string program_dir = system_program_dir();
    std::string log_file = {}; // soffice's stdout and stderr; /dev/null when empty
    std::string display = {};  // an X display (":91") for a visible office; empty: headless
};

class office_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Starts Xvfb on a display it picks itself (":91" in `display`), for a visible office; returns its
// pid, to be stopped with SIGTERM. -noreset: without it the server resets when its last client leaves.
pid_t start_xvfb(std::string& display);

// Prepares this process to talk UNO: the local context knows LibreOffice's types and, through
// the profile, those of installed extensions. It always runs on the system office's runtime, the
// one this program is linked against, whatever office it then talks to over the pipe.
// Call once, before anything else here.
void bootstrap_client(const office_config& config);

// In a child about to run soffice or unopkg: forgets what bootstrap_client set for this process,
// which would make another LibreOffice read the system office's runtime settings.
void unset_client_environment();

// The office's component context, or null when nothing listens on the pipe.
css::uno::Reference<css::uno::XComponentContext> connect(const std::string& pipe);

// A soffice process this program started.
class office_process {
public:
    // Starts soffice.bin (headless unless config.display) on the profile and waits until it accepts
    // connections.
    static std::unique_ptr<office_process> start(const office_config& config, std::chrono::seconds timeout);
    ~office_process(); // terminates the office if still running

    const css::uno::Reference<css::uno::XComponentContext>& context() const { return context_; }
    css::uno::Reference<css::frame::XDesktop2> desktop() const;
    pid_t pid() const { return pid_; }
    // False once the office has exited, asked to or not.
    bool running();

    // Asks the office to quit, waits, and kills its process group if it does not. Returns the exit status.
    int terminate(std::chrono::seconds grace = std::chrono::seconds(20));

    // Leaves the office running (for a later stop_detached) and returns its process group.
    pid_t release();

private:
    office_process(pid_t pid, css::uno::Reference<css::uno::XComponentContext> context);
    pid_t pid_;
    css::uno::Reference<css::uno::XComponentContext> context_;
    bool exited_ = false;
    int status_ = 0;
};

// Stops an office this program did not start itself but whose process group is `pgid`
// (a test fixture's): asks it to quit over `pipe`, then signals only that group.
void stop_detached(pid_t pgid, const std::string& pipe,
                   std::chrono::seconds grace = std::chrono::seconds(20));

// file:///… URL of an absolute or relative system path.
std::string file_url(const std::string& path);

} // namespace reportkit::office
