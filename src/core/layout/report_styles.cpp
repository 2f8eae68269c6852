#include "core/layout/report_styles.hpp"

#include <algorithm>

namespace reportkit {
namespace {

// Chinese official fonts first, then what Debian's fonts-noto-cjk provides.
const char* const xiaobiaosong = "方正小标宋简体;方正小标宋_GBK;华文中宋;STZhongsong;Noto Serif CJK SC";
const char* const heiti = "黑体;SimHei;Noto Sans CJK SC";
const char* const kaiti = "楷体_GB2312;楷体;KaiTi;AR PL UKai CN;Noto Serif CJK SC";
const char* const fangsong = "仿宋_GB2312;仿宋;FangSong;Noto Serif CJK SC";
const char* const times = "Times New Roman;Liberation Serif";

const std::string title_style = "报告标题", body_style = "报告正文", issuer_style = "报告落款",
                  date_style = "报告成文日期";
const std::string heading_styles[5] = {"", "报告一级标题", "报告二级标题", "报告三级标题", "报告四级标题"};
const std::string title_char_styles[5] = {"", "", "报告二级标题字", "报告三级标题字", "报告四级标题字"};

// 3号 (16 pt) text on a fixed 28 pt line, headings and body indented two characters. The title
// (2号, 22 pt) keeps its own spacing off the text grid, which would give each of its characters
// two cells, and has an empty line below it.
const std::vector<style_spec> styles = {
    {title_char_styles[2], true, kaiti, times, 0, false, false, 0, 0, 0, false},
    {title_char_styles[3], true, fangsong, times, 0, true, false, 0, 0, 0, false},
    {title_char_styles[4], true, fangsong, times, 0, false, false, 0, 0, 0, false},
    {body_style, false, fangsong, times, 16, false, false, 2, 28, 0, false},
    {title_style, false, xiaobiaosong, times, 22, false, true, 0, 0, 0, false, true, 28},
    {heading_styles[1], false, heiti, heiti, 16, false, false, 2, 28, 1, true},
    {heading_styles[2], false, fangsong, times, 16, false, false, 2, 28, 2, true},
    {heading_styles[3], false, fangsong, times, 16, false, false, 2, 28, 3, true},
    {heading_styles[4], false, fangsong, times, 16, false, false, 2, 28, 4, true},
    // The closing block: the issuing body one empty line below the text, centred over the date,
    // which stands right (both placed by the Writer glue, see closing.hpp).
    {issuer_style, false, fangsong, times, 16, false, true, 0, 28, 0, false, false, 0, 29},
    {date_style, false, fangsong, times, 16, false, false, 0, 28, 0, false, false, 0, 0, true},
};

const std::vector<numbering_level_spec> numbering = {
    {number_format::chinese, "", "、", ""},
    {number_format::chinese, "（", "）", title_char_styles[2]},
    {number_format::arabic, "", ".", title_char_styles[3]},
    {number_format::arabic, "（", "）", title_char_styles[4]},
};

} // namespace

std::string choose_font(const std::string& candidates, const std::vector<std::string>& installed) {
    std::string first;
    for (size_t i = 0; i <= candidates.size();) {
        size_t end = std::min(candidates.find(';', i), candidates.size());
        std::string name = candidates.substr(i, end - i);
        if (first.empty()) first = name;
        if (std::find(installed.begin(), installed.end(), name) != installed.end()) return name;
        i = end + 1;
    }
    return first;
}

const std::vector<style_spec>& report_styles() {
    return styles;
}

const char* heading_numbering_name() {
    return "报告标题编号";
}

const std::vector<numbering_level_spec>& heading_numbering() {
    return numbering;
}

const std::string& paragraph_style(const block& b) {
    switch (b.kind) {
    case block_kind::title:
        return title_style;
    case block_kind::heading:
        return heading_styles[std::clamp(b.level, 1, 4)];
    case block_kind::issuer:
        return issuer_style;
    case block_kind::date:
        return date_style;
    case block_kind::body:
        break;
    }
    return body_style;
}

const std::string& heading_title_style(int level) {
    return title_char_styles[std::clamp(level, 0, 4)];
}

} // namespace reportkit
