#pragma once
// What a program hands the library: articles and the settings of a run;
// and the shortest way from them to tagged documents:
//
//   auto tagger = ktimeline::TaggerBuilder{}.build();
//   std::vector<ktimeline::SourceDocument> docs{{"a1", "4일 오후 2시께 도착했다", {}}};
//   for (const auto& doc : ktimeline::tag_documents(tagger, docs, {}))
//     fmt::print("{} mentions\n", doc.mentions.size());
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/analysis.hpp"
#include "ktimeline/tagger.hpp"

namespace ktimeline {

/// One article as handed to the pipeline.
struct SourceDocument {
  std::string id;
  std::string text;
  /// A reference time the caller states for this document (a JSONL `reference`).
  std::optional<TimePoint> reference;
};

/// The settings that reach every document of a run.
struct PipelineOptions {
  /// A reference time for the documents that state none (`--reference`).
  std::optional<TimePoint> reference;
  /// IANA zone of the values (`--tz`).
  std::string timezone = "Asia/Seoul";
  Prefer prefer = Prefer::past;
};

/// Tags a collection on the calling thread: read_collection, then
/// tag_read_document for each article (collection.hpp has the steps, for
/// programs that run them on many threads).
///   auto tagged = tag_documents(tagger, docs, options);
std::vector<TaggedDocument> tag_documents(const Tagger& tagger, std::vector<SourceDocument> docs,
                                          const PipelineOptions& options);

}  // namespace ktimeline
