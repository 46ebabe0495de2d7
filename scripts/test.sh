#!/usr/bin/env bash
# Builds everything (library, programs, tests, benchmarks) in Release and runs
# the whole test suite with ctest. This is exactly what CI runs (.ci/run).
#   scripts/test.sh                 # everything
#   scripts/test.sh -L headers      # arguments go to ctest
# Environment: KTIMELINE_BUILD_DIR (default build), KTIMELINE_JOBS (default: all cores).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_configure_build \
  -DKTIMELINE_TOOLS=ON -DKTIMELINE_TEST=ON -DKTIMELINE_BENCH=ON -DKTIMELINE_INSTALL=ON

# Last, so that ctest's summary closes the output. An empty suite is an error,
# and a hung test is stopped rather than eating CI's time.
cd "$build"
exec ctest --output-on-failure --no-tests=error --no-label-summary --timeout 900 \
  --parallel "$jobs" "$@"
