# eba_fixtures: the header-only fixtures of tests/support that the benchmarks and the test tools
# share with the suites: the app's objects (appobjects.h, appwiring.h), the wire fixture
# (wirefixture.h) and the IDs of the sandbox's sample data (sampleids.h). Included by the top-level
# CMakeLists.txt before bench/, since the benchmarks are built without the tests too (the `release`
# preset), so it may use the targets of src/ only.
add_library(eba_fixtures INTERFACE)
target_include_directories(eba_fixtures INTERFACE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(eba_fixtures INTERFACE eba_core eba_sandbox Qt6::Network)
