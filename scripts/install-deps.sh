#!/bin/sh
# Installs the Debian 12 packages diplograph needs to build, test and
# benchmark (and clang-format-14, which .ci/run checks the sources with,
# and clang-14 with its libFuzzer runtime for the fuzz targets),
# when any is missing. Safe to run again: it does nothing when
# everything is present. Run as root (or through sudo).
set -eu

packages="build-essential cmake ninja-build pkg-config
  libboost-graph-dev rapidjson-dev libabsl-dev libicu-dev libgraphviz-dev
  libzstd-dev libxml2-utils librsvg2-bin
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev sqlite3 python3 python3-networkx
  python3-igraph python3-rdflib raptor2-utils graphviz
  libxxhash-dev
  clang-format-14 clang-14 libclang-rt-14-dev libcli11-dev"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

# Node.js and npm (the export validators and the benchmark peers) count as
# present when their commands are: a machine may carry a Node.js of its own
# (another distribution's nodejs package bundles npm, and Debian's npm
# package then conflicts with it).
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
  echo "install-deps: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
else
  echo "install-deps: all packages present"
fi
