// `ktimeline events`: the events of each document, analyzed on a pool of
// threads and written in input order.
#include <string>

#include "articles.hpp"
#include "commands.hpp"
#include "engines.hpp"
#include "exit_codes.hpp"
#include "ktimeline/collection.hpp"
#include "ktimeline/timeline_output.hpp"
#include "parallel.hpp"
#include "rendered.hpp"

namespace ktimeline_cli {

int run_events(const RunSettings& settings) {
  if (!ktimeline::supports_events(settings.format)) {
    throw UsageError("events cannot write --format " + std::string(ktimeline::to_string(settings.format)) +
                     " (use text, json or jsonl)");
  }
  const auto engines = build_engines(settings.gazetteer_file);
  OutputSink sink(settings.output);
  FailureLog failures;
  auto docs = read_articles(settings, failures);
  const auto context = ktimeline::base_context(settings.pipeline);

  RenderedWriter writer(sink, failures, ktimeline::tagged_framing(settings.format, docs.size()));
  ordered_parallel<Rendered>(
      docs.size(), settings.threads,
      [&](std::size_t i) {
        return render_or_fail(docs[i].id, "cannot read events", [&](std::string& out) {
          const auto analysis = engines.extractor.analyze(std::move(docs[i]), context);
          ktimeline::write_events(out, settings.format, analysis);
        });
      },
      [&](std::size_t, Rendered out) { writer.write(std::move(out)); });
  return writer.finish();
}

}  // namespace ktimeline_cli
