#pragma once
// Reads the example corpus (tests/corpus/ko/*.tsv) for the tagger tests.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ktimeline/tagger.hpp"

namespace ktimeline_test {

struct Example {
  std::string file;
  int line = 0;
  std::vector<std::string> fields;
};

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) out.push_back(field);
  return out;
}

inline std::vector<Example> read_corpus(const std::string& path) {
  std::vector<Example> rows;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    rows.push_back({path, number, split_tabs(line)});
  }
  return rows;
}

/// "2025-02-04T13:20", "future 2013-02-12T04:30", "2025-02" -> a Context.
inline ktimeline::Context context_for(std::string reference) {
  ktimeline::Context ctx;
  const std::string future = "future ";
  if (reference.rfind(future, 0) == 0) {
    ctx.prefer = ktimeline::Prefer::future;
    reference = reference.substr(future.size());
  }
  ctx.reference = ktimeline::parse_timex_point(reference);
  ctx.reference_source = ktimeline::ReferenceSource::given;
  return ctx;
}

}  // namespace ktimeline_test
