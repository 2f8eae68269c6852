#include "core/ui/problems.hpp"

#include <fmt/format.h>

namespace reportkit {

bool is_problem(std::string_view status) {
    return status != "filled";
}

const char* status_word(std::string_view status, std::string_view language) {
    bool zh = language.starts_with("zh");
    if (status == "missing") return zh ? "未填" : "missing";
    if (status == "invalid") return zh ? "无效" : "invalid";
    if (status == "stale") return zh ? "待刷新" : "out of date";
    if (status == "literal-x") return zh ? "残留X" : "typed X";
    if (status == "sheet") return zh ? "数据表" : "data sheet";
    return zh ? "已填" : "filled";
}

std::string problem_line(std::string_view status, const std::string& label, const std::string& message,
                         std::string_view language, const std::string& shown) {
    bool zh = language.starts_with("zh");
    std::string line = fmt::format("{}{}{}", status_word(status, language), zh ? "：" : ": ", label);
    if (!is_problem(status)) return shown.empty() ? line : line + " = " + shown;
    if (!message.empty() && status != "stale" && status != "literal-x")
        line += (zh ? "（" : " (") + message + (zh ? "）" : ")");
    return line;
}

std::string problem_list(const std::vector<std::string>& lines, size_t max, std::string_view language) {
    std::string out;
    for (size_t i = 0; i < lines.size() && i < max; ++i)
        out += lines[i] + "\n";
    if (lines.size() > max)
        out += language.starts_with("zh") ? fmt::format("……还有 {} 项\n", lines.size() - max)
                                          : fmt::format("… and {} more\n", lines.size() - max);
    return out;
}

} // namespace reportkit
