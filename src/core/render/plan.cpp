#include "core/render/plan.hpp"

#include "core/text/numbering.hpp"

#include <algorithm>
#include <utility>

namespace reportkit {

int numbering_state::next(int level) {
    if (level < 1 || level > 4) return 0;
    for (int deeper = level + 1; deeper <= 4; ++deeper)
        counters[deeper] = 0;
    if (start > 0) counters[level] = std::exchange(start, 0) - 1;
    return ++counters[level];
}

namespace {

bool ends_with_stop(const std::string& s) {
    for (const char* stop : {"。", "！", "？", "；", "：", ".", "!", "?"}) {
        std::string_view sv(stop);
        if (s.size() >= sv.size() && s.compare(s.size() - sv.size(), sv.size(), sv) == 0) return true;
    }
    return false;
}

// A paragraph's runs with each item marker labelled 一是、二是… (counted per paragraph).
runs label_items(const paragraph& p) {
    runs out = p.content;
    int n = 0;
    for (run& r : out)
        if (r.kind == run_kind::item) r.text = item_label(p.items, ++n);
    return out;
}

// The runs with each placeholder's marker, so that nothing downstream needs the library.
runs with_markers(const library& lib, runs rs) {
    for (run& r : rs)
        if (r.kind == run_kind::field) r.marker = placeholder_marker(lib, r.text);
    return rs;
}

runs text_runs(std::string text) {
    run r;
    r.text = std::move(text);
    return {r};
}

} // namespace

void numbering_state::number(block& heading) {
    bool restart = start > 0;
    int n = next(heading.level);
    heading.label = heading_label(heading.level, n);
    if (restart) heading.start = n;
}

int placement_level(int declared, int preceding_heading_level) {
    if (declared == 0 || preceding_heading_level <= 0) return declared;
    return std::min(declared, preceding_heading_level + 1);
}

plan plan_section(const library& lib, const section& s, numbering_state& state, int level) {
    plan p;
    if (level < 0) level = s.level;
    size_t first_body = 0;
    if (level >= 1) {
        block h;
        h.kind = block_kind::heading;
        h.level = level;
        state.number(h);
        h.section_id = s.id;
        if (s.run_in && !s.paragraphs.empty()) {
            // "（一）标题。正文……": the title closes with a full stop and the first paragraph follows.
            h.heading = text_runs(ends_with_stop(s.title) ? s.title : s.title + "。");
            h.content = with_markers(lib, label_items(s.paragraphs.front()));
            first_body = 1;
        } else {
            h.heading = text_runs(s.title);
        }
        p.blocks.push_back(std::move(h));
    }
    for (size_t i = first_body; i < s.paragraphs.size(); ++i) {
        block b;
        b.kind = block_kind::body;
        b.level = level;
        b.content = with_markers(lib, label_items(s.paragraphs[i]));
        b.section_id = s.id;
        p.blocks.push_back(std::move(b));
    }
    return p;
}

plan plan_outline(const library& lib, const outline& o, bool after_numbered_headings) {
    plan p;
    numbering_state state;
    if (o.start > 1 && !after_numbered_headings) state.start = o.start;
    int current_level = 0; // the level of the last heading, for body paragraphs of the outline
    for (const outline_item& item : o.items) {
        switch (item.kind) {
        case outline_item_kind::title: {
            block b;
            b.kind = block_kind::title;
            b.heading = with_markers(lib, item.content);
            p.blocks.push_back(std::move(b));
            break;
        }
        case outline_item_kind::paragraph: {
            block b;
            b.kind = block_kind::body;
            b.level = current_level;
            paragraph para{item.content, item_style::shi, item.where};
            b.content = with_markers(lib, label_items(para));
            p.blocks.push_back(std::move(b));
            break;
        }
        case outline_item_kind::heading: {
            block b;
            b.kind = block_kind::heading;
            b.level = item.level;
            state.number(b);
            b.heading = with_markers(lib, item.content);
            p.blocks.push_back(std::move(b));
            current_level = item.level;
            break;
        }
        case outline_item_kind::issuer:
        case outline_item_kind::date: {
            block b;
            b.kind = item.kind == outline_item_kind::issuer ? block_kind::issuer : block_kind::date;
            b.content = with_markers(lib, item.content);
            p.blocks.push_back(std::move(b));
            break;
        }
        case outline_item_kind::include:
            if (const section* s = lib.find_section(item.section_id)) {
                plan part = plan_section(lib, *s, state);
                for (block& b : part.blocks)
                    p.blocks.push_back(std::move(b));
                if (s->level > 0) current_level = s->level;
            }
            break;
        }
    }
    return p;
}

std::string placeholder_marker(const library& lib, const std::string& key) {
    return placeholder_marker(lib.find_field(key), key);
}

std::string placeholder_marker(const field* f, const std::string& key) {
    return "【待填：" + (f && !f->label.empty() ? f->label : key) + "】";
}

bool is_marker(std::string_view shown) {
    return shown.starts_with("【待填：") && shown.ends_with("】");
}

std::string run_text(const run& r) {
    return r.kind == run_kind::field ? r.marker : r.text;
}

std::string runs_text(const runs& rs, const shown_value& shown) {
    std::string out;
    for (const run& r : rs) {
        std::string value = shown && r.kind == run_kind::field ? shown(r.text, r.options) : std::string();
        out += value.empty() ? run_text(r) : value;
    }
    return out;
}

std::string render_text(const plan& p, const shown_value& shown) {
    std::string out;
    for (const block& b : p.blocks)
        out += b.label + runs_text(b.heading, shown) + runs_text(b.content, shown) + '\n';
    return out;
}

} // namespace reportkit
