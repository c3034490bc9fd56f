# cmake -DINPUT=file -DOUTPUT=file.cc -P EmbedText.cmake
# Writes a C++ source defining diplograph::internal::kJsonSchemaText as the
# contents of INPUT (as hex bytes, so any content is safe).
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE ${OUTPUT}
  "// Generated from ${INPUT} by EmbedText.cmake; do not edit.\n"
  "#include \"io/json_layout.h\"\n"
  "namespace diplograph::internal {\n"
  "const char kJsonSchemaText[] = {${bytes} '\\0'};\n"
  "}  // namespace diplograph::internal\n")
