// The field definitions a document carries, as read back from any document: their values
// compute, and written again they read back the same (what refresh and check rely on).
#include "core/data/embedded_fields.hpp"
#include "fuzz_support.hpp"

using namespace reportkit;

namespace {

bool same(const field& a, const field& b) {
    return a.key == b.key && a.type == b.type && a.unit == b.unit && a.label == b.label &&
           a.formula == b.formula && a.decimals == b.decimals && a.approx == b.approx;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    library_ptr lib = read_embedded_fields(fuzz::text_of(data, size));
    if (!lib) return 0;
    fuzz::resolve_all(*lib, fuzz::sample_table(*lib));

    std::vector<std::string> keys;
    for (const field& f : lib->fields)
        keys.push_back(f.key);
    std::vector<const field*> stored = fields_with_inputs(*lib, keys);
    std::string xml = embedded_fields_xml(stored);
    library_ptr back = read_embedded_fields(xml);
    if (!back) fuzz::fail("fields written into a document do not read back", xml);
    if (back->fields.size() != stored.size()) fuzz::fail("fields written back are not as many", xml);
    for (size_t i = 0; i < stored.size(); ++i)
        if (!same(*stored[i], back->fields[i]))
            fuzz::fail("a field reads back changed", stored[i]->key + "\n" + xml);
    return 0;
}
