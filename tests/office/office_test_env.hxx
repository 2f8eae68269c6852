// What the real-LibreOffice tests share: the fixture's office, the engine, Writer documents.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/reportkit/XReportData.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include "uno/common/strings.hxx"

#include <filesystem>
#include <string>
#include <vector>

namespace reportkit::test {

// The office started by office_fixture (REPORTKIT_OFFICE_DIR), connected on first use.
css::uno::Reference<css::uno::XComponentContext> office_context();
css::uno::Reference<org::reportkit::XReportEngine> engine();
css::uno::Reference<org::reportkit::XReportData> data(); // the same service's live numbers

// Loads tests/office/data/office-test.xml into the office and returns its id.
rtl::OUString test_library();

// A new hidden Writer document; closed by the destructor.
class writer_document {
public:
    writer_document();
    // Opens an existing file; a document not hidden gets a view that is activated (in a headless
    // office too), so that the events of opening it (OnLoad) fire.
    explicit writer_document(const std::string& url, bool hidden = true);
    ~writer_document();
    writer_document(const writer_document&) = delete;
    writer_document& operator=(const writer_document&) = delete;

    const css::uno::Reference<css::text::XTextDocument>& get() const { return doc_; }
    // What a reader sees of each body paragraph: its list label (一、 …) and its text.
    std::vector<std::string> paragraphs() const;

    // One body paragraph's properties, by index.
    css::uno::Reference<css::beans::XPropertySet> paragraph(size_t index) const;

private:
    css::uno::Reference<css::text::XTextDocument> doc_;
};

// Short names for the shared conversions, used throughout the tests.
inline std::string utf8(const rtl::OUString& s) {
    return office::to_std(s);
}
inline rtl::OUString ou(const std::string& s) {
    return office::to_ou(s);
}
std::string data_file(const std::string& name); // tests/office/data/<name>

// An empty folder for one test: /tmp/reportkit-office-tests-<pid>/<name>.
std::filesystem::path scratch(const std::string& name);
std::string url_of(const std::string& path);

// A shell command's exit status (-1: it did not exit) and its standard output and error.
struct result {
    int status;
    std::string output;
};
result run(const std::string& command);

// A property of an object as UTF-8 text, or as a number.
std::string string_property(const css::uno::Reference<css::beans::XPropertySet>& p, const char* name);
int int_property(const css::uno::Reference<css::beans::XPropertySet>& p, const char* name);

} // namespace reportkit::test
