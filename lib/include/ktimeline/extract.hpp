#pragma once
// The per-document step: one article in; its time mentions, entities,
// events and stated stays out.
//
//   const auto gazetteer = ktimeline::GazetteerBuilder{}.build();
//   const auto tagger = ktimeline::TaggerBuilder{}.build();
//   const ktimeline::EventExtractor extractor(gazetteer, tagger);
//   auto analysis = extractor.analyze(ktimeline::read_document("a1", text), ktimeline::Context{});
//   for (const auto& e : analysis.events)
//     fmt::print("{} {} {}\n", to_string(e.type), e.start ? e.start->timex() : "?", e.summary);
//
// Events are read from body and caption sentences only: a sentence is split
// into clauses at its predicates (`도착한 뒤`, `만나`, `참석해`), each clause
// that says something happened becomes an event with its time (the mentions
// before its predicate), subject, participants, place and its relation to the
// article's earlier events (`곧바로`, `이후`, `앞서`). docs/events.md has the
// rules. The extractor is immutable, const and safe to share across threads.
#include <memory>
#include <string>
#include <vector>

#include "ktimeline/document.hpp"
#include "ktimeline/entity.hpp"
#include "ktimeline/event.hpp"
#include "ktimeline/tagger.hpp"
#include "ktimeline/text.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline {

/// A stated total stay, for the timeline's window: `약 18시간 한국에 머무른
/// 셈이다` -> PT18H, approximate.
struct StayStatement {
  std::string doc;           // document id
  Duration duration;
  bool approx = false;
  std::string subject;       // canonical name of who stayed, or ""
  std::string sentence;      // the sentence it was read from
  ByteSpan sentence_span;    // its bytes in the document
  std::string mention;       // the words that said it: "약 18시간"
};

/// Everything the per-document step reads from one article.
struct ArticleAnalysis {
  Document document;                  // lines, sentences, reference
  Context context;                    // what the mentions were resolved against
  std::vector<Mention> mentions;      // time mentions of the whole text (non-body lines read as asides)
  ArticleEntities entities;           // of the body and caption sentences
  std::vector<Event> events;          // in text order; Event::index is the position here
  std::vector<StayStatement> stays;
};

/// Reads the events of articles; built once from a gazetteer and a tagger,
/// plus the bundled predicate tables (lib/rules/predicates.tsv,
/// event_cues.tsv, event_particles.tsv). Cheap to copy, const, thread-safe.
class EventExtractor {
 public:
  /// Throws TableError when a bundled table is malformed.
  ///   const ktimeline::EventExtractor extractor(gazetteer, tagger);
  EventExtractor(const Gazetteer& gazetteer, const Tagger& tagger);

  /// Tags, recognizes and extracts one article. The context's reference and
  /// its source come from the document when it has one (read_document,
  /// fill_collection_references), else from `base_context`; the dateline too.
  /// Every line that is not body text is tagged as an aside, so captions,
  /// titles and page furniture never move the body's discourse date.
  ///   auto a = extractor.analyze(ktimeline::read_document("a1", text), ktimeline::Context{});
  ArticleAnalysis analyze(Document document, const Context& base_context) const;

  /// The event step alone: fills `analysis.events` and `analysis.stays` from
  /// its document, mentions and entities (replacing what was there).
  ///   extractor.extract_events(analysis);
  void extract_events(ArticleAnalysis& analysis) const;

  /// The context analyze() resolves a document against.
  ///   auto ctx = ktimeline::EventExtractor::context_for(doc, ktimeline::Context{});
  static Context context_for(const Document& document, const Context& base_context);

  struct Tables;

 private:
  Gazetteer gazetteer_;
  Tagger tagger_;
  std::shared_ptr<const Tables> tables_;
};

}  // namespace ktimeline
