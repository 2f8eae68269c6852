// Measures a PDF as a reader holds it, with poppler's tools: page sizes (pdfinfo), every text
// line and word with its box (pdftotext -bbox-layout), and the embedded fonts (pdffonts).
#pragma once

#include <string>
#include <vector>

namespace reportkit::test {

constexpr double mm_per_pt = 25.4 / 72.0;

struct pdf_box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0; // points, from the page's top left corner
    double height() const { return y1 - y0; }
};

struct pdf_word {
    pdf_box box;
    std::string text;
};

struct pdf_line {
    pdf_box box;
    std::vector<pdf_word> words;
    std::string text() const;  // the words run together, without the gaps between them
    size_t characters() const; // of text(), in Unicode code points
};

struct pdf_page {
    double width = 0, height = 0; // points
    std::vector<pdf_line> lines;  // words grouped by height, top to bottom, each left to right
};

// Every page's lines, in reading order from top to bottom.
std::vector<pdf_page> pdf_pages(const std::string& pdf);

// A run of text as the PDF draws it, with the size its font is set at (pdftohtml -xml).
struct pdf_run {
    int page = 0;       // 1-based
    double size_pt = 0; // the font size in the PDF's text state
    std::string text;
};

// Every text run with its font size, page by page, top to bottom.
std::vector<pdf_run> pdf_runs(const std::string& pdf);

// pdfinfo's "Page size" of the first page, in points.
std::pair<double, double> pdf_page_size(const std::string& pdf);

// pdffonts' font names (e.g. "ABCDEF+NotoSerifCJKsc-Regular"), one per embedded font.
std::vector<std::string> pdf_fonts(const std::string& pdf);

} // namespace reportkit::test
