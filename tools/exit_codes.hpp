#pragma once
// The exit statuses of interface.md, and the one exception that means "bad usage".
#include <stdexcept>
#include <string>

namespace ktimeline_cli {

enum ExitCode : int {
  exit_ok = 0,               // all went well
  exit_document_failed = 1,  // some documents failed; each one reported on stderr
  exit_usage = 2             // bad usage: unknown option, bad value, unknown zone, ...
};

/// Bad usage found after the command line parsed: main prints it and exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace ktimeline_cli
