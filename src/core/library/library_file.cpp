#include "core/library/library_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace reportkit {

std::optional<std::string> read_library_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string replace_library_file(const std::string& path, const std::string& text) {
    std::string temporary = path + ".saving";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!(out << text) || !out.flush()) return "cannot write " + temporary;
    }
    std::error_code error, ignored;
    std::filesystem::rename(temporary, path, error);
    if (!error) return {};
    std::filesystem::remove(temporary, ignored);
    return "cannot write " + path + ": " + error.message();
}

} // namespace reportkit
