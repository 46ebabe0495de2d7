#pragma once
// One function per subcommand; each returns the process exit status.
#include "command_options.hpp"

namespace ktimeline_cli {

/// `ktimeline tag`: the time mentions of each document.
int run_tag(const RunSettings& settings);

/// `ktimeline events|timeline|merge`: not available until the event and
/// timeline modules land; says so and returns exit_usage.
int run_not_implemented(const char* command);

}  // namespace ktimeline_cli
