#include "failure_log.hpp"

#include <cstdio>
#include <string>

#include "ktimeline/json_writer.hpp"

namespace ktimeline_cli {

void FailureLog::report(std::string_view id, std::string_view error) {
  std::string line;
  ktimeline::JsonWriter w(line);
  w.begin_object().key("id").value(id).key("error").value(error).end_object();
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
  ++count_;
}

}  // namespace ktimeline_cli
