#!/usr/bin/env bash
# ServiceStandard: the two commands a newcomer needs.
#   ./build.sh demo   installs what is missing, builds, starts the sample service, assesses it
#   ./build.sh test   builds with warnings as errors, runs every test, packs and installs the tool
#   ./build.sh setup  only the installation part (idempotent)
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

test_all() {
  setup
  build
  say "Running every test"
  # Tests that compare timings (Category=Timing) run last and alone: next to the browser tests of
  # the other test projects their ratios would measure the machine rather than the code.
  dotnet test ServiceStandard.sln -c "$CONFIGURATION" --no-build --verbosity quiet -nologo --filter "Category!=Timing" -- xUnit.ParallelizeTestCollections=true
  say "Running the timing tests on their own"
  dotnet test tests/ServiceStandard.DesignSystem.Tests -c "$CONFIGURATION" --no-build --verbosity quiet -nologo --filter "Category=Timing"
  say "Packing the dotnet tool and installing it from the local package"
  rm -rf "$ARTIFACTS/packages" "$ARTIFACTS/tool"
  dotnet pack cli/ServiceStandard.Cli -c "$CONFIGURATION" --no-build -o "$ARTIFACTS/packages" --verbosity quiet -nologo
  dotnet tool install ServiceStandard.Tool --tool-path "$ARTIFACTS/tool" --add-source "$ARTIFACTS/packages" --ignore-failed-sources --verbosity quiet >/dev/null
  local version
  version=$("$ARTIFACTS/tool/servicestandard" --version)
  [ -n "$version" ] || fail "the installed tool printed no version"
  say "Installed tool runs: servicestandard $version"
}

case "${1:-}" in
  setup) setup ;;
  demo) demo ;;
  test) test_all ;;
  *) echo "usage: ./build.sh demo | test | setup"; exit 2 ;;
esac
