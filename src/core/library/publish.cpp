#include "core/library/publish.hpp"

#include "core/library/discovery.hpp"
#include "core/library/library_file.hpp"
#include "core/text/trim.hpp"
#include "core/ui/messages.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace reportkit {
namespace {

// The indentation of the line `n` starts on, to give a new element the same.
std::string indent_before(pugi::xml_node n) {
    pugi::xml_node ws = n.previous_sibling();
    if (!ws || ws.type() != pugi::node_pcdata) return "\n  ";
    std::string_view text = ws.value();
    size_t line = text.rfind('\n');
    return line == std::string_view::npos ? "\n  " : std::string(text.substr(line));
}

std::string lint_errors(const diagnostics& diags) {
    std::string out;
    for (const diagnostic& d : diags)
        if (d.level == severity::error) out += format_diagnostic(d) + "\n";
    return out;
}

} // namespace

version next_version(const version& v, version_step step) {
    return step == version_step::minor ? version{v.major, v.minor + 1, 0}
                                       : version{v.major, v.minor, v.patch + 1};
}

std::string published_text(std::string_view xml, const version& v, std::string_view note) {
    pugi::xml_document doc;
    unsigned options = pugi::parse_full | pugi::parse_ws_pcdata;
    if (!doc.load_buffer(xml.data(), xml.size(), options, pugi::encoding_utf8)) return {};
    pugi::xml_node root = doc.child("library");
    if (!root) return {};
    std::ptrdiff_t start = root.offset_debug(); // of the name, just after '<'
    std::string number = to_string(v);
    (root.attribute("version") ? root.attribute("version") : root.append_attribute("version"))
        .set_value(number.c_str());

    pugi::xml_node first = root.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; });
    std::string indent = first ? indent_before(first) : "\n  ";
    pugi::xml_node changes = root.child("changes");
    if (!changes) {
        pugi::xml_node summary = root.child("summary");
        changes = summary ? root.insert_child_after("changes", summary) : root.prepend_child("changes");
        // On a line of its own, indented as its neighbours, </changes> too.
        root.insert_child_before(pugi::node_pcdata, changes).set_value(indent.c_str());
        changes.append_child(pugi::node_pcdata).set_value(indent.c_str());
    }
    // Before the whitespace that closes <changes>, so that </changes> keeps its place.
    pugi::xml_node last = changes.last_child();
    bool closing_space = last && last.type() == pugi::node_pcdata && trimmed_view(last.value()).empty();
    pugi::xml_node change =
        closing_space ? changes.insert_child_before("change", last) : changes.append_child("change");
    changes.insert_child_before(pugi::node_pcdata, change).set_value((indent + "  ").c_str());
    change.append_attribute("version").set_value(number.c_str());
    change.append_child(pugi::node_pcdata).set_value(std::string(note).c_str());

    // pugixml drops the whitespace around the root: the text before and after it is kept as it was.
    std::string_view before = xml.substr(0, static_cast<size_t>(std::max<std::ptrdiff_t>(0, start - 1)));
    constexpr std::string_view end_tag = "</library>";
    size_t end = xml.rfind(end_tag);
    std::string_view after =
        end == std::string_view::npos ? std::string_view() : xml.substr(end + end_tag.size());
    std::ostringstream out;
    out << before;
    root.print(out, "", pugi::format_raw, pugi::encoding_utf8);
    out << after;
    return out.str();
}

std::optional<std::string> publish_refusal(const version& current, const version& v,
                                           const std::optional<version>& team, std::string_view note,
                                           std::string_view language) {
    if (trimmed_view(note).empty()) return text(message::publish_no_note, language);
    if (note.find('\n') != std::string_view::npos) return text(message::publish_one_line, language);
    if (v <= current) return text(message::publish_not_higher, language, to_string(v), to_string(current));
    if (team && *team >= v)
        return text(message::publish_team_newer, language, to_string(*team), to_string(v));
    return std::nullopt;
}

std::optional<library_copy> copy_in_folder(const std::string& folder, std::string_view id) {
    std::optional<library_copy> found;
    for (const std::string& file : library_files(folder)) {
        load_result r = load_library_file(file);
        if (r.ok() && r.lib->id == id && (!found || r.lib->ver > found->lib->ver))
            found = library_copy{file, r.lib};
    }
    return found;
}

std::string publish_library(const library_copy& own, const std::string& team_folder, const version& v,
                            std::string_view note, std::string_view language) {
    auto text = read_library_file(own.file);
    if (!text) return fmt::format("{}: cannot be read", own.file);
    if (std::string errors = lint_errors(load_library_text(*text, own.file).diags); !errors.empty())
        return errors;
    std::optional<library_copy> team = copy_in_folder(team_folder, own.lib->id);
    std::optional<version> team_version;
    if (team) team_version = team->lib->ver;
    if (auto refusal = publish_refusal(own.lib->ver, v, team_version, note, language)) return *refusal;

    std::string published = published_text(*text, v, trimmed_view(note));
    if (std::string errors = lint_errors(load_library_text(published, own.file).diags); !errors.empty())
        return errors;
    std::filesystem::path target =
        team ? std::filesystem::path(team->file)
             : std::filesystem::path(team_folder) / std::filesystem::path(own.file).filename();
    if (!replace_library_file(target.string(), published).empty())
        return fmt::format("{}: cannot be written", target.string());
    if (!replace_library_file(own.file, published).empty())
        return fmt::format("{}: cannot be written", own.file);
    return {};
}

} // namespace reportkit
