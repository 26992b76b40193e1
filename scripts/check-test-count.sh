#!/usr/bin/env bash
# After a full ctest run in BUILD_DIR: fails when ctest ran fewer test cases than there are, or
# skipped any. .ci/run calls it after each ctest run.
#
#   scripts/check-test-count.sh BUILD_DIR
#
# There are: the test cases each doctest executable lists (--list-test-cases --no-skip; the
# executables are those whose discovered tests BUILD_DIR/tests/CTestTestfile.cmake includes),
# plus every plain add_test test (the fuzz replays).
# Ran: from ctest's log of its last run (BUILD_DIR/Testing/Temporary/LastTest.log), the test
# cases doctest says it ran in each entry ("[doctest] test cases: N"), plus each plain test
# that passed or failed. A name ctest split or mangled runs nothing and so shows here, as does a
# test ctest reports as skipped or not run (on a fully set-up machine every test can run).
set -euo pipefail

build=${1:?usage: scripts/check-test-count.sh BUILD_DIR}
log=$build/Testing/Temporary/LastTest.log
fail() { echo "check-test-count: $*" >&2; exit 1; }
[[ -d $build ]] || fail "$build is not a folder"
[[ -f $log ]] || fail "no $log: run ctest in $build first"
# Read the last run's log before asking ctest anything: even `ctest -N` writes its logs anew.
# Put them back at the end, so that the check can run again and leaves the folder as it was.
run_log=$(sed 's/\x1b\[[0-9;]*m//g' "$log")
kept=$(mktemp -d)
cp -p "$build"/Testing/Temporary/* "$kept"/ 2>/dev/null || true
trap 'rm -f "$build"/Testing/Temporary/*; cp -p "$kept"/* "$build"/Testing/Temporary/ 2>/dev/null; rm -rf "$kept"' EXIT

# The doctest executables and the test cases each holds.
expected=0
executables=0
testfile=$build/tests/CTestTestfile.cmake
[[ -f $testfile ]] || fail "no $testfile: is $build a build folder with the tests on?"
# Not a glob of the folder: an executable dropped from tests/CMakeLists.txt leaves its files.
for name in $(grep -o 'test_[A-Za-z0-9_]*_include-[A-Za-z0-9]*\.cmake' "$testfile" | sed 's/_include-.*//' | sort -u); do
  exe=$build/$name
  [[ -x $exe ]] || fail "$exe is not built"
  listing=$("$exe" --list-test-cases --no-skip) || fail "$exe --list-test-cases failed"
  # The names sit between two rules of '='; doctest's own lines start with [doctest].
  listed=$(printf '%s\n' "$listing" | sed 's/\x1b\[[0-9;]*m//g' |
           awk '/^=+$/ { rule++; next } rule == 1 && !/^\[doctest\]/ { n++ } END { print n + 0 }')
  # Cross-check with the total doctest prints under the list.
  total=$(printf '%s\n' "$listing" | sed 's/\x1b\[[0-9;]*m//g' |
          sed -n 's/^\[doctest\] unskipped test cases passing the current filters: \([0-9]*\)$/\1/p')
  [[ $listed == "$total" ]] || fail "$exe lists $listed names but counts ${total:-none}"
  echo "check-test-count: $name holds $listed test cases"
  expected=$((expected + listed))
  executables=$((executables + 1))
done
((executables > 0)) || fail "no doctest executables in $testfile"

# Plain tests: every test ctest knows whose command is not a doctest --test-case run.
plain=$(ctest --test-dir "$build" -N -V 2>/dev/null | grep -E '^[0-9]+: Test command: ' |
        grep -vc -- '--test-case=' || true)
expected=$((expected + plain))

# What the last run did, entry by entry. The log's own status line cannot be trusted for skips
# (a SKIP_RETURN_CODE skip, an executable not found: both say "Test Passed."), so: an entry that
# started has a command, a skip by marker has ctest's reason line, and a doctest entry ran the
# cases its summary counts. A test ctest left out (disabled, say) runs nothing and so falls short
# of the count.
summary=$(printf '%s\n' "$run_log" | awk '
  function finish() {
    if (!open) return
    open = 0; entries++
    if (skip || !started) { skipped++; print "not run: " name; return }
    ran += doctest ? cases : 1
  }
  /^[0-9]+\/[0-9]+ Test: / { finish(); open = 1; name = $0; sub(/^[0-9]+\/[0-9]+ Test: /, "", name)
                             doctest = 0; cases = 0; started = 0; skip = 0 }
  /^Command: / { started = $0 != "Command: \"\""; doctest = index($0, "--test-case=") > 0 }
  /^\[doctest\] test cases: *[0-9]+/ { match($0, /[0-9]+/); cases += substr($0, RSTART, RLENGTH) }
  /^Skip regular expression found in output/ { skip = 1 }
  /^"[^"]*" end time:/ { finish() }
  END { finish(); print "total", ran + 0, entries + 0, skipped + 0 }')
read -r _ ran entries skipped < <(printf '%s\n' "$summary" | grep '^total ')
# A SKIP_RETURN_CODE skip looks like a pass in the log (and LastTestsDisabled.log is left over
# from older runs): tests skip through the marker of tests/skip.hpp instead.
if ctest --test-dir "$build" --show-only=json-v1 2>/dev/null | grep -q '"SKIP_RETURN_CODE"'; then
  fail "a test sets SKIP_RETURN_CODE, whose skips ctest's log shows as passes: print the skip marker instead"
fi
echo "check-test-count: $expected test cases ($plain plain tests); the last ctest run ran $ran" \
     "in $entries entries, $skipped not run or skipped"
status=0
if ((skipped > 0)); then
  echo "check-test-count: every test must run on a set-up machine; these did not:" >&2
  printf '%s\n' "$summary" | grep '^not run: ' >&2 || true
  status=1
fi
if ((ran < expected)); then
  echo "check-test-count: only $ran of the $expected test cases ran" >&2
  status=1
elif ((ran > expected)); then
  echo "check-test-count: $ran test cases ran, more than the $expected there are (one name matching two?)" >&2
  status=1
fi
exit $status
