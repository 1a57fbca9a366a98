#!/usr/bin/env python3
"""One deletion, whole process, by two builds of extracta-batch, interleaved: what a change costs.

    bench/cli_before_after.py --before OLD/extracta-batch --after NEW/extracta-batch \\
        --sandbox BUILD/tests/tools/eba-sandbox [--runs 50]

Both delete one batch per run from one sandbox on 127.0.0.1, each with a private home (its own audit
trail), in alternating order (before-after, then after-before, …) so that load from elsewhere hits
both alike. Prints the median, p90, mean, min and max of each, the CPU time (10 ms resolution), the
median of the paired differences, the load average seen, and which SQLite side files (-wal, -shm,
-journal) each build left behind.
Times are wall-clock from spawn to exit (cli_and_app_measure.timed). Only loopback is contacted.
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_and_app_measure import batch_rows, read_token, timed  # noqa: E402


def percentile(values, fraction):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def private_env(root, token):
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "extracta_api_url")}
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                      ("XDG_CACHE_HOME", "cache")):
        path = os.path.join(root, sub)
        os.makedirs(path, exist_ok=True)
        env[name] = path
    env.update(EXTRACTA_API_TOKEN=token, no_proxy="127.0.0.1", NO_PROXY="127.0.0.1",
               DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent-eba-bench-bus")
    return env


def side_files(root):
    found = []
    for _root, _dirs, names in os.walk(os.path.join(root, "data")):
        found += [n for n in names if n.endswith(("-wal", "-shm", "-journal"))]
    return sorted(found)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="eba-before-after.")
    token_file, list_file = os.path.join(work, "token"), os.path.join(work, "batches.csv")
    sandbox = subprocess.Popen(
        [args.sandbox, "--token-file", token_file, "--batch-list", list_file, "--quiet-requests",
         "--batches", str(2 * args.runs + 10)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        url = sandbox.stdout.readline().decode().strip()
        if not url.startswith("http://127.0.0.1:"):
            sys.exit(f"cli_before_after: the sandbox is not on loopback: {url!r}")
        while not os.path.exists(list_file) or not os.path.exists(token_file):
            time.sleep(0.05)
        token = read_token(token_file)
        rows = iter(batch_rows(list_file, 0, 2 * args.runs + 2))
        builds = {"before": args.before, "after": args.after}
        envs = {name: private_env(os.path.join(work, name), token) for name in builds}
        times = {name: [] for name in builds}
        cpu = {name: [] for name in builds}
        loads = [os.getloadavg()[0]]

        def run(name, counted):
            classification, batch = next(rows)
            argv = [builds[name], "delete", "--api-url", url, "--classification", classification,
                    "--batch", batch, "--yes"]
            seconds, code, cpu_seconds, err = timed(argv, envs[name], timeout=60)
            if code != 0:
                sys.exit(f"cli_before_after: {name} exit {code}: {err}")
            if counted:
                times[name].append(seconds * 1000)
                cpu[name].append(cpu_seconds * 1000)

        for name in builds:  # warm-up: page cache, the audit trail's creation
            run(name, False)
        for i in range(args.runs):
            for name in (("before", "after") if i % 2 == 0 else ("after", "before")):
                run(name, True)
            loads.append(os.getloadavg()[0])
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)

    print(f"{args.runs} runs each, interleaved; 1-minute load average {min(loads):.2f}-{max(loads):.2f} "
          f"(median {statistics.median(loads):.2f}), {os.cpu_count()} cores")
    print("| build | median | p90 | mean | min | max | CPU (median) | side files left |")
    print("|---|---|---|---|---|---|---|---|")
    for name, values in times.items():
        left = ", ".join(side_files(os.path.join(work, name))) or "none"
        print(f"| {name} | {statistics.median(values):.2f} ms | {percentile(values, 0.9):.2f} ms | "
              f"{statistics.fmean(values):.2f} ms | {min(values):.2f} ms | {max(values):.2f} ms | "
              f"{statistics.median(cpu[name]):.0f} ms | {left} |")
    paired = [a - b for a, b in zip(times["after"], times["before"])]
    print(f"after - before, median of paired differences: {statistics.median(paired):+.2f} ms")
    subprocess.run(["rm", "-rf", work], check=False)


if __name__ == "__main__":
    main()
