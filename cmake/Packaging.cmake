# Installing and packaging both programs (docs/packaging.md).
#   Linux:   cpack -G DEB   -> fazhi-report_<version>_<arch>.deb, dependencies computed by dpkg-shlibdeps
#   Windows: cpack -G NSIS  -> FazhiReport-<version>-win64.exe (per user, no administrator rights)
#            cpack -G WIX   -> FazhiReport-<version>-win64.msi (per user, upgrades replace)
# The version of every package is project(VERSION) in the top-level CMakeLists.txt.

include(GNUInstallDirs)

set(FAZHI_PACKAGE_CONTACT "Fazhi Report maintainers <maintainers@fazhi-report.invalid>"
    CACHE STRING "Maintainer named in the packages (Debian requires one)")

install(TARGETS fazhi-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET fazhi-report)
  install(TARGETS fazhi-report RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# The translations are Qt resources inside both programs (core/CMakeLists.txt, ui/CMakeLists.txt):
# nothing to install for them. Qt's own (the standard dialogs) come from Qt: qt6-translations-l10n on
# Debian (recommended below), windeployqt's translations folder on Windows.

if(UNIX AND NOT APPLE)
  # The desktop entry (Chinese and English names), the file type of workspaces and review copies, the
  # icon at the hicolor sizes. dpkg's triggers of shared-mime-info, desktop-file-utils and
  # hicolor-icon-theme update their caches when the package is installed or removed.
  install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/fazhi-report.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/fazhi-report.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
  foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/fazhi-report.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  # Debian keeps a package's license and notes in /usr/share/doc/<package>.
  set(docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/fazhi-report)
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${docdir} RENAME copyright)
  install(FILES ${PROJECT_SOURCE_DIR}/CHANGELOG.md DESTINATION ${docdir})

  # Man pages made from the programs' own help at build time (cmake/ManPage.cmake), in English and
  # in Chinese (man finds the Chinese one under a zh_CN locale).
  set(man_pages)
  foreach(program fazhi-cli fazhi-report)
    if(NOT TARGET ${program})
      continue()
    endif()
    foreach(language en zh_CN)
      if(language STREQUAL "en")
        set(page ${CMAKE_BINARY_DIR}/man/man1/${program}.1.gz)
        set(destination ${CMAKE_INSTALL_MANDIR}/man1)
      else()
        set(page ${CMAKE_BINARY_DIR}/man/${language}/man1/${program}.1.gz)
        set(destination ${CMAKE_INSTALL_MANDIR}/${language}/man1)
      endif()
      add_custom_command(OUTPUT ${page}
          COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${program}> -DNAME=${program}
                  -DLANGUAGE=${language} -DVERSION=${PROJECT_VERSION} -DOUTPUT=${page}
                  -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
          DEPENDS ${program} ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
          COMMENT "Man page ${program}(1), ${language}"
          VERBATIM)
      list(APPEND man_pages ${page})
      install(FILES ${page} DESTINATION ${destination})
    endforeach()
  endforeach()
  add_custom_target(fazhi-man ALL DEPENDS ${man_pages})
endif()

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/WindowsDeploy.cmake)
endif()

# ---------------------------------------------------------------------------------------------------
# CPack: what every package shares, then each generator's own settings.

set(CPACK_PACKAGE_NAME "FazhiReport")
set(CPACK_PACKAGE_VENDOR "Fazhi Report")
set(CPACK_PACKAGE_CONTACT "${FAZHI_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Writes, checks, reviews and publishes the annual rule-of-law government report")
set(CPACK_PACKAGE_DESCRIPTION "法治报告：乡镇（街道）法治政府建设年度报告的撰写、检查、审核与发布工具。
The numbering follows the structure, every change is saved to a local SQLite
workspace as it is typed, and the report exports to Word (.docx), PDF in the
GB/T 9704 layout, HTML and plain text. fazhi-cli offers the same operations
for scripts.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "FazhiReport")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "FazhiReport")
set(CPACK_PACKAGE_EXECUTABLES "fazhi-report" "法治报告")
# WiX wants a license ending in .txt (or .rtf); NSIS shows the same text.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/;/\\\\.git/")

# Debian (also 统信 UOS and 银河麒麟, which are Debian based).
set(CPACK_DEBIAN_PACKAGE_NAME "fazhi-report")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "editors")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The libraries the programs link are computed by dpkg-shlibdeps; the SQLite driver is a plug-in Qt
# loads at run time, which no linker records, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Chinese faces for the window and stand-ins for the document's fonts (PageProfile), and the Chinese
# of Qt's own dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk, fonts-arphic-ukai, fonts-liberation2, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer")

# Windows, both installers: per user under %LOCALAPPDATA%\Programs\FazhiReport, no administrator
# rights; the workspace lives in the user's data folder, never in the program's, so an upgrade or an
# uninstall leaves it alone. These settings are inert for the other generators, so makensis can check
# the NSIS script on Linux too (docs/packaging.md).
set(FAZHI_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR}/packaging)
list(APPEND CMAKE_MODULE_PATH ${FAZHI_PACKAGING_DIR})  # NSIS.template.in: ours replaces CPack's
set(CPACK_FAZHI_DISPLAY_NAME "法治报告 Fazhi Report")
set(CPACK_NSIS_PACKAGE_NAME "${CPACK_FAZHI_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${CPACK_FAZHI_DISPLAY_NAME}")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/fazhi-report.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/fazhi-report.ico")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_FAZHI_BINDIR "${CMAKE_INSTALL_BINDIR}")

# WiX 3 (candle/light), with our template: CPack's offers no per-user scope (CPACK_WIX_INSTALL_SCOPE
# perUser is "reserved for future use"). The upgrade code never changes: a new version replaces the
# old one (MajorUpgrade); each build gets a new product code.
set(CPACK_WIX_VERSION 3)
set(CPACK_WIX_UPGRADE_GUID "72EA4DDB-A414-4ECD-8E13-71B7AE46F208")
set(CPACK_WIX_TEMPLATE "${FAZHI_PACKAGING_DIR}/FazhiWix.template.in")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/fazhi-report.ico")
set(CPACK_WIX_ROOT_FOLDER_ID "LocalAppDataFolder")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")  # the shortcut straight in the user's start menu
set(CPACK_WIX_CULTURES "zh-CN")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
# A per-user package keeps its files in the profile with files as key paths (CPack's components):
# Windows Installer accepts that; these validations, written for per-machine packages, do not.
set(CPACK_WIX_LIGHT_EXTRA_FLAGS "-sice:ICE38" "-sice:ICE64" "-sice:ICE91")
# Per generator (read by cpack): the MSI installs into %LOCALAPPDATA%\Programs\FazhiReport.
set(CPACK_PROJECT_CONFIG_FILE "${FAZHI_PACKAGING_DIR}/CPackProjectConfig.cmake")

if(WIN32)
  set(CPACK_GENERATOR "NSIS;WIX")
elseif(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
