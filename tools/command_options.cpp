#include "command_options.hpp"

#include <date/tz.h>

#include "exit_codes.hpp"
#include "parallel.hpp"
#include "time_arguments.hpp"

namespace ktimeline_cli {

void add_command_options(CLI::App& command, CommandOptions& options, const std::string& default_format) {
  options.format = default_format;
  command.add_option("FILE", options.files, "articles (UTF-8 text, one per file); none or - reads standard input");
  command.add_flag("--jsonl", options.jsonl, R"(each input line is one document: {"id", "text", "reference"})");
  command.add_option("--reference", options.reference,
                     "reference time DATE[THH:MM] for documents that state none (default: found "
                     "in the text, else from the collection)");
  command.add_option("--tz", options.timezone, "IANA zone of the values")->capture_default_str();
  command.add_option("--prefer", options.prefer, "how to resolve an underspecified date")
      ->check(CLI::IsMember({"past", "future"}))
      ->capture_default_str();
  command.add_option("--entity", options.entity, "keep the events in which NAME (any alias) takes part");
  command.add_option("--window", options.window, "auto|all|START/END: the span of the timeline")
      ->capture_default_str();
  command.add_option("--gazetteer", options.gazetteer, "more entities and aliases (same format as the bundled one)")
      ->check(CLI::ExistingFile);
  command.add_option("--format", options.format, "output form")
      ->check(CLI::IsMember({"text", "json", "jsonl", "timeml", "svg", "ics"}))
      ->capture_default_str();
  command.add_option("--threads", options.threads, "documents processed in parallel (default: the machine's cores)")
      ->check(CLI::Range(1u, 1024u));
  command.add_option("-o,--output", options.output, "write there instead of standard output");
}

RunSettings check_options(const CommandOptions& options) {
  RunSettings settings;
  settings.input = {options.files, options.jsonl};
  if (!options.reference.empty()) {
    settings.pipeline.reference = parse_reference(options.reference);
    if (!settings.pipeline.reference) {
      throw UsageError("bad --reference '" + options.reference +
                       "': expected DATE[THH:MM], e.g. 2025-02-04 or 2025-02-04T12:00");
    }
  }
  try {
    date::locate_zone(options.timezone);
  } catch (const std::exception&) {
    throw UsageError("unknown --tz zone '" + options.timezone + "': expected an IANA zone such as Asia/Seoul");
  }
  settings.pipeline.timezone = options.timezone;
  settings.output_options.timezone = options.timezone;
  settings.pipeline.prefer = options.prefer == "future" ? ktimeline::Prefer::future : ktimeline::Prefer::past;
  if (!valid_window(options.window)) {
    throw UsageError("bad --window '" + options.window + "': expected auto, all or START/END, e.g. "
                     "2025-02-03T23:00/2025-02-04T17:30");
  }
  settings.timeline.entity = options.entity;
  settings.timeline.timezone = options.timezone;
  if (options.window == "all") {
    settings.timeline.window = ktimeline::WindowMode::all;
  } else if (options.window != "auto") {
    const auto slash = options.window.find('/');
    settings.timeline.window = ktimeline::WindowMode::explicit_range;
    settings.timeline.explicit_window.emplace(*parse_reference(options.window.substr(0, slash)),
                                              *parse_reference(options.window.substr(slash + 1)));
  }
  settings.gazetteer_file = options.gazetteer;
  // CLI11 already restricted --format to the known names.
  settings.format = ktimeline::parse_output_format(options.format).value_or(ktimeline::OutputFormat::text);
  settings.threads = options.threads == 0 ? default_thread_count() : options.threads;
  settings.output = options.output;
  return settings;
}

}  // namespace ktimeline_cli
