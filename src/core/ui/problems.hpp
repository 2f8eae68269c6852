// How the audit reads to people: which entries are problems, and one line per entry in the UI
// language ("未填：专题学习次数", "typed X: …办结率X%…", "已填：专题学习次数 = 24").
#pragma once

#include "core/data/audit.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace reportkit {

// Every status but filled.
bool is_problem(audit_status status);

// The status in words: 未填 / missing, 无效 / invalid, 待刷新 / out of date, 残留X / typed X,
// 数据表 / data sheet, 已填 / filled.
const char* status_word(audit_status status, std::string_view language);

// "未填：专题学习次数（reason）", "已填：专题学习次数 = 24" — for a typed X or a sheet error,
// `label` is its text or cell.
std::string problem_line(audit_status status, const std::string& label, const std::string& reason,
                         std::string_view language, const std::string& shown = {});

// The same for a status as AuditEntry.Status carries it ("missing", "literal-x", …); an unknown
// one reads as missing.
bool is_problem(std::string_view status);
std::string problem_line(std::string_view status, const std::string& label, const std::string& reason,
                         std::string_view language, const std::string& shown = {});

// The first `max` lines, and "…还有 N 项" / "… and N more" when there are more.
std::string problem_list(const std::vector<std::string>& lines, size_t max, std::string_view language);

} // namespace reportkit
