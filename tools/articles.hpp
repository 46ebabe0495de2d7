#pragma once
// The articles of a run, read: line kinds, sentences and each one's own
// reference on the thread pool, then the collection's reference for those
// that state none (interface.md: given, found in the text, --reference,
// else the collection).
#include <vector>

#include "command_options.hpp"
#include "failure_log.hpp"
#include "ktimeline/document.hpp"

namespace ktimeline_cli {

/// Every readable document of the run, read, in input order.
///   auto docs = read_articles(settings, failures);
std::vector<ktimeline::Document> read_articles(const RunSettings& settings, FailureLog& failures);

}  // namespace ktimeline_cli
