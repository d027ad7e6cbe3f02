#!/usr/bin/env bash
# Performance/parity benchmark: @axe-core/cli, pa11y-ci and `servicestandard
# assess`, side by side in one go, over the seeded govuk-frontend corpus.
#
#   bench/run.sh [--peers-only | --servicestandard-only] [--no-mem]
#                [--rounds N] [--repeat N] [--port PORT] [--build]
#
#   --peers-only            run only (a) @axe-core/cli and (b) pa11y-ci
#   --servicestandard-only  run only (c), (d) and (e) (compares against an
#                           earlier bench/out/axe-cli/results.json)
#   --no-mem                skip (e), the 500-page memory run
#   --rounds N              run (a), (c) and (d) N times, interleaved, and compare
#                           medians (default 3; this machine is shared and one
#                           run of either tool can be slowed by its neighbours)
#   --repeat N              (e) lists the corpus N times (default 10 = 500 pages)
#   --port PORT             corpus server port on 127.0.0.1 (default: a free one)
#   --build                 `dotnet build -c Release` the CLI first
#
# Environment: BENCH_TIMEOUT (seconds per tool run, default 3600),
#   SERVICESTANDARD (an executable to use instead of
#     `dotnet cli/ServiceStandard.Cli/bin/Release/net10.0/servicestandard.dll`),
#   SS_EXTRA_ARGS (extra arguments for every `servicestandard assess` run),
#   SERVICESTANDARD_BASELINE_DLL (another build's servicestandard.dll, e.g. of an
#     earlier commit: each round then also runs (c) and (d) with it, right after
#     this build's, as servicestandard-axe-baseline and servicestandard-full-baseline,
#     and bench/out/ab.txt compares the medians: "is this change slower?").
#
# Runs, each timed by bench/measure.mjs (/usr/bin/time -v + /proc sampling):
#   (b) pa11y-ci, runner axe, Debian chromium (once: it is informational)
#   then --rounds times, in this order:
#   (a) @axe-core/cli over the 50 URLs, Debian chromedriver/chromium
#   (c) servicestandard assess --checks accessibility/axe     (50 pages)
#   (d) servicestandard assess --checks accessibility         (50 pages)
#   and last
#   (e) servicestandard assess --checks accessibility         (50 x N pages)
# Round 1 writes bench/out/NAME, round K > 1 bench/out/NAME.rK; parity is
# compared on round 1.
# then bench/compare.mjs (parity) and bench/report.mjs (bench/out/summary.md).
# (c)-(e) are skipped with a message while `servicestandard assess` does not exist.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
OUT="$BENCH/out"
CORPUS="$BENCH/corpus"
PORT=0
REPEAT=10
ROUNDS=3
RUN_PEERS=1
RUN_SS=1
RUN_MEM=1
BUILD=0
TIMEOUT="${BENCH_TIMEOUT:-3600}"
TAGS="wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa"
CHROME_FLAGS=(--headless --no-sandbox --disable-gpu --disable-background-networking
  --disable-component-update --disable-sync --no-first-run)
SS_DLL="$ROOT/cli/ServiceStandard.Cli/bin/Release/net10.0/servicestandard.dll"
if [ -n "${SERVICESTANDARD:-}" ]; then SS_CMD=("$SERVICESTANDARD"); else SS_CMD=(dotnet "$SS_DLL"); fi
BASELINE_DLL="${SERVICESTANDARD_BASELINE_DLL:-}"

while [ $# -gt 0 ]; do
  case "$1" in
    --peers-only) RUN_SS=0; RUN_MEM=0 ;;
    --servicestandard-only) RUN_PEERS=0 ;;
    --no-mem) RUN_MEM=0 ;;
    --repeat) REPEAT="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --port) PORT="$2"; shift ;;
    --build) BUILD=1 ;;
    -h|--help) sed -n '2,38p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\n== %s\n' "$*"; }
# What the peers need, installed like build.sh installs Chromium: as root with apt, else say how.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "apt-get install chromium chromium-driver time (the peers drive the same Chromium)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver time >/dev/null
  fi
fi
for f in /usr/bin/chromium /usr/bin/chromedriver /usr/bin/time; do
  [ -x "$f" ] || { echo "run.sh: $f is missing (apt-get install -y chromium chromium-driver time)" >&2; exit 2; }
done
command -v node >/dev/null || { echo "run.sh: node is missing" >&2; exit 2; }
cd "$BENCH"

# --- npm packages (pinned in package-lock.json; .npmrc has ignore-scripts=true
# so neither chromedriver nor puppeteer tries to download a driver/browser) ---
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ ! -d node_modules/@axe-core/cli ]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi

