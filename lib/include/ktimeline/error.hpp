#pragma once
// The one exception type for configuration mistakes. "No parse" is never an
// error: it is an empty result.
#include <stdexcept>
#include <string>

namespace ktimeline {

/// A malformed rule table or gazetteer: names the source and the line.
class TableError : public std::runtime_error {
 public:
  TableError(std::string source, std::size_t line, const std::string& what)
      : std::runtime_error(source + ":" + std::to_string(line) + ": " + what),
        source_(std::move(source)),
        line_(line) {}
  const std::string& source() const noexcept { return source_; }
  std::size_t line() const noexcept { return line_; }

 private:
  std::string source_;
  std::size_t line_;
};

}  // namespace ktimeline
