// Derived values: formulas over field keys with + - * / × ÷, parentheses, numbers and the
// helpers rate(part, whole) and yoy(now, before).
#pragma once

#include "core/ui/messages.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace reportkit {

// Where a formula is wrong: a byte offset into its text and a message ("has '%': …").
struct formula_error {
    size_t offset = 0;
    std::string message;
};

// A field key named by a formula, with its byte offset.
struct formula_reference {
    std::string key;
    size_t offset = 0;
};

// What a formula computes: a plain number, or a change whose wording follows its sign
// (yoy at the top: 增长 12.5% / 下降 3.2% / 持平).
enum class formula_result_kind { plain, change };

// A value or the sentence saying why there is none ("divides by zero: 'docs.handled' is 0",
// 除数为零：“docs.handled”为 0).
struct formula_value {
    double value = 0;
    phrase error;
    bool ok() const { return error.empty(); }
};

// Limits that keep parsing, evaluation and derived values within the stack whatever the input:
// how deep a formula nests (parentheses, signs, helper calls and operations in a row), and how
// many derived fields a value may be computed through.
inline constexpr int max_formula_depth = 100;
inline constexpr int max_derived_chain = 32;

class formula {
public:
    // Parses `text`; the first problem, left to right, is the error.
    static std::variant<formula, formula_error> parse(std::string_view text);

    const std::vector<formula_reference>& references() const { return references_; }
    formula_result_kind result_kind() const;

    // Computes the value; `lookup` gives each referenced key's value or its error.
    formula_value evaluate(const std::function<formula_value(const std::string&)>& lookup) const;

    struct node;

private:
    std::shared_ptr<const node> root_;
    std::vector<formula_reference> references_;
};

} // namespace reportkit
