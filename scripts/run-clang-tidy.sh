#!/usr/bin/env bash
# Runs clang-tidy with the repository's .clang-tidy on every C++ source of src/ (not tests/), through
# the compile database of a configured clang build. Any warning fails (WarningsAsErrors: '*').
# Usage: scripts/run-clang-tidy.sh [BUILD_DIR] [FILE...]
#   BUILD_DIR  default build/asan (`cmake --preset asan` writes compile_commands.json there)
#   FILE       only these sources (default: every src/**/*.cpp in the compile database)
# The forms' ui_*.h headers are generated first (the eba_gui_autogen target), so a configured tree is
# enough; a built one is not needed. docs/static-analysis.md says which checks run and why.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/asan}
shift || true
jobs=${EBA_TIDY_JOBS:-2}
clang_tidy=${CLANG_TIDY:-clang-tidy}
database="$build/compile_commands.json"
if [[ ! -f $database ]]; then
    echo "run-clang-tidy: no $database: configure with 'cmake --preset asan' first" >&2
    exit 2
fi
command -v "$clang_tidy" >/dev/null || {
    echo "run-clang-tidy: $clang_tidy not found (scripts/install-deps.sh --with-analysis-tools)" >&2
    exit 2
}

files=("$@")
if ((${#files[@]} == 0)); then
    # Sources of other platforms (interruptwatcher_win.cpp, …) are not in the database: skip them.
    while IFS= read -r file; do
        if grep -qF "\"file\": \"$PWD/$file\"" "$database"; then
            files+=("$file")
        fi
    done < <(git ls-files 'src/*.cpp')
fi

cmake --build "$build" --target eba_gui_autogen >/dev/null

started=$SECONDS
echo "run-clang-tidy: $("$clang_tidy" --version | sed -n 's/.*LLVM version/LLVM/p'), ${#files[@]} files, $jobs jobs"
status=0
printf '%s\0' "${files[@]}" |
    xargs -0 -P "$jobs" -n 1 "$clang_tidy" -p "$build" --quiet 2> >(grep -v ' warnings\? generated\.$' >&2) ||
    status=$?
echo "run-clang-tidy: $((SECONDS - started)) s"
if ((status != 0)); then
    echo "run-clang-tidy: FAILED: fix the findings above (docs/static-analysis.md)" >&2
    exit 1
fi
echo "run-clang-tidy: clean"
