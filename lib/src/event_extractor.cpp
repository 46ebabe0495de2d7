// The public face of the event step: context, tagging with asides, entity
// recognition, then the article reader.
#include "event_article.hpp"
#include "event_lexicon.hpp"
#include "ktimeline/extract.hpp"

namespace ktimeline {

struct EventExtractor::Tables {
  detail::EventLexicon lexicon;
};

EventExtractor::EventExtractor(const Gazetteer& gazetteer, const Tagger& tagger)
    : gazetteer_(gazetteer),
      tagger_(tagger),
      tables_(std::make_shared<const Tables>(Tables{detail::EventLexicon::bundled()})) {}

Context EventExtractor::context_for(const Document& document, const Context& base_context) {
  Context ctx = base_context;
  if (document.reference) {
    ctx.reference = document.reference;
    ctx.reference_source = document.reference_source;
  }
  if (!document.dateline.empty()) ctx.dateline = document.dateline;
  return ctx;
}

ArticleAnalysis EventExtractor::analyze(Document document, const Context& base_context) const {
  ArticleAnalysis a;
  a.context = context_for(document, base_context);
  // Everything but body text is an aside: a caption's date, a headline or a
  // ranking list must not move the body's discourse date.
  a.mentions = tagger_.tag(document.text, a.context, aside_spans(document));
  std::vector<ByteSpan> spans;
  spans.reserve(document.sentences.size());
  for (const auto& s : document.sentences) spans.push_back(s.span);
  a.entities = recognize_entities(document.text, spans, gazetteer_);
  a.document = std::move(document);
  extract_events(a);
  return a;
}

void EventExtractor::extract_events(ArticleAnalysis& analysis) const {
  detail::ArticleReader reader(tables_->lexicon, tagger_, analysis.document, analysis.mentions, analysis.entities);
  reader.read(analysis.events, analysis.stays);
  // Every event keeps the time its document was read against, so that the
  // timeline can date a report that states no date of its own.
  for (auto& e : analysis.events) e.reference = analysis.context.reference;
}

}  // namespace ktimeline
