# Compiles the gazetteer tables of data/registry (media.tsv, places.tsv,
# offices.tsv, officeholders.tsv, non_actor_phrases.tsv) into one C++ source
# holding each file's bytes (lib/registry/gazetteer_tables.h). The library
# parses them at run time with located errors; this script checks what a
# build can check cheaply -- the header line and the number of fields of
# every row -- and fails the build on a malformed file.
#
#   cmake -DDATA_DIR=data/registry -DOUTPUT=gazetteer_tables.cc \
#         -P embed_gazetteer.cmake
set(tables media places offices officeholders non_actor_phrases)
set(header_media "name\taliases\tcountry\townership\tsource")
set(header_places "phrase\tkind\tcountry\tstands_for\tsource")
set(header_offices "office\tcountry\torganization\torg_aliases\torg_role\trole\ttitles\tsource")
set(header_officeholders "person\taliases\toffice\tbegin\tend\tsource")
set(header_non_actor_phrases "phrase\twhat\tsource")
set(body "")
foreach(table IN LISTS tables)
  set(input "${DATA_DIR}/${table}.tsv")
  file(STRINGS "${input}" lines ENCODING UTF-8)
  set(expected "${header_${table}}")
  string(REGEX MATCHALL "\t" header_tabs "${expected}")
  list(LENGTH header_tabs ntabs)
  set(line_no 0)
  set(seen_header FALSE)
  set(rows 0)
  foreach(line IN LISTS lines)
    math(EXPR line_no "${line_no} + 1")
    if(line MATCHES "^#")
      continue()
    endif()
    if(NOT seen_header)
      if(NOT line STREQUAL expected)
        message(FATAL_ERROR "${input}:${line_no}: unexpected header '${line}'")
      endif()
      set(seen_header TRUE)
      continue()
    endif()
    string(REGEX MATCHALL "\t" tabs "${line}")
    list(LENGTH tabs n)
    if(NOT n EQUAL ntabs)
      math(EXPR nf "${n} + 1")
      math(EXPR expected_nf "${ntabs} + 1")
      message(FATAL_ERROR "${input}:${line_no}: expected ${expected_nf} fields, found ${nf}")
    endif()
    math(EXPR rows "${rows} + 1")
  endforeach()
  if(rows EQUAL 0)
    message(FATAL_ERROR "${input}: no rows")
  endif()
  file(READ "${input}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body
    "const char kGazetteer_${table}[] = {${bytes} '\\0'};\n"
    "const size_t kGazetteer_${table}_size = sizeof(kGazetteer_${table}) - 1;\n\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from data/registry/{media,places,offices,officeholders,\n"
"// non_actor_phrases}.tsv by cmake/embed_gazetteer.cmake. Do not edit.\n"
"#include \"registry/gazetteer_tables.h\"\n\n"
"namespace diplograph::internal {\n\n"
"${body}"
"}  // namespace diplograph::internal\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
