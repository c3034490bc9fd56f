#!/bin/sh
# Installs the npm packages the export tests open exports with
# (graphology-gexf for GEXF 1.3, n3 for RDF 1.2 N-Quads), at the versions of
# tests/validators/package-lock.json, into BUILD_DIR/npm-validators.
#
#   sh scripts/install-npm-validators.sh build
#
# Does nothing when they are already installed from the same lock file.
# Needs node and npm (Debian: nodejs, npm) and access to the npm registry.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
dest="$build/npm-validators"
lock="$root/tests/validators/package-lock.json"

if [ -f "$dest/package-lock.json" ] && [ -d "$dest/node_modules" ] &&
  cmp -s "$lock" "$dest/package-lock.json"; then
  echo "install-npm-validators: up to date in $dest"
  exit 0
fi
mkdir -p "$dest"
cp "$root/tests/validators/package.json" "$lock" "$dest/"
cd "$dest"
npm ci --no-audit --no-fund --loglevel=error
echo "install-npm-validators: installed into $dest"
