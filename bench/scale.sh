#!/usr/bin/env bash
# Issue 18's measurements: does a run scale linearly, what do shards + merge, a resume and a remote
# browser cost, over the seeded govuk-frontend corpus on 127.0.0.1 (bench/make-corpus.mjs).
#
#   bench/scale.sh [--repeat N] [--rounds N] [--port PORT] [--only STEPS] [--build]
#
#   --repeat N   the large run lists the 50 pages under N query strings (default 40 = 2,000
#                distinct URLs: page-01.html?v=1 … page-50.html?v=40, pass-major order)
#   --rounds N   the 50-page local and remote runs, interleaved, N times each (default 3)
#   --port PORT  corpus server port on 127.0.0.1 (default: a free one)
#   --only STEPS comma-separated subset of: small,large,shards,resume,remote (default: all)
#   --build      `dotnet build -c Release` the CLI first
#
# Every run is `servicestandard assess --checks accessibility` (the full accessibility set, as
# bench/run.sh's (d)) at its default concurrency, timed by bench/measure.mjs (/usr/bin/time -v;
# "own" peak RSS is the dotnet process's VmHWM, Chromium and Playwright's driver excluded). The
# configurations are written to bench/out/scale/ and list every page (target.pages), so `plan`
# needs no crawl and no browser. Steps, one after another (never two runs at once):
#   small   scale-50-rK     the 50 pages, local Chromium                       (in the remote rounds)
#   large   scale-large     the 2,000 pages, one unsharded run
#   shards  scale-plan, scale-shard-K (K = 1..4, one after another), scale-merge
#   resume  scale-killed    the 2,000 pages, SIGKILL of the whole process group (dotnet,
#                           Playwright's driver, Chromium) once half the pages are in
#                           scale-killed.partial/evidence.jsonl;
#           scale-resumed   `--resume` of that folder
#   remote  scale-remote-rK the 50 pages through a Playwright server on 127.0.0.1
#                           (--browser-endpoint), interleaved with scale-50-rK
# then bench/scale-report.mjs writes bench/out/scale/summary.md (targets of issue 18).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
OUT="$BENCH/out/scale"
CORPUS="$BENCH/corpus"
PORT=0
REPEAT=40
ROUNDS=3
ONLY="small,large,shards,resume,remote"
BUILD=0
TIMEOUT="${BENCH_TIMEOUT:-7200}"
CLI_DIR="$ROOT/cli/ServiceStandard.Cli/bin/Release/net10.0"
SS=(dotnet "$CLI_DIR/servicestandard.dll")

while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) REPEAT="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --port) PORT="$2"; shift ;;
    --only) ONLY="$2"; shift ;;
    --build) BUILD=1 ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "scale.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
