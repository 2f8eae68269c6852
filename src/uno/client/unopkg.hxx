// Installing an .oxt into a profile with unopkg, before any office runs on it.
#pragma once

#include <string>

namespace reportkit::office {

// Runs `unopkg add -f -s` for `oxt` into `profile_dir` (created), logging to `log_file`.
// unopkg refuses user installs as root: as root it runs as nobody, who then owns the profile.
// Returns unopkg's exit status.
int unopkg_add(const std::string& program_dir, const std::string& profile_dir, const std::string& oxt,
               const std::string& log_file);

} // namespace reportkit::office
