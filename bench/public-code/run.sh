#!/usr/bin/env bash
# Runs the Standard for Public Code's repository checks (code/public-code) over local clones of real
# repositories, and prints each repository's findings (rule, kind, where, message) for hand inspection.
#   bench/public-code/run.sh <folder holding one clone per repository> [more folders]
# Each clone is a full `git clone` (with its .git, so the tags are read). Nothing of the repositories runs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLI="$ROOT/cli/ServiceStandard.Cli/bin/Release/net10.0/servicestandard.dll"
[ -f "$CLI" ] || { echo "build first: dotnet build cli/ServiceStandard.Cli -c Release" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for repo in "$@"; do
  name=$(basename "$repo")
  config="$WORK/$name.yml"
  dotnet "$CLI" init --standard public-code --path "$config" --verbosity quiet
  # The template reads the config's folder; point it at the clone, and keep only JSON.
  sed -i "s|^  path: \\.$|  path: $(cd "$repo" && pwd)|; s|^  dir: .*|  dir: $WORK/$name-report|; s|^  formats: .*|  formats: [json]|" "$config"
  start=$(date +%s.%N)
  dotnet "$CLI" assess --config "$config" --verbosity quiet >/dev/null 2>"$WORK/$name.err" || true
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  echo "== $name (${seconds}s)"
  node -e '
    const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const f of a.findings) {
      const l = f.location; const at = l.path + (l.startLine ? ":" + l.startLine + ":" + l.startColumn : "");
      console.log(`${f.ruleId}\t${f.kind}\t${at}\t${f.message}`);
    }' "$WORK/$name-report/assessment.json" || cat "$WORK/$name.err"
done
