#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "placeline/base/data_paths.hpp"

int main(int argc, char** argv) {
    placeline::set_executable_path(argc > 0 ? argv[0] : "");
    doctest::Context context(argc, argv);
    return context.run();
}
