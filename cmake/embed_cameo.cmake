# Turns the CAMEO event-code table (a TSV with the header
# code<TAB>name<TAB>goldstein<TAB>root_code<TAB>quad_class) into a C++ source
# file holding it as a constant array.
#
#   cmake -DINPUT=data/cameo/event_codes.tsv -DOUTPUT=cameo_table.cc -P embed_cameo.cmake
#
# Fails the build on a malformed row, so the library never ships a table it
# cannot trust.
file(STRINGS "${INPUT}" lines ENCODING UTF-8)
list(LENGTH lines n)
if(n LESS 2)
  message(FATAL_ERROR "${INPUT}: no rows")
endif()
list(GET lines 0 header)
if(NOT header STREQUAL "code\tname\tgoldstein\troot_code\tquad_class")
  message(FATAL_ERROR "${INPUT}:1: unexpected header '${header}'")
endif()
set(body "")
set(line_no 1)
list(REMOVE_AT lines 0)
foreach(line IN LISTS lines)
  math(EXPR line_no "${line_no} + 1")
  if(line MATCHES "[;\\[\\]]")
    message(FATAL_ERROR "${INPUT}:${line_no}: ';', '[' and ']' are not supported")
  endif()
  string(REPLACE "\t" ";" fields "${line}")
  list(LENGTH fields nf)
  if(NOT nf EQUAL 5)
    message(FATAL_ERROR "${INPUT}:${line_no}: expected 5 fields, found ${nf}")
  endif()
  list(GET fields 0 code)
  list(GET fields 1 name)
  list(GET fields 2 goldstein)
  list(GET fields 3 root)
  list(GET fields 4 quad)
  if(NOT code MATCHES "^[0-9][0-9][0-9]?[0-9]?$")
    message(FATAL_ERROR "${INPUT}:${line_no}: bad code '${code}'")
  endif()
  if(NOT root MATCHES "^[0-9][0-9]$")
    message(FATAL_ERROR "${INPUT}:${line_no}: bad root code '${root}'")
  endif()
  if(NOT goldstein MATCHES "^-?[0-9]+(\\.[0-9]+)?$")
    message(FATAL_ERROR "${INPUT}:${line_no}: bad Goldstein weight '${goldstein}'")
  endif()
  if(NOT quad MATCHES "^[1-4]$")
    message(FATAL_ERROR "${INPUT}:${line_no}: bad quad class '${quad}'")
  endif()
  if(name MATCHES "[\"\\\\]" OR name STREQUAL "")
    message(FATAL_ERROR "${INPUT}:${line_no}: name '${name}' is empty or has a quote or backslash")
  endif()
  string(APPEND body "    {\"${code}\", \"${name}\", ${goldstein}, \"${root}\", ${quad}},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from data/cameo/event_codes.tsv by cmake/embed_cameo.cmake.\n"
"// Do not edit. CAMEO codebook (Schrodt, Gerner, Yilmaz), as tabulated in\n"
"// the MIT-licensed R package icews (A. Beger).\n"
"#include \"model/cameo_table.h\"\n\n"
"namespace diplograph::internal {\n\n"
"const CameoRow kCameoRows[] = {\n${body}};\n\n"
"const int kCameoRowCount = sizeof(kCameoRows) / sizeof(kCameoRows[0]);\n\n"
"}  // namespace diplograph::internal\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
