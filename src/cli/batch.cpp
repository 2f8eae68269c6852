// Batch rendering: the units of a batch sheet split over N offices (one child process each, its
// own profile); in each office the report is built once, then for every unit linked to the
// unit's values, refreshed and stored.
#include "batch.hpp"

#include "core/data/batch.hpp"
#include "core/data/csv.hpp"
#include "uno/common/strings.hxx"

#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace css;
using reportkit::office::to_ou;

namespace reportkit::cli {
namespace {

std::string output_for(std::string pattern, const std::string& name) {
    for (size_t i = pattern.find("{name}"); i != std::string::npos;
         i = pattern.find("{name}", i + name.size()))
        pattern.replace(i, 6, name);
    return pattern;
}

// A unit's folder may be its own ('out/{name}/report.odt'): made as it is written.
void store(const office_session& session, const uno::Reference<text::XTextDocument>& doc,
           const std::string& out) {
    if (fs::path(out).has_parent_path()) fs::create_directories(fs::path(out).parent_path());
    store_as(session, doc, out);
    say("wrote " + out);
}

// The units of one office, in one office: the report built once, each unit's values linked,
// refreshed, unlinked (the unit's sheet is temporary) and stored. Returns how many failed.
int render_part(const batch_job& job, const std::vector<const batch_unit*>& units,
                const session_options& so) {
    office_session session(so);
    auto data = session.data();
    document_closer doc{session.new_document()};
    insert_report(session, doc.doc, job.library, job.outline, job.sections, job.layout);

    fs::path sheets = fs::path(profile_dir(so)) / fmt::format("batch-{}", getpid());
    fs::create_directories(sheets);
    int failed = 0;
    for (const batch_unit* u : units) {
        try {
            fs::path sheet = sheets / "unit.csv";
            std::ofstream(sheet, std::ios::binary) << grid_csv(u->sheet);
            data->linkDataSheet(doc.doc, to_ou(office::file_url(sheet.string())));
            data->refresh(doc.doc);
            data->unlinkDataSheet(doc.doc);
            for (auto& out : job.outputs)
                store(session, doc.doc, output_for(out, u->name));
        } catch (const uno::Exception& e) {
            std::cerr << "reportkit render: error: unit " << u->name << ": " << office::to_std(e.Message)
                      << "\n";
            ++failed;
        }
    }
    fs::remove_all(sheets);
    return failed;
}

// The profile of office `index`: the session's own for the first, a sibling for the others.
session_options office_options(const batch_job& job, int index) {
    session_options so = job.session;
    if (index > 0) so.profile = profile_dir(job.session) + fmt::format("-{}", index + 1);
    return so;
}

} // namespace

int render_batch(const batch_job& job) {
    csv_result read = read_csv_file(job.sheet);
    batch_result batch = split_batch(read.grid);
    diagnostics problems = read.problems;
    problems.insert(problems.end(), batch.problems.begin(), batch.problems.end());
    if (has_errors(problems)) {
        for (const diagnostic& d : problems)
            if (d.level == severity::error) std::cerr << format_diagnostic(d) << "\n";
        return 1;
    }
    int offices = std::min<int>(job.offices, static_cast<int>(batch.units.size()));
    auto t0 = std::chrono::steady_clock::now();
    int failed = 0;
    if (offices <= 1) {
        std::vector<const batch_unit*> all;
        for (const batch_unit& u : batch.units)
            all.push_back(&u);
        failed = render_part(job, all, office_options(job, 0));
    } else {
        // One child per office, started before this process talks UNO.
        std::cerr.flush();
        std::vector<pid_t> children;
        for (int k = 0; k < offices; ++k) {
            std::vector<const batch_unit*> part;
            for (size_t i = static_cast<size_t>(k); i < batch.units.size(); i += static_cast<size_t>(offices))
                part.push_back(&batch.units[i]);
            pid_t pid = fork();
            if (pid == 0) // exits with how many of its units failed
                _exit(std::min(125, run_command(
                                        "render", "",
                                        [&] { return render_part(job, part, office_options(job, k)); },
                                        static_cast<int>(part.size()))));
            children.push_back(pid);
        }
        for (pid_t pid : children) {
            int status = 0;
            waitpid(pid, &status, 0);
            failed += WIFEXITED(status) ? WEXITSTATUS(status) : 1;
        }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    size_t done = batch.units.size() - std::min(batch.units.size(), static_cast<size_t>(failed));
    say(fmt::format("{} reports in {:.1f} s with {} office{}: {:.1f} reports per minute", done, seconds,
                    offices, offices == 1 ? "" : "s", 60.0 * static_cast<double>(done) / seconds));
    return failed ? 1 : 0;
}

} // namespace reportkit::cli
