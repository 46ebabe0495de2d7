// `ktimeline merge A.json B.json ...`: one timeline from timeline files (a
// reduce step). Each file's evidence is read back; the result is the timeline
// of all their documents, the same however the documents were split.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "commands.hpp"
#include "engines.hpp"
#include "exit_codes.hpp"
#include "failure_log.hpp"
#include "ktimeline/collection.hpp"
#include "ktimeline/timeline_output.hpp"
#include "output_sink.hpp"
#include "rendered.hpp"
#include "timeline_json.hpp"

namespace ktimeline_cli {

int run_merge(const RunSettings& settings) {
  if (!ktimeline::supports_timeline(settings.format)) {
    throw UsageError("merge cannot write --format timeml (use text, json, jsonl, svg or ics)");
  }
  const auto gazetteer = build_gazetteer(settings.gazetteer_file);
  OutputSink sink(settings.output);
  FailureLog failures;
  std::vector<ktimeline::Event> events;
  std::vector<ktimeline::StatedStay> stays;
  std::vector<std::string> entities;
  for (const auto& file : settings.input.files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    if (!in || !(text << in.rdbuf())) {
      failures.report(file, "cannot read the file");
      continue;
    }
    try {
      auto evidence = read_timeline_json(text.str());
      events.insert(events.end(), std::make_move_iterator(evidence.events.begin()),
                    std::make_move_iterator(evidence.events.end()));
      stays.insert(stays.end(), evidence.stays.begin(), evidence.stays.end());
      entities.push_back(evidence.entity);
    } catch (const std::exception& e) {
      failures.report(file, e.what());
    }
  }
  // Without --entity, the parts' own entity, when they all name the same one.
  auto request = settings.timeline;
  if (request.entity.empty() && !entities.empty() &&
      std::all_of(entities.begin(), entities.end(), [&](const auto& e) { return e == entities.front(); })) {
    request.entity = entities.front();
  }
  const auto timeline = ktimeline::build_timeline(
      std::move(events), std::move(stays),
      ktimeline::timeline_options(request, ktimeline::EntityMatcher(request.entity, gazetteer)));
  std::string out;
  ktimeline::write_timeline(out, settings.format, timeline);
  sink.write(out);
  return finish_run(sink, failures);
}

}  // namespace ktimeline_cli
