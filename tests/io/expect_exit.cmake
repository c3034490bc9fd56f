# cmake -DCOMMAND="prog;arg;..." -DEXPECTED=N -P expect_exit.cmake
# Runs the command and fails unless its exit status is EXPECTED.
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE result
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL EXPECTED)
  message(FATAL_ERROR "exit status ${result}, expected ${EXPECTED}\n${out}${err}")
endif()
