#!/bin/sh
# Installs the npm packages of the workload's peers (DuckDB and Kuzu), at
# the versions of bench/peers/package-lock.json, into BUILD_DIR/npm-peers:
#
#   sh bench/install-peers.sh build
#   NODE_PATH=build/npm-peers/node_modules node bench/workload/workload_duckdb.js ...
#
# bench/workload/compare_workload.py runs them when they are installed.
# Does nothing when they are already installed from the same lock file.
# Needs node and npm (Debian: nodejs, npm) and access to the npm registry.
# Not part of the README's build: only the peer comparison needs it.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
dest="$build/npm-peers"
lock="$root/bench/peers/package-lock.json"

if [ -f "$dest/package-lock.json" ] && [ -d "$dest/node_modules" ] &&
  cmp -s "$lock" "$dest/package-lock.json"; then
  echo "install-peers: up to date in $dest"
  exit 0
fi
mkdir -p "$dest"
cp "$root/bench/peers/package.json" "$lock" "$dest/"
cd "$dest"
npm ci --no-audit --no-fund --loglevel=error
echo "install-peers: installed into $dest"
