// events, timeline and merge parse all their options today; they run once the
// event and timeline modules land.
#include <cstdio>

#include "commands.hpp"
#include "exit_codes.hpp"

namespace ktimeline_cli {

int run_not_implemented(const char* command) {
  std::fprintf(stderr, "ktimeline: %s is not implemented yet\n", command);
  return exit_usage;
}

}  // namespace ktimeline_cli
