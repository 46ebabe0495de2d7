// The per-document pipeline: reference time, then tagging. Everything a
// program does to one article goes through tag_document, so the modules that
// come later (document reading, entities, events) plug in here.
#include "ktimeline/pipeline.hpp"

#include "pipeline_article_scan.hpp"

namespace ktimeline {

DocumentReference stated_reference(std::string_view text) { return detail::scan_article(text).reference; }

DocumentReference own_reference(const SourceDocument& doc, const PipelineOptions& options) {
  if (options.reference) return {options.reference, ReferenceSource::given};
  if (doc.reference) return {doc.reference, ReferenceSource::given};
  return stated_reference(doc.text);
}

DocumentReference collection_reference(const std::vector<DocumentReference>& own) {
  std::optional<TimePoint> latest;
  for (const auto& ref : own) {
    if (!ref.time || !ref.time->date_known) continue;
    if (!latest || latest->start < ref.time->start) latest = ref.time;
  }
  if (!latest) return {};
  // Only the month carries over: the other articles may be from any day of it,
  // and the tagger then reads a bare `4일` in that month.
  const auto ymd = latest->day();
  const TimePoint month{date::local_days{ymd.year() / ymd.month() / 1}, Grain::month, DayPart::morning, true};
  return {month, ReferenceSource::collection};
}

TaggedDocument tag_document(const Tagger& tagger, SourceDocument doc, DocumentReference reference,
                            const PipelineOptions& options) {
  const auto scan = detail::scan_article(doc.text);
  Context ctx;
  ctx.reference = reference.time;
  ctx.reference_source = reference.time ? reference.source : ReferenceSource::none;
  ctx.timezone = options.timezone;
  ctx.prefer = options.prefer;
  ctx.dateline = scan.dateline;
  TaggedDocument out;
  out.mentions = tagger.tag(doc.text, ctx, scan.captions);
  out.id = std::move(doc.id);
  out.text = std::move(doc.text);
  out.reference = {ctx.reference, ctx.reference_source};
  return out;
}

std::vector<TaggedDocument> tag_documents(const Tagger& tagger, std::vector<SourceDocument> docs,
                                          const PipelineOptions& options) {
  std::vector<DocumentReference> references;
  references.reserve(docs.size());
  for (const auto& doc : docs) references.push_back(own_reference(doc, options));
  const auto from_collection = collection_reference(references);
  std::vector<TaggedDocument> tagged;
  tagged.reserve(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const auto& reference = references[i] ? references[i] : from_collection;
    tagged.push_back(tag_document(tagger, std::move(docs[i]), reference, options));
  }
  return tagged;
}

}  // namespace ktimeline
