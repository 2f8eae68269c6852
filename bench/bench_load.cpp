// Loading and validating a large library file, against a bare pugixml parse of the same file (the
// floor), both measured in this run; plus linting the bundled libraries.
//   bench_load [--check] [--templates DIR]
// --check: exit 1 when a target is missed (load/floor > 2.0, bundled lint >= 50 ms).
#include "core/library/loader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace reportkit;
namespace fs = std::filesystem;

namespace {

constexpr int section_count = 5000;
constexpr int placeholders_per_section = 4; // 20,000 in all
constexpr int field_count = 2000;

// A library shaped like the bundled ones: run-in sections with items and placeholders.
std::string generate_library() {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<library id=\"bench\" version=\"1.0.0\" title=\"基准测试库\">\n  <fields>\n";
    for (int f = 0; f < field_count; ++f)
        xml += fmt::format(
            "    <field key=\"group{}.count{}\" type=\"integer\" unit=\"次\" label=\"第{}项统计数\"/>\n",
            f / 100, f % 100, f);
    xml += "  </fields>\n";
    int next_field = 0;
    auto key = [&] {
        int f = next_field++ % field_count;
        return fmt::format("group{}.count{}", f / 100, f % 100);
    };
    for (int s = 0; s < section_count; ++s) {
        xml += fmt::format("  <section id=\"part{}.section{}\" title=\"扎实推进第{}项重点工作\" level=\"2\" "
                           "run-in=\"true\" category=\"类别{}\" tags=\"标签 测试\">\n",
                           s / 100, s % 100, s, s % 12);
        xml += fmt::format("    <p>围绕年度目标任务，全年组织开展相关活动{{{{{}}}}}次，\n"
                           "      覆盖各部门各单位。<item>完善工作机制，形成制度{{{{{}}}}}项。</item>\n"
                           "      <item>加强督促检查，推动问题整改{{{{{}|approx=余}}}}个。</item></p>\n",
                           key(), key(), key());
        xml += fmt::format("    <p>各项工作取得明显成效，群众满意度持续提升，累计完成{{{{{}}}}}项。</p>\n",
                           key());
        xml += "  </section>\n";
    }
    xml += "  <outline id=\"all\" title=\"全部\">\n    <heading level=\"1\">主要工作</heading>\n";
    for (int s = 0; s < section_count; s += 50)
        xml += fmt::format("    <include section=\"part{}.section{}\"/>\n", s / 100, s % 100);
    xml += "  </outline>\n</library>\n";
    return xml;
}

double median_ms(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        work();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Peak resident memory (KiB) of a child that does `work` once, after the text is in memory.
long child_peak_kib(const std::function<void()>& work) {
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        work();
        _exit(0);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return usage.ru_maxrss;
}

// The whole file as a string, in one read of its known size: the least any loader pays.
std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(fs::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

// The generated library on disk for the length of the run.
struct temp_file {
    fs::path path;
    explicit temp_file(const std::string& text)
        : path(fs::temp_directory_path() / fmt::format("reportkit-bench-{}.xml", getpid())) {
        std::ofstream(path, std::ios::binary) << text;
    }
    ~temp_file() {
        std::error_code ec;
        fs::remove(path, ec);
    }
};

} // namespace

int main(int argc, char** argv) {
    bool check = false;
    std::string templates = REPORTKIT_TEMPLATES;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--check") {
            check = true;
        } else if (a == "--templates" && i + 1 < argc) {
            templates = argv[++i];
        } else {
            fmt::print(stderr, "usage: bench_load [--check] [--templates DIR]\n");
            return 2;
        }
    }

    const std::string xml = generate_library();
    const temp_file file(xml);
    const std::string path = file.path.string();
    auto parse = [](const std::string& text) {
        pugi::xml_document doc;
        doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    };
    // The floor: read the file and parse it with pugixml, building nothing.
    auto file_parse = [&] { parse(read_file(file.path)); };
    auto file_load = [&] { load_result r = load_library_file(path); };
    // The same pair on text already in memory, without the file read.
    auto text_parse = [&] { parse(xml); };
    auto text_load = [&] { load_result r = load_library_text(xml, path); };

