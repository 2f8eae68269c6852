#include "newer_sections.hpp"

#include "library_paths.hpp"

#include "core/library/loader.hpp"
#include "uno/common/strings.hxx"

#include <org/reportkit/XSectionOrigins.hpp>

#include <filesystem>
#include <fmt/format.h>
#include <map>

namespace fs = std::filesystem;
using namespace css;
using org::reportkit::SectionOrigin;
using reportkit::office::to_ou;
using reportkit::office::to_std;

namespace reportkit::cli {

bool parse_library_option(const std::vector<std::string>& a, size_t& i, std::vector<std::string>& libraries) {
    if (a[i] != "--library") return false;
    if (i + 1 >= a.size()) throw usage_error("--library needs a file or folder");
    libraries.push_back(a[++i]);
    return true;
}

// Read here first: errors read best without a round trip, and of one id the highest version wins.
void load_libraries(const office_session& session, const std::vector<std::string>& libraries) {
    std::map<std::string, std::pair<version, std::string>> newest; // id → version, file
    for (const std::string& file : library_paths(libraries)) {
        if (!fs::is_regular_file(file)) throw usage_error("no library file at " + file);
        load_result r = load_library_file(file);
        if (!r.ok()) {
            std::string message = file + " has errors:";
            for (const diagnostic& d : r.diags)
                if (d.level == severity::error) message += "\n" + format_diagnostic(d);
            throw std::runtime_error(message);
        }
        auto [it, added] = newest.try_emplace(r.lib->id, r.lib->ver, file);
        if (!added && r.lib->ver > it->second.first) it->second = {r.lib->ver, file};
    }
    auto engine = session.engine();
    for (const auto& [id, found] : newest)
        engine->loadLibrary(to_ou(office::file_url(fs::absolute(found.second).string())));
}

std::vector<SectionOrigin> newer_sections(const office_session& session,
                                          const uno::Reference<text::XTextDocument>& doc) {
    uno::Reference<org::reportkit::XSectionOrigins> origins(session.engine(), uno::UNO_QUERY_THROW);
    std::vector<SectionOrigin> out;
    for (const SectionOrigin& s : origins->getSectionOrigins(doc))
        if (s.Outdated) out.push_back(s);
    return out;
}

std::string newer_line(const std::string& name, const SectionOrigin& s) {
    return fmt::format("{}: newer version: {} “{}” {} → {}{}", name, to_std(s.SectionId), to_std(s.Title),
                       to_std(s.Version), to_std(s.NewestVersion), s.Edited ? " (edited)" : "");
}

} // namespace reportkit::cli
