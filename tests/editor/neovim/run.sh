#!/usr/bin/env bash
# The Neovim end-to-end test of the language server: bash tests/editor/neovim/run.sh [COUNTS_FILE]
# Copies the shared vocabulary and a direction with a mistake into a temporary workspace, starts
# headless Neovim (Debian's neovim 0.7) with e2e.lua, which starts `directions lsp` through
# vim.lsp.start_client and checks diagnostics, the quick fix, hover, completion, formatting and go
# to definition. Prints the TAP results; writes "passed failed skipped" to COUNTS_FILE if given.
# Needs the CLI built (tests/run.sh builds it first). Without nvim it counts as one skipped test,
# so the run shows it did not happen; .ci/run installs neovim.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
counts="${1:-}"

if ! command -v nvim > /dev/null; then
    echo "tests/editor/neovim: nvim not found (apt-get install neovim); the editor test was skipped" >&2
    [ -n "$counts" ] && echo "0 0 1" > "$counts"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$repo/directions/vocabulary.pd" "$here/direction-with-a-mistake.pd" "$work/"
tap="$work/result.tap"

DIRECTIONS_LSP_CMD="$(printf '%s\n' dotnet run --project "$repo/compiler/Directions.Cli" --no-build -- lsp)" \
DIRECTIONS_ROOT="$work" \
DIRECTIONS_FILE="$work/direction-with-a-mistake.pd" \
DIRECTIONS_TAP="$tap" \
    timeout 300 nvim --headless --clean -n -u NONE -c "luafile $here/e2e.lua" > "$work/nvim.log" 2>&1
status=$?

if [ ! -s "$tap" ]; then
    echo "tests/editor/neovim: Neovim wrote no results (exit $status); its output:" >&2
    cat "$work/nvim.log" >&2
    [ -n "$counts" ] && echo "0 1 0" > "$counts"
    exit 1
fi

cat "$tap"
pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap")
fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$tap")
[ -n "$counts" ] && echo "${pass:-0} ${fail:-1} 0" > "$counts"
[ "${fail:-1}" = "0" ]
