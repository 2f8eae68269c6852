#include "files.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <string_view>
#include <unistd.h>

namespace fs = std::filesystem;

namespace reportkit::cli {

void require_input_file(const std::string& path, const std::string& kind) {
    std::error_code ec;
    fs::file_status s = fs::status(path, ec);
    if (!fs::exists(s)) throw input_error(fmt::format("{}: no such file", path));
    if (fs::is_directory(s)) throw input_error(fmt::format("{} is a folder, not a {}", path, kind));
    if (!fs::is_regular_file(s)) throw input_error(fmt::format("{} is not a regular file", path));
}

void require_document_file(const std::string& path) {
    require_input_file(path, "document");
    if (fs::file_size(path) == 0) throw input_error(fmt::format("{} is empty: not a document", path));
    std::string ext = fs::path(path).extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".odt" && ext != ".docx" && ext != ".ott" && ext != ".dotx") return;
    char magic[4] = {};
    std::ifstream(path, std::ios::binary).read(magic, 4);
    if (std::string_view(magic, 4) != std::string_view("PK\3\4", 4))
        throw input_error(
            fmt::format("{} is damaged or not a {} document: it is not the zip package such a file is", path,
                        ext == ".odt" || ext == ".ott" ? "Writer" : "Word"));
}

void require_writable_output(const std::string& path, existing_file existing) {
    std::error_code ec;
    fs::path folder = fs::absolute(path).parent_path();
    if (fs::is_directory(path, ec)) throw input_error(fmt::format("cannot write {}: it is a folder", path));
    if (!fs::exists(folder, ec))
        throw input_error(
            fmt::format("cannot write {}: the folder {} does not exist", path, folder.string()));
    if (!fs::is_directory(folder, ec))
        throw input_error(fmt::format("cannot write {}: {} is not a folder", path, folder.string()));
    bool exists = fs::exists(path, ec);
    if (exists && existing == existing_file::keep)
        throw input_error(
            fmt::format("{} exists already; nothing written (give --force to replace it)", path));
    // A probe, as root too: permissions, a read-only disk. It truncates nothing and leaves no new file.
    int fd = exists ? open(path.c_str(), O_WRONLY) : open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) {
        std::string why = std::strerror(errno);
        why[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(why[0])));
        throw input_error(fmt::format("cannot write {}: {}", path, why));
    }
    close(fd);
    if (!exists) unlink(path.c_str());
}

} // namespace reportkit::cli
