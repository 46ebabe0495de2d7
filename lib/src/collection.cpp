// Reading a collection, and the bridge from analyzed articles to a timeline.
#include "ktimeline/collection.hpp"

#include <algorithm>

#include "output_words.hpp"

namespace ktimeline {

Document read_source_document(SourceDocument source, const PipelineOptions& options) {
  DocumentOptions read_options;
  read_options.reference = source.reference;
  auto doc = read_document(std::move(source.id), std::move(source.text), read_options);
  // --reference is for the documents that state none (interface.md): a
  // yearless byline still states its day, so it is completed from the
  // collection, not overruled.
  if (!doc.reference && !doc.yearless_reference && options.reference) {
    doc.reference = options.reference;
    doc.reference_source = ReferenceSource::given;
  }
  return doc;
}

std::vector<Document> read_collection(std::vector<SourceDocument> sources, const PipelineOptions& options) {
  std::vector<Document> docs;
  docs.reserve(sources.size());
  for (auto& source : sources) docs.push_back(read_source_document(std::move(source), options));
  fill_collection_references(docs);
  return docs;
}

Context base_context(const PipelineOptions& options) {
  Context ctx;
  ctx.timezone = options.timezone;
  ctx.prefer = options.prefer;
  return ctx;
}

TaggedDocument tag_read_document(const Tagger& tagger, Document document, const PipelineOptions& options) {
  const auto context = EventExtractor::context_for(document, base_context(options));
  TaggedDocument tagged;
  tagged.mentions = tagger.tag(document.text, context, aside_spans(document));
  tagged.id = std::move(document.id);
  tagged.text = std::move(document.text);
  tagged.reference = {context.reference, context.reference_source};
  return tagged;
}

std::vector<TaggedDocument> tag_documents(const Tagger& tagger, std::vector<SourceDocument> docs,
                                          const PipelineOptions& options) {
  std::vector<TaggedDocument> tagged;
  tagged.reserve(docs.size());
  for (auto& doc : read_collection(std::move(docs), options)) {
    tagged.push_back(tag_read_document(tagger, std::move(doc), options));
  }
  return tagged;
}

EntityMatcher::EntityMatcher(std::string query, const Gazetteer& gazetteer)
    : query_(std::move(query)), gazetteer_(gazetteer), query_entry_(gazetteer.find(query_)) {
  // `올트먼` is no alias but the last word of `샘 올트먼`: look for an entry
  // one of whose names the query matches the way a reader would mean it.
  if (!query_entry_ && !query_.empty()) {
    for (std::size_t i = 0; i < gazetteer.size(); ++i) {
      const auto& entry = gazetteer.entry(i);
      if (entry.kind != EntityKind::person) continue;
      ArticleEntity candidate;
      candidate.canonical = entry.canonical;
      candidate.aliases = entry.aliases;
      if (!entry.romanization.empty()) candidate.aliases.push_back(entry.romanization);
      if (entity_matches(candidate, query_)) {
        query_entry_ = i;
        break;
      }
    }
  }
}

void EntityMatcher::learn(const ArticleEntities& entities) {
  verdicts_.clear();  // a newly seen name may turn a verdict
  for (const auto& entity : entities.entities) {
    if (entity.reporter || !entity_matches(entity, query_)) continue;
    auto it = std::find_if(seen_.begin(), seen_.end(), [&](const auto& s) { return s.first == entity.canonical; });
    if (it == seen_.end()) {
      seen_.emplace_back(entity.canonical, 1);
    } else {
      ++it->second;
    }
  }
}

bool EntityMatcher::operator()(std::string_view participant) const {
  if (query_.empty()) return true;
  std::string name(participant);
  if (const auto known = verdicts_.find(name); known != verdicts_.end()) return known->second;
  const bool verdict = matches(participant);
  verdicts_.emplace(std::move(name), verdict);
  return verdict;
}

bool EntityMatcher::matches(std::string_view participant) const {
  for (const auto& s : seen_) {
    if (s.first == participant) return true;
  }
  if (query_entry_ && gazetteer_.entry(*query_entry_).canonical == participant) return true;
  ArticleEntity candidate;
  candidate.canonical = std::string(participant);
  if (const auto entry = gazetteer_.find(participant)) {
    candidate.aliases = gazetteer_.entry(*entry).aliases;
    if (!gazetteer_.entry(*entry).romanization.empty())
      candidate.aliases.push_back(gazetteer_.entry(*entry).romanization);
  }
  return entity_matches(candidate, query_);
}

std::string EntityMatcher::display_name() const {
  if (query_entry_) return gazetteer_.entry(*query_entry_).canonical;
  if (seen_.empty()) return query_;
  // The most often seen name; ties to the longer (fuller) name, then bytes,
  // so that the result does not depend on the order of the articles.
  const auto best = std::max_element(seen_.begin(), seen_.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second < b.second;
    if (a.first.size() != b.first.size()) return a.first.size() < b.first.size();
    return a.first > b.first;
  });
  return best->first;
}

std::pair<std::vector<Event>, std::vector<StatedStay>> timeline_input(const std::vector<ArticleAnalysis>& analyses) {
  std::pair<std::vector<Event>, std::vector<StatedStay>> input;
  for (const auto& a : analyses) {
    input.first.insert(input.first.end(), a.events.begin(), a.events.end());
    for (const auto& s : a.stays) {
      StatedStay stay;
      stay.doc = s.doc;
      stay.duration = s.duration;
      stay.approx = s.approx;
      stay.sentence = s.sentence;
      stay.mention = s.mention.empty() ? detail::korean_duration(s.duration, s.approx) : s.mention;
      input.second.push_back(std::move(stay));
    }
  }
  return input;
}

TimelineOptions timeline_options(const TimelineRequest& request, EntityMatcher matcher) {
  TimelineOptions options;
  options.window = request.window;
  options.explicit_window = request.explicit_window;
  options.timezone = request.timezone;
  if (request.entity.empty()) return options;
  options.entity = matcher.display_name();
  options.matches_entity = [matcher = std::move(matcher)](std::string_view participant) { return matcher(participant); };
  return options;
}

TimelineOptions timeline_options(const TimelineRequest& request, const Gazetteer& gazetteer,
                                 const std::vector<ArticleAnalysis>& analyses) {
  EntityMatcher matcher(request.entity, gazetteer);
  for (const auto& a : analyses) matcher.learn(a.entities);
  return timeline_options(request, std::move(matcher));
}

Timeline timeline_of_articles(const std::vector<ArticleAnalysis>& analyses, const Gazetteer& gazetteer,
                              const TimelineRequest& request) {
  auto [events, stays] = timeline_input(analyses);
  return build_timeline(std::move(events), std::move(stays), timeline_options(request, gazetteer, analyses));
}

}  // namespace ktimeline
