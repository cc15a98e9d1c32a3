#!/usr/bin/env bash
# Distributed mode on a developer machine without Docker: PostgreSQL 15 + nats-server (via
# local-servers.js), then the five services as separate processes on the NATS transport, each
# awaited on GET /health/ready. Ctrl-C stops everything. See deploy/scripts/README.md.
#
#   deploy/scripts/start-local.sh [--fresh] [other local-servers.js options]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
STATE_DIR="${CIVICLOOP_LOCAL_DIR:-$ROOT/.civicloop/local}"
LOG_DIR="$STATE_DIR/logs"
READY_TIMEOUT_S="${CIVICLOOP_READY_TIMEOUT_S:-180}"
SERVICES=(intake dispatch feedback reporting gateway)
declare -A HTTP_PORT=([gateway]=3000 [intake]=3101 [dispatch]=3102 [feedback]=3103 [reporting]=3104)

log() { echo "[start-local] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- preconditions: code present, dependencies installed, ports free
for svc in "${SERVICES[@]}"; do
  [ -f "apps/$svc/src/main.ts" ] || die "apps/$svc/src/main.ts not found"
  port="${HTTP_PORT[$svc]}"
  # Something already answering there would make the readiness check below lie.
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then die "port $port ($svc) is already in use"; fi
done
[ -d node_modules/@swc-node/register ] || die "node_modules/@swc-node/register missing: run npm ci"
mkdir -p "$LOG_DIR"

# --- stop everything we started, services first, on any exit
SERVERS_PID=""
declare -A PIDS=()
cleanup() {
  trap - EXIT INT TERM
  for svc in "${!PIDS[@]}"; do kill -TERM "${PIDS[$svc]}" 2> /dev/null || true; done
  for svc in "${!PIDS[@]}"; do wait "${PIDS[$svc]}" 2> /dev/null || true; done
  if [ -n "$SERVERS_PID" ]; then
    kill -TERM "$SERVERS_PID" 2> /dev/null || true
    wait "$SERVERS_PID" 2> /dev/null || true
  fi
  log "stopped (logs in $LOG_DIR)"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- PostgreSQL + NATS
# --fresh is handled here: local-servers.js would wipe the directory that holds our env file.
ARGS=()
for arg in "$@"; do
  if [ "$arg" = "--fresh" ]; then rm -rf "$STATE_DIR"; else ARGS+=("$arg"); fi
done
mkdir -p "$STATE_DIR" "$LOG_DIR"
ENV_FILE="$STATE_DIR/servers.env"
: > "$ENV_FILE"
node deploy/scripts/local-servers.js --state-dir "$STATE_DIR" "${ARGS[@]}" > "$ENV_FILE" 2> >(tee "$LOG_DIR/local-servers.log" >&2) &
SERVERS_PID=$!
deadline=$((SECONDS + READY_TIMEOUT_S))
until grep -q '^# civicloop local servers ready' "$ENV_FILE"; do
  kill -0 "$SERVERS_PID" 2> /dev/null || die "local-servers.js exited (see $LOG_DIR/local-servers.log)"
  [ "$SECONDS" -lt "$deadline" ] || die "PostgreSQL/NATS not ready after ${READY_TIMEOUT_S} s"
  sleep 0.2
done
# shellcheck source=/dev/null
source "$ENV_FILE"

# --- the five services, each its own process
for svc in "${SERVICES[@]}"; do
  CIVICLOOP_DATABASE_URL="$CIVICLOOP_DATABASE_URL" \
    CIVICLOOP_MIGRATION_DATABASE_URL="$CIVICLOOP_MIGRATION_DATABASE_URL" \
    CIVICLOOP_NATS_URL="$CIVICLOOP_NATS_URL" \
    CIVICLOOP_NATS_MONITOR_URL="$CIVICLOOP_NATS_MONITOR_URL" \
    CIVICLOOP_HTTP_PORT="${HTTP_PORT[$svc]}" \
    node scripts/run-ts.js "apps/$svc/src/main.ts" > "$LOG_DIR/$svc.log" 2>&1 &
  PIDS[$svc]=$!
  log "$svc started (pid ${PIDS[$svc]}, port ${HTTP_PORT[$svc]}, log $LOG_DIR/$svc.log)"
done

deadline=$((SECONDS + READY_TIMEOUT_S))
for svc in "${SERVICES[@]}"; do
  url="http://127.0.0.1:${HTTP_PORT[$svc]}/health/ready"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url")" = 200 ]; do
    if ! kill -0 "${PIDS[$svc]}" 2> /dev/null; then
      tail -n 30 "$LOG_DIR/$svc.log" >&2 || true
      die "$svc exited before it was ready (log $LOG_DIR/$svc.log)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || die "$svc: $url did not answer 200 within ${READY_TIMEOUT_S} s (log $LOG_DIR/$svc.log)"
    sleep 0.5
  done
  log "$svc ready ($url)"
done

log "all ready: gateway http://127.0.0.1:${HTTP_PORT[gateway]}; servers in $ENV_FILE; Ctrl-C stops everything"
# Run until Ctrl-C, or until any process exits (then stop the rest).
wait -n "$SERVERS_PID" "${PIDS[@]}" || true
log "a process exited (or Ctrl-C reached it first); stopping the rest"
exit 1
