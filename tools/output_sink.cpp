#include "output_sink.hpp"

#include <cerrno>
#include <cstring>

#include "exit_codes.hpp"

namespace ktimeline_cli {

OutputSink::OutputSink(const std::string& path) : path_(path) {
  if (path.empty()) {
    file_ = stdout;
    path_ = "standard output";
    return;
  }
  file_ = std::fopen(path.c_str(), "wb");
  if (!file_) throw UsageError("cannot write " + path + ": " + std::strerror(errno));
  owned_ = true;
}

OutputSink::~OutputSink() {
  if (owned_ && file_) std::fclose(file_);
}

void OutputSink::write(std::string_view bytes) {
  if (failed_ || bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) failed_ = true;
}

bool OutputSink::finish() {
  if (std::fflush(file_) != 0) failed_ = true;
  if (owned_) {
    if (std::fclose(file_) != 0) failed_ = true;
    file_ = nullptr;
  }
  if (failed_) std::fprintf(stderr, "ktimeline: writing %s failed: %s\n", path_.c_str(), std::strerror(errno));
  return !failed_;
}

}  // namespace ktimeline_cli
