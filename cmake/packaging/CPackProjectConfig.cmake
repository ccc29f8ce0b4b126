# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE, cmake/Packaging.cmake).
if(CPACK_GENERATOR STREQUAL "WIX")
  # %LOCALAPPDATA%\Programs\FazhiReport: the root folder is LocalAppDataFolder (CPACK_WIX_ROOT_FOLDER_ID),
  # and CPack makes a directory of each part of this path. The NSIS script says the same itself.
  set(CPACK_PACKAGE_INSTALL_DIRECTORY "Programs/FazhiReport")
endif()