mkdir -p "$OUT" "$CORPUS"
# The server starts first, on a free port unless --port is given (other
# processes on this machine may hold any fixed port); the corpus is then
# written into the folder it serves, with URLs that carry the real port.
log "server on 127.0.0.1"
node serve.mjs --root "$CORPUS" --port "$PORT" > "$OUT/serve.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
BASE=""
for _ in $(seq 1 50); do
  BASE="$(sed -n 's/^listening \(http:[^ ]*\)$/\1/p' "$OUT/serve.log")"
  [ -n "$BASE" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$BASE" ]; then
  echo "run.sh: corpus server did not start:" >&2; cat "$OUT/serve.log" >&2; exit 1
fi
echo "serving $CORPUS at $BASE"

log "corpus (seed 2026, 50 pages x 8 fixtures)"
node make-corpus.mjs --base-url "$BASE"
node make-corpus.mjs --base-url "$BASE" --repeat "$REPEAT" --urls-name "urls-x$REPEAT.txt"
mapfile -t URLS < "$CORPUS/urls.txt"
mapfile -t URLS_MEM < "$CORPUS/urls-x$REPEAT.txt"
curl -fsS -o /dev/null "${BASE}page-01.html" || { echo "run.sh: ${BASE}page-01.html is not served" >&2; exit 1; }
# Warm the page cache identically for every tool.
for u in "${URLS[@]}"; do curl -fsS -o /dev/null "$u"; done

# Timing runs sample the tree's PSS every 2 s: a sample walks every Chromium
# process's memory map under its lock, and sampling every 500 ms slowed a
# tool that keeps both cores busy by ~5% (measure.mjs). The memory run (e)
# samples every 500 ms.
PSS_INTERVAL=2000
measure() { # NAME -- command…
  local name="$1"; shift
  node "$BENCH/measure.mjs" --name "$name" --out-dir "$OUT" --timeout "$TIMEOUT" --pss-interval "$PSS_INTERVAL" "$@" || true
}

CHROME_OPTS="$(IFS=,; echo "${CHROME_FLAGS[*]}")"

axe_cli_run() { # NAME
  local name="$1"
  rm -rf "$OUT/$name"
  measure "$name" -- node "$BENCH/node_modules/@axe-core/cli/dist/src/bin/cli.js" "${URLS[@]}" \
    --tags "$TAGS" \
    --axe-source "$BENCH/node_modules/axe-core/axe.min.js" \
    --chromedriver-path /usr/bin/chromedriver \
    --chrome-path /usr/bin/chromium \
    --chrome-options="$CHROME_OPTS" \
    --timeout 120 \
    --dir "$OUT/$name" --save results.json
}

ss_available() {
  "${SS_CMD[@]}" assess --help >/dev/null 2>&1
}
# How the URL list is handed to `servicestandard assess`: one --url per page.
ss_url_args() { # file with one URL a line
  local u
  while IFS= read -r u; do [ -n "$u" ] && printf -- '--url\n%s\n' "$u"; done < "$1"
}
ss_run() { # NAME CHECKS URLFILE [COMMAND…]
  local name="$1" checks="$2" urlfile="$3" args cmd
  shift 3
  if [ $# -gt 0 ]; then cmd=("$@"); else cmd=("${SS_CMD[@]}"); fi
  mapfile -t args < <(ss_url_args "$urlfile")
  rm -rf "$OUT/$name"
  # shellcheck disable=SC2086
  measure "$name" -- "${cmd[@]}" assess "${args[@]}" --checks "$checks" --format json --out "$OUT/$name" ${SS_EXTRA_ARGS:-}
}
round_suffix() { [ "$1" = 1 ] || printf '.r%s' "$1"; }

if [ "$RUN_PEERS" = 1 ]; then
  # (b) pa11y-ci with runner axe: default concurrency (1), incognito context per URL.
  log "(b) pa11y-ci $(node -p "require('pa11y-ci/package.json').version") (pa11y $(node -p "require('pa11y/package.json').version"), runner axe) — ${#URLS[@]} pages, default concurrency 1"
  rm -rf "$OUT/pa11y-ci"
  node pa11y-config.mjs --urls "$CORPUS/urls.txt" --report "$OUT/pa11y-ci/results.json" > "$OUT/pa11y-ci.config.json"
  measure pa11y-ci -- node "$BENCH/node_modules/pa11y-ci/bin/pa11y-ci.js" --config "$OUT/pa11y-ci.config.json"
  rm -f "$OUT"/axe-cli.r[0-9]*.measure.json
fi

SS_OK=0
if [ "$RUN_SS" = 1 ] || [ "$RUN_MEM" = 1 ]; then
  if [ "$BUILD" = 1 ]; then
    log "dotnet build -c Release cli/ServiceStandard.Cli"
    dotnet build -c Release "$ROOT/cli/ServiceStandard.Cli" -v q -nologo
  fi
  if ss_available; then
    SS_OK=1
    [ "$RUN_SS" = 1 ] && rm -f "$OUT"/servicestandard-axe.r[0-9]*.measure.json "$OUT"/servicestandard-full.r[0-9]*.measure.json "$OUT"/servicestandard-*-baseline*.measure.json
  else
    log "SKIPPED (c)-(e): '${SS_CMD[*]} assess --help' does not work"
    echo "  build it with: dotnet build -c Release cli/ServiceStandard.Cli   (or pass --build)"
    rm -f "$OUT"/servicestandard-*.measure.json
  fi
fi

for round in $(seq 1 "$ROUNDS"); do
  sfx="$(round_suffix "$round")"
  if [ "$RUN_PEERS" = 1 ]; then
    # (a) @axe-core/cli: one Chrome session, pages strictly one after another.
    log "round $round/$ROUNDS (a) @axe-core/cli $(node -p "require('@axe-core/cli/package.json').version") — ${#URLS[@]} pages, sequential (its only mode)"
    axe_cli_run "axe-cli$sfx"
  fi
  if [ "$RUN_SS" = 1 ] && [ "$SS_OK" = 1 ]; then
    log "round $round/$ROUNDS (c) servicestandard assess --checks accessibility/axe — ${#URLS[@]} pages"
    ss_run "servicestandard-axe$sfx" accessibility/axe "$CORPUS/urls.txt"
    log "round $round/$ROUNDS (d) servicestandard assess --checks accessibility (full set) — ${#URLS[@]} pages"
    ss_run "servicestandard-full$sfx" accessibility "$CORPUS/urls.txt"
    if [ -n "$BASELINE_DLL" ]; then
      log "round $round/$ROUNDS (c, d) the baseline build $BASELINE_DLL"
      ss_run "servicestandard-axe-baseline$sfx" accessibility/axe "$CORPUS/urls.txt" dotnet "$BASELINE_DLL"
      ss_run "servicestandard-full-baseline$sfx" accessibility "$CORPUS/urls.txt" dotnet "$BASELINE_DLL"
    fi
  fi
done

if [ -n "$BASELINE_DLL" ] && [ "$SS_OK" = 1 ]; then
  # Medians of the interleaved rounds, this build against the baseline build.
  node -e '
    const fs = require("fs"), out = process.argv[1];
    const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
    const series = (name) => fs.readdirSync(out).filter((f) => new RegExp(`^${name}(\\.r\\d+)?\\.measure\\.json$`).test(f))
      .map((f) => JSON.parse(fs.readFileSync(`${out}/${f}`, "utf8")));
    const lines = [];
    for (const set of ["axe", "full"]) {
      const now = series(`servicestandard-${set}`), base = series(`servicestandard-${set}-baseline`);
      const w = (xs) => median(xs.map((m) => m.wallSeconds)), c = (xs) => median(xs.map((m) => m.treeCpuSeconds));
      lines.push(`${set}: wall ${w(base).toFixed(2)} s -> ${w(now).toFixed(2)} s (${((w(now) / w(base) - 1) * 100).toFixed(1)} %), tree CPU ${c(base).toFixed(2)} s -> ${c(now).toFixed(2)} s (${((c(now) / c(base) - 1) * 100).toFixed(1)} %), medians of ${now.length} and ${base.length} runs`);
    }
    fs.writeFileSync(`${out}/ab.txt`, lines.join("\n") + "\n");
    console.log(lines.join("\n"));
  ' "$OUT"
fi

if [ "$RUN_MEM" = 1 ] && [ "$SS_OK" = 1 ]; then
  log "(e) servicestandard assess --checks accessibility — ${#URLS_MEM[@]} pages (memory)"
  PSS_INTERVAL=500
  ss_run servicestandard-mem accessibility "$CORPUS/urls-x$REPEAT.txt"
fi

log "compare"
CMP_ARGS=(--axe "$OUT/axe-cli/results.json" --json "$OUT/compare.json")
[ -f "$OUT/pa11y-ci/results.json" ] && CMP_ARGS+=(--pa11y "$OUT/pa11y-ci/results.json")
[ -f "$OUT/servicestandard-axe/assessment.json" ] && CMP_ARGS+=(--ss "$OUT/servicestandard-axe")
if [ -f "$OUT/axe-cli/results.json" ]; then
  node compare.mjs "${CMP_ARGS[@]}" > "$OUT/compare.txt" || true
  head -n 40 "$OUT/compare.txt"
else
  echo "no @axe-core/cli results to compare against"
fi

log "summary"
node report.mjs --out-dir "$OUT" | tee "$OUT/summary.md"
