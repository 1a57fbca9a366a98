#!/usr/bin/env bash
# The command-line and app benchmarks, side by side in one run, against standalone sandboxes on 127.0.0.1:
#   1. one deletion, whole process: extracta-batch vs curl;
#   2. 1,000 deletions from a list: extracta-batch --from-csv vs a sequential Python loop and vs a bare
#      QNetworkAccessManager client (bench_http_floor, the floor of Qt's HTTP stack), with 0 and 20 ms
#      of added server latency, plus the sandbox alone (curl --parallel, the CLI at 8);
#   3. the app: start-up to the first shown frame vs a bare Qt Widgets window, idle RSS, and the
#      largest event-loop stall during a 1,000-item bulk run (bench_bulk_stall).
#
#   bench/run-cli-and-app-benchmarks.sh BUILD_DIR [--quick]
#
# BUILD_DIR must hold a build with the tests (for tests/tools/eba-sandbox) and the benchmarks, e.g.
#   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build build/bench
# Nothing is built here. --quick uses few repetitions (a smoke run, figures not meaningful).
# Prints a markdown summary on stdout (progress on stderr); the raw figures stay in $EBA_BENCH_KEEP
# when that is set to a file name. Every process started here is stopped on exit.
# shellcheck disable=SC2154 # single_URL, bulk0_PID… are set by start_sandbox (printf -v)
set -euo pipefail

