# Windows: everything the two .exe files need beside them, put there at install time, so `cmake --install`
# and every CPack package (NSIS, WiX) hold a program that starts on a clean PC (docs/packaging.md):
#   1. Qt's DLLs, plug-ins (qwindows, qsqlite, styles, image formats) and translations: windeployqt,
#      which runs on Windows only (qt_generate_deploy_app_script is a preview in Qt 6.4);
#   2. the other DLLs those load (QuaZip, zlib, SQLite, ICU, ...; vcpkg builds them as DLLs):
#      file(GET_RUNTIME_DEPENDENCIES) over the programs and everything windeployqt copied;
#   3. the VC++ runtime (msvcp140.dll, vcruntime140*.dll) beside them: InstallRequiredSystemLibraries,
#      so a per-user install needs no administrator to run vc_redist;
#   4. a qt.conf pointing Qt at the plug-ins and translations in that folder.
# Included from cmake/Packaging.cmake after the programs' install(TARGETS).

set(FAZHI_WINDEPLOYQT "" CACHE FILEPATH "windeployqt.exe (found beside qmake when empty)")
if(NOT FAZHI_WINDEPLOYQT)
  if(TARGET Qt6::windeployqt)
    set(windeployqt "$<TARGET_FILE:Qt6::windeployqt>")
  else()
    # Qt's bin folder (the Qt installer), or tools/Qt6/bin (vcpkg).
    find_program(FAZHI_WINDEPLOYQT_FOUND windeployqt REQUIRED
                 HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/tools/Qt6/bin")
    set(windeployqt "${FAZHI_WINDEPLOYQT_FOUND}")
  endif()
else()
  set(windeployqt "${FAZHI_WINDEPLOYQT}")
endif()

# dumpbin lists a DLL's imports for file(GET_RUNTIME_DEPENDENCIES); it sits beside link.exe.
get_filename_component(linker_dir "${CMAKE_LINKER}" DIRECTORY)
find_program(FAZHI_DUMPBIN dumpbin HINTS "${linker_dir}" REQUIRED)

# Where the non-system DLLs are: Qt's and QuaZip's folders (with vcpkg, one bin folder for all).
set(runtime_dirs "$<TARGET_FILE_DIR:Qt6::Core>" "$<TARGET_FILE_DIR:QuaZip::QuaZip>")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  list(APPEND runtime_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()

set(runtime_dirs_quoted "")
foreach(dir IN LISTS runtime_dirs)
  string(APPEND runtime_dirs_quoted " \"${dir}\"")
endforeach()
set(bindir "${CMAKE_INSTALL_BINDIR}")
# Two passes: @...@ are filled in now (string(CONFIGURE)), generator expressions per configuration
# (file(GENERATE)), ${...} when the script runs at install time.
string(CONFIGURE [=[
# Generated from cmake/WindowsDeploy.cmake; run by `cmake --install` (and so by cpack).
set(bin "${CMAKE_INSTALL_PREFIX}/@bindir@")
set(programs "${bin}/fazhi-report.exe" "${bin}/fazhi-cli.exe")

message(STATUS "windeployqt into ${bin}")
execute_process(
    COMMAND "@windeployqt@" --release --verbose 1
            --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw --no-quick-import
            --translations zh_CN,en
            --dir "${bin}" ${programs}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "windeployqt failed (${status})")
endif()

file(GLOB_RECURSE deployed "${bin}/*.dll")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "dumpbin")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "@FAZHI_DUMPBIN@")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${programs}
    MODULES ${deployed}
    DIRECTORIES @runtime_dirs_quoted@
    PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-.*" "^[Ee][Xx][Tt]-[Mm][Ss]-.*"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    CONFLICTING_DEPENDENCIES_PREFIX conflicting)
foreach(name IN LISTS conflicting_FILENAMES)
  list(GET conflicting_${name} 0 first)
  message(STATUS "${name} found more than once, using ${first}")
  list(APPEND resolved "${first}")
endforeach()
file(TO_CMAKE_PATH "${bin}" bin_lower)
string(TOLOWER "${bin_lower}" bin_lower)
foreach(dll IN LISTS resolved)
  get_filename_component(dir "${dll}" DIRECTORY)
  file(TO_CMAKE_PATH "${dir}" dir_lower)
  string(TOLOWER "${dir_lower}" dir_lower)
  get_filename_component(name "${dll}" NAME)
  # Windows' own DLLs (and the runtime, installed below) stay where they are.
  if(dir_lower MATCHES "^[a-z]:/windows/")
    continue()
  endif()
  if(NOT dir_lower STREQUAL bin_lower AND NOT EXISTS "${bin}/${name}")
    message(STATUS "Runtime DLL: ${dll}")
    file(INSTALL "${dll}" DESTINATION "${bin}")
  endif()
endforeach()
foreach(dll IN LISTS unresolved)
  message(WARNING "Not found, not installed: ${dll}")
endforeach()
]=] deploy_script @ONLY)
file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/packaging/windows-deploy-$<CONFIG>.cmake CONTENT "${deploy_script}")
install(CODE "include(\"${CMAKE_BINARY_DIR}/packaging/windows-deploy-\${CMAKE_INSTALL_CONFIG_NAME}.cmake\")")

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

install(FILES ${PROJECT_SOURCE_DIR}/resources/windows/qt.conf DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
