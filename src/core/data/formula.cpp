#include "core/data/formula.hpp"

#include "core/library/names.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace reportkit {

struct formula::node {
    enum kind_t { number, key, negate, add, subtract, multiply, divide, rate, yoy } kind = number;
    double value = 0;
    int depth = 1;    // of the tree under this node, bounded by max_formula_depth
    std::string name; // key
    std::shared_ptr<const node> left, right;
};

namespace {

using node_ptr = std::shared_ptr<const formula::node>;

struct token {
    enum kind_t { end, number, name, call, plus, minus, times, over, open, close, comma } kind = end;
    std::string_view text;
    size_t offset = 0;
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_helper(std::string_view name) {
    return name == "rate" || name == "yoy";
}

// Recursive descent over tokens read on demand, so the first problem from the left is reported.
class parser {
public:
    explicit parser(std::string_view text) : text_(text) { advance(); }

    node_ptr parse() {
        if (current_.kind == token::end) fail(0, "is empty");
        node_ptr n = expression();
        if (current_.kind != token::end) unexpected();
        return n;
    }

    std::vector<formula_reference> references;

private:
    [[noreturn]] void fail(size_t offset, std::string message) {
        throw formula_error{offset, std::move(message)};
    }

    // A token where an operator or the end was wanted.
    [[noreturn]] void unexpected() {
        switch (current_.kind) {
        case token::close:
            fail(current_.offset, "has a ')' that closes nothing");
        case token::comma:
            fail(current_.offset, "has a ',' outside rate(…) or yoy(…)");
        default:
            fail(current_.offset, fmt::format("needs an operator before '{}'", current_.text));
        }
    }

    void advance() {
        size_t i = pos_;
        while (i < text_.size() && is_space(text_[i]))
            ++i;
        size_t start = i;
        auto single = [&](token::kind_t k, size_t length) {
            current_ = {k, text_.substr(start, length), start};
            pos_ = start + length;
        };
        if (i == text_.size()) return single(token::end, 0);
        char c = text_[i];
        if (is_lower(c) || is_digit(c)) {
            while (i < text_.size() && (is_name_char(text_[i]) || text_[i] == '.'))
                ++i;
            std::string_view word = text_.substr(start, i - start);
            bool number = is_digit(word[0]);
            if (number ? !is_number(word) : !is_name(word))
                fail(start, fmt::format("has '{}', which is neither a field key nor a number", word));
            bool call = !number && i < text_.size() && text_[i] == '(';
            if (call && !is_helper(word))
                fail(start, fmt::format("calls '{}', which is not a helper: use rate(part, whole) or "
                                        "yoy(now, before)",
                                        word));
            return single(number ? token::number : call ? token::call : token::name, word.size());
        }
        static constexpr std::pair<std::string_view, token::kind_t> operators[] = {
            {"+", token::plus},  {"-", token::minus}, {"*", token::times}, {"/", token::over},
            {"×", token::times}, {"÷", token::over},  {"(", token::open},  {")", token::close},
            {",", token::comma}, {"，", token::comma}};
        for (auto [text, kind] : operators)
            if (text_.substr(i).starts_with(text)) return single(kind, text.size());
        fail(start, fmt::format("has '{}': use field keys, numbers, + - * / × ÷, parentheses, rate(…) and "
                                "yoy(…)",
                                text_.substr(i, sequence_length(c))));
    }

    // Checked before every step down and every node made, so that neither the parser nor the
    // evaluation and destruction of the tree (all recursive) can run out of stack.
    [[noreturn]] void too_deep(size_t offset) {
        fail(offset, fmt::format("nests more than {} levels deep (parentheses, signs and operations in a "
                                 "row): split it into several derived fields",
                                 max_formula_depth));
    }

    struct nesting {
        parser& p;
        nesting(parser& owner, size_t offset) : p(owner) {
            if (++p.nesting_ > max_formula_depth) p.too_deep(offset);
        }
        ~nesting() { --p.nesting_; }
        nesting(const nesting&) = delete;
        nesting& operator=(const nesting&) = delete;
    };

    node_ptr make(formula::node::kind_t kind, size_t offset, node_ptr left, node_ptr right = nullptr) {
        auto n = std::make_shared<formula::node>();
        n->kind = kind;
        n->depth = 1 + std::max(left->depth, right ? right->depth : 0);
        if (n->depth > max_formula_depth) too_deep(offset);
        n->left = std::move(left);
        n->right = std::move(right);
        return n;
    }

