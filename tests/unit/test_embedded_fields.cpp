// Field definitions carried by a document: the keys a plan uses, formula inputs, round trip.
#include "core/data/embedded_fields.hpp"
#include "core/library/loader.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

TEST_CASE("a document carries the fields it shows and the inputs of their formulas") {
    load_result r = load_library_text(R"xml(<library id="t" version="1.0.0" title="t">
  <fields>
    <field key="done" type="integer" unit="件" label="办结 &lt;件&gt;"/>
    <field key="all" type="integer" unit="件" label="总数"/>
    <field key="rate" type="percent" decimals="1" label="办结率" formula="rate(done, all)"/>
    <field key="other" type="amount" unit="万元" approx="近" label="其他" grouping="thin"/>
  </fields>
  <section id="s" title="标题" level="1"><p>办结率{{rate}}，办结{{done|approx=余}}件，{{other}}。</p></section>
</library>)xml",
                                      "t.xml");
    REQUIRE(r.ok());
    numbering_state numbers;
    plan p = plan_section(*r.lib, r.lib->sections[0], numbers);
    CHECK(plan_keys(p) == std::vector<std::string>{"rate", "done", "other"});

    auto fields = fields_with_inputs(*r.lib, {"rate"});
    REQUIRE(fields.size() == 3);
    CHECK(fields[0]->key == "rate");
    CHECK(fields[1]->key == "done");
    CHECK(fields[2]->key == "all");

    library_ptr back = read_embedded_fields(embedded_fields_xml(fields_with_inputs(*r.lib, plan_keys(p))));
    REQUIRE(back);
    REQUIRE(back->fields.size() == 4);
    const field* done = back->find_field("done");
    REQUIRE(done);
    CHECK(done->label == "办结 <件>");
    CHECK(done->unit == "件");
    CHECK(back->find_field("rate")->formula == "rate(done, all)");
    CHECK(back->find_field("rate")->decimals == 1);
    CHECK(back->find_field("other")->approx == "近");
    CHECK(back->find_field("other")->type == field_type::amount);
    CHECK(back->find_field("other")->group == grouping::thin); // the document writes it as the library did
    CHECK(back->find_field("done")->group == grouping::none);
    CHECK_FALSE(read_embedded_fields("<library"));
    CHECK_FALSE(read_embedded_fields(""));
}
