// What the commands check about the files they are given before anything starts: an input that
// exists and is a file, an output whose folder exists and can be written, an existing file that
// is not replaced without --force. Each check throws input_error with a plain sentence.
#pragma once

#include <stdexcept>
#include <string>

namespace reportkit::cli {

// A file named on the command line that cannot be used: the command exits 2 and does nothing.
struct input_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// `path` must be an existing regular file ("no such file", "is a folder, not a library file"):
// `kind` says what file it should be.
void require_input_file(const std::string& path, const std::string& kind = "file");

// `path` is an input file that LibreOffice can be asked to open: not empty, and a .odt, .docx
// (or other zip-based format) that starts like one, so a damaged file is not read as plain text.
void require_document_file(const std::string& path);

enum class existing_file { replace, keep };

// `path` can be written: its folder exists, it is not a folder itself, and a probe open for
// writing succeeds (creating nothing that stays). With existing_file::keep an existing file is
// refused, to be replaced only with --force.
void require_writable_output(const std::string& path, existing_file existing = existing_file::replace);

} // namespace reportkit::cli
