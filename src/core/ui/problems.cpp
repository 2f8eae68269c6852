#include "core/ui/problems.hpp"

#include "core/ui/messages.hpp"

namespace reportkit {
namespace {

audit_status status_named(std::string_view status) {
    return parse_audit_status(status).value_or(audit_status::missing);
}

message word_of(audit_status status) {
    switch (status) {
    case audit_status::filled:
        return message::status_filled;
    case audit_status::missing:
        return message::status_missing;
    case audit_status::invalid:
        return message::status_invalid;
    case audit_status::stale:
        return message::status_stale;
    case audit_status::literal_x:
        return message::status_literal_x;
    case audit_status::sheet:
        return message::status_sheet;
    }
    return message::status_missing;
}

} // namespace

bool is_problem(audit_status status) {
    return status != audit_status::filled;
}

const char* status_word(audit_status status, std::string_view language) {
    return text(word_of(status), language);
}

std::string problem_line(audit_status status, const std::string& label, const std::string& reason,
                         std::string_view language, const std::string& shown) {
    const char* word = status_word(status, language);
    if (!is_problem(status))
        return shown.empty() ? text(message::problem, language, word, label)
                             : text(message::filled_value, language, word, label, shown);
    // A stale value's reason is the status itself; a typed X's is what the line shows.
    bool has_reason = !reason.empty() && status != audit_status::stale && status != audit_status::literal_x;
    return has_reason ? text(message::problem_with_reason, language, word, label, reason)
                      : text(message::problem, language, word, label);
}

bool is_problem(std::string_view status) {
    return is_problem(status_named(status));
}

std::string problem_line(std::string_view status, const std::string& label, const std::string& reason,
                         std::string_view language, const std::string& shown) {
    return problem_line(status_named(status), label, reason, language, shown);
}

std::string problem_list(const std::vector<std::string>& lines, size_t max, std::string_view language) {
    std::string out;
    for (size_t i = 0; i < lines.size() && i < max; ++i)
        out += lines[i] + "\n";
    if (lines.size() > max) out += text(message::more_problems, language, lines.size() - max) + "\n";
    return out;
}

} // namespace reportkit
