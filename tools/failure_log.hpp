#pragma once
// Per-document failures: one JSON line each on standard error,
// {"id": ..., "error": ...}, while the other documents go on.
#include <cstddef>
#include <string_view>

namespace ktimeline_cli {

class FailureLog {
 public:
  /// Writes {"id": id, "error": error} and a newline to stderr.
  ///   log.report("a.txt", "cannot open: No such file or directory");
  void report(std::string_view id, std::string_view error);
  std::size_t count() const { return count_; }

 private:
  std::size_t count_ = 0;
};

}  // namespace ktimeline_cli
