// One table for one job: 2,000 live numbers in a 200-page report (100 sections of 20 paragraphs,
// one placeholder each), ReportKit step by step and whole, against the offline engines (Carbone,
// docxtpl, relatorio) on the same text and values and against one Writer replaceAll per value.
//   bench_compare --cli REPORTKIT --peers DIR --samples DIR [--runs N] [--renders N] [--out FILE] [--check]
//                 [--only PART,…]   parts: steps, naive, visible, render, batch, peers (all by default)
// Peers missing on this machine are installed first (see ensure_peers). Every figure is the
// median of --runs runs with their minimum and maximum; each target prints met or MISSED.
#include "bench_office.hxx"
#include "uno/common/strings.hxx"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <org/reportkit/XReportData.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <thread>
#include <vector>

using namespace css;
using namespace reportkit::office;
using namespace reportkit::bench;
namespace fs = std::filesystem;

namespace {

constexpr int paragraphs = 20; // a section; one placeholder each

int value_of(int i, int offset) {
    return 100 + (i * 7 + offset) % 900;
}

// `sections` sections of fresh text under level-1 parts of ten; `tag(i)` is what stands where
// value i goes: a placeholder for ReportKit, a marker from which the peers' templates are made.
template <class Tag> std::string library_xml(const std::string& id, int sections, Tag tag) {
    std::string xml = "<library id=\"" + id + "\" version=\"1.0.0\" title=\"对比基准\">\n<fields>\n";
    for (int i = 0; i < sections * paragraphs; ++i)
        xml +=
            fmt::format("<field key=\"n.f{}\" type=\"integer\" unit=\"项\" label=\"第{}项工作量\"/>\n", i, i);
    xml += "</fields>\n";
    for (int s = 0, n = 0; s < sections; ++s) {
        xml += fmt::format("<section id=\"s{}\" title=\"全面落实第{}项年度任务\" level=\"2\">\n", s, s + 1);
        for (int p = 0; p < paragraphs; ++p, ++n)
            xml += fmt::format("<p>对照年初部署，第{}方面工作按计划推进，全年办结各类事项{}项，"
                               "责任单位密切配合，按期完成了阶段目标，群众满意度持续提升。</p>\n",
                               p + 1, tag(n));
        xml += "</section>\n";
    }
    xml += "<outline id=\"all\" title=\"全部\">\n<title>年度工作对比报告</title>\n";
    for (int s = 0; s < sections; ++s) {
        if (s % 10 == 0) xml += fmt::format("<heading level=\"1\">第{}部分</heading>\n", s / 10 + 1);
        xml += fmt::format("<include section=\"s{}\"/>\n", s);
    }
    return xml + "</outline>\n</library>\n";
}

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// A batch sheet of `units` units from a data sheet with a key, label, unit and value column
// (the bundled sample's): every unit has the sample's values under its own name.
std::string batch_sheet(const std::string& sample_csv, int units) {
    std::ifstream in(sample_csv);
    std::string line, out;
    std::getline(in, line);
    out = "key,label,unit";
    for (int u = 1; u <= units; ++u)
        out += fmt::format(",单位{:02}", u);
    out += "\n";
    while (std::getline(in, line)) {
        std::string value = line.substr(line.rfind(',') + 1);
        out += line.substr(0, line.rfind(','));
        for (int u = 1; u <= units; ++u)
            out += "," + (line.starts_with("org.name,") ? fmt::format("单位{:02}", u) : value);
        out += "\n";
    }
    return out;
}

void write_values(const fs::path& dir, int count) {
    std::string csv = "key,value\n", changed = csv, json = "{";
    for (int i = 0; i < count; ++i) {
        csv += fmt::format("n.f{},{}\n", i, value_of(i, 0));
        changed += fmt::format("n.f{},{}\n", i, value_of(i, 1));
        json += fmt::format("{}\"f{}\": {}", i ? ", " : "", i, value_of(i, 0));
    }
    write_file(dir / "values.csv", csv);
    write_file(dir / "changed.csv", changed);
    write_file(dir / "values.json", json + "}\n");
}

// A shell command's exit status; its output goes to `log`.
int run(const std::string& command, const fs::path& log) {
    int status = std::system((command + " >" + log.string() + " 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string output_of(const std::string& command) {
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buf[256];
        while (fgets(buf, sizeof buf, p))
            out += buf;
        pclose(p);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

// Milliseconds of a whole command, which must succeed.
double time_command(const std::string& command, const fs::path& log) {
    auto t0 = clock_type::now();
    if (run(command, log) != 0) throw std::runtime_error("failed (see " + log.string() + "): " + command);
    return ms_since(t0);
}

// The peers, each with its version, or the reason it is missing.
struct peers {
    std::string carbone, docxtpl, relatorio, node_path;
};

// Carbone from npm into the cache; docxtpl and relatorio as Debian packages (python3-docxtpl,
// python3-relatorio), installed with apt-get when this runs as root.
peers ensure_peers(const fs::path& cache, const fs::path& log) {
    peers p;
    fs::path node = cache / "node";
    fs::create_directories(node);
    if (!fs::exists(node / "node_modules/carbone/package.json")) {
        fmt::print("installing carbone 3 from npm into {}\n", node.string());
        run("npm install --prefix " + node.string() + " carbone@3 --no-audit --no-fund", log);
    }
    p.node_path = (node / "node_modules").string();
    p.carbone =
        output_of("node -p \"require('" + p.node_path + "/carbone/package.json').version\" 2>/dev/null");
    auto debian = [&](const char* package, const char* module) {
        std::string check = std::string("/usr/bin/python3 -c 'import ") + module + "' 2>/dev/null";
        if (std::system(check.c_str()) != 0 && geteuid() == 0) {
            fmt::print("installing {} with apt-get\n", package);
            run(std::string("apt-get install -y --no-install-recommends ") + package, log);
        }
        if (std::system(check.c_str()) != 0) return std::string();
        return output_of(std::string("dpkg-query -W -f '${Version}' ") + package + " 2>/dev/null");
    };
    p.docxtpl = debian("python3-docxtpl", "docxtpl");
    p.relatorio = debian("python3-relatorio", "relatorio");
    return p;
}

double median_of(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Wall-clock times, and the processor time the work took (when measured): on a shared machine
// the wall clock also counts the time the work waited for a core.
struct sample {
    std::vector<double> ms, cpu_ms;
    double median() const { return median_of(ms); }
    double min() const { return *std::min_element(ms.begin(), ms.end()); }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
};

template <class F> sample repeat(int runs, F f) {
    sample s;
    for (int i = 0; i < runs; ++i)
        s.ms.push_back(f());
    return s;
}

// Processor time in ms of process `pid` (all its threads; 0 when none), and of this process's
// children that have ended (the commands it ran, with the offices they started and waited for).
double cpu_ms(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (pid <= 0 || !std::getline(stat, line) || line.rfind(')') == std::string::npos) return 0;
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string skip;
    for (int i = 3; i < 14; ++i) // fields 3 … 13, then utime and stime
        fields >> skip;
    double user = 0, system = 0;
    fields >> user >> system;
    return 1000.0 * (user + system) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// Processor time in ms of the main thread of process `pid`, in nanoseconds' precision: the thread
// where the engine works.
double main_thread_cpu_ms(pid_t pid) {
    double ns = 0;
    std::ifstream("/proc/" + std::to_string(pid) + "/schedstat") >> ns;
    return ns / 1e6;
}

double children_cpu_ms() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

// repeat, also taking the processor time of the commands run and of the office `pid` (0: none).
template <class F> sample repeat_timed(int runs, pid_t office, F f) {
    sample s;
    for (int i = 0; i < runs; ++i) {
        double c0 = children_cpu_ms() + cpu_ms(office);
        s.ms.push_back(f());
        s.cpu_ms.push_back(children_cpu_ms() + cpu_ms(office) - c0);
    }
    return s;
}

// The resident memory of the soffice.bin in process group `pgid`, in MiB (0 when not found).
double office_rss_mib(pid_t pgid) {
    for (const auto& entry : fs::directory_iterator("/proc")) {
        std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        if (getpgid(std::stoi(name)) != pgid) continue;
        std::ifstream status(entry.path() / "status");
        std::string line;
        bool office = false;
        while (std::getline(status, line)) {
            if (line.rfind("Name:", 0) == 0) office = line.find("soffice.bin") != std::string::npos;
            if (office && line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024;
        }
    }
    return 0;
}

// The process group of the office `reportkit render --keep-office` left running in `profile`; 0: none.
pid_t kept_office(const fs::path& profile) {
    std::string pgid;
    std::getline(std::ifstream(profile / "office.pgid"), pgid);
    return pgid.empty() ? 0 : static_cast<pid_t>(std::stol(pgid));
}

// Stops the office `reportkit render --keep-office` left running in `profile`.
void stop_kept_office(const fs::path& profile) {
    pid_t group = kept_office(profile);
    if (group == 0) return;
    kill(-group, SIGTERM);
    for (int i = 0; i < 200 && kill(-group, 0) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    kill(-group, SIGKILL);
    fs::remove(profile / "office.pgid");
}

// Xvfb on a free display, for the visible window; stopped with its destructor.
struct xvfb {
    std::string display;
    pid_t pid = start_xvfb(display);
    ~xvfb() {
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
    }
};

uno::Reference<text::XTextDocument> visible_document(const uno::Reference<uno::XComponentContext>& context) {
    uno::Reference<frame::XComponentLoader> loader(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.frame.Desktop", context),
        uno::UNO_QUERY_THROW);
    return {loader->loadComponentFromURL("private:factory/swriter", "_blank", 0, {}), uno::UNO_QUERY_THROW};
}

// Until Writer is idle again: every pending event, timer and idle handler (layout, repaint) run,
// then the view on the last page, which lays out any page still waiting.
void wait_until_done(const uno::Reference<awt::XToolkitExperimental>& toolkit,
                     const uno::Reference<text::XTextDocument>& doc) {
    toolkit->processEventsToIdle();
    uno::Reference<frame::XModel> model(doc, uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextViewCursorSupplier> views(model->getCurrentController(), uno::UNO_QUERY_THROW);
    uno::Reference<text::XPageCursor>(views->getViewCursor(), uno::UNO_QUERY_THROW)->jumpToLastPage();
    toolkit->processEventsToIdle();
}

struct row {
    std::string what;
    std::optional<sample> s;
    std::string note; // a figure that is not a time, or why a row is empty
    std::string target;
    std::optional<bool> met;
};

std::string grouped(int n) {
    return n >= 1000 ? fmt::format("{},{:03}", n / 1000, n % 1000) : std::to_string(n);
}

std::string ms_text(double ms) {
    return ms >= 1000  ? fmt::format("{:.2f} s", ms / 1000)
           : ms >= 100 ? fmt::format("{:.0f} ms", ms)
                       : fmt::format("{:.1f} ms", ms);
}

std::string table(const std::vector<row>& rows) {
    std::string out = "| what | median | min | max | processor time (median) | target | |\n"
                      "|---|--:|--:|--:|--:|---|---|\n";
    for (const row& r : rows) {
        std::string verdict = r.met ? (*r.met ? "met" : "MISSED") : "";
        std::string cpu = r.s && !r.s->cpu_ms.empty() ? ms_text(median_of(r.s->cpu_ms)) : "";
        if (r.s)
            out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", r.what, ms_text(r.s->median()),
                               ms_text(r.s->min()), ms_text(r.s->max()), cpu, r.target, verdict);
        else
            out += fmt::format("| {} | {} | | | | {} | {} |\n", r.what, r.note, r.target, verdict);
    }
    return out;
}

std::string machine() {
    utsname u{};
    uname(&u);
    std::string cpu = output_of("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2");
    std::string load = output_of("cut -d' ' -f1-3 /proc/loadavg");
    return fmt::format("{} {}, {} cores ({}), load average {} at the start", u.sysname, u.machine,
                       std::thread::hardware_concurrency(), cpu.empty() ? "?" : cpu.substr(1), load);
}

struct options {
    std::string cli, peers_dir, samples, out;
    int runs = 5, renders = 100;
    bool check = false;
    std::set<std::string> only; // empty: every part
    bool wants(const std::string& part) const { return only.empty() || only.contains(part); }
};

const std::set<std::string> parts = {"steps", "naive", "visible", "render", "batch", "peers"};

options parse(int argc, char** argv) {
    options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&] {
            if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
            return std::string(argv[++i]);
        };
        if (a == "--cli")
            o.cli = value();
        else if (a == "--peers")
            o.peers_dir = value();
        else if (a == "--samples")
            o.samples = value();
        else if (a == "--out")
            o.out = value();
        else if (a == "--runs")
            o.runs = std::max(1, std::stoi(value()));
        else if (a == "--renders")
            o.renders = std::max(0, std::stoi(value()));
        else if (a == "--check")
            o.check = true;
        else if (a == "--only") {
            std::stringstream list(value());
            for (std::string part; std::getline(list, part, ',');) {
                if (!parts.contains(part)) throw std::runtime_error("unknown part " + part);
                o.only.insert(part);
            }
        } else
            throw std::runtime_error("unknown option " + a);
    }
    if (o.cli.empty() || o.peers_dir.empty() || o.samples.empty())
        throw std::runtime_error("usage: bench_compare --cli REPORTKIT --peers DIR --samples DIR [--runs N] "
                                 "[--renders N] [--out FILE] [--check] [--only PART,…]");
    return o;
}

fs::path cache_dir() {
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return fs::path(x) / "reportkit/bench";
    if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".cache/reportkit/bench";
    return fs::temp_directory_path() / "reportkit-bench-cache";
}

constexpr int full = 100, placeholders = full * paragraphs;

// What the parts share: the job's files in the headless office's folder, the options, the table.
struct bench {
    const options& o;
    bench_office& office;
    fs::path dir = office.dir, log = office.dir / "last.log";
    std::vector<row> rows{};
    std::optional<sample> carbone{};
    std::map<std::string, sample> whole{};
    std::optional<sample> sample_report{};
    pid_t kept_office = 0; // the process group of the office `render --keep-office` left running
};

void write_job(const fs::path& dir) {
    auto placeholder = [](int i) { return fmt::format("{{{{n.f{}}}}}", i); };
    for (int s : {10, 30, full})
        write_file(dir / fmt::format("job{}.xml", s), library_xml(fmt::format("job{}", s), s, placeholder));
    write_file(dir / "marked.xml",
               library_xml("marked", full, [](int i) { return fmt::format("@@f{}@@", i); }));
    write_values(dir, placeholders);
}

// ReportKit in a private headless office: the engine's calls, as `render` makes them.
void steps(bench& b) {
    auto engine = b.office.engine<org::reportkit::XReportEngine>();
    uno::Reference<org::reportkit::XReportData> data(engine, uno::UNO_QUERY_THROW);
    std::map<int, sample> insert;
    pid_t office = b.office.process->pid();
    for (int s : {10, 30, full}) {
        auto lib = engine->loadLibrary(to_ou(file_url((b.dir / fmt::format("job{}.xml", s)).string())));
        for (int i = 0; i < b.o.runs; ++i) {
            document doc(b.office.context);
            double c0 = main_thread_cpu_ms(office);
            auto t0 = clock_type::now();
            engine->insertOutline(doc.doc, nullptr, lib, "all");
            insert[s].ms.push_back(ms_since(t0));
            insert[s].cpu_ms.push_back(main_thread_cpu_ms(office) - c0);
        }
        b.rows.push_back(
            {fmt::format("ReportKit: insert {} sections ({} placeholders)", s, grouped(s * paragraphs)),
             insert[s],
             "",
             "",
             {}});
    }
    // The ratios by the wall clock (the targets), and by the office's processor time, which the
    // load of a shared machine at the moment of each size does not skew.
    for (bool by_cpu : {false, true}) {
        auto median = [&](int s) { return by_cpu ? median_of(insert[s].cpu_ms) : insert[s].median(); };
        double linear = median(full) / median(10), per_placeholder = linear / 10;
        std::string how = by_cpu ? " (processor time)" : "";
        b.rows.push_back({"ReportKit: insert, 100 sections against 10" + how,
                          {},
                          fmt::format("{:.1f}×", linear),
                          "≤ 12×",
                          linear <= 12});
        b.rows.push_back({"ReportKit: time per placeholder, 2,000 against 200" + how,
                          {},
                          fmt::format("{:.2f}×", per_placeholder),
                          "≤ 1.5×",
                          per_placeholder <= 1.5});
    }

    sample fill, refresh;
    for (int i = 0; i < b.o.runs; ++i) {
        document doc(b.office.context);
        engine->insertOutline(doc.doc, nullptr, "job100", "all");
        data->linkDataSheet(doc.doc, to_ou(file_url((b.dir / "values.csv").string())));
        auto t0 = clock_type::now();
        if (data->refresh(doc.doc) != placeholders) throw std::runtime_error("the fill missed values");
        fill.ms.push_back(ms_since(t0));
        data->linkDataSheet(doc.doc, to_ou(file_url((b.dir / "changed.csv").string())));
        t0 = clock_type::now();
        if (data->refresh(doc.doc) == 0) throw std::runtime_error("the refresh changed nothing");
        refresh.ms.push_back(ms_since(t0));
    }
    b.rows.push_back({"ReportKit: fill 2,000 markers from a CSV (call)", fill, "", "", {}});
    b.rows.push_back({"ReportKit: refresh 2,000 changed values (call)", refresh, "", "", {}});
}

void naive(bench& b) {
    auto engine = b.office.engine<org::reportkit::XReportEngine>();
    uno::Reference<org::reportkit::XReportData> data(engine, uno::UNO_QUERY_THROW);
    engine->loadLibrary(to_ou(file_url((b.dir / "job100.xml").string())));
    sample naive;
    document doc(b.office.context);
    engine->insertOutline(doc.doc, nullptr, "job100", "all");
    data->convertFieldsToText(doc.doc);
    uno::Reference<util::XReplaceable> replaceable(doc.doc, uno::UNO_QUERY_THROW);
    auto t0 = clock_type::now();
    for (int i = 0; i < placeholders; ++i) {
        auto descriptor = replaceable->createReplaceDescriptor();
        descriptor->setSearchString(to_ou(fmt::format("【待填：第{}项工作量】", i)));
        descriptor->setReplaceString(to_ou(std::to_string(value_of(i, 0))));
        replaceable->replaceAll(uno::Reference<util::XSearchDescriptor>(descriptor.get()));
    }
    naive.ms.push_back(ms_since(t0));
    b.rows.push_back({"Writer: one replaceAll per value (1 run, the naive way)", naive, "", "", {}});
}

// The same engine in a visible window: what a writer waits for.
void visible(bench& b) {
    xvfb x;
    bench_office visible("bench-compare-visible", x.display);
    auto vengine = visible.engine<org::reportkit::XReportEngine>();
    uno::Reference<org::reportkit::XReportData> vdata(vengine, uno::UNO_QUERY_THROW);
    uno::Reference<awt::XToolkitExperimental> toolkit(awt::Toolkit::create(visible.context),
                                                      uno::UNO_QUERY_THROW);
    auto close = [](const uno::Reference<text::XTextDocument>& doc) {
        uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    };
    // Insert Whole Report (the deck's button makes this call) in a new window, until idle: the
    // first in the fresh office, then in a new window each run.
    pid_t office = visible.process->pid();
    auto whole_report = [&](sample& s) {
        auto doc = visible_document(visible.context);
        toolkit->processEventsToIdle();
        double c0 = cpu_ms(office);
        auto t0 = clock_type::now();
        // What the button's insertOutlineLaidOut does in an empty document, in two calls.
        vengine->applyLayout(doc, vengine->getLayout("office-annual", "annual.full"));
        vengine->insertOutline(doc, nullptr, "office-annual", "annual.full");
        wait_until_done(toolkit, doc);
        s.ms.push_back(ms_since(t0));
        s.cpu_ms.push_back(cpu_ms(office) - c0);
        close(doc);
    };
    sample first, again;
    whole_report(first);
    b.rows.push_back({"ReportKit: first Insert Whole Report in a fresh office, until idle (visible, the "
                      "sample report)",
                      first,
                      "",
                      "",
                      {}});
    for (int i = 0; i < b.o.runs; ++i)
        whole_report(again);
    b.rows.push_back(
        {"ReportKit: Insert Whole Report in a new window, until idle (visible, the sample report)",
         again,
         "",
         "",
         {}});

    auto lib = vengine->loadLibrary(to_ou(file_url((b.dir / "job100.xml").string())));
    auto doc = visible_document(visible.context);
    vengine->insertOutline(doc, nullptr, lib, "all");
    const char* sheets[] = {"values.csv", "changed.csv"};
    vdata->linkDataSheet(doc, to_ou(file_url((b.dir / sheets[0]).string())));
    vdata->refresh(doc);
    wait_until_done(toolkit, doc);
    int turn = 1;
    sample call, done; // the refresh call, and until Writer is idle: wall clock and the office's time
    for (int i = 0; i < b.o.runs; ++i) {
        vdata->linkDataSheet(doc, to_ou(file_url((b.dir / sheets[turn++ % 2]).string())));
        toolkit->processEventsToIdle();
        double c0 = cpu_ms(office);
        auto t0 = clock_type::now();
        vdata->refresh(doc);
        call.ms.push_back(ms_since(t0));
        call.cpu_ms.push_back(cpu_ms(office) - c0);
        wait_until_done(toolkit, doc);
        done.ms.push_back(ms_since(t0));
        done.cpu_ms.push_back(cpu_ms(office) - c0);
    }
    b.rows.push_back({"ReportKit: refresh 2,000 values, the call (visible)", call, "", "", {}});
    b.rows.push_back({"ReportKit: refresh 2,000 values until Writer is idle (visible)", done, "", "≤ 250 ms",
                      done.median() <= 250});
    close(doc);

    auto small = visible_document(visible.context);
    sample section = repeat(std::max(b.o.runs, 10), [&] {
        toolkit->processEventsToIdle();
        auto t0 = clock_type::now();
        vengine->insertSection(small, small->getText()->getEnd(), "office-annual", "duties.documents");
        toolkit->processEventsToIdle();
        return ms_since(t0);
    });
    b.rows.push_back({"ReportKit: one sample section until Writer is idle (visible)", section, "", "≤ 50 ms",
                      section.median() <= 50});
    close(small);
}

std::string render_command(const bench& b) {
    return b.o.cli + " render --profile " + (b.dir / "cli").string() + " --library " +
           (b.dir / "job100.xml").string() + " --outline all --data " + (b.dir / "values.csv").string();
}

// The whole command, as a user runs it: cold (office start included) and warm.
void renders(bench& b) {
    const options& o = b.o;
    std::string render = render_command(b);
    time_command(render + " -o " + (b.dir / "warmup.odt").string(), b.log); // installs the extension
    for (const char* ext : {"odt", "pdf"})
        b.whole[std::string("cold ") + ext] = repeat_timed(o.runs, 0, [&] {
            return time_command(render + " -o " + (b.dir / (std::string("cold.") + ext)).string(), b.log);
        });
    time_command(render + " --keep-office -o " + (b.dir / "warmup.odt").string(), b.log);
    b.kept_office = kept_office(b.dir / "cli");
    for (const char* ext : {"odt", "pdf"})
        b.whole[std::string("warm ") + ext] = repeat_timed(o.runs, b.kept_office, [&] {
            return time_command(
                render + " --keep-office -o " + (b.dir / (std::string("warm.") + ext)).string(), b.log);
        });
    b.sample_report = repeat_timed(o.runs, b.kept_office, [&] {
        return time_command(o.cli + " render --profile " + (b.dir / "cli").string() +
                                " --keep-office --library office-annual --outline annual.full --data " +
                                o.samples + "/office-annual.csv -o " + (b.dir / "sample.odt").string(),
                            b.log);
    });
}

// Batch: the sample report for 20 units through one office, then through two (kept warm).
void batch(bench& b) {
    const int units = 20;
    write_file(b.dir / "units.csv", batch_sheet(b.o.samples + "/office-annual.csv", units));
    auto batch = [&](int offices) {
        return b.o.cli + " render --profile " + (b.dir / "batch").string() +
               " --keep-office --library office-annual --outline annual.full --batch " +
               (b.dir / "units.csv").string() + fmt::format(" -j {} -o ", offices) +
               (b.dir / "batch-out" / "{name}.odt").string();
    };
    time_command(batch(2), b.log); // installs the extension into both profiles
    sample one_office = repeat(b.o.runs, [&] { return time_command(batch(1), b.log); });
    sample two_offices = repeat(b.o.runs, [&] { return time_command(batch(2), b.log); });
    stop_kept_office(b.dir / "batch");
    stop_kept_office(b.dir / "batch-2");
    auto per_minute = [&](const sample& s) { return 60000.0 * units / s.median(); };
    b.rows.push_back(
        {fmt::format("ReportKit: `render --batch`, {} sample reports, 1 office ({:.0f} reports per "
                     "minute)",
                     units, per_minute(one_office)),
         one_office,
         "",
         "",
         {}});
    b.rows.push_back({fmt::format("ReportKit: `render --batch -j 2`, 2 offices ({:.0f} reports per minute)",
                                  per_minute(two_offices)),
                      two_offices,
                      "",
                      "",
                      {}});
    b.rows.push_back({"ReportKit: speed-up of `--batch` from 1 office to 2",
                      {},
                      fmt::format("{:.2f}×", one_office.median() / two_offices.median()),
                      "",
                      {}});
}

// The peers' templates: the same text rendered by ReportKit with markers where values go.
void peers_part(bench& b) {
    const fs::path& dir = b.dir;
    time_command(b.o.cli + " render --profile " + (dir / "cli").string() + " --keep-office --library " +
                     (dir / "marked.xml").string() + " --outline all -o " + (dir / "marked.odt").string() +
                     " -o " + (dir / "marked.docx").string(),
                 b.log);
    time_command("/usr/bin/python3 " + b.o.peers_dir + "/make_templates.py " + (dir / "marked.odt").string() +
                     " " + (dir / "marked.docx").string() + " " + dir.string(),
                 b.log);
    peers p = ensure_peers(cache_dir(), b.log);
    std::string json = (dir / "values.json").string();
    auto peer_row = [&](const std::string& name, const std::string& version, const std::string& command) {
        if (version.empty()) {
            b.rows.push_back({name, {}, "not installed", "", {}});
            return std::optional<sample>();
        }
        sample s = repeat_timed(b.o.runs, 0, [&] { return time_command(command, b.log); });
        b.rows.push_back({name + " " + version + " (whole process)", s, "", "", {}});
        return std::optional<sample>(s);
    };
    b.carbone =
        peer_row("Carbone", p.carbone,
                 "NODE_PATH=" + p.node_path + " node " + b.o.peers_dir + "/carbone_job.js " +
                     (dir / "carbone.odt").string() + " " + json + " " + (dir / "carbone-out.odt").string());
    peer_row("docxtpl", p.docxtpl,
             "/usr/bin/python3 " + b.o.peers_dir + "/docxtpl_job.py " + (dir / "docxtpl.docx").string() +
                 " " + json + " " + (dir / "docxtpl-out.docx").string());
    peer_row("relatorio", p.relatorio,
             "/usr/bin/python3 " + b.o.peers_dir + "/relatorio_job.py " + (dir / "relatorio.odt").string() +
                 " " + json + " " + (dir / "relatorio-out.odt").string());
}

void render_rows(bench& b) {
    std::string against = b.carbone ? fmt::format("≤ 3× Carbone = {}", ms_text(3 * b.carbone->median())) : "";
    for (const char* ext : {"odt", "pdf"}) {
        const sample& w = b.whole[std::string("warm ") + ext];
        std::optional<bool> met;
        if (b.carbone && std::string(ext) == "odt") met = w.median() <= 3 * b.carbone->median();
        b.rows.push_back({fmt::format("ReportKit: `render` warm, .{}", ext), w, "",
                          std::string(ext) == "odt" ? against : "", met});
    }
    for (const char* ext : {"odt", "pdf"}) {
        const sample& c = b.whole[std::string("cold ") + ext];
        b.rows.push_back({fmt::format("ReportKit: `render` cold (office start included), .{}", ext), c, "",
                          "≤ 5 s", c.median() <= 5000});
    }
    b.rows.push_back({"ReportKit: `render` warm, the sample report (office-annual, filled)", *b.sample_report,
                      "", "≤ 0.5 s", b.sample_report->median() <= 500});
}

// Memory: the kept office after the job, and after many more renders of it.
void memory(bench& b) {
    b.rows.push_back({"office memory (RSS) after the job",
                      {},
                      fmt::format("{:.0f} MiB", office_rss_mib(b.kept_office)),
                      "",
                      {}});
    if (b.o.renders <= 0) return;
    for (int i = 0; i < b.o.renders; ++i)
        time_command(render_command(b) + " --keep-office -o " + (b.dir / "endurance.odt").string(), b.log);
    b.rows.push_back({fmt::format("office memory (RSS) after {} more renders", b.o.renders),
                      {},
                      fmt::format("{:.0f} MiB", office_rss_mib(b.kept_office)),
                      "",
                      {}});
}

} // namespace

int main(int argc, char** argv) {
    int rc = 0;
    try {
        options o = parse(argc, argv);
        std::string started = machine();
        bench_office office("bench-compare");
        bench b{.o = o, .office = office};
        write_job(b.dir);
        if (o.wants("steps")) steps(b);
        if (o.wants("naive")) naive(b);
        if (o.wants("visible")) visible(b);
        if (o.wants("render")) renders(b);
        if (o.wants("batch")) batch(b);
        if (o.wants("peers")) peers_part(b);
        if (o.wants("render")) {
            render_rows(b);
            memory(b);
        }
        stop_kept_office(b.dir / "cli");

        std::string report = fmt::format(
            "2,000 placeholders in a 200-page report (100 sections × 20 paragraphs), median of {} runs\n"
            "{}, {}\n\n{}",
            o.runs, output_of("date -u '+%Y-%m-%d %H:%M UTC'"), started, table(b.rows));
        fmt::print("{}", report);
        if (!o.out.empty()) write_file(o.out, report);
        bool all_met =
            std::none_of(b.rows.begin(), b.rows.end(), [](const row& r) { return r.met && !*r.met; });
        if (o.check && !all_met) rc = 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "bench_compare: {}\n", e.what());
        rc = 2;
    } catch (const uno::Exception& e) {
        fmt::print(stderr, "bench_compare: {}\n", to_std(e.Message).c_str());
        rc = 2;
    }
    return rc;
}
