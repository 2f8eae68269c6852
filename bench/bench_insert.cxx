// Inserting through the engine against inserting the same text with XText.insertString alone,
// both in one private headless office, in the same run.
//   bench_insert [--check]
#include "bench_office.hxx"
#include "common/strings.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <org/reportkit/XReportEngine.hpp>

#include <algorithm>
#include <fstream>
#include <vector>

using namespace css;
using namespace reportkit::office;
using namespace reportkit::bench;

namespace {

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

// The paragraphs of a document's text, to insert again as plain text.
std::vector<rtl::OUString> paragraphs_of(const uno::Reference<text::XTextDocument>& doc) {
    std::vector<rtl::OUString> out;
    rtl::OUString all = doc->getText()->getString();
    sal_Int32 start = 0;
    for (sal_Int32 i = 0; i <= all.getLength(); ++i)
        if (i == all.getLength() || all[i] == '\n') {
            out.push_back(all.copy(start, i - start));
            start = i + 1;
        }
    return out;
}

// The baseline: the same paragraphs with insertString and paragraph breaks, at the end, with
// the controllers locked as the engine locks them.
void insert_plain(const uno::Reference<text::XTextDocument>& doc,
                  const std::vector<rtl::OUString>& paragraphs) {
    uno::Reference<frame::XModel> model(doc, uno::UNO_QUERY_THROW);
    model->lockControllers();
    auto text = doc->getText();
    auto cursor = text->createTextCursorByRange(text->getEnd());
    uno::Reference<text::XTextRange> range(cursor.get());
    for (const auto& p : paragraphs) {
        text->insertControlCharacter(range, text::ControlCharacter::PARAGRAPH_BREAK, false);
        text->insertString(range, p, false);
    }
    model->unlockControllers();
}

// A library of 30 realistic level-2 sections under three level-1 headings.
std::string outline_library() {
    std::string xml = "<library id=\"bench-outline\" version=\"1.0.0\" title=\"基准\">\n<fields>\n";
    for (int i = 0; i < 90; ++i)
        xml +=
            fmt::format("<field key=\"n.f{}\" type=\"integer\" unit=\"次\" label=\"第{}项统计\"/>\n", i, i);
    xml += "</fields>\n";
    for (int s = 0; s < 30; ++s) {
        xml += fmt::format("<section id=\"s{}\" title=\"扎实推进第{}项重点工作，确保取得实效\" level=\"2\" "
                           "run-in=\"true\">\n",
                           s, s + 1);
        for (int p = 0; p < 3; ++p)
            xml += fmt::format("<p>围绕年度目标任务，全年组织开展相关活动{{{{n.f{}}}}}次，覆盖各部门各单位，"
                               "形成了一批可复制可推广的经验做法。<item>完善工作机制，健全制度体系。</item>"
                               "<item>加强督促检查，推动问题整改落实到位。</item></p>\n",
                               (s * 3 + p) % 90);
        xml += "</section>\n";
    }
    xml += "<outline id=\"all\" title=\"全部\">\n<title>基准报告</title>\n";
    for (int s = 0; s < 30; ++s) {
        if (s % 10 == 0) xml += fmt::format("<heading level=\"1\">第{}部分</heading>\n", s / 10 + 1);
        xml += fmt::format("<include section=\"s{}\"/>\n", s);
    }
    return xml + "</outline>\n</library>\n";
}

} // namespace

int main(int argc, char** argv) {
    bool check = argc > 1 && std::string(argv[1]) == "--check";
    int rc = 0;
    try {
        bench_office office("bench-insert");
        auto context = office.context;
        auto engine = office.engine<org::reportkit::XReportEngine>();

        // One section, 50 times, against the same text through insertString.
        const int n = 50;
        std::vector<rtl::OUString> section_text;
        {
            document scratch(context);
            engine->insertSection(scratch.doc, nullptr, "office-annual", "duties.documents");
            section_text = paragraphs_of(scratch.doc);
        }
        std::vector<double> engine_ms, plain_ms;
        {
            document doc(context);
            for (int i = 0; i < n; ++i) {
                auto t0 = clock_type::now();
                engine->insertSection(doc.doc, doc.doc->getText()->getEnd(), "office-annual",
                                      "duties.documents");
                engine_ms.push_back(ms_since(t0));
            }
        }
        {
            document doc(context);
            for (int i = 0; i < n; ++i) {
                auto t0 = clock_type::now();
                insert_plain(doc.doc, section_text);
                plain_ms.push_back(ms_since(t0));
            }
        }

        // A 30-section outline into fresh documents, median of 5.
        std::ofstream(office.dir / "outline.xml") << outline_library();
        auto lib = engine->loadLibrary(to_ou(file_url((office.dir / "outline.xml").string())));
        std::vector<rtl::OUString> outline_text;
        std::vector<double> outline_ms, outline_plain_ms;
        for (int i = 0; i < 5; ++i) {
            document doc(context);
            auto t0 = clock_type::now();
            engine->insertOutline(doc.doc, nullptr, lib, "all");
            outline_ms.push_back(ms_since(t0));
            if (outline_text.empty()) outline_text = paragraphs_of(doc.doc);
        }
        for (int i = 0; i < 5; ++i) {
            document doc(context);
            auto t0 = clock_type::now();
            insert_plain(doc.doc, outline_text);
            outline_plain_ms.push_back(ms_since(t0));
        }

        double s50 = percentile(engine_ms, 0.5), s95 = percentile(engine_ms, 0.95);
        double b50 = percentile(plain_ms, 0.5), b95 = percentile(plain_ms, 0.95);
        double o50 = percentile(outline_ms, 0.5), ob50 = percentile(outline_plain_ms, 0.5);
        double ratio = s50 / b50, outline_ratio = o50 / ob50;
        fmt::print("insertion into Writer ({} paragraphs a section, {} in the outline)\n",
                   section_text.size(), outline_text.size());
        fmt::print("  {:<44} {:>9} {:>9}\n", "", "p50", "p95");
        fmt::print("  {:<44} {:>7.1f}ms {:>7.1f}ms\n", "one section via the engine (x50)", s50, s95);
        fmt::print("  {:<44} {:>7.1f}ms {:>7.1f}ms\n", "same text via insertString (x50, baseline)", b50,
                   b95);
        fmt::print("  {:<44} {:>7.1f}ms\n", "30-section outline via the engine (median of 5)", o50);
        fmt::print("  {:<44} {:>7.1f}ms\n", "same text via insertString (baseline)", ob50);
        bool ok = s50 <= 50 && o50 <= 1000 && ratio <= 3;
        fmt::print("  one section {:.1f} ms (target <= 50), outline {:.0f} ms (target <= 1000), "
                   "ratio {:.2f} (target <= 3; outline {:.2f}): {}\n",
                   s50, o50, ratio, outline_ratio, ok ? "met" : "MISSED");
        if (check && !ok) rc = 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "bench_insert: {}\n", e.what());
        rc = 2;
    } catch (const uno::Exception& e) {
        fmt::print(stderr, "bench_insert: {}\n", to_std(e.Message).c_str());
        rc = 2;
    }
    return rc;
}
