#pragma once
// One function per subcommand; each returns the process exit status.
#include "command_options.hpp"

namespace ktimeline_cli {

/// `ktimeline tag`: the time mentions of each document.
int run_tag(const RunSettings& settings);

/// `ktimeline events`: the events of each document.
int run_events(const RunSettings& settings);

/// `ktimeline timeline`: one merged, ordered timeline of all documents.
int run_timeline(const RunSettings& settings);

/// `ktimeline merge`: one timeline from timeline JSON files.
int run_merge(const RunSettings& settings);

}  // namespace ktimeline_cli
