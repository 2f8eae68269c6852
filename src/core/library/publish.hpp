// Publishing a library from the maintainer's own folder to the team folder: the version proposed
// next, the file with that version and a one-line change note (<changes>), and the checks that
// keep a team's copy from being overwritten by an older or equal version.
#pragma once

#include "core/library/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace reportkit {

enum class version_step { minor, patch };

// 1.2.3 → 1.3.0 (minor) or 1.2.4 (patch).
version next_version(const version& v, version_step step);

// The library file's text with its root's version set to `v` and <change version="v">note</change>
// added at the end of <changes> (made just after <summary>, else first, when missing); every other
// byte as it was. Empty when `xml` has no <library> root.
std::string published_text(std::string_view xml, const version& v, std::string_view note);

// What stops publishing `v` of a library whose own version is `current`, over a team copy at
// `team` (none: the team folder has no copy): nothing, or the reason in the UI's language.
std::optional<std::string> publish_refusal(const version& current, const version& v,
                                           const std::optional<version>& team, std::string_view note,
                                           std::string_view language);

// A library file in a folder, and what it holds.
struct library_copy {
    std::string file;
    library_ptr lib;
};

// The highest version of library `id` among the *.xml files of `folder` (files with errors left
// out), if any.
std::optional<library_copy> copy_in_folder(const std::string& folder, std::string_view id);

// Publishes the maintainer's copy `own` to `team_folder` as version `v` with `note`: refuses (see
// publish_refusal) or lists lint errors, writing nothing; else writes the new text over the team's
// copy of that id (or as a new file of the same name) and over `own`. Empty when published, else
// what stopped it, one problem a line.
std::string publish_library(const library_copy& own, const std::string& team_folder, const version& v,
                            std::string_view note, std::string_view language);

} // namespace reportkit
