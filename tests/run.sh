#!/usr/bin/env bash
# The single test command for the repository: bash tests/run.sh
#
# Builds and runs every test project in Directions.sln, then the scenario tests of the
# directions (directions test directions/), streams the normal console output, then
# prints as its very last line:
#     N passed, N failed, N skipped
# counted from the TRX result files. Exits non-zero if any step failed or no test ran.
set -uo pipefail

# Work from the repository root whatever the caller's directory.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

results=tests/TestResults
rm -rf "$results"
mkdir -p "$results"

status=0

# Step 1: the xunit tests (dotnet test builds the solution first).
# Each test project writes its own TRX file into $results/unit.
dotnet test Directions.sln \
    --logger "trx" \
    --logger "console;verbosity=normal" \
    --results-directory "$results/unit" || status=$?

# Further steps (e.g. scenario runs) go here: write their TRX files anywhere under
# $results and they are counted below. A step that reports in another format can
# instead write a file $results/<name>.counts holding one line "passed failed skipped".

# Step 2: the scenario tests of the directions (directions/*.scenarios), run by the CLI
# built in step 1. It writes its counts (one per scenario; a mistake outside any scenario
# counts as a failure) to scenarios.counts; if it wrote none, it counts as one failure.
dotnet run --project compiler/Directions.Cli --no-build -- test directions/ \
    --counts "$results/scenarios.counts" || status=$?
if [ ! -s "$results/scenarios.counts" ]; then
    echo "tests/run.sh: 'directions test directions/' wrote no counts; counting it as one failure" >&2
    echo "0 1 0" > "$results/scenarios.counts"
fi

# Step 3: the VS Code extension's grammar tests (lsp/vscode/test, node's own test runner),
# which tokenize the real directions with the extension's TextMate grammar. Needs node/npm.
if command -v npm > /dev/null; then
    if [ ! -d lsp/vscode/node_modules ]; then
        (cd lsp/vscode && npm ci --no-audit --no-fund) || status=$?
    fi
    tap="$results/vscode.tap"
    (cd lsp/vscode && node --test --test-reporter=tap test/) > "$tap" || status=$?
    cat "$tap" | grep -E '^(not )?ok |^# (pass|fail|skipped)' || true
    pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap"); fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$tap")
    skip=$(sed -n 's/^# skipped \([0-9]*\)$/\1/p' "$tap")
    if [ -z "$pass" ]; then
        echo "tests/run.sh: the VS Code extension tests reported nothing; counting it as one failure" >&2
        pass=0; fail=1; skip=0
    fi
    echo "$pass ${fail:-0} ${skip:-0}" > "$results/vscode.counts"
else
    echo "tests/run.sh: npm not found; the VS Code extension tests were not run" >&2
fi

# Step 4: the language server in a real editor: headless Neovim 0.7 drives `directions lsp`
# (diagnostics, quick fix, hover, completion, formatting, go to definition). Without nvim it
# counts as one skipped test; .ci/run installs neovim.
bash tests/editor/neovim/run.sh "$results/neovim.counts" || status=$?

# Sum the counters of every TRX file and every .counts file under $results.
summary=$(python3 - "$results" <<'PY'
import pathlib, sys, xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1])
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for trx in sorted(root.rglob("*.trx")):
    counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is None:
        continue
    get = lambda name: int(counters.get(name, "0"))
    passed += get("passed")
    # Everything that ran and did not pass counts as failed.
    failed += get("failed") + get("error") + get("timeout") + get("aborted")
    # Skipped tests are in "total" but not in "executed" (the TRX logger leaves notExecuted at 0).
    skipped += get("total") - get("executed")
for counts in sorted(root.rglob("*.counts")):
    p, f, s = (int(n) for n in counts.read_text().split())
    passed, failed, skipped = passed + p, failed + f, skipped + s
print(passed, failed, skipped)
PY
) || { echo "tests/run.sh: could not read the test results in $results" >&2; summary="0 0 0"; status=1; }

read -r passed failed skipped <<<"$summary"

if [ "$failed" -gt 0 ]; then
    status=1
fi
if [ $((passed + failed)) -eq 0 ]; then
    echo "tests/run.sh: no test ran" >&2
    [ "$status" -ne 0 ] || status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