step() { [[ ",$ONLY," == *",$1,"* ]]; }
log() { printf '\n== %s (%s, load %s)\n' "$*" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

for f in /usr/bin/chromium /usr/bin/time; do
  [ -x "$f" ] || { echo "scale.sh: $f is missing (apt-get install -y chromium time)" >&2; exit 2; }
done
command -v node >/dev/null || { echo "scale.sh: node is missing" >&2; exit 2; }
if [ "$BUILD" = 1 ]; then
  log "dotnet build -c Release cli/ServiceStandard.Cli"
  dotnet build -c Release "$ROOT/cli/ServiceStandard.Cli" -v q -nologo
fi
[ -f "$CLI_DIR/servicestandard.dll" ] || { echo "scale.sh: build the CLI first: dotnet build -c Release cli/ServiceStandard.Cli (or pass --build)" >&2; exit 2; }

cd "$BENCH"
if [ ! -d node_modules/govuk-frontend ]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi
mkdir -p "$OUT" "$CORPUS"

SERVER_PID=""
REMOTE_PID=""
cleanup() {
  [ -n "$REMOTE_PID" ] && kill -- "-$REMOTE_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
}
trap cleanup EXIT
node serve.mjs --root "$CORPUS" --port "$PORT" > "$OUT/serve.log" 2>&1 &
SERVER_PID=$!
BASE=""
for _ in $(seq 1 50); do
  BASE="$(sed -n 's/^listening \(http:[^ ]*\)$/\1/p' "$OUT/serve.log")"
  [ -n "$BASE" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.2
done
[ -n "$BASE" ] || { echo "scale.sh: corpus server did not start:" >&2; cat "$OUT/serve.log" >&2; exit 1; }
node make-corpus.mjs --base-url "$BASE"
curl -fsS -o /dev/null "${BASE}page-01.html?v=1" || { echo "scale.sh: ${BASE}page-01.html?v=1 is not served" >&2; exit 1; }

# The configurations: every page listed, the full accessibility set. merge and --resume take the
# same file (its hash is part of the plan's identity).
config() { # FILE REPEAT
  {
    echo "# Written by bench/scale.sh: the bench corpus, $(( 50 * $2 )) pages."
    echo "schemaVersion: 1"
    echo "target:"
    echo "  baseUrl: $BASE"
    echo "  pages:"
    if [ "$2" = 1 ]; then
      for i in $(seq -w 1 50); do echo "    - /page-$i.html"; done
    else
      for v in $(seq 1 "$2"); do for i in $(seq -w 1 50); do echo "    - /page-$i.html?v=$v"; done; done
    fi
    echo "  crawl:"
    echo "    enabled: false"
    echo "checks:"
    echo "  enable: [accessibility]"
  } > "$1"
}
SMALL="$OUT/scale-50.yml"
LARGE="$OUT/scale-$(( 50 * REPEAT )).yml"
config "$SMALL" 1
config "$LARGE" "$REPEAT"
for u in $(sed -n 's|^    - /||p' "$SMALL"); do curl -fsS -o /dev/null "$BASE$u"; done

measure() { # NAME -- command…
  local name="$1"; shift
  log "$name: $*"
  node "$BENCH/measure.mjs" --name "$name" --out-dir "$OUT" --timeout "$TIMEOUT" --pss-interval 2000 "$@" || true
}
assess() { # NAME CONFIG OUTDIR [more assess options…]
  local name="$1" cfg="$2" dir="$3"; shift 3
  rm -rf "$dir" "$dir.partial"
  measure "$name" -- "${SS[@]}" assess --config "$cfg" --out "$dir" --format json "$@"
}

if step large; then
  assess scale-large "$LARGE" "$OUT/unsharded"
fi

if step shards; then
  rm -f "$OUT/plan.json"
  measure scale-plan -- "${SS[@]}" plan --config "$LARGE" --out "$OUT/plan.json"
  for k in 1 2 3 4; do
    assess "scale-shard-$k" "$LARGE" "$OUT/shard-$k" --plan "$OUT/plan.json" --shard "$k/4"
  done
  rm -rf "$OUT/merged"
  measure scale-merge -- "${SS[@]}" merge "$OUT/shard-1" "$OUT/shard-2" "$OUT/shard-3" "$OUT/shard-4" \
    --config "$LARGE" --out "$OUT/merged" --format json
fi

if step resume; then
  # A pod evicted at half-way: SIGKILL to the run's whole process group, so nothing is flushed.
  half=$(( 50 * REPEAT / 2 ))
  rm -rf "$OUT/killed" "$OUT/killed.partial"
  log "scale-killed: the same run, killed with SIGKILL at $half pages"
  start=$(date +%s.%N)
  setsid "${SS[@]}" assess --config "$LARGE" --out "$OUT/killed" --format json > "$OUT/scale-killed.log" 2>&1 &
  KILLED_PID=$!
  while kill -0 "$KILLED_PID" 2>/dev/null; do
    lines=$( { wc -l < "$OUT/killed.partial/evidence.jsonl"; } 2>/dev/null || echo 0)
    if [ "$lines" -ge "$half" ]; then
      kill -KILL -- "-$KILLED_PID" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  wait "$KILLED_PID" 2>/dev/null || true
  end=$(date +%s.%N)
  lines=$(wc -l < "$OUT/killed.partial/evidence.jsonl" 2>/dev/null || echo 0)
  printf '{"killedAfterSeconds": %s, "evidenceLines": %s, "half": %s}\n' "$(echo "$end - $start" | bc)" "$lines" "$half" > "$OUT/scale-killed.measure.json"
  cat "$OUT/scale-killed.measure.json"
  measure scale-resumed -- "${SS[@]}" assess --config "$LARGE" --out "$OUT/killed" --format json --resume "$OUT/killed"
fi

if step small || step remote; then
  ENDPOINT=""
  if step remote; then
    # A Playwright server as docs/remote-browsers.md asks an operator to start one: the
    # playwright-core that Microsoft.Playwright ships into the build output (its version exactly),
    # the system's Chromium, the launch flags of BrowserHost (ChromiumLaunchFlags) but --headless.
    log "Playwright server on 127.0.0.1"
    node_bin="$CLI_DIR/.playwright/node/linux-x64/node"
    setsid "$node_bin" -e "
      const { chromium } = require('$CLI_DIR/.playwright/package');
      chromium.launchServer({
        executablePath: '/usr/bin/chromium', host: '127.0.0.1', port: 0, headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
          '--host-resolver-rules=MAP *.invalid ~NOTFOUND',
          '--autofill-server-url=https://autofill.servicestandard.invalid/',
          '--gaia-url=https://accounts.servicestandard.invalid/',
          '--google-apis-url=https://apis.servicestandard.invalid/',
          '--component-updater=url-source=https://updates.servicestandard.invalid/'],
        ignoreDefaultArgs: ['--disable-popup-blocking'],
      }).then(s => console.log('endpoint ' + s.wsEndpoint()), e => { console.error(e); process.exit(1); });
    " > "$OUT/playwright-server.log" 2>&1 &
    REMOTE_PID=$!
    for _ in $(seq 1 150); do
      ENDPOINT="$(sed -n 's/^endpoint \(ws:[^ ]*\)$/\1/p' "$OUT/playwright-server.log")"
      [ -n "$ENDPOINT" ] && break
      kill -0 "$REMOTE_PID" 2>/dev/null || break
      sleep 0.2
    done
    [ -n "$ENDPOINT" ] || { echo "scale.sh: the Playwright server gave no endpoint:" >&2; cat "$OUT/playwright-server.log" >&2; exit 1; }
    echo "Playwright server $("$node_bin" -p "require('$CLI_DIR/.playwright/package/package.json').version") at $ENDPOINT"
  fi
  for r in $(seq 1 "$ROUNDS"); do
    assess "scale-50-r$r" "$SMALL" "$OUT/small-r$r"
    if [ -n "$ENDPOINT" ]; then
      assess "scale-remote-r$r" "$SMALL" "$OUT/remote-r$r" --browser-endpoint "$ENDPOINT"
    fi
  done
fi

log "summary"
node "$BENCH/scale-report.mjs" --out-dir "$OUT" --pages "$(( 50 * REPEAT ))" | tee "$OUT/summary.md"
