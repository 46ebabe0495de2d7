# Turns a data file (a TSV rule table) into a C++ source holding its bytes, so
# that no program of ours reads a data path at run time.
#   cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P KtimelineEmbed.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}"
"// Generated from ${INPUT} by KtimelineEmbed.cmake. Do not edit.\n"
"#include <string_view>\n"
"namespace ktimeline { namespace detail {\n"
"static const char ${SYMBOL}_bytes[] = {\n${bytes}'\\0'};\n"
"extern const std::string_view ${SYMBOL}(${SYMBOL}_bytes, ${size});\n"
"} }\n")
