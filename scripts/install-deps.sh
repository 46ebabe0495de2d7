#!/usr/bin/env bash
# Installs the Debian packages that ktimeline's build, tests, tools and
# benchmarks need, and only those not installed yet (so a ready machine is left
# alone and needs no root). Uses sudo when not run as root.
#   scripts/install-deps.sh            # install what is missing
#   scripts/install-deps.sh --check    # only list what is missing; exit 1 if anything is
set -euo pipefail

packages=(
  g++ cmake make pkg-config          # toolchain; pkg-config for the ktimeline.pc test
  libhowardhinnant-date-dev tzdata   # date, date-tz (with the OS time-zone database)
  libfmt-dev                         # fmt
  catch2                             # unit tests (Catch2 v2)
  nlohmann-json3-dev libcli11-dev    # the command-line tool only
  libbenchmark-dev                   # bench/
  clang                              # the headers must also compile with clang++
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps: not a Debian-like system; make sure these (or their equivalents) are installed:" >&2
  echo "  ${packages[*]}" >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} required packages are installed"
  exit 0
fi
echo "install-deps: missing: ${missing[*]}"
if [[ ${1:-} == --check ]]; then
  exit 1
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o Dpkg::Use-Pty=0)
"${apt[@]}" update
"${apt[@]}" install --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${missing[*]}"
