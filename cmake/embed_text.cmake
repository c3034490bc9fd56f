# Turns a data file of the text layer (data/text/relationships.tsv,
# data/text/speech_verbs.tsv) into a C++ source defining it as one constant
# string, diplograph::text_internal::<SYMBOL> (lib/text/lexicon.cc parses it).
#
#   cmake -DINPUT=data/text/relationships.tsv -DOUTPUT=relationships_tsv.cc \
#         -DSYMBOL=kRelationshipsTsv -DFIELDS=5 -P embed_text.cmake
#
# Lines starting with '#' and blank lines are comments. Every other line must
# have FIELDS tab-separated fields, or the build fails naming the line; the
# full check of the values is Lexicon::Parse, run by tests/text/lexicon_test.
file(STRINGS "${INPUT}" lines ENCODING UTF-8)
set(line_no 0)
foreach(line IN LISTS lines)
  math(EXPR line_no "${line_no} + 1")
  if(line MATCHES "^#" OR line STREQUAL "")
    continue()
  endif()
  string(REGEX MATCHALL "\t" tabs "${line}")
  list(LENGTH tabs ntabs)
  math(EXPR nfields "${ntabs} + 1")
  if(NOT nfields EQUAL FIELDS)
    message(FATAL_ERROR
      "${INPUT}:${line_no}: expected ${FIELDS} tab-separated fields, found ${nfields}")
  endif()
endforeach()
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp"
  "// Generated from data/text/${name} by cmake/embed_text.cmake; do not edit.\n"
  "// The speech-verb codes derive from the CAMEO verb dictionary of the Open\n"
  "// Event Data Alliance (MIT licence); see data/text/README.md.\n"
  "namespace diplograph::text_internal {\n"
  "extern const char ${SYMBOL}[];\n"
  "const char ${SYMBOL}[] = {${bytes} '\\0'};\n"
  "}  // namespace diplograph::text_internal\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
