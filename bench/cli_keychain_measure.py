#!/usr/bin/env python3
"""Whole-process times of two extracta-batch builds, interleaved, for the keychain decision.

    bench/cli_keychain_measure.py --a LABEL=DIR --b LABEL=DIR --sandbox PATH/eba-sandbox [--runs N]

Each DIR holds an `extracta-batch` (and whatever it needs beside it, e.g. a keychain helper). The
script starts a private D-Bus session (dbus-run-session) with a throwaway, unlocked gnome-keyring
(Secret Service), private HOME/XDG folders and a loopback eba-sandbox, saves the sandbox's token in
that keyring as Extracta Batch Admin does (secret-tool, token on standard input), and then runs per
repetition every case with both builds, the order alternating (A B, then B A). Times are wall clock
from just before the spawn to the exit (perf_counter_ns), plus the child's CPU time (wait4 rusage).
It prints a markdown table (median and p90 per case and build) and the load average it saw.
Nothing but 127.0.0.1 is contacted; the token never appears in argv or in the output.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

CASES = [
    # name, arguments, token from the environment?, needs a fresh batch?
    ("--version", ["--version"], False, False),
    ("audit (empty trail)", ["audit"], False, False),
    ("credits, EXTRACTA_API_TOKEN", ["credits"], True, False),
    ("delete one batch, EXTRACTA_API_TOKEN", ["delete", "--yes"], True, True),
    ("credits, token from the keychain", ["credits"], False, False),
]


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def run_once(program, arguments, environment):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter_ns()
    process = subprocess.Popen(
        [program] + arguments, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    out, err = process.communicate(timeout=60)
    wall = (time.perf_counter_ns() - start) / 1e6
    # Only this child was reaped in between (the sandbox and the keyring run until the end).
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu, process.returncode, out, err


def inner(args):
    work = args.work
    environment = dict(os.environ)
    # The keyring: a throwaway password on standard input creates and unlocks a fresh login keyring.
    log = open(os.path.join(work, "keyring.log"), "w", encoding="utf-8")
    keyring = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=log, stderr=log)
    keyring.stdin.write(b"eba-throwaway-bench-password")
    keyring.stdin.close()
    sandbox = None
    try:
        for _ in range(100):
            check = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                 "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                 "string:org.freedesktop.secrets"], capture_output=True, text=True)
            if "boolean true" in check.stdout:
                break
            time.sleep(0.1)
        else:
            sys.exit("the secrets service did not come up")

        token_file = os.path.join(work, "token")
        batch_list = os.path.join(work, "batches.csv")
        batches = args.runs * 2 + 10
        sandbox = subprocess.Popen(
            [args.sandbox, "--token-file", token_file, "--batch-list", batch_list, "--quiet-requests",
             "--batches", str(batches)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        url = sandbox.stdout.readline().strip().rstrip("/")
        if not url.startswith("http://127.0.0.1:"):
            sys.exit(f"the sandbox is not on loopback: {url!r}")
        with open(token_file, encoding="utf-8") as f:
            token = f.read().strip()
        with open(batch_list, encoding="utf-8") as f:
            rows = [line.strip().split(",") for line in f if line.strip()]

        # As QtKeychain's libsecret backend stores it for KeychainTokenStore("extracta-batch-admin").
        subprocess.run(
            ["secret-tool", "store", "--label=extracta-batch-admin bench", "user",
             "connection/default/api-token", "server", "extracta-batch-admin", "type", "plaintext"],
            input=token.encode(), check=True)

        builds = [args.a.split("=", 1), args.b.split("=", 1)]
        for _, folder in builds:
            if not os.access(os.path.join(folder, "extracta-batch"), os.X_OK):
                sys.exit(f"no extracta-batch in {folder}")
        times = {(case[0], label): [] for case in CASES for label, _ in builds}
        cpu = {(case[0], label): [] for case in CASES for label, _ in builds}
        loads = [os.getloadavg()[0]]
        next_batch = 0

        def one(case, label, folder, counted):
            nonlocal next_batch
            name, arguments, from_env, needs_batch = case
            arguments = list(arguments)
            run_env = dict(environment)
            run_env.pop("EXTRACTA_API_TOKEN", None)
            if name.startswith("audit"):
                # A data folder of its own: the deletions of the other case fill the usual trail.
                run_env["XDG_DATA_HOME"] = os.path.join(work, "audit-data")
            if from_env:
                run_env["EXTRACTA_API_TOKEN"] = token
            if name != "--version" and not name.startswith("audit"):
                arguments += ["--api-url", url]
            if needs_batch:
                classification, batch = rows[next_batch]
                next_batch += 1
                arguments += ["--classification", classification, "--batch", batch]
            wall, cpu_ms, code, out, err = run_once(
                os.path.join(folder, "extracta-batch"), arguments, run_env)
            if code != 0 or token.encode() in out or token.encode() in err:
                sys.exit(f"{label} {name}: exit {code}: {err.decode(errors='replace')}")
            if counted:
                times[(name, label)].append(wall)
                cpu[(name, label)].append(cpu_ms)

        for case in CASES:  # one warm-up run each, not counted
            for label, folder in builds:
                one(case, label, folder, False)
        for repetition in range(args.runs):
            order = builds if repetition % 2 == 0 else list(reversed(builds))
            for case in CASES:
                for label, folder in order:
                    one(case, label, folder, True)
            if repetition % 10 == 9:
                loads.append(os.getloadavg()[0])
                print(f"{repetition + 1}/{args.runs} (load {loads[-1]:.1f})", file=sys.stderr)

        (label_a, _), (label_b, _) = builds
        print(f"{args.runs} runs per case and build, interleaved; 1-minute load average "
              f"{min(loads):.1f}–{max(loads):.1f} (median {statistics.median(loads):.1f})\n")
        print(f"| case | {label_a} median | {label_a} p90 | {label_b} median | {label_b} p90 "
              f"| {label_b} − {label_a} (median of paired differences) | CPU {label_a} / {label_b} (median) |")
        print("|---|---|---|---|---|---|---|")
        for case in CASES:
            name = case[0]
            a, b = times[(name, label_a)], times[(name, label_b)]
            paired = [y - x for x, y in zip(a, b)]
            print(f"| {name} | {statistics.median(a):.1f} ms | {percentile(a, 0.9):.1f} ms "
                  f"| {statistics.median(b):.1f} ms | {percentile(b, 0.9):.1f} ms "
                  f"| {statistics.median(paired):+.1f} ms "
                  f"| {statistics.median(cpu[(name, label_a)]):.1f} / {statistics.median(cpu[(name, label_b)]):.1f} ms |")
    finally:
        if sandbox:
            sandbox.kill()
            sandbox.wait()
        keyring.kill()
        keyring.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--a", required=True, help="LABEL=DIR of the first build")
    parser.add_argument("--b", required=True, help="LABEL=DIR of the second build")
    parser.add_argument("--sandbox", required=True, help="tests/tools/eba-sandbox of a build with tests")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args)
        return
    for tool in ("dbus-run-session", "dbus-send", "gnome-keyring-daemon", "secret-tool"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed")
    with tempfile.TemporaryDirectory(prefix="eba-keychain-bench.") as work:
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                      "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK", "EXTRACTA_API_TOKEN",
                                      "EXTRACTA_API_URL", "http_proxy", "https_proxy", "HTTP_PROXY",
                                      "HTTPS_PROXY")}
        for name in ("home", "config", "data", "cache", "runtime"):
            os.makedirs(os.path.join(work, name), mode=0o700)
        environment.update(HOME=f"{work}/home", XDG_CONFIG_HOME=f"{work}/config",
                           XDG_DATA_HOME=f"{work}/data", XDG_CACHE_HOME=f"{work}/cache",
                           XDG_RUNTIME_DIR=f"{work}/runtime", no_proxy="127.0.0.1",
                           NO_PROXY="127.0.0.1")
        def absolute(build):
            label, folder = build.split("=", 1)
            return f"{label}={os.path.abspath(folder)}"

        command = [sys.executable, os.path.abspath(__file__), "--inner", "--work", work,
                   "--a", absolute(args.a), "--b", absolute(args.b),
                   "--sandbox", os.path.abspath(args.sandbox), "--runs", str(args.runs)]
        sys.exit(subprocess.run(["dbus-run-session", "--"] + command, env=environment).returncode)


if __name__ == "__main__":
    main()
