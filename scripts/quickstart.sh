#!/usr/bin/env bash
# Quick start: installs what is missing, builds ktimeline and its programs in
# Release, and prints the timeline of Sam Altman's visit to Seoul on 3-4
# February 2025, built from the articles bundled with the project.
#   scripts/quickstart.sh                   # the timeline as text
#   scripts/quickstart.sh --format json     # arguments go to altman_timeline
# Environment: KTIMELINE_BUILD_DIR (default build), KTIMELINE_JOBS (default: all cores).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Only the library and the programs: the test suite is scripts/test.sh's job.
install_configure_build -DKTIMELINE_TOOLS=ON -DKTIMELINE_TEST=OFF -DKTIMELINE_BENCH=OFF

program=$build/examples/altman_timeline
if [[ ! -x $program ]]; then
  echo "quickstart: $program was not built: this checkout has no altman_timeline" \
       "example program yet (examples/CMakeLists.txt defines it)" >&2
  exit 1
fi
exec "$program" "$@"
