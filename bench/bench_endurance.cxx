// Endurance: render cycles through one resident office, each making the calls `reportkit render`
// makes (over one connection): a new document, the bundled outline inserted, filled from the
// sample sheet, saved as .odt and closed. No cycle may fail, and the office's resident memory after the
// last cycle stays within 1.5x of its memory after the first tenth (100 of 1,000).
//   bench_endurance [--check] [cycles]     (default 1,000; not part of `bench`: it takes a while)
#include "bench_office.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <org/reportkit/XReportData.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using namespace css;
using namespace reportkit::office;
using namespace reportkit::bench;

namespace {

// The resident memory (VmRSS, in MB) of soffice.bin in the office's process group.
double office_rss_mb(pid_t group) {
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        pid_t pid = std::stoi(name);
        if (getpgid(pid) != group) continue;
        std::ifstream status(entry.path() / "status");
        std::string line;
        bool office = false;
        while (std::getline(status, line)) {
            if (line.starts_with("Name:")) office = line.find("soffice.bin") != std::string::npos;
            if (office && line.starts_with("VmRSS:")) return std::stod(line.substr(6)) / 1024;
        }
    }
    throw std::runtime_error("no soffice.bin in the office's process group");
}

// Documents (Writer and the Calc sheets read for values) the office still holds open.
int open_components(const office_process& process) {
    auto e = process.desktop()->getComponents()->createEnumeration();
    int n = 0;
    for (; e->hasMoreElements(); e->nextElement())
        ++n;
    return n;
}

// One render: what `reportkit render --library office-annual --outline annual.full --data … -o
// out.odt` asks of the office, the engine created anew as each command creates it.
void render_once(const uno::Reference<uno::XComponentContext>& context, const rtl::OUString& sheet,
                 const rtl::OUString& output) {
    uno::Reference<org::reportkit::XReportEngine> engine(
        context->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine", context),
        uno::UNO_QUERY_THROW);
    uno::Reference<org::reportkit::XReportData> data(engine, uno::UNO_QUERY_THROW);
    document doc(context);
    engine->insertOutline(doc.doc, doc.doc->getText()->getEnd(), "office-annual", "annual.full");
    data->linkDataSheet(doc.doc, sheet);
    if (data->refresh(doc.doc) <= 0) throw std::runtime_error("the refresh filled nothing");
    if (to_std(doc.doc->getText()->getString()).find("【待填") != std::string::npos)
        throw std::runtime_error("the refresh left markers in the document");
    uno::Reference<frame::XStorable>(doc.doc, uno::UNO_QUERY_THROW)
        ->storeToURL(output,
                     properties({{"FilterName", uno::Any(to_ou("writer8"))}, {"Overwrite", uno::Any(true)}}));
}

} // namespace

int main(int argc, char** argv) {
    bool check = false;
    int cycles = 1000;
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]) == "--check")
            check = true;
        else
            cycles = std::stoi(argv[i]);
    int early = std::max(1, cycles / 10);
    int rc = 0, done = 0;
    try {
        bench_office office("bench-endurance");
        rtl::OUString sheet = to_ou(file_url(REPORTKIT_TEMPLATES "/samples/office-annual.ods"));
        rtl::OUString output = to_ou(file_url((office.dir / "report.odt").string()));
        pid_t group = office.process->pid();
        double start_mb = office_rss_mb(group), early_mb = 0;
        auto t0 = clock_type::now();
        double early_ms = 0;
        for (; done < cycles; ++done) {
            render_once(office.context, sheet, output);
            if (done + 1 == early) {
                early_mb = office_rss_mb(group);
                early_ms = ms_since(t0);
            }
            if ((done + 1) % 100 == 0)
                fmt::print(stderr, "  {} cycles, soffice.bin {:.0f} MB\n", done + 1, office_rss_mb(group));
        }
        double total_ms = ms_since(t0);
        double end_mb = office_rss_mb(group);
        int left_open = open_components(*office.process);
        double ratio = end_mb / early_mb;
        bool ok = ratio <= 1.5 && left_open == 0;
        fmt::print(
            "endurance: {} render cycles (office-annual, annual.full, sample sheet, .odt) in one office\n",
            cycles);
        fmt::print("  {:<44} {:>9.0f} MB\n", "soffice.bin resident at start", start_mb);
        fmt::print("  {:<44} {:>9.0f} MB\n", fmt::format("after {} cycles", early), early_mb);
        fmt::print("  {:<44} {:>9.0f} MB\n", fmt::format("after {} cycles", cycles), end_mb);
        fmt::print("  {:<44} {:>9.0f} ms\n", fmt::format("mean cycle, first {}", early), early_ms / early);
        fmt::print("  {:<44} {:>9.0f} ms\n", fmt::format("mean cycle, all {}", cycles), total_ms / cycles);
        fmt::print("  {:<44} {:>9}\n", "documents left open in the office", left_open);
        fmt::print("  memory after {} / after {}: {:.2f}x (target <= 1.5): {}\n", cycles, early, ratio,
                   ok ? "met" : "MISSED");
        if (check && !ok) rc = 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "bench_endurance: cycle {}: {}\n", done + 1, e.what());
        rc = 2;
    } catch (const uno::Exception& e) {
        fmt::print(stderr, "bench_endurance: cycle {}: {}\n", done + 1, to_std(e.Message).c_str());
        rc = 2;
    }
    return rc;
}
