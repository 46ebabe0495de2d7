#pragma once
// The options every subcommand takes (interface.md), as typed on the command
// line, and their checked form.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "input.hpp"
#include "ktimeline/collection.hpp"
#include "ktimeline/output.hpp"
#include "ktimeline/pipeline.hpp"

namespace ktimeline_cli {

/// The options as given.
struct CommandOptions {
  std::vector<std::string> files;
  bool jsonl = false;
  std::string reference;
  std::string timezone = "Asia/Seoul";
  std::string prefer = "past";
  std::string entity;
  std::string window = "auto";
  std::string gazetteer;
  std::string format;
  unsigned threads = 0;  // 0: the machine's cores
  std::string output;
};

/// Adds the options of interface.md to `command`, storing into `options`.
/// `default_format` is the command's --format default.
///   add_command_options(*tag, options, "jsonl");
void add_command_options(CLI::App& command, CommandOptions& options, const std::string& default_format);

/// The checked settings of a run.
struct RunSettings {
  InputSpec input;
  ktimeline::PipelineOptions pipeline;
  ktimeline::OutputFormat format = ktimeline::OutputFormat::text;
  ktimeline::OutputOptions output_options;
  unsigned threads = 1;
  std::string output;  // -o FILE, or empty for standard output
  std::string gazetteer_file;           // --gazetteer FILE, or empty
  ktimeline::TimelineRequest timeline;  // --entity, --window, --tz
};

/// Checks what CLI11 cannot (reference syntax, time zone, window) and builds
/// the settings; throws UsageError with a message for the user.
///   auto settings = check_options(options);
RunSettings check_options(const CommandOptions& options);

}  // namespace ktimeline_cli
