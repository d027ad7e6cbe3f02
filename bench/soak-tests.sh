#!/usr/bin/env bash
# Runs the whole suite N times, each time from a clean clone, and says how steady it is (issue 12).
#   bench/soak-tests.sh N [--hog] [--commit REF]
#     --hog     keeps every core busy with another CPU-bound process for the whole soak
#               (stress-ng when installed, otherwise one busy shell loop per core)
#     --commit  what to clone (default: HEAD of this repository)
# Prints, per run, pass/fail and wall time; then failures by test over all runs. Each run's log and
# TRX files stay under $SOAK_DIR (default /tmp/servicestandard-soak).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
RUNS=${1:?usage: bench/soak-tests.sh N [--hog] [--commit REF]}
shift
HOG=0
COMMIT=HEAD
while [ $# -gt 0 ]; do
  case "$1" in
    --hog) HOG=1 ;;
    --commit) COMMIT=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
SOAK_DIR=${SOAK_DIR:-/tmp/servicestandard-soak}
rm -rf "$SOAK_DIR"
mkdir -p "$SOAK_DIR"
SHA=$(git -C "$REPO" rev-parse "$COMMIT")

HOG_PIDS=()
stop_hog() { for pid in "${HOG_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_hog EXIT
if [ "$HOG" = 1 ]; then
  cores=$(nproc)
  if command -v stress-ng >/dev/null; then
    stress-ng --cpu "$cores" --quiet & HOG_PIDS+=($!)
    echo "CPU hog: stress-ng --cpu $cores"
  else
    for _ in $(seq 1 "$cores"); do (while :; do :; done) & HOG_PIDS+=($!); done
    echo "CPU hog: $cores busy shell loops"
  fi
fi

echo "Soak: $RUNS clean-clone runs of ./build.sh test at ${SHA:0:12} on $(nproc) cores"
passes=0
: >"$SOAK_DIR/failures.txt"
for run in $(seq 1 "$RUNS"); do
  clone="$SOAK_DIR/clone"
  rm -rf "$clone"
  git clone -q "$REPO" "$clone"
  git -C "$clone" checkout -q "$SHA"
  started=$(date +%s)
  status=0
  (cd "$clone" && ./build.sh test) >"$SOAK_DIR/run-$run.log" 2>&1 || status=$?
  wall=$(( $(date +%s) - started ))
  mkdir -p "$SOAK_DIR/run-$run"
  cp -r "$clone/artifacts/test-results" "$SOAK_DIR/run-$run/" 2>/dev/null || true
  if [ "$status" = 0 ]; then
    passes=$((passes + 1))
    verdict=pass
  else
    verdict="FAIL (exit $status)"
    found=0
    for trx in "$SOAK_DIR/run-$run"/test-results/*.trx; do
      [ -f "$trx" ] || continue
      while IFS= read -r test; do
        [ -n "$test" ] && { echo "$test" >>"$SOAK_DIR/failures.txt"; found=1; }
      done < <(grep -o 'testName="[^"]*"[^>]*outcome="Failed"' "$trx" | sed 's/^testName="\([^"]*\)".*/\1/' || true)
    done
    [ "$found" = 1 ] || echo "(no failed test: the build or a script step failed, see run-$run.log)" >>"$SOAK_DIR/failures.txt"
  fi
  printf 'run %d: %s, %d s, %s\n' "$run" "$verdict" "$wall" "$(grep -o 'Wall time per test assembly (total [0-9]*s)' "$SOAK_DIR/run-$run.log" | tail -1)"
done
echo "passed $passes of $RUNS"
if [ -s "$SOAK_DIR/failures.txt" ]; then
  echo "failures by test:"
  sort "$SOAK_DIR/failures.txt" | uniq -c | sort -rn
fi
rm -rf "$SOAK_DIR/clone"
[ "$passes" = "$RUNS" ]
