// The program every consumer test builds: it uses ktimeline only through its
// public headers and the linked library, the way another project would.
// Prints "<how it was found>: <start> + <duration> = <end> (ktimeline <version>)"
// and exits non-zero if the library computed the wrong end.
#include <ktimeline/timex.hpp>
#include <ktimeline/version.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  const char* how = argc > 1 ? argv[1] : "consumer";
  const auto start = ktimeline::parse_timex_point("2025-02-04T14:40");
  const auto length = ktimeline::parse_iso_duration("PT2H");
  if (!start || !length) {
    std::printf("%s: the library failed to parse its own value forms\n", how);
    return 1;
  }
  ktimeline::TimePoint end = *start;
  end.start = ktimeline::add(start->start, *length);
  const std::string shown = end.timex();
  std::printf("%s: %s + %s = %s (ktimeline %s)\n", how, start->timex().c_str(), length->iso().c_str(),
              shown.c_str(), ktimeline::version_string);
  return shown == "2025-02-04T16:40" ? 0 : 1;
}
