// A library file read and replaced whole. The new text goes to a temporary file beside it that is
// then renamed over it, so that a reader never sees half a library and a failed write leaves the
// file as it was.
#pragma once

#include <optional>
#include <string>

namespace reportkit {

// The file's bytes; none when it cannot be read.
std::optional<std::string> read_library_file(const std::string& path);

// `text` as the file's new content; empty when written, else why not.
std::string replace_library_file(const std::string& path, const std::string& text);

} // namespace reportkit
