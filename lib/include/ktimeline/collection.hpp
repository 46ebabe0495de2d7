#pragma once
// From a collection of articles to one timeline: read every article, settle
// the reference times across the collection, analyze each article, then build
// the timeline of the entity a reader asked for.
//
//   const ktimeline::EventExtractor extractor(gazetteer, tagger);
//   auto docs = ktimeline::read_collection({{"a1", text_a, {}}, {"a2", text_b, {}}}, {});
//   std::vector<ktimeline::ArticleAnalysis> analyses;
//   for (auto& d : docs) analyses.push_back(extractor.analyze(std::move(d), ktimeline::base_context({})));
//   auto t = ktimeline::timeline_of_articles(analyses, gazetteer, {"올트먼"});
//
// The steps are separate so that a program runs the per-article ones on many
// threads (read_source_document, EventExtractor::analyze) and the
// collection-wide one (fill_collection_references) once in between.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ktimeline/document.hpp"
#include "ktimeline/entity.hpp"
#include "ktimeline/extract.hpp"
#include "ktimeline/pipeline.hpp"
#include "ktimeline/timeline.hpp"

namespace ktimeline {

/// Reads one article. Its reference is, in order: the one the caller gives
/// for this document (a JSONL `reference`, source given), the one its text
/// states (byline, caption), `options.reference` (`--reference`, for
/// documents that state none; source given); else none, for
/// fill_collection_references to settle.
///   auto doc = ktimeline::read_source_document({"a1", text, {}}, options);
Document read_source_document(SourceDocument source, const PipelineOptions& options);

/// read_source_document for each article, then fill_collection_references.
///   auto docs = ktimeline::read_collection(std::move(sources), options);
std::vector<Document> read_collection(std::vector<SourceDocument> sources, const PipelineOptions& options);

/// The context every article of a run starts from (time zone, preference);
/// EventExtractor::analyze adds the document's own reference and dateline.
///   extractor.analyze(std::move(doc), ktimeline::base_context(options));
Context base_context(const PipelineOptions& options);

/// The time mentions of a read document, resolved against its reference
/// (the `tag` record).
///   auto tagged = ktimeline::tag_read_document(tagger, std::move(doc), options);
TaggedDocument tag_read_document(const Tagger& tagger, Document document, const PipelineOptions& options);

/// Decides which participants are the entity a reader names: any alias or
/// romanization the gazetteer knows (`Sam Altman`), the last word of a
/// multi-word name (`올트먼`), or a spelling variant (`알트먼`); people the
/// gazetteer does not know are matched through what the articles said about
/// them (learn()).
///
/// Thread safety: operator() remembers its verdict per distinct name (the
/// timeline asks about every participant of every event, and a verdict costs
/// a gazetteer lookup and string building), so a matcher, although const,
/// must not be called from two threads at once; give each thread its own copy.
///   EntityMatcher m("올트먼", gazetteer); m.learn(analysis.entities); m("샘 올트먼") == true
class EntityMatcher {
 public:
  EntityMatcher(std::string query, const Gazetteer& gazetteer);

  /// Takes note of the entities of one article that match the query.
  void learn(const ArticleEntities& entities);

  /// True when a participant's canonical name is the entity.
  bool operator()(std::string_view participant) const;

  /// The name to show: the gazetteer's canonical name for the query, else the
  /// most often seen matching name, else the query as typed.
  std::string display_name() const;

 private:
  bool matches(std::string_view participant) const;  // operator() without the memo

  std::string query_;
  Gazetteer gazetteer_;  // a shared handle: the matcher may outlive the caller's copy
  std::optional<std::size_t> query_entry_;
  std::vector<std::pair<std::string, std::size_t>> seen_;  // matching canonical names, times seen
  /// Verdicts of operator() by name; cleared by learn(), which may change them.
  mutable std::unordered_map<std::string, bool> verdicts_;
};

/// What a reader asks of the timeline of a collection.
struct TimelineRequest {
  std::string entity;  // as typed: `올트먼`, `Sam Altman`; empty for every event
  WindowMode window = WindowMode::automatic;
  std::optional<std::pair<TimePoint, TimePoint>> explicit_window;
  std::string timezone = "Asia/Seoul";
};

/// The events and stated stays of analyzed articles, as the timeline takes them.
///   auto [events, stays] = ktimeline::timeline_input(analyses);
std::pair<std::vector<Event>, std::vector<StatedStay>> timeline_input(const std::vector<ArticleAnalysis>& analyses);

/// The timeline options for a request and a matcher that has learned the
/// names the articles gave the entity.
///   auto opts = ktimeline::timeline_options(request, std::move(matcher));
TimelineOptions timeline_options(const TimelineRequest& request, EntityMatcher matcher);

/// The timeline options for a request: the entity's display name and a
/// matcher that knows the names the articles gave it.
///   auto opts = ktimeline::timeline_options(request, gazetteer, analyses);
TimelineOptions timeline_options(const TimelineRequest& request, const Gazetteer& gazetteer,
                                 const std::vector<ArticleAnalysis>& analyses = {});

/// One timeline from analyzed articles.
///   auto t = ktimeline::timeline_of_articles(analyses, gazetteer, {"올트먼"});
Timeline timeline_of_articles(const std::vector<ArticleAnalysis>& analyses, const Gazetteer& gazetteer,
                              const TimelineRequest& request);

}  // namespace ktimeline
