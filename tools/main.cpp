// ktimeline: time mentions, events and timelines of Korean news articles.
//   ktimeline tag --format jsonl article.txt
// Subcommands and options follow interface.md; exit 0 ok, 1 some documents
// failed, 2 bad usage.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <iostream>

#include "command_options.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "ktimeline/version.hpp"

namespace {

struct Subcommand {
  const char* name;
  const char* description;
  const char* default_format;
  ktimeline_cli::CommandOptions options;
  CLI::App* app = nullptr;
};

}  // namespace

int main(int argc, char** argv) {
  using namespace ktimeline_cli;
  std::ios::sync_with_stdio(false);  // JSONL input is read through std::cin, nothing mixes C and C++ streams

  CLI::App app{"ktimeline: time mentions, events and timelines of Korean news articles", "ktimeline"};
  app.set_version_flag("--version", ktimeline::version_string);
  app.require_subcommand(1);
  Subcommand commands[] = {
      {"tag", "the time mentions of each document", "jsonl", {}},
      {"events", "the events of each document", "text", {}},
      {"timeline", "one merged, ordered timeline of all documents", "text", {}},
      {"merge", "one timeline from timeline JSON files (a reduce step)", "text", {}},
  };
  for (auto& command : commands) {
    command.app = app.add_subcommand(command.name, command.description);
    add_command_options(*command.app, command.options, command.default_format);
  }
  commands[3].app->get_option("FILE")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, version, or the error with a hint
    return code == 0 ? exit_ok : exit_usage;
  }

  try {
    for (auto& command : commands) {
      if (!command.app->parsed()) continue;
      const auto settings = check_options(command.options);
      const std::string_view name = command.name;
      if (name == "tag") return run_tag(settings);
      if (name == "events") return run_events(settings);
      if (name == "timeline") return run_timeline(settings);
      return run_merge(settings);
    }
  } catch (const UsageError& e) {
    std::fprintf(stderr, "ktimeline: %s\nRun with --help for more information.\n", e.what());
    return exit_usage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ktimeline: %s\n", e.what());
    return exit_document_failed;
  }
  return exit_usage;
}
