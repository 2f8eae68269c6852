// reportkit render lays a report out on the page of GB/T 9704-2012, measured from its PDF with
// poppler's tools as a reviewer in an office would check it with a ruler.
#include "office_test_env.hxx"
#include "official_page.hxx"
#include "pdf_measure.hxx"

#include "core/layout/closing.hpp"
#include "core/layout/page_layout.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>

using namespace reportkit;
using namespace reportkit::test;
namespace fs = std::filesystem;

namespace {

// A long bundled outline filled from its sample sheet, rendered once for every section below;
// kept in build/artifacts with a picture of its second page for the README.
const std::string& rendered_report() {
    static const std::string pdf = [] {
        fs::path dir = scratch("official-layout");
        fs::path out = dir / "party-group.full.pdf";
        std::string command = std::string(REPORTKIT_CLI) + " render --oxt " + REPORTKIT_OXT + " --profile " +
                              (dir / "office").string() +
                              " --library party-group --outline group.full --data " + REPORTKIT_TEMPLATES +
                              "/samples/party-group.ods -o " + out.string() + " >/dev/null 2>&1";
        REQUIRE(std::system(command.c_str()) == 0);
        fs::create_directories(REPORTKIT_ARTIFACTS);
        std::string kept = std::string(REPORTKIT_ARTIFACTS) + "/official-layout.pdf";
        fs::copy_file(out, kept, fs::copy_options::overwrite_existing);
        std::system(("pdftoppm -png -r 60 -f 2 -l 2 -singlefile " + kept + " " + REPORTKIT_ARTIFACTS +
                     "/official-layout-page2")
                        .c_str());
        return kept;
    }();
    return pdf;
}

double mm(double pt) {
    return pt * mm_per_pt;
}

// A line of Chinese text from the left of the block to its right: a full line.
bool is_full_chinese_line(const pdf_line& l) {
    const page_layout& page = gbt9704_page();
    double block_right = page.width_mm - page.right_mm;
    return mm(l.box.x0) < page.left_mm + 1 && mm(l.box.x1) > block_right - page.char_pitch_mm() &&
           is_chinese_line(l);
}

// What breaks the grid on the pages between the first and the last (the title's and the one the
// text ends on): a page without 22 lines, a full line of Chinese text without 28 characters.
std::vector<std::string> full_page_problems(const std::vector<pdf_page>& pages) {
    const page_layout& page = gbt9704_page();
    std::vector<std::string> problems;
    for (size_t i = 1; i + 1 < pages.size(); ++i) {
        auto lines = body_lines(pages[i]);
        if (lines.size() != static_cast<size_t>(page.lines))
            problems.push_back("page " + std::to_string(i + 1) + ": " + std::to_string(lines.size()) +
                               " lines");
        for (const pdf_line& l : lines)
            if (is_full_chinese_line(l) && characters_in_block(l) != static_cast<size_t>(page.chars))
                problems.push_back("page " + std::to_string(i + 1) + ": " +
                                   std::to_string(characters_in_block(l)) + " characters: " + l.text());
    }
    return problems;
}

} // namespace

