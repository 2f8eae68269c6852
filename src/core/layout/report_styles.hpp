// The styles a report is written in, after GB/T 9704-2012 (党政机关公文格式): what each
// paragraph of a plan looks like, and how its headings are numbered. The Writer glue creates
// these styles when a document lacks them; afterwards it only puts back the numbering of its
// own list style and heading styles when it finds it changed.
#pragma once

#include "core/render/plan.hpp"

#include <string>
#include <vector>

namespace reportkit {

struct style_spec {
    std::string name;         // the style's name in the document
    bool character = false;   // a character style; otherwise a paragraph style
    std::string font;         // East Asian font candidates, best first, separated by ';'
    std::string western_font; // for digits and Latin text, likewise
    double size_pt = 0;       // 0: inherited
    bool bold = false;
    bool centered = false;
    double indent_chars = 0; // first-line indent, in characters of the style's size
    double line_pt = 0;      // fixed line height; 0: inherited
    int outline_level = 0;   // 1..4 for headings: the Navigator and tables of contents use it
    bool numbered = false;   // carries the heading numbering list style, at level outline_level - 1
    bool off_grid = false;   // laid out at its own size, not snapped to the page's text grid
    double space_after_pt = 0;
    double space_before_pt = 0;
    bool right = false; // right-aligned
};

enum class number_format { chinese, arabic };

// One level of the heading numbering: "（" 一 "）".
struct numbering_level_spec {
    number_format format;
    std::string prefix, suffix;
    std::string char_style; // the label's character style, empty for the paragraph's own
};

// The first candidate of "a;b;c" that is installed, else the first one. Writer does not walk
// such a list itself: for a missing first name it substitutes a font of its own choosing.
std::string choose_font(const std::string& candidates, const std::vector<std::string>& installed);

// Paragraph and character styles, in creation order (parents first).
const std::vector<style_spec>& report_styles();

// The list style that numbers headings 一、 /（一） / 1. /（1）, levels 1..4.
const char* heading_numbering_name();
const std::vector<numbering_level_spec>& heading_numbering();

// The paragraph style of a block, and the character style of a heading's title text
// (empty where the paragraph style is enough).
const std::string& paragraph_style(const block& b);
const std::string& heading_title_style(int level);

} // namespace reportkit
