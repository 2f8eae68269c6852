// Chinese counting and the genre's heading and item labels (GB/T 9704 §7.3.3).
#pragma once

#include "core/library/model.hpp"

#include <string>

namespace reportkit {

// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. n must be 1..9999.
std::string chinese_number(int n);

// The label of the n-th heading at a level: 一、 / （一） / 1. / （1）. level 1..4, n ≥ 1.
std::string heading_label(int level, int n);

// The marker of the n-th item in a paragraph: 一是 / 第一，
std::string item_label(item_style style, int n);

} // namespace reportkit
