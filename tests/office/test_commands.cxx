// The menu command and the settings, through the office's own dispatch and configuration.
#include "office_test_env.hxx"

#include "uno/common/properties.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace reportkit::test;
using namespace css;
using reportkit::office::properties;
namespace fs = std::filesystem;

namespace {

// Sets org.reportkit.Settings/Data/<name> in the office for as long as it lives.
template <class T> struct data_setting {
    const char* name;
    uno::Any old; // may be empty: a setting the schema leaves unset
    data_setting(const char* n, T value) : name(n) { old = exchange(uno::Any(value)); }
    ~data_setting() { exchange(uno::Any(old)); }

    uno::Any exchange(const uno::Any& value) {
        auto context = office_context();
        uno::Reference<lang::XMultiServiceFactory> provider(
            context->getServiceManager()->createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", context),
            uno::UNO_QUERY_THROW);
        uno::Sequence<uno::Any> args(1);
        args[0] <<= beans::NamedValue("nodepath", uno::Any(ou("/org.reportkit.Settings/Data")));
        uno::Reference<beans::XPropertySet> node(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                  args),
            uno::UNO_QUERY_THROW);
        uno::Any before = node->getPropertyValue(rtl::OUString::createFromAscii(name));
        node->setPropertyValue(rtl::OUString::createFromAscii(name), value);
        uno::Reference<util::XChangesBatch>(node, uno::UNO_QUERY_THROW)->commitChanges();
        return before;
    }
};

} // namespace

TEST_CASE("Tools › Refresh Report Numbers fills the document through the dispatch framework") {
    fs::path dir = scratch("menu");
    // Below 10,000: the grouping test changes that setting in the same office, maybe at the same time.
    std::ofstream(dir / "data.csv") << "key,value\nstudy.sessions,1234\ndocs.handled,3297\n";
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, test_library(), "politics.study");
    engine()->insertSection(doc.get(), doc.get()->getText()->getEnd(), test_library(), "duties.docs");
    data()->linkDataSheet(doc.get(), ou(url_of((dir / "data.csv").string())));

    auto frame =
        uno::Reference<frame::XModel>(doc.get(), uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    auto helper = frame::DispatchHelper::create(office_context());
    helper->executeDispatch(uno::Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW),
                            "org.reportkit:RefreshData", "", 0, {});
    auto p = doc.paragraphs();
    CHECK(p[0] == "（一）抓实理论学习。全年开展专题学习1234次。一是学习有计划。二是研讨有成果。");
    CHECK(p[3] == "全年办理公文3297余件。");
}

TEST_CASE("thousands separators follow the Grouping and GroupThousandsFrom settings", "[settings]") {
    fs::path dir = scratch("grouping");
    std::ofstream(dir / "data.csv") << "key,value\ndocs.handled,23456\n";
    writer_document doc;
    engine()->insertSection(doc.get(), nullptr, test_library(), "duties.docs");
    data()->linkDataSheet(doc.get(), ou(url_of((dir / "data.csv").string())));
    data()->refresh(doc.get());
    CHECK(doc.paragraphs()[1] == "全年办理公文23456余件。"); // the library asks for no grouping
    {
        data_setting<rtl::OUString> comma("Grouping", ou("comma"));
        data()->refresh(doc.get());
        CHECK(doc.paragraphs()[1] == "全年办理公文23,456余件。"); // from 10,000 up
        data_setting<sal_Int32> later("GroupThousandsFrom", 100000);
        data()->refresh(doc.get());
        CHECK(doc.paragraphs()[1] == "全年办理公文23456余件。");
    }
    data()->refresh(doc.get());
    CHECK(doc.paragraphs()[1] == "全年办理公文23456余件。");
}

TEST_CASE("with RefreshOnOpen set, opening a linked document brings its numbers up to date", "[settings]") {
    fs::path dir = scratch("open");
    std::ofstream(dir / "data.csv") << "key,value\ndocs.handled,320\n";
    std::string odt = (dir / "report.odt").string();
    {
        writer_document doc;
        engine()->insertSection(doc.get(), nullptr, test_library(), "duties.docs");
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)
            ->storeAsURL(ou(url_of(odt)), properties({{"FilterName", uno::Any(ou("writer8"))}}));
        data()->linkDataSheet(doc.get(), ou(url_of((dir / "data.csv").string())));
        data()->refresh(doc.get());
        uno::Reference<frame::XStorable>(doc.get(), uno::UNO_QUERY_THROW)->store();
    }
    std::ofstream(dir / "data.csv") << "key,value\ndocs.handled,480\n";
    {
        writer_document unchanged(url_of(odt), false); // off by default
        CHECK(unchanged.paragraphs()[1] == "全年办理公文320余件。");
    }
    data_setting<bool> on("RefreshOnOpen", true);
    writer_document reopened(url_of(odt), false);
    CHECK(reopened.paragraphs()[1] == "全年办理公文480余件。");
}