    // Memory first, in children forked before this process has parsed anything: a child of a
    // process that already did would reuse its freed, still resident heap and look too small.
    long idle_kib = child_peak_kib([] {});
    long floor_kib = child_peak_kib(file_parse);
    long load_kib = child_peak_kib(file_load);
    {
        load_result r = load_library_file(path);
        if (!r.ok()) {
            fmt::print(stderr, "bench: the generated library has errors: {}\n",
                       r.diags.empty() ? "unreadable" : format_diagnostic(r.diags.front()));
            return 2;
        }
    }
    // Parse, then visit every node and attribute once, building nothing: what any loader pays.
    size_t sink = 0;
    auto walk = [&] {
        pugi::xml_document doc;
        doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
        struct counter : pugi::xml_tree_walker {
            size_t& n;
            explicit counter(size_t& n) : n(n) {}
            bool for_each(pugi::xml_node& node) override {
                n += std::string_view(node.value()).size();
                for (pugi::xml_attribute a : node.attributes())
                    n += std::string_view(a.value()).size();
                return true;
            }
        } c(sink);
        doc.traverse(c);
    };
    const int runs = 11;
    double file_parse_ms = median_ms(runs, file_parse);
    double file_load_ms = median_ms(runs, file_load);
    double text_parse_ms = median_ms(runs, text_parse);
    double walk_ms = median_ms(runs, walk);
    double text_load_ms = median_ms(runs, text_load);

    std::vector<fs::path> bundled;
    for (auto& e : fs::directory_iterator(templates))
        if (e.path().extension() == ".xml") bundled.push_back(e.path());
    std::sort(bundled.begin(), bundled.end());
    size_t bundled_errors = 0;
    for (auto& f : bundled)
        bundled_errors += count(load_library_file(f.string()).diags, severity::error);
    double lint_ms = median_ms(21, [&] {
        for (auto& f : bundled)
            load_library_file(f.string());
    });

    double ratio = file_load_ms / file_parse_ms;
    fmt::print("library load: {} sections, {} placeholders, {} fields, {:.1f} MiB of XML in {}\n",
               section_count, section_count * placeholders_per_section, field_count, xml.size() / 1048576.0,
               path);
    fmt::print("median of {} runs each\n", runs);
    fmt::print("  {:<46} {:>9} {:>18}\n", "", "median", "peak RSS (child)");
    fmt::print("  {:<46} {:>7.1f}ms {:>14} KiB\n", "a. file: read + pugixml parse (floor)", file_parse_ms,
               floor_kib);
    fmt::print("  {:<46} {:>7.1f}ms {:>14} KiB\n", "b. file: load_library_file (parse+model+lint)",
               file_load_ms, load_kib);
    fmt::print("  {:<46} {:>7.1f}ms\n", "   text: pugixml parse only", text_parse_ms);
    fmt::print("  {:<46} {:>7.1f}ms\n", "   text: parse + visit every node (no model)", walk_ms);
    fmt::print("  {:<46} {:>7.1f}ms\n", "   text: load_library_text", text_load_ms);
    fmt::print("  {:<46} {:>9} {:>14} KiB\n", "   empty child (baseline RSS)", "", idle_kib);
    fmt::print("  ratio b/a: {:.2f} (target <= 2.0); in memory: load {:.2f}, visiting alone {:.2f}\n", ratio,
               text_load_ms / text_parse_ms, walk_ms / text_parse_ms);
    fmt::print("  peak RSS above the empty child: parse {} KiB, load {} KiB ({:.1f}x)\n",
               floor_kib - idle_kib, load_kib - idle_kib,
               double(load_kib - idle_kib) / double(std::max(1L, floor_kib - idle_kib)));
    fmt::print("lint of the {} bundled libraries: {:.2f} ms median of 21 (target < 50 ms), {} error{}\n",
               bundled.size(), lint_ms, bundled_errors, bundled_errors == 1 ? "" : "s");

    bool missed = ratio > 2.0 || lint_ms >= 50;
    if (missed) fmt::print("bench: a target was missed{}\n", check ? "" : " (not failing: no --check)");
    return check && missed ? 1 : 0;
}
