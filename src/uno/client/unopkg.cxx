#include "uno/client/unopkg.hxx"

#include "uno/client/office.hxx"

#include <cstdio>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace reportkit::office {
namespace {

constexpr uid_t nobody = 65534;

int run(const std::vector<std::string>& argv, const std::string& log) {
    pid_t pid = fork();
    if (pid == 0) {
        if (std::freopen(log.c_str(), "a", stdout)) dup2(fileno(stdout), 2);
        unset_client_environment();
        std::vector<char*> args;
        for (auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

} // namespace

int unopkg_add(const std::string& program_dir, const std::string& profile_dir, const std::string& oxt,
               const std::string& log_file) {
    fs::path profile(profile_dir), dir = profile.parent_path(), copy = dir / fs::path(oxt).filename();
    fs::create_directories(profile);
    fs::copy_file(oxt, copy, fs::copy_options::overwrite_existing); // somewhere nobody can read it
    std::vector<std::string> argv;
    if (geteuid() == 0) {
        for (const fs::path& p : {dir, profile, copy})
            if (chown(p.c_str(), nobody, nobody) != 0) return 1;
        argv = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=" + dir.string()};
    }
    for (std::string a : {program_dir + "/unopkg", std::string("add"), std::string("-f"), std::string("-s"),
                          "-env:UserInstallation=" + file_url(profile_dir), copy.string()})
        argv.push_back(a);
    return run(argv, log_file);
}

} // namespace reportkit::office
