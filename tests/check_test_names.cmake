# Run after each test executable is linked (tests/CMakeLists.txt): fails the build when a test
# case name holds a ';'. doctest_discover_tests reads names into a CMake list, so such a name
# would become two ctest entries that each match nothing and pass without running the case.
execute_process(COMMAND ${TEST_EXECUTABLE} --list-test-cases --no-skip
                OUTPUT_VARIABLE listed RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${TEST_EXECUTABLE} --list-test-cases failed (${status})")
endif()
if(listed MATCHES "[^\n]*;[^\n]*")
  message(FATAL_ERROR "${TEST_EXECUTABLE}: the test case name \"${CMAKE_MATCH_0}\" holds a ';', "
                      "which ctest would split into names that match nothing: reword it")
endif()
