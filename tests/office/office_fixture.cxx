// The ctest fixture for real-LibreOffice tests:
//   office_fixture setup DIR OXT   a throwaway profile in DIR, the .oxt installed with unopkg,
//                                  soffice --headless started on a pipe of its own
//   office_fixture teardown DIR    stops that soffice (only it) and removes DIR
// Tests find the office through DIR/pipe (see office_test_env.hxx).
#include "client/office.hxx"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <unistd.h>
#include <vector>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace reportkit::office;

namespace {

const char* program_dir = "/usr/lib/libreoffice/program";
constexpr uid_t nobody = 65534;

int run(const std::vector<std::string>& argv, const std::string& log) {
    pid_t pid = fork();
    if (pid == 0) {
        FILE* f = std::freopen(log.c_str(), "a", stdout);
        if (f) dup2(fileno(stdout), 2);
        std::vector<char*> args;
        for (auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p);
    std::string s;
    std::getline(in, s);
    return s;
}

// unopkg refuses to install into a user profile as root: as root, install as nobody.
int install_extension(const fs::path& dir, const fs::path& oxt) {
    fs::path profile = dir / "profile", copy = dir / oxt.filename();
    fs::create_directories(profile);
    fs::copy_file(oxt, copy, fs::copy_options::overwrite_existing);
    std::vector<std::string> argv;
    if (geteuid() == 0) {
        for (auto& p : {dir, profile, copy})
            if (chown(p.c_str(), nobody, nobody) != 0) return 1;
        argv = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=" + dir.string()};
    }
    for (std::string a : {std::string(program_dir) + "/unopkg", std::string("add"), std::string("-f"),
                          std::string("-s"), "-env:UserInstallation=" + file_url(profile.string()), copy.string()})
        argv.push_back(a);
    return run(argv, (dir / "unopkg.log").string());
}

int setup(const fs::path& dir, const fs::path& oxt) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    if (int rc = install_extension(dir, oxt); rc != 0) {
        std::cerr << "office_fixture: unopkg add failed (" << rc << "), see " << (dir / "unopkg.log") << "\n";
        return 1;
    }
    std::random_device rd;
    std::string pipe = "reportkit-test-" + std::to_string(getpid()) + "-" + std::to_string(rd());
    office_config config{(dir / "profile").string(), pipe, program_dir, (dir / "soffice.log").string()};
    try {
        auto office = office_process::start(config, std::chrono::seconds(90));
        std::ofstream(dir / "pipe") << pipe << "\n";
        std::ofstream(dir / "pgid") << office->release() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "office_fixture: " << e.what() << "\n";
        return 1;
    }
    std::cout << "office_fixture: soffice is up on pipe " << pipe << "\n";
    return 0;
}

int teardown(const fs::path& dir) {
    std::string pipe = read_file(dir / "pipe"), pgid = read_file(dir / "pgid");
    if (!pipe.empty() && !pgid.empty()) {
        bootstrap_client({(dir / "profile").string(), pipe, program_dir, {}});
        stop_detached(static_cast<pid_t>(std::stol(pgid)), pipe);
    }
    std::error_code ec;
    if (!std::getenv("REPORTKIT_KEEP_FIXTURE")) fs::remove_all(dir, ec);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::string verb = argc > 1 ? argv[1] : "";
    if (verb == "setup" && argc == 4) return setup(argv[2], argv[3]);
    if (verb == "teardown" && argc == 3) return teardown(argv[2]);
    std::cerr << "usage: office_fixture setup DIR OXT | teardown DIR\n";
    return 2;
}
