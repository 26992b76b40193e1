#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <iostream>
#include <string>
#include <vector>

#include "placeline/base/data_paths.hpp"
#include "skip.hpp"

namespace {

// What the run did, seen by a listener: doctest itself exits 0 when a --test-case filter
// matches nothing, and passes a test case that asserted nothing. Either means a test that
// cannot fail, so main turns both into a failure.
struct Tally {
    bool run_started = false;
    int cases_run = 0;
    std::string current;
    std::vector<std::string> asserted_nothing;
};
Tally tally;

struct TallyListener : doctest::IReporter {
    explicit TallyListener(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override { tally.run_started = true; }
    void test_run_end(const doctest::TestRunStats&) override {}
    void test_case_start(const doctest::TestCaseData& tc) override {
        ++tally.cases_run;
        tally.current = tc.m_name;
        placeline::test::skipped_current = false;
    }
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats& stats) override {
        // A skipped case (see skip.hpp) asserts nothing on purpose; ctest reports it as skipped.
        if (stats.numAssertsCurrentTest == 0 && !placeline::test::skipped_current)
            tally.asserted_nothing.push_back(tally.current);
    }
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};
REGISTER_LISTENER("placeline-tally", 1, TallyListener);

}  // namespace

namespace placeline::test {
bool skipped_current = false;
}

int main(int argc, char** argv) {
    placeline::set_executable_path(argc > 0 ? argv[0] : "");
    doctest::Context context(argc, argv);
    int status = context.run();
    if (!tally.run_started) return status;  // --help, --list-test-cases, --count: nothing ran
    if (tally.cases_run == 0) {
        // ctest runs one case per entry by name: a name it split or mangled matches nothing.
        std::cerr << "test_main: no test case matched the filters given\n";
        return status != 0 ? status : 1;
    }
    for (const std::string& name : tally.asserted_nothing)
        std::cerr << "test_main: test case \"" << name << "\" passed without checking anything\n";
    if (!tally.asserted_nothing.empty() && status == 0) return 1;
    return status;
}
