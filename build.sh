#!/usr/bin/env bash
# ServiceStandard: the two commands a newcomer needs.
#   ./build.sh demo   installs what is missing, builds, starts the sample service, assesses it
#   ./build.sh test   builds with warnings as errors, runs every test, packs and installs the tool
#   ./build.sh setup  only the installation part (idempotent)
#   ./build.sh fuzz [target] [seconds]  fuzzes one reader of our inputs with AFL++ (never part of test)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
CONFIGURATION=${CONFIGURATION:-Release}
ARTIFACTS="$ROOT/artifacts"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\n==> %s\n' "$*"; }
fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

find_chromium() {
  for candidate in "${SERVICESTANDARD_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

# The bench corpus (bench/make-corpus.mjs) is built from govuk-frontend's published component
# fixtures, and a test shards it (tests/ServiceStandard.Cli.Tests/BenchCorpusShardTests.cs): npm
# installs that one package (bench/package.json's only runtime dependency, pinned in its lock file).
# The peers' packages are bench/run.sh's to install; a folder that already has the package is left alone.
bench_corpus_package() {
  [ -f bench/node_modules/govuk-frontend/package.json ] && return 0
  if ! command -v npm >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "Installing Debian's npm (the bench corpus is built from an npm package)"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
    else
      fail "npm is missing. Install it with: sudo apt-get install -y nodejs npm (the bench corpus is built from the npm package govuk-frontend)."
    fi
  fi
  say "Installing govuk-frontend for the bench corpus (npm ci --omit=dev in bench/)"
  (cd bench && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
}

setup() {
  command -v dotnet >/dev/null || fail "the .NET SDK 10 is missing: install it from https://dot.net (or your distribution's dotnet-sdk-10.0 package) and run again."
  if ! find_chromium >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "Installing Debian's chromium (the accessibility checks drive a real browser)"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      fail "Chromium is missing. Install it with: sudo apt-get install -y chromium (or set SERVICESTANDARD_CHROMIUM to a Chromium/Chrome binary)."
    fi
  fi
  export SERVICESTANDARD_CHROMIUM
  SERVICESTANDARD_CHROMIUM=$(find_chromium)
  bench_corpus_package
  say "Restoring packages"
  dotnet restore ServiceStandard.sln --verbosity quiet
}

build() {
  say "Building ($CONFIGURATION, warnings are errors)"
  dotnet build ServiceStandard.sln -c "$CONFIGURATION" --no-restore -warnaserror --verbosity quiet -nologo -clp:ErrorsOnly
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( (RANDOM % 20000) + 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  fail "no free port found on 127.0.0.1"
}

SAMPLE_PID=""
stop_sample() { if [ -n "$SAMPLE_PID" ]; then kill "$SAMPLE_PID" 2>/dev/null || true; wait "$SAMPLE_PID" 2>/dev/null || true; fi; }

start_sample() {
  local port=$1
  dotnet "tests/SampleService/bin/$CONFIGURATION/net10.0/SampleService.dll" --urls "http://127.0.0.1:$port" >"$ARTIFACTS/sample-service.log" 2>&1 &
  SAMPLE_PID=$!
  trap stop_sample EXIT
  for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then return 0; fi
    kill -0 "$SAMPLE_PID" 2>/dev/null || fail "the sample service did not start; see $ARTIFACTS/sample-service.log"
    sleep 0.2
  done
  fail "the sample service did not answer on port $port; see $ARTIFACTS/sample-service.log"
}

# PostgreSQL for the index's storage tests (the same suite runs on SQLite and on PostgreSQL): Debian's
# server binaries, installed when missing, run a throwaway cluster on 127.0.0.1 at a free port for this
# run only; its connection string is SERVICESTANDARD_TEST_POSTGRES. PostgreSQL refuses to run as
# root, so as root the cluster belongs to the unprivileged user 'nobody'.
POSTGRES_DIR=""
POSTGRES_BIN=""
POSTGRES_RUN_AS=()
find_postgres() {
  local dir
  for dir in "${SERVICESTANDARD_POSTGRES_BIN:-}" /usr/lib/postgresql/*/bin; do
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

stop_postgres() {
  if [ -n "$POSTGRES_DIR" ] && [ -f "$POSTGRES_DIR/data/postmaster.pid" ]; then
    "${POSTGRES_RUN_AS[@]}" "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$POSTGRES_DIR" ]; then rm -rf "$POSTGRES_DIR"; POSTGRES_DIR=""; fi
}

start_postgres() {
  if ! POSTGRES_BIN=$(find_postgres); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "Installing Debian's postgresql (the index's storage tests run on it too)"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      POSTGRES_BIN=$(find_postgres) || fail "postgresql was installed but no initdb was found under /usr/lib/postgresql/*/bin"
    else
      fail "PostgreSQL is missing. Install it with: sudo apt-get install -y postgresql (or set SERVICESTANDARD_POSTGRES_BIN to the folder of its initdb and pg_ctl)."
    fi
  fi
  POSTGRES_DIR=$(mktemp -d /tmp/servicestandard-postgres.XXXXXX)
  POSTGRES_RUN_AS=()
  if [ "$(id -u)" = 0 ]; then
    chown nobody "$POSTGRES_DIR"
    chmod 700 "$POSTGRES_DIR"
    POSTGRES_RUN_AS=(runuser -u nobody --)
  fi
  local port
  port=$(free_port)
  say "Starting a throwaway PostgreSQL ($("$POSTGRES_BIN/postgres" --version | awk '{print $3}')) on 127.0.0.1:$port"
  (cd / && "${POSTGRES_RUN_AS[@]}" "$POSTGRES_BIN/initdb" -D "$POSTGRES_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1) \
    || { cat "$POSTGRES_DIR/initdb.log" >&2; fail "initdb failed (log above)"; }
  # fsync stays on: the index's durability tests rely on what PostgreSQL acknowledges being on disk.
  (cd / && "${POSTGRES_RUN_AS[@]}" "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_DIR -c max_connections=300" start >/dev/null) \
    || { cat "$POSTGRES_DIR/server.log" >&2; fail "PostgreSQL did not start (log above)"; }
  export SERVICESTANDARD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

cli() { dotnet "cli/ServiceStandard.Cli/bin/$CONFIGURATION/net10.0/servicestandard.dll" "$@"; }

demo() {
  setup
  build
  mkdir -p "$ARTIFACTS"
  say "The shipped standard"
  cli standard list
  cli standard show digital-service-standard --criterion DSS-05
  if [ -f tests/SampleService/SampleService.csproj ]; then
    local port
    port=$(free_port)
    say "Starting the sample candidate service on http://127.0.0.1:$port"
    start_sample "$port"
    say "Assessing the sample service's /bad variant (planted defects): its pages in the browser and its source"
    local status=0
    cli assess --config tests/SampleService/servicestandard.bad.yml --base-url "http://127.0.0.1:$port/" \
      --source tests/SampleService --out "$ARTIFACTS/demo-report" --format json,html,sarif,junit,md || status=$?
    # Exit code 1 means "findings at or above --fail-on": expected for the /bad variant.
    [ "$status" -le 1 ] || fail "assess failed with exit code $status"
    [ -f "$ARTIFACTS/demo-report/report.html" ] || fail "assess wrote no report.html"
    say "Reports (HTML, JSON, SARIF, JUnit, Markdown) are in $ARTIFACTS/demo-report"
    say "Open the assessor's report:"
    echo "$ARTIFACTS/demo-report/report.html"
  fi
}

# The test assemblies, one at a time: each runs its own xUnit collections side by side (as many as
# the machine has cores, tests/xunit.runner.json) and many of them drive a Chromium of their own, so
# running the assemblies at once as well asked a 2-core machine for ten times what it has (issue 12).
TEST_PROJECTS=(tests/*.Tests)
TEST_RESULTS="$ARTIFACTS/test-results"
TEST_TIMES=()
TEST_FAILED=()

# Runs one test assembly; a failing test prints its message and stack where it fails (the console
# logger at minimal verbosity) and is listed again in the summary at the end, read from its TRX file.
run_tests() {
  local project=$1 filter=$2 label=$3
  local name started status=0
  name=$(basename "$project")
  started=$(date +%s)
  dotnet test "$project" -c "$CONFIGURATION" --no-build -nologo --verbosity quiet --filter "$filter" \
    --logger "console;verbosity=minimal" --logger "trx;LogFileName=$name$label.trx" --results-directory "$TEST_RESULTS" || status=$?
  TEST_TIMES+=("$(printf '%-44s %5ss' "$name$label" $(( $(date +%s) - started )))")
  if [ "$status" -ne 0 ]; then
    local trx="$TEST_RESULTS/$name$label.trx" failed
    failed=$( [ -f "$trx" ] && grep -o 'testName="[^"]*"[^>]*outcome="Failed"' "$trx" | sed 's/^testName="\([^"]*\)".*/\1/' || true)
    TEST_FAILED+=("$name$label (exit $status; details above and in $trx)")
    while IFS= read -r test; do [ -n "$test" ] && TEST_FAILED+=("    $test"); done <<<"$failed"
  fi
}

test_all() {
  setup
  build
  rm -rf "$TEST_RESULTS" "$ARTIFACTS/test-output"
  trap stop_postgres EXIT
  start_postgres
  local started
  started=$(date +%s)
  say "Running every test, one assembly at a time"
  for project in "${TEST_PROJECTS[@]}"; do
    say "Testing $(basename "$project")"
    run_tests "$project" "Category!=Timing" ""
  done
  # Tests that compare timings (Category=Timing) run last and alone: next to the browser tests
  # their ratios would measure the machine rather than the code.
  say "Running the timing tests on their own"
  run_tests tests/ServiceStandard.DesignSystem.Tests "Category=Timing" ".Timing"
  say "Wall time per test assembly (total $(( $(date +%s) - started ))s)"
  printf '  %s\n' "${TEST_TIMES[@]}"
  if [ "${#TEST_FAILED[@]}" -gt 0 ]; then
    say "Failed tests"
    printf '  %s\n' "${TEST_FAILED[@]}"
    echo "  Outputs of browser and CLI tests (reports, evidence, screenshots): $ARTIFACTS/test-output"
    fail "tests failed"
  fi
  say "Packing the dotnet tool and installing it from the local package"
  rm -rf "$ARTIFACTS/packages" "$ARTIFACTS/tool"
  dotnet pack cli/ServiceStandard.Cli -c "$CONFIGURATION" --no-build -o "$ARTIFACTS/packages" --verbosity quiet -nologo
  dotnet tool install ServiceStandard.Tool --tool-path "$ARTIFACTS/tool" --add-source "$ARTIFACTS/packages" --ignore-failed-sources --verbosity quiet >/dev/null
  local version
  version=$("$ARTIFACTS/tool/servicestandard" --version)
  [ -n "$version" ] || fail "the installed tool printed no version"
  say "Installed tool runs: servicestandard $version"
  check_packages
}

# What a team gets outside a checkout: each package carries its README and LICENSE, and the tool,
# installed where no checkout is above it, builds the design system's docs site from the files it
# carries.
check_packages() {
  say "Checking the packages outside the checkout"
  local outside document
  outside=$(mktemp -d)
  dotnet tool install ServiceStandard.Tool --tool-path "$outside/tool" --add-source "$ARTIFACTS/packages" --ignore-failed-sources --verbosity quiet >/dev/null
  # The installed package's own folder (tool store) holds what the .nupkg had at its root.
  for document in README.md LICENSE; do
    [ -n "$(find "$outside/tool/.store" -maxdepth 5 -name "$document" -print -quit)" ] \
      || { rm -rf "$outside"; fail "the tool package has no $document"; }
  done
  (cd "$outside" && "$outside/tool/servicestandard" designsystem docs --out "$outside/site" >/dev/null) \
    || { rm -rf "$outside"; fail "the installed tool could not build the design system's docs outside the checkout"; }
  [ -f "$outside/site/index.html" ] && [ -f "$outside/site/es/index.html" ] \
    || { rm -rf "$outside"; fail "the installed tool's docs site has no index.html in en and es"; }
  say "Installed tool builds the docs site outside the checkout ($(find "$outside/site" -name '*.html' | wc -l) pages)"
  rm -rf "$outside"
}

FUZZ_TARGETS=(config standard judgements baseline evidence component tokens robots glob)

# Fuzzes one reader of outside input (tests/fuzz/ServiceStandard.Fuzz) with AFL++ through SharpFuzz,
# starting from its small corpus in tests/fuzz/corpus/<target>/. Crashes and hangs AFL++ finds are in
# artifacts/fuzz/findings/<target>/default/{crashes,hangs}; replay one with
#   dotnet artifacts/fuzz/bin/ServiceStandard.Fuzz.dll <target> <file>
fuzz() {
  local target=${1:-config} seconds=${2:-600}
  [[ " ${FUZZ_TARGETS[*]} " == *" $target "* ]] || fail "unknown fuzz target '$target'; one of: ${FUZZ_TARGETS[*]}"
  command -v dotnet >/dev/null || fail "the .NET SDK 10 is missing: install it from https://dot.net and run again."
  if ! command -v afl-fuzz >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "Installing Debian's afl++ (the fuzzer)"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
    else
      fail "AFL++ is missing. Install it with: sudo apt-get install -y afl++"
    fi
  fi
  local dir="$ARTIFACTS/fuzz"
  if [ ! -x "$dir/tools/sharpfuzz" ]; then
    say "Installing the SharpFuzz command-line tool (instruments .NET assemblies for AFL++)"
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$dir/tools" >/dev/null
  fi
  say "Building the fuzz targets"
  rm -rf "$dir/bin"
  dotnet publish tests/fuzz/ServiceStandard.Fuzz -c Release -o "$dir/bin" --verbosity quiet -nologo
  # Our readers and the parsers under them; AFL++ follows the branches taken in these only.
  for assembly in "$dir"/bin/ServiceStandard.*.dll "$dir/bin/YamlDotNet.dll"; do
    case "$(basename "$assembly")" in ServiceStandard.Fuzz.dll) continue ;; esac
    "$dir/tools/sharpfuzz" "$assembly" >/dev/null
  done
  say "Fuzzing '$target' for ${seconds}s (findings in $dir/findings/$target)"
  mkdir -p "$dir/findings/$target"
  local status=0
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
    timeout --signal=INT "$seconds" afl-fuzz -i "tests/fuzz/corpus/$target" -o "$dir/findings/$target" -t 10000 -m none \
    -- dotnet "$dir/bin/ServiceStandard.Fuzz.dll" "$target" || status=$?
  # timeout's INT is how a timed run ends (124); anything else is AFL++ failing to start.
  [ "$status" -eq 0 ] || [ "$status" -eq 124 ] || [ "$status" -eq 130 ] || fail "afl-fuzz stopped with exit code $status"
  local crashes
  crashes=$(find "$dir/findings/$target" -path '*/crashes/id:*' 2>/dev/null | wc -l)
  [ "$crashes" -eq 0 ] || fail "$crashes crashing input(s) for '$target' in $dir/findings/$target/default/crashes"
  say "No crash found in '$target'"
}

case "${1:-}" in
  setup) setup ;;
  demo) demo ;;
  test) test_all ;;
  fuzz) shift; fuzz "$@" ;;
  *) echo "usage: ./build.sh demo | test | setup | fuzz [target] [seconds]   (fuzz targets: ${FUZZ_TARGETS[*]})"; exit 2 ;;
esac
