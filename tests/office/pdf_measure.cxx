#include "pdf_measure.hxx"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <pugixml.hpp>
#include <sstream>
#include <stdexcept>

namespace reportkit::test {
namespace {

std::string output_of(const std::string& command) {
    std::string output;
    FILE* p = popen(command.c_str(), "r");
    if (!p) throw std::runtime_error("cannot run " + command);
    std::array<char, 4096> buf;
    while (size_t n = fread(buf.data(), 1, buf.size(), p))
        output.append(buf.data(), n);
    if (pclose(p) != 0) throw std::runtime_error(command + " failed");
    return output;
}

pdf_box box_of(const pugi::xml_node& n) {
    return {n.attribute("xMin").as_double(), n.attribute("yMin").as_double(), n.attribute("xMax").as_double(),
            n.attribute("yMax").as_double()};
}

// Words whose middles are at one height make one line, whatever blocks pdftotext saw them in.
std::vector<pdf_line> lines_of(std::vector<pdf_word> words) {
    std::stable_sort(words.begin(), words.end(), [](const pdf_word& a, const pdf_word& b) {
        return a.box.y0 + a.box.y1 < b.box.y0 + b.box.y1;
    });
    std::vector<pdf_line> lines;
    for (pdf_word& w : words) {
        double middle = (w.box.y0 + w.box.y1) / 2;
        if (lines.empty() || middle - (lines.back().box.y0 + lines.back().box.y1) / 2 > 3) {
            lines.push_back({w.box, {}});
        } else {
            pdf_box& b = lines.back().box;
            b = {std::min(b.x0, w.box.x0), std::min(b.y0, w.box.y0), std::max(b.x1, w.box.x1),
                 std::max(b.y1, w.box.y1)};
        }
        lines.back().words.push_back(std::move(w));
    }
    for (pdf_line& l : lines)
        std::stable_sort(l.words.begin(), l.words.end(),
                         [](const pdf_word& a, const pdf_word& b) { return a.box.x0 < b.box.x0; });
    return lines;
}

} // namespace

std::string pdf_line::text() const {
    std::string s;
    for (const pdf_word& w : words)
        s += w.text;
    return s;
}

size_t pdf_line::characters() const {
    std::string s = text();
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation(c); }));
}

std::vector<pdf_page> pdf_pages(const std::string& pdf) {
    std::string xhtml = output_of("pdftotext -enc UTF-8 -bbox-layout '" + pdf + "' - 2>/dev/null");
    pugi::xml_document doc;
    if (!doc.load_string(xhtml.c_str())) throw std::runtime_error("pdftotext gave no XHTML for " + pdf);
    std::vector<pdf_page> pages;
    for (pugi::xpath_node p : doc.select_nodes("//*[local-name()='page']")) {
        pdf_page page;
        page.width = p.node().attribute("width").as_double();
        page.height = p.node().attribute("height").as_double();
        std::vector<pdf_word> words;
        for (pugi::xpath_node w : p.node().select_nodes(".//*[local-name()='word']"))
            words.push_back({box_of(w.node()), w.node().text().get()});
        page.lines = lines_of(std::move(words));
        pages.push_back(std::move(page));
    }
    return pages;
}

std::pair<double, double> pdf_page_size(const std::string& pdf) {
    std::istringstream in(output_of("pdfinfo '" + pdf + "'"));
    for (std::string line; std::getline(in, line);) {
        double w = 0, h = 0;
        if (std::sscanf(line.c_str(), "Page size: %lf x %lf pts", &w, &h) == 2) return {w, h};
    }
    throw std::runtime_error("pdfinfo gave no page size for " + pdf);
}

std::vector<pdf_run> pdf_runs(const std::string& pdf) {
    // -zoom 1: sizes in points, as the PDF sets them (the default zoom is 1.5).
    std::string xml = output_of("pdftohtml -xml -i -q -zoom 1 -stdout '" + pdf + "'");
    pugi::xml_document doc;
    if (!doc.load_string(xml.c_str())) throw std::runtime_error("pdftohtml wrote no XML for " + pdf);
    std::map<std::string, double> sizes; // fontspec id → size, declared on the page that first uses it
    std::vector<pdf_run> runs;
    for (pugi::xml_node page : doc.child("pdf2xml").children("page")) {
        for (pugi::xml_node f : page.children("fontspec"))
            sizes[f.attribute("id").value()] = f.attribute("size").as_double();
        for (pugi::xml_node t : page.children("text"))
            runs.push_back(
                {page.attribute("number").as_int(), sizes[t.attribute("font").value()], t.text().get()});
    }
    return runs;
}

std::vector<std::string> pdf_fonts(const std::string& pdf) {
    std::istringstream in(output_of("pdffonts '" + pdf + "'"));
    std::vector<std::string> fonts;
    int row = 0;
    for (std::string line; std::getline(in, line);)
        if (++row > 2 && !line.empty()) fonts.push_back(line.substr(0, line.find(' ')));
    return fonts;
}

} // namespace reportkit::test
