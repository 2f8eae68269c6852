// The ctest fixture for real-LibreOffice tests, run against $REPORTKIT_OFFICE (else the system's):
//   office_fixture setup DIR OXT   a throwaway profile in DIR, the .oxt installed with unopkg,
//                                  soffice --headless started on a pipe of its own
//   office_fixture teardown DIR    stops that soffice (only it) and removes DIR
// DIR is fixture_folder(base): tests find the office through DIR/pipe (see office_test_env.hxx).
#include "fixture_folder.hxx"
#include "uno/client/office.hxx"
#include "uno/client/unopkg.hxx"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace reportkit::office;

namespace {

std::string program_dir;

std::string read_file(const fs::path& p) {
    std::ifstream in(p);
    std::string s;
    std::getline(in, s);
    return s;
}

int setup(const fs::path& dir, const fs::path& oxt) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::cout << "office_fixture: LibreOffice in " << program_dir << std::endl; // before unopkg forks
    if (int rc = unopkg_add(program_dir, (dir / "profile").string(), oxt, (dir / "unopkg.log").string());
        rc != 0) {
        std::cerr << "office_fixture: unopkg add failed (" << rc << "), see " << (dir / "unopkg.log") << "\n";
        return 1;
    }
    std::random_device rd;
    std::string pipe = "reportkit-test-" + std::to_string(getpid()) + "-" + std::to_string(rd());
    office_config config{.profile_dir = (dir / "profile").string(),
                         .pipe = pipe,
                         .program_dir = program_dir,
                         .log_file = (dir / "soffice.log").string()};
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
        bootstrap_client(
            {.profile_dir = (dir / "profile").string(), .pipe = pipe, .program_dir = program_dir});
        stop_detached(static_cast<pid_t>(std::stol(pgid)), pipe);
    }
    std::error_code ec;
    if (!std::getenv("REPORTKIT_KEEP_FIXTURE")) fs::remove_all(dir, ec);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::string verb = argc > 1 ? argv[1] : "";
    try {
        program_dir = office_program_dir();
    } catch (const office_error& e) {
        std::cerr << "office_fixture: " << e.what() << "\n";
        return 1;
    }
    if (verb == "setup" && argc == 4) return setup(reportkit::test::fixture_folder(argv[2]), argv[3]);
    if (verb == "teardown" && argc == 3) return teardown(reportkit::test::fixture_folder(argv[2]));
    std::cerr << "usage: office_fixture setup DIR OXT | teardown DIR\n";
    return 2;
}
