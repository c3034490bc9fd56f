# Installs diplograph from a build tree into a fresh prefix, then configures,
# builds and runs the consumer project against that prefix with
# find_package(diplograph CONFIG REQUIRED). Run by CTest as
#
#   cmake -DBUILD_DIR=... -DCONSUMER_DIR=... -DWORK_DIR=... [-DCONFIG=...]
#         [-DGENERATOR=...] [-DMAKE_PROGRAM=...] [-DCXX_COMPILER=...]
#         [-DCOMPILER_LAUNCHER=...] [-DSANITIZE=...] -P install_test.cmake
#
# WORK_DIR is emptied first; the prefix and the consumer's build tree live
# inside it.

foreach(var BUILD_DIR CONSUMER_DIR WORK_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "install_test.cmake: ${var} is not set")
  endif()
endforeach()

set(prefix "${WORK_DIR}/prefix")
set(consumer_build "${WORK_DIR}/consumer-build")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# Runs a command; on failure stops with its output.
function(run what)
  execute_process(COMMAND ${ARGN}
                  RESULT_VARIABLE result
                  OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${what} failed (${result}):\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

# 1. Install.
set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
run("cmake --install" "${CMAKE_COMMAND}" --install "${BUILD_DIR}"
    --prefix "${prefix}" ${config_args})

foreach(expected include/diplograph/diplograph.h include/diplograph/graph.h
                 include/diplograph/network.h)
  if(NOT EXISTS "${prefix}/${expected}")
    message(FATAL_ERROR "cmake --install did not install ${expected}")
  endif()
endforeach()
file(GLOB_RECURSE config_files "${prefix}/*/diplographConfig.cmake")
if(NOT config_files)
  message(FATAL_ERROR "no diplographConfig.cmake under ${prefix}")
endif()
# Private headers stay private.
file(GLOB_RECURSE private_headers "${prefix}/*/graph_data.h"
                                  "${prefix}/*/status_macros.h")
if(private_headers)
  message(FATAL_ERROR "private headers were installed: ${private_headers}")
endif()

# 2. Configure the consumer against the prefix only.
set(configure_args
  -S "${CONSUMER_DIR}" -B "${consumer_build}"
  "-DCMAKE_PREFIX_PATH=${prefix}"
  "-DDIPLOGRAPH_EXPECTED_PREFIX=${prefix}"
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
if(GENERATOR)
  list(APPEND configure_args -G "${GENERATOR}")
endif()
if(MAKE_PROGRAM)
  list(APPEND configure_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
if(CXX_COMPILER)
  list(APPEND configure_args "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
endif()
if(COMPILER_LAUNCHER)
  list(APPEND configure_args "-DCMAKE_CXX_COMPILER_LAUNCHER=${COMPILER_LAUNCHER}")
endif()
if(CONFIG)
  list(APPEND configure_args "-DCMAKE_BUILD_TYPE=${CONFIG}")
endif()
if(SANITIZE)
  # A library built with sanitizers needs their runtime in the program too.
  list(APPEND configure_args
       "-DCMAKE_CXX_FLAGS=-fsanitize=${SANITIZE} -fno-omit-frame-pointer"
       "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=${SANITIZE}")
endif()
run("configuring the consumer" "${CMAKE_COMMAND}" ${configure_args})

# 3. Build and run it.
run("building the consumer" "${CMAKE_COMMAND}" --build "${consumer_build}"
    ${config_args})
set(consumer "${consumer_build}/consumer")
if(CONFIG AND EXISTS "${consumer_build}/${CONFIG}/consumer")
  set(consumer "${consumer_build}/${CONFIG}/consumer")
endif()
run("running the consumer" "${consumer}")
if(NOT last_output MATCHES "^ok")
  message(FATAL_ERROR "the consumer printed: ${last_output}")
endif()
message(STATUS "installed, found, built and ran the consumer: ${last_output}")
