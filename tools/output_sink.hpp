#pragma once
// Where a command writes: standard output, or the file of `-o FILE`.
#include <cstdio>
#include <string>
#include <string_view>

namespace ktimeline_cli {

class OutputSink {
 public:
  /// Opens `path` for writing, or standard output when it is empty.
  /// Throws UsageError if the file cannot be created.
  ///   OutputSink out(options.output);
  explicit OutputSink(const std::string& path);
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  /// Appends bytes:  out.write("[");
  void write(std::string_view bytes);
  /// Flushes and closes; false (with a message on stderr) if any write failed.
  bool finish();

 private:
  std::FILE* file_ = nullptr;
  std::string path_;
  bool owned_ = false;
  bool failed_ = false;
};

}  // namespace ktimeline_cli
