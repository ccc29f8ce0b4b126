# FAZHI_SANITIZE / FAZHI_FUZZ: compile sanitizer_options.cpp into every executable of the build.
# The options live in the binaries, not only in ctest's ENVIRONMENT, because gtest's test discovery
# and the fazhi-cli processes the tests start run outside that environment.

function(_fazhi_collect_executables dir out)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  set(result)
  foreach(t ${targets})
    get_target_property(type ${t} TYPE)
    if(type STREQUAL "EXECUTABLE")
      list(APPEND result ${t})
    endif()
  endforeach()
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(sub ${subdirs})
    _fazhi_collect_executables(${sub} sub_result)
    list(APPEND result ${sub_result})
  endforeach()
  set(${out} ${result} PARENT_SCOPE)
endfunction()

function(fazhi_add_sanitizer_defaults root)
  _fazhi_collect_executables(${root} executables)
  foreach(t ${executables})
    target_sources(${t} PRIVATE ${root}/tests/fuzz/sanitizer_options.cpp)
    set_property(SOURCE ${root}/tests/fuzz/sanitizer_options.cpp TARGET_DIRECTORY ${t}
                 APPEND PROPERTY COMPILE_DEFINITIONS
                 FAZHI_LSAN_SUPPRESSIONS="${root}/tests/fuzz/lsan.supp")
  endforeach()
endfunction()
