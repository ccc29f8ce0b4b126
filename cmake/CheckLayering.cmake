# The layering of core (core/CMakeLists.txt): a library's files may include headers of the core
# libraries it uses, directly or through another, and of its own folder; nothing else of core.
#
# fazhi_check_layering(TARGET FOLDER USES) runs the check below before TARGET compiles, so a forbidden
# include fails the build with the file and line. Run as a script (cmake -P) it checks one folder:
#   cmake -DCORE_DIR=… -DFOLDER=storage -DALLOWED=model,util,check,review -DSTAMP=… -P CheckLayering.cmake

set(FAZHI_CORE_FOLDERS util model render import check review storage edit export workflow)

if(CMAKE_SCRIPT_MODE_FILE)
  cmake_minimum_required(VERSION 3.21)
  string(REPLACE "," ";" ALLOWED "${ALLOWED}")
  set(allowed ${FOLDER} ${ALLOWED})
  file(GLOB files ${CORE_DIR}/${FOLDER}/*.h ${CORE_DIR}/${FOLDER}/*.cpp)
  set(errors)
  foreach(file IN LISTS files)
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
      if(line MATCHES "#[ \t]*include[ \t]*\"([a-z]+)/")
        set(folder ${CMAKE_MATCH_1})
        if(NOT folder IN_LIST allowed AND folder IN_LIST FAZHI_CORE_FOLDERS)
          list(APPEND errors "${file}: ${line}: core/${FOLDER} may not use core/${folder} (it may use: ${ALLOWED})")
        endif()
      endif()
    endforeach()
  endforeach()
  if(errors)
    list(JOIN errors "\n" text)
    message(FATAL_ERROR "Forbidden include in core (see core/CMakeLists.txt):\n${text}")
  endif()
  file(TOUCH ${STAMP})
  return()
endif()

# The libraries a core library may use: those it names and, through them, theirs.
function(fazhi_layering_closure out folder uses)
  set(closure ${uses})
  foreach(dep IN LISTS uses)
    get_property(theirs GLOBAL PROPERTY FAZHI_LAYER_${dep})
    list(APPEND closure ${theirs})
  endforeach()
  list(REMOVE_DUPLICATES closure)
  set_property(GLOBAL PROPERTY FAZHI_LAYER_${folder} ${closure})
  set(${out} ${closure} PARENT_SCOPE)
endfunction()

function(fazhi_check_layering target folder uses)
  fazhi_layering_closure(allowed ${folder} "${uses}")
  file(GLOB files CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.h ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp)
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/layering-${folder}.stamp)
  string(REPLACE ";" "," allowed_arg "${allowed}")
  add_custom_command(OUTPUT ${stamp}
      COMMAND ${CMAKE_COMMAND} -DCORE_DIR=${CMAKE_CURRENT_SOURCE_DIR} -DFOLDER=${folder} -DALLOWED=${allowed_arg}
              -DSTAMP=${stamp} -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayering.cmake
      DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/CheckLayering.cmake
      COMMENT "Checking the includes of core/${folder}"
      VERBATIM)
  add_custom_target(${target}_layering DEPENDS ${stamp})
  add_dependencies(${target} ${target}_layering)
  # For the architecture test: the allowed table as the build knows it.
  set_property(GLOBAL APPEND PROPERTY FAZHI_LAYERING_TABLE "${folder}:${allowed_arg}")
endfunction()
