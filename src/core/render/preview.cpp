#include "core/render/preview.hpp"

namespace reportkit {
namespace {

const std::string indent = "　　"; // two ideographic spaces: the body's first-line indent

std::string joined(const runs& rs, const shown_value& shown) {
    std::string out;
    for (const run& r : rs) {
        std::string value = shown && r.kind == run_kind::field ? shown(r.text, r.options) : std::string();
        out += value.empty() ? run_text(r) : value;
    }
    return out;
}

} // namespace

std::string preview_text(const plan& p, const shown_value& shown) {
    std::string out;
    for (const block& b : p.blocks) {
        if (b.kind == block_kind::body) out += indent;
        out += b.label + joined(b.heading, shown) + joined(b.content, shown) + "\n";
    }
    return out;
}

numbering_state numbering_after(const std::vector<int>& levels) {
    numbering_state state;
    for (int level : levels)
        state.next(level);
    return state;
}

std::string outline_skeleton(const library& lib, const outline& o) {
    std::string out;
    for (const block& b : plan_outline(lib, o).blocks) {
        if (b.kind == block_kind::title)
            out += joined(b.heading, {}) + "\n";
        else if (b.kind == block_kind::heading)
            out += std::string(static_cast<size_t>(2 * (b.level - 1)), ' ') + b.label +
                   joined(b.heading, {}) + "\n";
    }
    return out;
}

} // namespace reportkit
