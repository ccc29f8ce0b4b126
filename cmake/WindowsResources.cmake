# fazhi_windows_resources(TARGET DESCRIPTION): the icon, the version resource (from project(VERSION))
# and the application manifest of one of the programs. Does nothing off Windows.
function(fazhi_windows_resources target description)
  if(NOT WIN32)
    return()
  endif()
  set(FAZHI_RC_NAME ${target})
  set(FAZHI_RC_DESCRIPTION "${description}")
  set(FAZHI_RC_ICON "${PROJECT_SOURCE_DIR}/resources/icons/fazhi-report.ico")
  set(rc ${CMAKE_BINARY_DIR}/generated/${target}.rc)
  configure_file(${PROJECT_SOURCE_DIR}/resources/windows/version.rc.in ${rc} @ONLY)
  # A .manifest among the sources goes to the linker (/MANIFESTINPUT), merged with its own.
  target_sources(${target} PRIVATE ${rc} ${PROJECT_SOURCE_DIR}/resources/windows/fazhi.manifest)
endfunction()
