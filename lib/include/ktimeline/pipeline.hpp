#pragma once
// The per-document pipeline that the programs run: settle each article's
// reference time (caller, text, collection), then tag it. Three steps, so that
// a program can run the per-document ones on many threads:
//
//   auto tagger = ktimeline::TaggerBuilder{}.build();
//   std::vector<ktimeline::SourceDocument> docs{{"a1", "4일 오후 2시께 도착했다", {}}};
//   for (const auto& doc : ktimeline::tag_documents(tagger, docs, {}))
//     fmt::print("{} mentions\n", doc.mentions.size());
//
//   own_reference (per document) -> collection_reference (once) -> tag_document (per document)
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
  /// A reference time for every document (`--reference`): wins over all others.
  std::optional<TimePoint> reference;
  /// IANA zone of the values (`--tz`).
  std::string timezone = "Asia/Seoul";
  Prefer prefer = Prefer::past;
};

/// The reference time an article states in its text: the latest date of a
/// byline (`입력 2025-02-04 13:20`, source byline, with its clock time) or a
/// photo caption (`2025.2.4/뉴스1`, source caption); on the same day a byline
/// wins. Source none if the text states neither.
/// (Interim reader: the document module's read_document replaces it.)
///   stated_reference("입력 2025.02.04 18:05\n...").time->timex() == "2025-02-04T18:05"
DocumentReference stated_reference(std::string_view text);

/// Step 1, per document: the reference a document has on its own:
/// options.reference, else its own `reference` (both source given), else the
/// one its text states, else none.
///   own_reference(doc, options).source == ReferenceSource::byline
DocumentReference own_reference(const SourceDocument& doc, const PipelineOptions& options);

/// Step 2, once per collection: the latest of the documents' own references,
/// at month grain, source collection; for the documents that have none.
/// None if no document has one.
///   collection_reference(refs).time->timex() == "2025-02"
DocumentReference collection_reference(const std::vector<DocumentReference>& own);

/// Step 3, per document: the time mentions of `doc` resolved against
/// `reference`. Photo captions are read as asides: they follow the body's
/// discourse date but never move it.
///   auto tagged = tag_document(tagger, doc, own_reference(doc, options), options);
TaggedDocument tag_document(const Tagger& tagger, SourceDocument doc, DocumentReference reference,
                            const PipelineOptions& options);

/// All three steps over a collection, in order, on the calling thread.
///   auto tagged = tag_documents(tagger, docs, options);
std::vector<TaggedDocument> tag_documents(const Tagger& tagger, std::vector<SourceDocument> docs,
                                          const PipelineOptions& options);

}  // namespace ktimeline
