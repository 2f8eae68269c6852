#include "core/data/skeleton.hpp"

#include <set>

namespace reportkit {

std::vector<const field*> skeleton_fields(const std::vector<const field*>& fields) {
    std::vector<const field*> out;
    std::set<std::string> seen;
    for (const field* f : fields)
        if (f && f->formula.empty() && seen.insert(f->key).second) out.push_back(f);
    return out;
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string skeleton_header_line(bool bom) {
    std::string out = bom ? "\xEF\xBB\xBF" : "";
    for (size_t i = 0; i < skeleton_header.size(); ++i)
        out += (i ? "," : "") + skeleton_header[i];
    return out + "\r\n";
}

std::string skeleton_csv(const std::vector<const field*>& fields, bool bom) {
    std::string out = skeleton_header_line(bom);
    for (const field* f : skeleton_fields(fields))
        out += csv_field(f->key) + "," + csv_field(f->label) + "," + csv_field(f->unit) + ",\r\n";
    return out;
}

} // namespace reportkit
