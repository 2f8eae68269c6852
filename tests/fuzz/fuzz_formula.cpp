// Formulas on any text: parsed, and when they parse, evaluated with inputs that are numbers,
// zeros and errors by turns. An error points inside the text; a reference names what is there.
#include "core/data/formula.hpp"
#include "fuzz_support.hpp"

#include <string>

using namespace reportkit;

namespace {

formula_value input(const std::string& key) {
    switch (std::hash<std::string>{}(key) % 4) {
    case 0:
        return {0, {}};
    case 1:
        return {0, phrase(message::no_row, key)};
    case 2:
        return {-2.5, {}};
    default:
        return {static_cast<double>(key.size()) * 1e6, {}};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text = fuzz::text_of(data, size);
    auto parsed = formula::parse(text);
    if (auto* e = std::get_if<formula_error>(&parsed)) {
        if (e->offset > text.size())
            fuzz::fail("an error offset lies past the formula", std::to_string(e->offset));
        return 0;
    }
    const formula& f = std::get<formula>(parsed);
    for (const formula_reference& r : f.references())
        if (text.substr(r.offset, r.key.size()) != r.key)
            fuzz::fail("a reference's offset does not point at its key", r.key);
    (void)f.result_kind();
    (void)f.evaluate(input);
    return 0;
}
