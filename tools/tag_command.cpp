// `ktimeline tag`: read the documents, settle their reference times, tag them
// on a pool of threads, and write them in input order.
#include <string>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "failure_log.hpp"
#include "input.hpp"
#include "ktimeline/output.hpp"
#include "ktimeline/pipeline.hpp"
#include "output_sink.hpp"
#include "parallel.hpp"

namespace ktimeline_cli {

namespace {

// A document's output, or why it failed.
struct Rendered {
  std::string id;
  std::string text;
  std::string error;
};

}  // namespace

int run_tag(const RunSettings& settings) {
  if (!ktimeline::supports_tagged(settings.format)) {
    throw UsageError("tag cannot write --format " + std::string(ktimeline::to_string(settings.format)) +
                     " (use text, json, jsonl or timeml)");
  }
  OutputSink sink(settings.output);
  FailureLog failures;
  auto docs = read_documents(settings.input, failures);
  const auto tagger = ktimeline::TaggerBuilder{}.build();

  std::vector<ktimeline::DocumentReference> references(docs.size());
  ordered_parallel<ktimeline::DocumentReference>(
      docs.size(), settings.threads, [&](std::size_t i) { return ktimeline::own_reference(docs[i], settings.pipeline); },
      [&](std::size_t i, ktimeline::DocumentReference ref) { references[i] = std::move(ref); });
  const auto from_collection = ktimeline::collection_reference(references);

  const auto framing = ktimeline::tagged_framing(settings.format, docs.size());
  sink.write(framing.before);
  bool first = true;
  ordered_parallel<Rendered>(
      docs.size(), settings.threads,
      [&](std::size_t i) {
        Rendered out;
        out.id = docs[i].id;
        try {
          const auto& reference = references[i] ? references[i] : from_collection;
          const auto tagged = ktimeline::tag_document(tagger, std::move(docs[i]), reference, settings.pipeline);
          ktimeline::write_tagged(out.text, settings.format, tagged, settings.output_options);
        } catch (const std::exception& e) {
          out.text.clear();
          out.error = std::string("cannot tag: ") + e.what();
        }
        return out;
      },
      [&](std::size_t, Rendered out) {
        if (!out.error.empty()) {
          failures.report(out.id, out.error);
          return;
        }
        if (!first) sink.write(framing.between);
        first = false;
        sink.write(out.text);
      });
  sink.write(framing.after);
  const bool written = sink.finish();
  return failures.count() > 0 || !written ? exit_document_failed : exit_ok;
}

}  // namespace ktimeline_cli
