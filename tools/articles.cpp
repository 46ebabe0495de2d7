#include "articles.hpp"

#include "input.hpp"
#include "ktimeline/collection.hpp"
#include "parallel.hpp"

namespace ktimeline_cli {

std::vector<ktimeline::Document> read_articles(const RunSettings& settings, FailureLog& failures) {
  auto sources = read_documents(settings.input, failures);
  std::vector<ktimeline::Document> docs(sources.size());
  ordered_parallel<ktimeline::Document>(
      sources.size(), settings.threads,
      [&](std::size_t i) { return ktimeline::read_source_document(std::move(sources[i]), settings.pipeline); },
      [&](std::size_t i, ktimeline::Document doc) { docs[i] = std::move(doc); });
  ktimeline::fill_collection_references(docs);
  return docs;
}

}  // namespace ktimeline_cli
