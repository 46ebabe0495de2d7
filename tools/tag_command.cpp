// `ktimeline tag`: read the documents, settle their reference times, tag them
// on a pool of threads, and write them in input order.
#include <string>

#include "articles.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "failure_log.hpp"
#include "ktimeline/collection.hpp"
#include "ktimeline/output.hpp"
#include "output_sink.hpp"
#include "parallel.hpp"
#include "rendered.hpp"

namespace ktimeline_cli {

int run_tag(const RunSettings& settings) {
  if (!ktimeline::supports_tagged(settings.format)) {
    throw UsageError("tag cannot write --format " + std::string(ktimeline::to_string(settings.format)) +
                     " (use text, json, jsonl or timeml)");
  }
  OutputSink sink(settings.output);
  FailureLog failures;
  auto docs = read_articles(settings, failures);
  const auto tagger = ktimeline::TaggerBuilder{}.build();

  const auto framing = ktimeline::tagged_framing(settings.format, docs.size());
  RenderedWriter writer(sink, failures, framing);
  ordered_parallel<Rendered>(
      docs.size(), settings.threads,
      [&](std::size_t i) {
        return render_or_fail(docs[i].id, "cannot tag", [&](std::string& out) {
          const auto tagged = ktimeline::tag_read_document(tagger, std::move(docs[i]), settings.pipeline);
          ktimeline::write_tagged(out, settings.format, tagged, settings.output_options);
        });
      },
      [&](std::size_t, Rendered out) { writer.write(std::move(out)); });
  return writer.finish();
}

}  // namespace ktimeline_cli