TEST_CASE("a rendered report is laid out on the GB/T 9704-2012 page, measured from its PDF") {
    const page_layout& page = gbt9704_page();
    const std::string& pdf = rendered_report();
    auto pages = pdf_pages(pdf);
    REQUIRE(pages.size() >= 4); // several full pages between the first and the last
    double block_bottom = page.height_mm - page.bottom_mm, block_right = page.width_mm - page.right_mm;

    SECTION("A4 paper") {
        auto [width, height] = pdf_page_size(pdf);
        CHECK(mm(width) == Approx(page.width_mm).margin(0.5));
        CHECK(mm(height) == Approx(page.height_mm).margin(0.5));
    }

    SECTION("body lines start 28 mm from the left edge; the first line of a page 37 mm from the top") {
        for (size_t i = 0; i < pages.size(); ++i) {
            INFO("page " << i + 1);
            auto lines = body_lines(pages[i]);
            REQUIRE_FALSE(lines.empty());
            double left = mm(std::min_element(lines.begin(), lines.end(), [](auto& a, auto& b) {
                                 return a.box.x0 < b.box.x0;
                             })->box.x0);
            CHECK(left == Approx(page.left_mm).margin(1));
            if (i == 0) continue; // the title's page may start with an empty line
            double top = mm(lines.front().box.y0);
            CHECK(top >= page.top_mm - 0.5);
            CHECK(top < page.top_mm + page.line_pitch_mm());
            for (const pdf_line& l : lines)
                CHECK(mm(l.box.y1) <= block_bottom + 0.5);
        }
    }

    SECTION("22 lines on every full page, 28 characters on every full line of Chinese text") {
        CHECK(full_page_problems(pages) == std::vector<std::string>{});
    }

    SECTION("one page number a page, — N —, 7 mm below the block, odd pages right and even left") {
        double inset = page.number_inset_chars * page.char_pitch_mm();
        for (size_t i = 0; i < pages.size(); ++i) {
            INFO("page " << i + 1);
            int number = 0;
            auto line = page_number_line(pages[i], number);
            REQUIRE(line.has_value());
            CHECK(number == static_cast<int>(i + 1));
            CHECK(mm(line->box.y0) > block_bottom);
            CHECK(mm(line->box.y0) - block_bottom == Approx(page.number_gap_mm).margin(1.5));
            if (page_number_side(number) == page_side::right)
                CHECK(mm(line->box.x1) == Approx(block_right - inset).margin(1.5));
            else
                CHECK(mm(line->box.x0) == Approx(page.left_mm + inset).margin(1.5));
        }
    }

    SECTION(
        "the closing block: the date four characters in from the right, the issuing body centred over it") {
        // The sample sheet's org.name and report.year, in the outline's <closing>.
        auto lines = body_lines(pages.back());
        REQUIRE(lines.size() >= 2);
        const pdf_line &issuer = lines[lines.size() - 2], &date = lines.back();
        CHECK(issuer.text() == "中共某市委办公室党组");
        CHECK(date.text() == "2025年12月28日");
        double date_right = block_right - date_right_indent_chars * page.char_pitch_mm();
        CHECK(mm(date.box.x1) == Approx(date_right).margin(1));
        double issuer_centre = mm(issuer.box.x0 + issuer.box.x1) / 2,
               date_centre = mm(date.box.x0 + date.box.x1) / 2;
        CHECK(issuer_centre == Approx(date_centre).margin(1));
        // One empty line between the text and the issuing body; the date on the line below it (bottoms
        // of the lines: the tops of digits and Chinese differ).
        const pdf_line& text_end = lines[lines.size() - 3];
        CHECK(mm(issuer.box.y1 - text_end.box.y1) == Approx(2 * page.line_pitch_mm()).margin(1));
        CHECK(mm(date.box.y1 - issuer.box.y1) == Approx(page.line_pitch_mm()).margin(1));
    }

    SECTION("the title is 22 pt and the body 16 pt, as the PDF sets its text") {
        // The sizes of the PDF's text state (pdftohtml), not glyph boxes: the height poppler gives
        // a CJK glyph depends on the metrics each LibreOffice version embeds (1.3 em in 7.4, 1.43 in 25.2).
        auto runs = pdf_runs(pdf);
        REQUIRE_FALSE(runs.empty());
        CHECK(runs.front().size_pt == Approx(22).margin(0.1)); // the title, first on page 1
        std::map<long, int> sizes; // the most common size of Chinese text after page 1
        for (const pdf_run& r : runs)
            if (r.page > 1 && is_chinese_text(r.text)) ++sizes[std::lround(r.size_pt * 10)];
        REQUIRE_FALSE(sizes.empty());
        double body =
            std::max_element(sizes.begin(), sizes.end(), [](auto& a, auto& b) { return a.second < b.second; })
                ->first /
            10.0;
        CHECK(body == Approx(16).margin(0.1));
    }

    SECTION("Chinese text is set in the chosen free faces: Noto CJK and AR PL UKai CN") {
        // Noto's OpenType collection shares one CFF program (named ...CJKjp) among its SC, TC, JP
        // and KR faces, so its name cannot say which face was used; the styles' zh-CN language does.
        auto fonts = pdf_fonts(pdf);
        bool serif = false, sans = false, kai = false;
        for (const std::string& f : fonts) {
            serif = serif || f.find("NotoSerifCJK") != std::string::npos;
            sans = sans || f.find("NotoSansCJK") != std::string::npos;
            kai = kai || f.find("UKaiCN") != std::string::npos;
        }
        CHECK(serif); // 仿宋 and 小标宋 fall back to Noto Serif CJK SC
        CHECK(sans);  // 黑体: Noto Sans CJK SC
        CHECK(kai);   // 楷体: AR PL UKai CN (fonts-arphic-ukai), the Simplified Chinese one of its faces
    }
}

TEST_CASE("every bundled outline rendered with its sample sheet: 22 lines on every full page, 28 characters "
          "on every full line") {
    fs::path dir = scratch("official-layout-all");
    int outlines = 0, full_pages = 0;
    for (const auto& lib : engine()->getLibraries()) {
        if (utf8(lib.Origin) != "bundled") continue;
        for (const auto& o : engine()->getOutlines(lib.Id)) {
            std::string name = utf8(lib.Id) + " / " + utf8(o.Id);
            INFO(name);
            fs::path out = dir / (utf8(o.Id) + ".pdf");
            std::string command = std::string(REPORTKIT_CLI) + " render --oxt " + REPORTKIT_OXT +
                                  " --profile " + (dir / "office").string() + " --library " + utf8(lib.Id) +
                                  " --outline " + utf8(o.Id) + " --data " + REPORTKIT_TEMPLATES +
                                  "/samples/" + utf8(lib.Id) + ".ods -o " + out.string() + " >/dev/null 2>&1";
            REQUIRE(std::system(command.c_str()) == 0);
            auto pages = pdf_pages(out.string());
            CHECK(full_page_problems(pages) == std::vector<std::string>{});
            full_pages += pages.size() > 2 ? static_cast<int>(pages.size()) - 2 : 0;
            ++outlines;
        }
    }
    CHECK(outlines >= 9);
    CHECK(full_pages >= 10);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("reportkit render --layout none keeps LibreOffice's page: no grid, no page numbers") {
    fs::path dir = scratch("layout-none");
    fs::path out = dir / "plain.pdf";
    std::string command = std::string(REPORTKIT_CLI) + " render --oxt " + REPORTKIT_OXT + " --profile " +
                          (dir / "office").string() + " --library " + data_file("office-test.xml") +
                          " --outline report --layout none -o " + out.string() + " >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    auto pages = pdf_pages(out.string());
    REQUIRE_FALSE(pages.empty());
    int number = 0;
    CHECK_FALSE(page_number_line(pages[0], number).has_value());
    double left = 1000;
    for (const pdf_line& l : pages[0].lines)
        left = std::min(left, l.box.x0 * mm_per_pt);
    CHECK(left < gbt9704_page().left_mm - 5); // LibreOffice's 2 cm
    fs::remove_all(dir.parent_path());
}
