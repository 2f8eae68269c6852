// The sections panel's newer-version list: which rows it shows, in both languages, and what
// Update replaces.
#include "core/ui/newer_view.hpp"

#include <catch2/catch.hpp>

using namespace reportkit;

namespace {

section_status status(const std::string& mark, const std::string& title, bool outdated, bool edited) {
    section_status s;
    s.origin = {mark, "lib", {1, 0, 0}, "id." + mark, "f"};
    s.title = title;
    s.newest = {1, 1, 0};
    s.outdated = outdated;
    s.edited = edited;
    return s;
}

} // namespace

TEST_CASE("the panel lists sections with a newer text and updates only the unedited ones") {
    std::vector<section_status> all{status("RK_S1", "开篇", false, true),
                                    status("RK_S2", "抓实理论学习", true, false),
                                    status("RK_S3", "规范公文办理", true, true)};
    newer_view zh = newer_view_of(all, false, "zh-CN");
    REQUIRE(zh.rows.size() == 2);
    CHECK(zh.rows[0].label == "抓实理论学习（1.0.0 → 1.1.0）");
    CHECK(zh.rows[1].label == "规范公文办理（1.0.0 → 1.1.0，已修改）");
    CHECK(zh.updates == std::vector<std::string>{"RK_S2"});
    CHECK(zh.update);
    newer_view en = newer_view_of(all, false, "en-US");
    CHECK(en.rows[0].label == "抓实理论学习 (1.0.0 → 1.1.0)");
    CHECK(en.rows[1].label == "规范公文办理 (1.0.0 → 1.1.0, edited)");

    CHECK_FALSE(newer_view_of(all, true, "en-US").update); // read-only
    newer_view only_edited = newer_view_of({all[0], all[2]}, false, "en-US");
    CHECK(only_edited.rows.size() == 1);
    CHECK_FALSE(only_edited.update);
    CHECK(newer_view_of({}, false, "en-US").rows.empty());
}

TEST_CASE("Update replaces the selected section alone, and asks first when the writer edited it") {
    std::vector<section_status> all{status("RK_S2", "抓实理论学习", true, false),
                                    status("RK_S3", "规范公文办理", true, true)};
    newer_view v = newer_view_of(all, false, "en-US");
    update_plan none = update_for(v, -1); // every unedited one, no question
    CHECK(none.marks == std::vector<std::string>{"RK_S2"});
    CHECK_FALSE(none.ask);
    CHECK(none.enabled);
    update_plan unedited = update_for(v, 0);
    CHECK(unedited.marks == std::vector<std::string>{"RK_S2"});
    CHECK_FALSE(unedited.ask);
    update_plan edited = update_for(v, 1);
    CHECK(edited.marks == std::vector<std::string>{"RK_S3"});
    CHECK(edited.ask);
    CHECK(edited.enabled);

    newer_view only_edited = newer_view_of({all[1]}, false, "en-US");
    CHECK_FALSE(update_for(only_edited, -1).enabled); // nothing to do without a choice
    CHECK(update_for(only_edited, 0).enabled);
    CHECK_FALSE(update_for(newer_view_of(all, true, "en-US"), 1).enabled); // read-only
    CHECK_FALSE(update_for(v, 2).ask); // past the end: as if nothing were selected
}
