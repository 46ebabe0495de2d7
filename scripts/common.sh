# Shared by quickstart.sh and test.sh (sourced, not run): where to build, how
# many jobs, and the one way the project is configured and built.
# Environment: KTIMELINE_BUILD_DIR (default build), KTIMELINE_JOBS (default: all cores).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KTIMELINE_BUILD_DIR:-$root/build}
jobs=${KTIMELINE_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Installs what is missing, then configures (Release, plus the given cache
# options) and builds everything that configuration enables.
#   install_configure_build -DKTIMELINE_TEST=ON
install_configure_build() {
  "$root/scripts/install-deps.sh"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release "$@"
  cmake --build "$build" --parallel "$jobs"
}
