// The library loader on any bytes, then what the engine does with a library that loads: the
// plan, text and preview of every outline and section, and every field's value from a sheet.
#include "core/library/loader.hpp"
#include "core/render/plan.hpp"
#include "core/render/preview.hpp"
#include "fuzz_support.hpp"

using namespace reportkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    load_result r = load_library_text(fuzz::text_of(data, size), "fuzz.xml");
    for (const diagnostic& d : r.diags)
        (void)format_diagnostic(d);
    if (!r.ok()) return 0; // the engine uses only libraries that load without errors
    const library& lib = *r.lib;
    for (const outline& o : lib.outlines) {
        plan p = plan_outline(lib, o);
        (void)render_text(p);
        (void)preview_text(p);
        (void)outline_skeleton(lib, o);
    }
    numbering_state state;
    for (const section& s : lib.sections)
        (void)preview_text(plan_section(lib, s, state));
    fuzz::resolve_all(lib, fuzz::sample_table(lib));
    return 0;
}
