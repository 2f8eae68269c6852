// Loading and validating a large library, against a bare pugixml parse of the same text (the
// floor), both measured in this run; plus linting the bundled libraries.
//   bench_load [--check] [--templates DIR]
#include "library/loader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fmt/format.h>
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
        xml += fmt::format("    <field key=\"group{}.count{}\" type=\"integer\" unit=\"次\" label=\"第{}项统计数\"/>\n",
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
        xml += fmt::format("    <p>各项工作取得明显成效，群众满意度持续提升，累计完成{{{{{}}}}}项。</p>\n", key());
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
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Peak resident memory (KiB) of a child that does `work` once, after the text is in memory.
long child_peak_kib(const std::function<void()>& work) {
    pid_t pid = fork();
    if (pid == 0) {
        work();
        _exit(0);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv) {
    bool check = false;
    std::string templates = REPORTKIT_TEMPLATES;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--check") check = true;
        else if (a == "--templates" && i + 1 < argc) templates = argv[++i];
    }

    std::string xml = generate_library();
    auto bare_parse = [&] {
        pugi::xml_document doc;
        doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    };
    auto full_load = [&] { load_result r = load_library_text(xml, "bench.xml"); };
    // Memory first, in children forked before this process has parsed anything: a child of a
    // process that already did would reuse its freed, still resident heap and look too small.
    long idle_kib = child_peak_kib([] {});
    long floor_kib = child_peak_kib(bare_parse);
    long load_kib = child_peak_kib(full_load);
    {
        load_result r = load_library_text(xml, "bench.xml");
        if (!r.ok()) {
            fmt::print(stderr, "bench: the generated library has errors: {}\n", format_diagnostic(r.diags.at(0)));
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
                for (pugi::xml_attribute a : node.attributes()) n += std::string_view(a.value()).size();
                return true;
            }
        } c(sink);
        doc.traverse(c);
    };
    const int runs = 7;
    double floor_ms = median_ms(runs, bare_parse);
    double load_ms = median_ms(runs, full_load);
    double walk_ms = median_ms(runs, walk);

    std::vector<fs::path> bundled;
    for (auto& e : fs::directory_iterator(templates))
        if (e.path().extension() == ".xml") bundled.push_back(e.path());
    double lint_ms = median_ms(21, [&] {
        for (auto& f : bundled) load_library_file(f.string());
    });

    double ratio = load_ms / floor_ms;
    fmt::print("library load: {} sections, {} placeholders, {} fields, {:.1f} MiB of XML\n", section_count,
               section_count * placeholders_per_section, field_count, xml.size() / 1048576.0);
    fmt::print("  {:<34} {:>9} {:>16}\n", "", "median", "peak RSS (child)");
    fmt::print("  {:<34} {:>7.1f}ms {:>13} KiB\n", "pugixml parse only (floor)", floor_ms, floor_kib);
    fmt::print("  {:<34} {:>7.1f}ms\n", "parse + visit every node (no model)", walk_ms);
    fmt::print("  {:<34} {:>7.1f}ms {:>13} KiB\n", "load_library_text (parse+model+lint)", load_ms, load_kib);
    fmt::print("  {:<34} {:>9} {:>13} KiB\n", "empty child (baseline RSS)", "", idle_kib);
    fmt::print("  ratio load/floor: {:.2f} (target <= 2.0); visiting alone: {:.2f}\n", ratio, walk_ms / floor_ms);
    fmt::print("  peak memory above the empty child: parse {} KiB, load {} KiB ({:.1f}x)\n", floor_kib - idle_kib,
               load_kib - idle_kib, double(load_kib - idle_kib) / double(std::max(1L, floor_kib - idle_kib)));
    fmt::print("lint of the {} bundled libraries: {:.2f} ms median (target < 50 ms)\n", bundled.size(), lint_ms);

    if (check && (ratio > 2.0 || lint_ms >= 50)) {
        fmt::print(stderr, "bench: a target was missed\n");
        return 1;
    }
    return 0;
}
