#!/usr/bin/env bash
# Builds the container image of one service from deploy/docker/Dockerfile (the Nx target "image"):
#
#   deploy/docker/build-image.sh [--print] <gateway|intake|dispatch|feedback|reporting> [tag]
#
# The tag defaults to package.json's version; CIVICLOOP_IMAGE_PREFIX (default "civicloop/") names
# the repository, CONTAINER_ENGINE picks docker or podman. --print only prints the command. Without
# an engine (as on the CI machines) it prints the command and fails: nothing was built.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
print_only=false
if [ "${1:-}" = "--print" ]; then print_only=true; shift; fi
service="${1:-}"
case "$service" in
  gateway | intake | dispatch | feedback | reporting) ;;
  *) echo "usage: $0 [--print] <gateway|intake|dispatch|feedback|reporting> [tag]" >&2; exit 64 ;;
esac
tag="${2:-$(node -p 'require("./package.json").version')}"
image="${CIVICLOOP_IMAGE_PREFIX:-civicloop/}${service}:${tag}"

engine="${CONTAINER_ENGINE:-}"
if [ -z "$engine" ]; then
  for candidate in docker podman; do
    if command -v "$candidate" > /dev/null 2>&1; then engine="$candidate"; break; fi
  done
fi
command=("${engine:-docker}" build -f deploy/docker/Dockerfile --build-arg "SERVICE=$service" -t "$image" .)
echo "${command[*]}"
$print_only && exit 0
if [ -z "$engine" ]; then
  echo "no docker or podman on this machine: run the command above where one is (nothing was built)" >&2
  exit 69
fi
"${command[@]}"
