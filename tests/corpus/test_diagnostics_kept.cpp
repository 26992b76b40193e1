#include <doctest/doctest.h>

#include "placeline/base/diagnostics.hpp"

using namespace placeline;

namespace {
std::vector<std::string> messages(const Diagnostics& diags) {
    std::vector<std::string> out;
    diags.for_each([&](const Diagnostic& d) { out.push_back(format_diagnostic(d)); });
    return out;
}
}  // namespace

TEST_CASE("a collector that keeps problems only drops the info ones, however reported, and keeps the rest in order") {
    Diagnostics diags(Diagnostics::Keep::problems);
    diags.info("a.txt", "not named in the text: author");
    diags.warn("b.txt", "folder holds no articles (.txt, .md, .html)");
    diags.report(Severity::info, "c.txt", 3, "an info by report()");
    diags.error("d.txt", "cannot read");
    diags.append({{Severity::info, "e.txt", 0, "appended info"}, {Severity::warning, "f.txt", 2, "appended warning"}});
    CHECK(messages(diags) == std::vector<std::string>{"b.txt: warning: folder holds no articles (.txt, .md, .html)",
                                                      "d.txt: error: cannot read", "f.txt:2: warning: appended warning"});
    CHECK(diags.size() == 3);
}

TEST_CASE("a collector keeps every diagnostic by default, infos included") {
    Diagnostics diags;
    diags.info("a.txt", "not named in the text: author");
    diags.append({{Severity::info, "e.txt", 0, "appended info"}});
    CHECK(messages(diags) == std::vector<std::string>{"a.txt: note: not named in the text: author", "e.txt: note: appended info"});
}
