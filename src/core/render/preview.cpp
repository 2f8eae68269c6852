#include "core/render/preview.hpp"

namespace reportkit {
namespace {

const std::string indent = "　　"; // two ideographic spaces: the body's first-line indent

} // namespace

std::string preview_text(const plan& p, const shown_value& shown) {
    std::string out;
    for (const block& b : p.blocks) {
        if (b.kind == block_kind::body) out += indent;
        out += b.label + runs_text(b.heading, shown) + runs_text(b.content, shown) + "\n";
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
            out += runs_text(b.heading, {}) + "\n";
        else if (b.kind == block_kind::heading)
            out += std::string(static_cast<size_t>(2 * (b.level - 1)), ' ') + b.label +
                   runs_text(b.heading, {}) + "\n";
    }
    return out;
}

} // namespace reportkit
