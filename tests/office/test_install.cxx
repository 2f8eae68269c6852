// The README's install command, run exactly as written in a script: no terminal, no answers.
#include "office_test_env.hxx"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace reportkit::test;
namespace fs = std::filesystem;

namespace {

// The first line of the README's shell blocks that runs unopkg add.
std::string readme_install_command() {
    std::ifstream readme(REPORTKIT_README);
    std::string line;
    while (std::getline(readme, line))
        if (line.starts_with("unopkg add ")) return line;
    return {};
}

std::string read_all(const fs::path& path) {
    std::stringstream s;
    s << std::ifstream(path).rdbuf();
    return s.str();
}

// Runs a shell command in `dir` with a fresh HOME (so a fresh LibreOffice profile), stdin closed,
// as the unprivileged user the fixture uses when the tests run as root; returns its exit code.
int run_as_user(const fs::path& dir, const std::string& command, const fs::path& log) {
    std::string prefix;
    if (geteuid() == 0) {
        for (auto& p : fs::recursive_directory_iterator(dir))
            if (chown(p.path().c_str(), 65534, 65534) != 0) return -1;
        if (chown(dir.c_str(), 65534, 65534) != 0) return -1;
        prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    }
    std::string line = "cd '" + dir.string() + "' && " + prefix + "env -i HOME='" + (dir / "home").string() +
                       "' PATH=/usr/bin:/bin timeout 120 sh -c '" + command + "' </dev/null >>'" +
                       log.string() + "' 2>&1";
    int status = std::system(line.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST_CASE("the README's install command installs the extension without asking anything") {
    std::string command = readme_install_command();
    REQUIRE(command == "unopkg add build/reportkit-" REPORTKIT_VERSION ".oxt");
    fs::path dir = scratch("install"), log = dir / "unopkg.log";
    fs::create_directories(dir / "home");
    fs::create_directories(dir / "build");
    fs::copy_file(REPORTKIT_OXT, dir / "build" / ("reportkit-" REPORTKIT_VERSION ".oxt"));
    int rc = run_as_user(dir, command, log);
    INFO(read_all(log));
    CHECK(rc == 0);
    std::ofstream(log, std::ios::trunc);
    CHECK(run_as_user(dir, "unopkg list", log) == 0);
    CHECK(read_all(log).find("Identifier: org.reportkit.writer") != std::string::npos);
}
