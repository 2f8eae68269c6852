#include "core/text/diff.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <cstdint>

namespace reportkit {
namespace {

bool is_word_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Characters, and runs of Latin letters and digits as one word each.
std::vector<std::string_view> tokens(std::string_view s) {
    std::vector<std::string_view> out;
    for (size_t i = 0; i < s.size();) {
        size_t n = 1;
        if (is_word_char(s[i]))
            while (i + n < s.size() && is_word_char(s[i + n]))
                ++n;
        else
            n = std::min(sequence_length(s[i]), s.size() - i);
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

// Beyond this many cells the middle is shown as replaced whole: a section's text is far smaller.
constexpr size_t max_cells = 4'000'000;

struct step {
    change kind;
    std::string_view token;
};

// Longest common subsequence of a and b, walked forward: removals before additions.
std::vector<step> lcs_steps(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    std::vector<step> out;
    size_t n = a.size(), m = b.size();
    if ((n + 1) * (m + 1) > max_cells) {
        for (auto t : a)
            out.push_back({change::removed, t});
        for (auto t : b)
            out.push_back({change::added, t});
        return out;
    }
    std::vector<std::uint32_t> table((n + 1) * (m + 1), 0); // common length of a[i..] and b[j..]
    auto at = [&](size_t i, size_t j) -> std::uint32_t& { return table[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out.push_back({change::kept, a[i++]});
            ++j;
        } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            out.push_back({change::removed, a[i++]});
        } else {
            out.push_back({change::added, b[j++]});
        }
    }
    return out;
}

// Kept text, or one changed place: what it had and what it has.
struct segment {
    bool kept = false;
    std::string removed, added; // for kept: the text in `removed`
    size_t tokens = 0;
};

std::vector<segment> segments(const std::vector<step>& steps) {
    std::vector<segment> out;
    for (const step& s : steps) {
        bool kept = s.kind == change::kept;
        if (out.empty() || out.back().kept != kept) out.push_back({kept, {}, {}, 0});
        (s.kind == change::added ? out.back().added : out.back().removed) += s.token;
        ++out.back().tokens;
    }
    return out;
}

// A lone kept character between two changes joins them.
std::vector<segment> fold_single_kept(const std::vector<segment>& in) {
    std::vector<segment> out;
    for (size_t k = 0; k < in.size(); ++k) {
        const segment& s = in[k];
        bool lone = s.kept && s.tokens == 1 && !out.empty() && !out.back().kept && k + 1 < in.size();
        if (lone) {
            const segment& next = in[++k];
            out.back().removed += s.removed + next.removed;
            out.back().added += s.removed + next.added;
            out.back().tokens += 1 + next.tokens;
        } else {
            out.push_back(s);
        }
    }
    return out;
}

} // namespace

std::vector<diff_run> diff_text(std::string_view before, std::string_view after) {
    auto a = tokens(before), b = tokens(after);
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    std::vector<step> steps;
    for (size_t i = 0; i < prefix; ++i)
        steps.push_back({change::kept, a[i]});
    auto middle = lcs_steps({a.begin() + prefix, a.end() - suffix}, {b.begin() + prefix, b.end() - suffix});
    steps.insert(steps.end(), middle.begin(), middle.end());
    for (size_t i = a.size() - suffix; i < a.size(); ++i)
        steps.push_back({change::kept, a[i]});

    std::vector<diff_run> out;
    for (const segment& s : fold_single_kept(segments(steps))) {
        if (s.kept) {
            out.push_back({change::kept, s.removed});
            continue;
        }
        if (!s.removed.empty()) out.push_back({change::removed, s.removed});
        if (!s.added.empty()) out.push_back({change::added, s.added});
    }
    return out;
}

std::string text_before(const std::vector<diff_run>& runs) {
    std::string out;
    for (const diff_run& r : runs)
        if (r.kind != change::added) out += r.text;
    return out;
}

std::string text_after(const std::vector<diff_run>& runs) {
    std::string out;
    for (const diff_run& r : runs)
        if (r.kind != change::removed) out += r.text;
    return out;
}

} // namespace reportkit
