#include "core/text/numbering.hpp"

#include <string>

namespace reportkit {

namespace {
const char* const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
const char* const units[] = {"", "十", "百", "千"};
} // namespace

std::string chinese_number(int n) {
    if (n <= 0 || n > 9999) return std::to_string(n);
    if (n < 20 && n >= 10)
        return std::string("十") + (n > 10 ? digits[n - 10] : ""); // 十, 十一: no leading 一
    int parts[4] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    std::string out;
    bool pending_zero = false;
    for (int i = 0; i < 4; ++i) {
        int d = parts[i];
        if (d == 0) {
            pending_zero = !out.empty();
            continue;
        }
        if (pending_zero) out += digits[0]; // 一百零五, 一千零一十
        pending_zero = false;
        out += digits[d];
        out += units[3 - i];
    }
    return out;
}

std::string heading_label(int level, int n) {
    switch (level) {
    case 1:
        return chinese_number(n) + "、";
    case 2:
        return "（" + chinese_number(n) + "）";
    case 3:
        return std::to_string(n) + ".";
    default:
        return "（" + std::to_string(n) + "）";
    }
}

std::string item_label(item_style style, int n) {
    return style == item_style::di ? "第" + chinese_number(n) + "，" : chinese_number(n) + "是";
}

} // namespace reportkit
