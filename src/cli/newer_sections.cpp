#include "newer_sections.hpp"

#include "files.hpp"
#include "library_paths.hpp"

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
    libraries.push_back(option_value(a, i, "a file or folder"));
    return true;
}

std::vector<std::string> newest_library_files(const std::vector<std::string>& libraries) {
    std::map<std::string, std::pair<version, std::string>> newest; // id → version, file
    for (const std::string& file : library_paths(libraries)) {
        require_input_file(file, "library file");
        library_ptr lib = load_valid_library(file);
        auto [it, added] = newest.try_emplace(lib->id, lib->ver, file);
        if (!added && lib->ver > it->second.first) it->second = {lib->ver, file};
    }
    std::vector<std::string> files;
    for (const auto& [id, found] : newest)
        files.push_back(found.second);
    return files;
}

void load_libraries(const office_session& session, const std::vector<std::string>& files) {
    auto engine = session.engine();
    for (const std::string& file : files)
        engine->loadLibrary(to_ou(office::file_url(fs::absolute(file).string())));
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
