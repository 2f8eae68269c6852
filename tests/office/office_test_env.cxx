#include "office_test_env.hxx"

#include "fixture_folder.hxx"
#include "uno/client/office.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

using namespace css;

namespace reportkit::test {

std::string data_file(const std::string& name) {
    return std::string(REPORTKIT_TEST_DATA) + "/" + name;
}

std::filesystem::path scratch(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() /
               ("reportkit-office-tests" + office::office_tag(office::office_program_dir()) + "-" +
                std::to_string(getpid())) /
               name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string url_of(const std::string& path) {
    return office::file_url(path);
}

uno::Reference<uno::XComponentContext> office_context() {
    static uno::Reference<uno::XComponentContext> context = [] {
        const char* base = std::getenv("REPORTKIT_FIXTURE_DIR");
        if (!base)
            throw std::runtime_error("REPORTKIT_FIXTURE_DIR is not set: run these tests through ctest");
        std::string dir = fixture_folder(base), pipe;
        std::getline(std::ifstream(dir + "/pipe"), pipe);
        office::bootstrap_client({.profile_dir = dir + "/profile", .pipe = pipe});
        auto c = office::connect(pipe);
        if (!c.is()) throw std::runtime_error("no office listens on pipe " + pipe);
        return c;
    }();
    return context;
}

uno::Reference<org::reportkit::XReportEngine> engine() {
    auto context = office_context();
    return uno::Reference<org::reportkit::XReportEngine>(
        context->getServiceManager()->createInstanceWithContext("org.reportkit.ReportEngine", context),
        uno::UNO_QUERY_THROW);
}

uno::Reference<org::reportkit::XReportData> data() {
    return uno::Reference<org::reportkit::XReportData>(engine(), uno::UNO_QUERY_THROW);
}

rtl::OUString test_library() {
    return engine()->loadLibrary(ou(url_of(data_file("office-test.xml"))));
}

namespace {

uno::Reference<text::XTextDocument> load(const std::string& url, bool hidden = true) {
    uno::Reference<frame::XComponentLoader> loader(frame::Desktop::create(office_context()),
                                                   uno::UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= hidden;
    return uno::Reference<text::XTextDocument>(loader->loadComponentFromURL(ou(url), "_blank", 0, args),
                                               uno::UNO_QUERY_THROW);
}

} // namespace

writer_document::writer_document() : doc_(load("private:factory/swriter")) {}

writer_document::writer_document(const std::string& url, bool hidden) : doc_(load(url, hidden)) {}

writer_document::~writer_document() {
    try {
        uno::Reference<util::XCloseable>(doc_, uno::UNO_QUERY_THROW)->close(true);
    } catch (const uno::Exception&) {
    }
}

namespace {

std::vector<uno::Reference<beans::XPropertySet>>
body_paragraphs(const uno::Reference<text::XTextDocument>& doc) {
    std::vector<uno::Reference<beans::XPropertySet>> result;
    uno::Reference<container::XEnumerationAccess> access(doc->getText(), uno::UNO_QUERY_THROW);
    auto e = access->createEnumeration();
    while (e->hasMoreElements()) {
        uno::Reference<beans::XPropertySet> para(e->nextElement(), uno::UNO_QUERY);
        if (para.is()) result.push_back(para);
    }
    return result;
}

} // namespace

std::string string_property(const uno::Reference<beans::XPropertySet>& p, const char* name) {
    rtl::OUString value;
    p->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= value;
    return utf8(value);
}

int int_property(const uno::Reference<beans::XPropertySet>& p, const char* name) {
    sal_Int32 value = 0;
    p->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= value;
    return value;
}

std::vector<std::string> writer_document::paragraphs() const {
    std::vector<std::string> result;
    for (auto& para : body_paragraphs(doc_))
        result.push_back(string_property(para, "ListLabelString") +
                         utf8(uno::Reference<text::XTextRange>(para, uno::UNO_QUERY_THROW)->getString()));
    return result;
}

uno::Reference<beans::XPropertySet> writer_document::paragraph(size_t index) const {
    auto all = body_paragraphs(doc_);
    return index < all.size() ? all[index] : nullptr;
}

} // namespace reportkit::test
