// `ktimeline timeline`: analyze every document on a pool of threads, keep
// only what the timeline needs (events, stated stays, the names of the
// entity), then build one timeline and write it.
#include <string>

#include "articles.hpp"
#include "commands.hpp"
#include "engines.hpp"
#include "exit_codes.hpp"
#include "ktimeline/collection.hpp"
#include "ktimeline/timeline_output.hpp"
#include "output_sink.hpp"
#include "parallel.hpp"
#include "rendered.hpp"

namespace ktimeline_cli {

namespace {

// What one document gives the timeline; the rest of its analysis is dropped
// at once, so memory stays proportional to the events, not the texts.
struct DocumentEvidence {
  std::string id;
  std::string error;
  std::vector<ktimeline::ArticleAnalysis> analysis;  // zero or one, to move out cheaply
};

}  // namespace

int run_timeline(const RunSettings& settings) {
  if (!ktimeline::supports_timeline(settings.format)) {
    throw UsageError("timeline cannot write --format timeml (use text, json, jsonl, svg or ics)");
  }
  const auto engines = build_engines(settings.gazetteer_file);
  OutputSink sink(settings.output);
  FailureLog failures;
  auto docs = read_articles(settings, failures);
  const auto context = ktimeline::base_context(settings.pipeline);

  ktimeline::EntityMatcher matcher(settings.timeline.entity, engines.gazetteer);
  std::vector<ktimeline::ArticleAnalysis> slim;  // events, stays and nothing heavier
  ordered_parallel<DocumentEvidence>(
      docs.size(), settings.threads,
      [&](std::size_t i) {
        DocumentEvidence out;
        out.id = docs[i].id;
        try {
          auto analysis = engines.extractor.analyze(std::move(docs[i]), context);
          out.analysis.push_back(std::move(analysis));
        } catch (const std::exception& e) {
          out.error = std::string("cannot read events: ") + e.what();
        }
        return out;
      },
      [&](std::size_t, DocumentEvidence out) {
        if (!out.error.empty()) {
          failures.report(out.id, out.error);
          return;
        }
        auto& analysis = out.analysis.front();
        matcher.learn(analysis.entities);
        ktimeline::ArticleAnalysis kept;
        kept.events = std::move(analysis.events);
        kept.stays = std::move(analysis.stays);
        slim.push_back(std::move(kept));
      });

  auto [events, stays] = ktimeline::timeline_input(slim);
  slim.clear();
  const auto timeline = ktimeline::build_timeline(std::move(events), std::move(stays),
                                                  ktimeline::timeline_options(settings.timeline, std::move(matcher)));
  std::string text;
  ktimeline::write_timeline(text, settings.format, timeline);
  sink.write(text);
  return finish_run(sink, failures);
}

}  // namespace ktimeline_cli
