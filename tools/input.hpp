#pragma once
// Reading the documents of a run: FILEs (one article each), standard input,
// or JSONL lines {"id", "text", "reference"}. A document that cannot be read
// or is not UTF-8 text is reported to the FailureLog and left out; the rest go on.
#include <string>
#include <string_view>
#include <optional>
#include <vector>

#include "failure_log.hpp"
#include "ktimeline/pipeline.hpp"

namespace ktimeline_cli {

/// Where the documents come from.
struct InputSpec {
  std::vector<std::string> files;  // empty or "-" = standard input
  bool jsonl = false;              // each line is one document
};

/// Every readable document, in input order.
///   auto docs = read_documents({{"a.txt", "b.txt"}, false}, log);
std::vector<ktimeline::SourceDocument> read_documents(const InputSpec& spec, FailureLog& log);

/// Why `text` cannot be tagged (empty, a NUL byte, invalid UTF-8), or nullopt if it can.
///   text_problem("") == "empty document"
std::optional<std::string> text_problem(std::string_view text);

}  // namespace ktimeline_cli
