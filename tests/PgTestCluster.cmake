# The test suite's own PostgreSQL cluster, a ctest fixture: pg_cluster_start runs
# scripts/pg-test-cluster.sh (initdb and pg_ctl in a temporary folder, on a free loopback port, as
# an unprivileged user when ctest runs as root), pg_cluster_stop stops it and removes its folder; the
# script's watchdog stops it as well when ctest ends any other way. The tests of the programs listed
# in FAZHI_PG_TEST_PROGRAMS require the fixture; they find the cluster in FAZHI_PG_TEST_INFO/run-<PID
# of their ctest> (tests/PgTestServer.h) and skip, saying why, where there is none (PostgreSQL not installed, Windows).
set(FAZHI_PG_TEST_INFO ${CMAKE_BINARY_DIR}/pg-test)
set(FAZHI_PG_TEST_PROGRAMS workspace_test server_test)
target_compile_definitions(fazhi_testsupport PUBLIC FAZHI_PG_TEST_INFO="${FAZHI_PG_TEST_INFO}")

if(UNIX)
  find_program(FAZHI_BASH bash)
endif()
if(FAZHI_BASH)
  set(cluster_script ${PROJECT_SOURCE_DIR}/scripts/pg-test-cluster.sh)
  # --per-run: a cluster for each ctest run (two runs in one build folder do not stop each other's).
  add_test(NAME pg_cluster_start COMMAND ${FAZHI_BASH} ${cluster_script} start ${FAZHI_PG_TEST_INFO} --per-run)
  add_test(NAME pg_cluster_stop COMMAND ${FAZHI_BASH} ${cluster_script} stop ${FAZHI_PG_TEST_INFO} --per-run)
  set_tests_properties(pg_cluster_start PROPERTIES FIXTURES_SETUP pg_cluster LABELS unit TIMEOUT 180)
  set_tests_properties(pg_cluster_stop PROPERTIES FIXTURES_CLEANUP pg_cluster LABELS unit TIMEOUT 120)
  # The discovered tests exist only when ctest reads the test lists (DISCOVERY_MODE PRE_TEST): this
  # file, read after them, makes them require the fixture.
  set(fixture_content)
  foreach(program ${FAZHI_PG_TEST_PROGRAMS})
    string(APPEND fixture_content
        "if(${program}_TESTS)\n"
        "  set_tests_properties(\${${program}_TESTS} PROPERTIES FIXTURES_REQUIRED pg_cluster)\n"
        "endif()\n")
  endforeach()
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/fazhi_pg_fixture.cmake "${fixture_content}")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${CMAKE_CURRENT_BINARY_DIR}/fazhi_pg_fixture.cmake)
endif()
