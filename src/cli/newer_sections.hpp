// What check and update share about section origins: the libraries named with --library, and
// the inserted sections a newer library version changes, one line each.
#pragma once

#include "session.hpp"

#include <org/reportkit/SectionOrigin.hpp>

#include <string>
#include <vector>

namespace reportkit::cli {

// Takes --library FILE|DIR at a[i] into `libraries`; false for any other argument.
bool parse_library_option(const std::vector<std::string>& a, size_t& i, std::vector<std::string>& libraries);

// The library files named with --library (folders: their *.xml), read and checked before any
// office starts; of one id only the highest version. A path that is not there is an input_error
// naming it, a library with errors a runtime_error listing them.
std::vector<std::string> newest_library_files(const std::vector<std::string>& libraries);

// Loads library files (newest_library_files) into the session's engine.
void load_libraries(const office_session& session, const std::vector<std::string>& files);

// The document's inserted sections that a newer library version changes.
std::vector<org::reportkit::SectionOrigin>
newer_sections(const office_session& session, const css::uno::Reference<css::text::XTextDocument>& doc);

// "report.odt: newer version: duties.docs “规范公文办理” 1.0.0 → 1.1.0 (edited)"
std::string newer_line(const std::string& name, const org::reportkit::SectionOrigin& s);

} // namespace reportkit::cli
