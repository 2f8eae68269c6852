// Where office_fixture keeps its profile, pipe name and process group for the office under test.
#pragma once

#include "uno/client/office.hxx"

#include <string>

namespace reportkit::test {

// `base` (the build's fixture folder) for the system's office; one folder per other office, so
// that runs against two LibreOffice versions share nothing.
inline std::string fixture_folder(const std::string& base) {
    return base + office::office_tag(office::office_program_dir());
}

} // namespace reportkit::test