    node_ptr expression() {
        node_ptr n = term();
        while (current_.kind == token::plus || current_.kind == token::minus) {
            auto kind = current_.kind == token::plus ? formula::node::add : formula::node::subtract;
            size_t at = current_.offset;
            advance();
            n = make(kind, at, n, term());
        }
        return n;
    }

    node_ptr term() {
        node_ptr n = unary();
        while (current_.kind == token::times || current_.kind == token::over) {
            auto kind = current_.kind == token::times ? formula::node::multiply : formula::node::divide;
            size_t at = current_.offset;
            advance();
            n = make(kind, at, n, unary());
        }
        return n;
    }

    node_ptr unary() {
        if (current_.kind != token::plus && current_.kind != token::minus) return primary();
        token sign = current_;
        nesting guard(*this, sign.offset);
        advance();
        node_ptr n = unary();
        return sign.kind == token::plus ? n : make(formula::node::negate, sign.offset, std::move(n));
    }

    node_ptr primary() {
        token t = current_;
        switch (t.kind) {
        case token::number: {
            advance();
            auto n = std::make_shared<formula::node>();
            n->value = std::stod(std::string(t.text));
            return n;
        }
        case token::name: {
            advance();
            auto n = std::make_shared<formula::node>();
            n->kind = formula::node::key;
            n->name = std::string(t.text);
            references.push_back({n->name, t.offset});
            return n;
        }
        case token::call: {
            nesting guard(*this, t.offset);
            advance(); // the name
            advance(); // '('
            node_ptr first = expression();
            if (current_.kind != token::comma)
                fail(current_.offset, fmt::format("{}(…) takes two values separated by a comma", t.text));
            advance();
            node_ptr second = expression();
            close(t.offset);
            return make(t.text == "rate" ? formula::node::rate : formula::node::yoy, t.offset, first, second);
        }
        case token::open: {
            nesting guard(*this, t.offset);
            advance();
            node_ptr n = expression();
            close(t.offset);
            return n;
        }
        case token::end:
            fail(t.offset, "ends without a field or number");
        case token::close:
            fail(t.offset, "has a ')' that closes nothing");
        case token::comma:
            fail(t.offset, "has a ',' outside rate(…) or yoy(…)");
        default:
            fail(t.offset, fmt::format("needs a field or number before '{}'", t.text));
        }
    }

    void close(size_t) {
        if (current_.kind == token::end) fail(text_.size(), "has a '(' that is never closed");
        if (current_.kind != token::close) unexpected();
        advance();
    }

    std::string_view text_;
    size_t pos_ = 0;
    int nesting_ = 0;
    token current_;
};

// Why a divisor is zero: `what` fails because of the key or the expression `n`.
formula_value zero_divisor(const formula::node& n, message what) {
    bool key = n.kind == formula::node::key;
    return {0, phrase(what, key ? phrase(message::divisor_key_zero, n.name) : phrase(message::divisor_zero))};
}

formula_value eval(const formula::node& n, const std::function<formula_value(const std::string&)>& lookup) {
    using k = formula::node;
    if (n.kind == k::number) return {n.value, {}};
    if (n.kind == k::key) return lookup(n.name);
    formula_value a = eval(*n.left, lookup);
    if (!a.ok()) return a;
    if (n.kind == k::negate) return {-a.value, {}};
    formula_value b = eval(*n.right, lookup);
    if (!b.ok()) return b;
    switch (n.kind) {
    case k::add:
        return {a.value + b.value, {}};
    case k::subtract:
        return {a.value - b.value, {}};
    case k::multiply:
        return {a.value * b.value, {}};
    case k::divide:
    case k::rate:
        if (b.value == 0) return zero_divisor(*n.right, message::divides_by_zero);
        return {a.value / b.value, {}};
    case k::yoy:
        if (b.value == 0) return zero_divisor(*n.right, message::no_year_on_year);
        return {(a.value - b.value) / std::fabs(b.value), {}};
    default:
        return {0, phrase(message::cannot_compute)};
    }
}

} // namespace

std::variant<formula, formula_error> formula::parse(std::string_view text) {
    try {
        parser p(text);
        formula f;
        f.root_ = p.parse();
        f.references_ = std::move(p.references);
        return f;
    } catch (formula_error& e) {
        return std::move(e);
    }
}

formula_result_kind formula::result_kind() const {
    return root_ && root_->kind == node::yoy ? formula_result_kind::change : formula_result_kind::plain;
}

formula_value formula::evaluate(const std::function<formula_value(const std::string&)>& lookup) const {
    if (!root_) return {0, phrase(message::empty_formula)};
    return eval(*root_, lookup);
}

} // namespace reportkit