usage() {
    echo "usage: $0 BUILD_DIR [--quick]" >&2
    exit 2
}
[[ $# -ge 1 && $# -le 2 ]] || usage
BUILD=$(cd "$1" && pwd) || usage
QUICK=0
if [[ $# -eq 2 ]]; then
    [[ $2 == --quick ]] || usage
    QUICK=1
fi
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

CLI=$BUILD/src/cli/extracta-batch
APP=$BUILD/src/app/extracta-batch-admin
SANDBOX=$BUILD/tests/tools/eba-sandbox
BARE=$BUILD/bench/bench_bare_window
STALL=$BUILD/bench/bench_bulk_stall
FLOOR=$BUILD/bench/bench_http_floor
for program in "$CLI" "$APP" "$SANDBOX" "$BARE" "$STALL" "$FLOOR"; do
    [[ -x $program ]] || { echo "missing $program: build $BUILD first (with tests and benchmarks)" >&2; exit 2; }
done
for tool in curl python3; do
    if ! command -v "$tool" >/dev/null; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            apt-get install -y "$tool" >&2
        else
            echo "missing $tool" >&2
            exit 2
        fi
    fi
done

if [[ $QUICK -eq 1 ]]; then
    RUNS_SINGLE=3 RUNS_BULK=1 BULK_N=100 RUNS_STARTUP=2 RSS_SAMPLES=1 STALL_N=100
else
    RUNS_SINGLE=30 RUNS_BULK=3 BULK_N=1000 RUNS_STARTUP=15 RSS_SAMPLES=3 STALL_N=1000
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/eba-bench4.XXXXXX")
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Loopback only, and nothing from the user's own setup: no proxy, private settings, data and
# keychain (the token always comes from EXTRACTA_API_TOKEN, set per step from a token file).
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY EXTRACTA_API_URL EXTRACTA_API_TOKEN
export no_proxy=127.0.0.1 NO_PROXY=127.0.0.1
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/config XDG_DATA_HOME=$WORK/home/data
export XDG_CACHE_HOME=$WORK/home/cache XDG_RUNTIME_DIR=$WORK/runtime
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent-eba-bench-bus
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
RESULTS=$WORK/results.jsonl
: >"$RESULTS"
MEASURE=(python3 "$HERE/cli_and_app_measure.py" --out "$RESULTS" --workdir "$WORK")

# start_sandbox NAME [eba-sandbox options…]: sets NAME_URL, NAME_PID, NAME_TOKEN, NAME_LIST.
start_sandbox() {
    local name=$1
    shift
    "$SANDBOX" --token-file "$WORK/$name.token" --batch-list "$WORK/$name.csv" --quiet-requests "$@" \
        >"$WORK/$name.url" 2>"$WORK/$name.log" &
    local pid=$!
    PIDS+=("$pid")
    local tries=0
    while [[ ! -s $WORK/$name.url ]]; do
        kill -0 "$pid" 2>/dev/null || { echo "sandbox $name died: $(cat "$WORK/$name.log")" >&2; exit 1; }
        ((++tries <= 300)) || { echo "sandbox $name did not start" >&2; exit 1; }
        sleep 0.1
    done
    local url
    url=$(head -n 1 "$WORK/$name.url")
    [[ $url == http://127.0.0.1:* ]] || { echo "sandbox $name is not on loopback: $url" >&2; exit 1; }
    printf -v "${name}_URL" '%s' "$url"
    printf -v "${name}_PID" '%s' "$pid"
    printf -v "${name}_TOKEN" '%s' "$WORK/$name.token"
    printf -v "${name}_LIST" '%s' "$WORK/$name.csv"
}

note() { echo "[$(date +%T)] $*" >&2; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
note "starting the sandboxes (load average $LOAD_BEFORE)"
start_sandbox single --batches $((2 * RUNS_SINGLE + 10))
start_sandbox bulk0 --batches $(((3 * RUNS_BULK + 5) * BULK_N))
start_sandbox bulk20 --batches $(((3 * RUNS_BULK + 5) * BULK_N)) --delay-ms 20

note "1. one deletion: extracta-batch vs curl, $RUNS_SINGLE runs each"
"${MEASURE[@]}" single --cli "$CLI" --url "$single_URL" --token-file "$single_TOKEN" \
    --batch-list "$single_LIST" --runs "$RUNS_SINGLE"

for delay in 0 20; do
    url_var=bulk${delay}_URL pid_var=bulk${delay}_PID token_var=bulk${delay}_TOKEN list_var=bulk${delay}_LIST
    note "2. $BULK_N deletions, $delay ms added latency: extracta-batch vs bare Qt client vs Python loop, $RUNS_BULK runs each"
    "${MEASURE[@]}" bulk --cli "$CLI" --loop-script "$HERE/delete_loop.py" --http-floor "$FLOOR" --url "${!url_var}" \
        --token-file "${!token_var}" --batch-list "${!list_var}" --sandbox-pid "${!pid_var}" \
        --count "$BULK_N" --runs "$RUNS_BULK" --delay-ms "$delay" --concurrency 4
    note "   the sandbox alone ($delay ms): curl --parallel-max 8, extracta-batch --concurrency 8, curl sequential"
    "${MEASURE[@]}" capacity --cli "$CLI" --url "${!url_var}" --token-file "${!token_var}" \
        --batch-list "${!list_var}" --sandbox-pid "${!pid_var}" --count "$BULK_N" \
        --first $((3 * RUNS_BULK * BULK_N)) --delay-ms "$delay"
done

note "3. start-up to the first shown frame: app vs bare window ($RUNS_STARTUP runs each), idle RSS"
# The app as a configured user starts it: API URL and token from the environment (no keychain).
EXTRACTA_API_URL=$single_URL EXTRACTA_API_TOKEN=$(cat "$single_TOKEN") \
    "${MEASURE[@]}" startup --app "$APP" --bare "$BARE" --runs "$RUNS_STARTUP" \
    --rss-samples "$RSS_SAMPLES" --label offscreen
if command -v xvfb-run >/dev/null; then
    note "   the same under Xvfb (xcb)"
    EXTRACTA_API_URL=$single_URL EXTRACTA_API_TOKEN=$(cat "$single_TOKEN") QT_QPA_PLATFORM=xcb \
        timeout 600 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
        "${MEASURE[@]}" startup --app "$APP" --bare "$BARE" --runs "$RUNS_STARTUP" \
        --rss-samples "$RSS_SAMPLES" --label xvfb
fi

for delay in 0 20; do
    note "3. event-loop stalls during a $STALL_N-item bulk run in the app, $delay ms added latency"
    "${MEASURE[@]}" stall --stall "$STALL" --count "$STALL_N" --delay-ms "$delay"
done

note "done"
echo "## Command-line and app benchmarks ($(date -u +%Y-%m-%d), $(nproc) cores, load average $LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after)"
echo
"${MEASURE[@]}" summary
if [[ -n ${EBA_BENCH_KEEP:-} ]]; then
    cp "$RESULTS" "$EBA_BENCH_KEEP"
fi
