#!/usr/bin/env python3
"""Measurement steps of bench/run-cli-and-app-benchmarks.sh; not meant to be run on its own.

Every step appends JSON lines to the results file; `summary` turns them into the markdown tables of
docs/benchmarks.md. Times are wall-clock, from just before a process is spawned to its exit (or to
the moment it reports its first shown frame), with time.perf_counter_ns / CLOCK_MONOTONIC.
Only 127.0.0.1 is ever contacted; every process started here is waited for (and killed on timeout).
"""
import argparse
import json
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")
DELETE_PATH = "/documentClassification/deleteBatch"


# ----------------------------------------------------------------------------------------------
# helpers


def record(args, **fields):
    with open(args.out, "a", encoding="utf-8") as out:
        out.write(json.dumps(fields) + "\n")


def read_token(path):
    with open(path, encoding="utf-8") as f:
        return f.read().strip()


def batch_rows(path, first, count):
    with open(path, encoding="utf-8") as f:
        rows = [line.strip().split(",") for line in f if line.strip()]
    if first + count > len(rows):
        sys.exit(f"cli_and_app_measure: the sandbox has {len(rows)} batches, {first + count} needed")
    return rows[first : first + count]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for classification, batch in rows:
            f.write(f"{classification},{batch}\n")


def cpu_seconds(pid):
    """utime + stime of a process, in seconds (10 ms resolution)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv, env, timeout=600, stdin=None):
    """Runs argv to completion; returns (seconds, exit code, child CPU seconds, stderr tail)."""
    cpu_before = children_cpu()
    start = time.perf_counter_ns()
    proc = subprocess.run(
        argv, env=env, stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    elapsed = (time.perf_counter_ns() - start) / 1e9
    return elapsed, proc.returncode, children_cpu() - cpu_before, proc.stderr.decode(errors="replace")[-500:]


def stats(values):
    values = sorted(values)
    return {
        "n": len(values),
        "median": statistics.median(values),
        "mean": statistics.fmean(values),
        "min": values[0],
        "max": values[-1],
        "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
    }


def client_env(args, token):
    env = dict(os.environ)
    env["EXTRACTA_API_TOKEN"] = token
    return env


def curl_delete_argv(url, header_file, classification, batch):
    body = json.dumps({"classificationId": classification, "batchId": batch})
    # The Authorization header comes from a file (-H @file) so that the token is never in argv.
    return ["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "DELETE",
            url + DELETE_PATH, "-H", "Content-Type: application/json", "-H", "@" + header_file,
            "--data-binary", body]


def write_header_file(workdir, token):
    path = os.path.join(workdir, "authorization.header")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(f"Authorization: Bearer {token}\n")
    return path


# ----------------------------------------------------------------------------------------------
# 1. one deletion, whole process: extracta-batch vs curl


def step_single(args):
    token = read_token(args.token_file)
    env = client_env(args, token)
    header_file = write_header_file(args.workdir, token)
    rows = batch_rows(args.batch_list, args.first, 2 * (args.runs + 1))
    series = {"cli": [], "curl": [], "cli-cpu": [], "curl-cpu": [], "true": [], "cli-version": [],
              "cli-credits": []}

    def cli(row):
        return [args.cli, "delete", "--api-url", args.url, "--classification", row[0], "--batch", row[1],
                "--yes"]

    # Warm-up (page cache, the audit database's first creation): one of each, not counted.
    for argv in (cli(rows[0]), curl_delete_argv(args.url, header_file, *rows[1])):
        _, code, _, err = timed(argv, env)
        if code != 0:
            sys.exit(f"cli_and_app_measure: warm-up failed ({argv[0]} exit {code}): {err}")
    for i in range(1, args.runs + 1):
        # Interleaved, so that a burst of load elsewhere hits both sides alike.
        seconds, code, cpu, err = timed(cli(rows[2 * i]), env)
        if code != 0:
            sys.exit(f"cli_and_app_measure: extracta-batch exit {code}: {err}")
        series["cli"].append(seconds)
        series["cli-cpu"].append(cpu)
        argv = curl_delete_argv(args.url, header_file, *rows[2 * i + 1])
        cpu_before = children_cpu()
        start = time.perf_counter_ns()
        proc = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        series["curl"].append((time.perf_counter_ns() - start) / 1e9)
        series["curl-cpu"].append(children_cpu() - cpu_before)
        if proc.returncode != 0 or proc.stdout.strip() != b"200":
            sys.exit(f"cli_and_app_measure: curl exit {proc.returncode}, HTTP {proc.stdout!r}")
        # Floors: what spawning any process costs here, the CLI loading its libraries only, and the
        # CLI sending one request without the audit trail (credits opens no database).
        series["true"].append(timed(["true"], env)[0])
        series["cli-version"].append(timed([args.cli, "--version"], env)[0])
        seconds, code, _, err = timed([args.cli, "credits", "--api-url", args.url], env)
        if code != 0:
            sys.exit(f"cli_and_app_measure: extracta-batch credits exit {code}: {err}")
        series["cli-credits"].append(seconds)
    for name, values in series.items():
        record(args, step="single", series=name, **stats(values))


# ----------------------------------------------------------------------------------------------
# 2. 1,000 deletions: extracta-batch --from-csv vs a sequential Python loop


def step_bulk(args):
    token = read_token(args.token_file)
    env = client_env(args, token)
    n = args.count
    first = args.first
    clients = ("cli", "floor", "loop") if args.http_floor else ("cli", "loop")
    for run in range(args.runs):
        for client in clients:
            rows = batch_rows(args.batch_list, first, n)
            first += n
            csv_path = os.path.join(args.workdir, f"bulk-{args.delay_ms}-{run}-{client}.csv")
            write_csv(csv_path, rows)
            if client == "cli":
                argv = [args.cli, "delete", "--api-url", args.url, "--from-csv", csv_path, "--concurrency",
                        str(args.concurrency), "--yes", "--quiet"]
            elif client == "floor":
                argv = [args.http_floor, args.url, csv_path, str(args.concurrency)]
            else:
                argv = [sys.executable, args.loop_script, args.url, csv_path]
            server_before = cpu_seconds(args.sandbox_pid)
            seconds, code, cpu, err = timed(argv, env)
            server_cpu = cpu_seconds(args.sandbox_pid) - server_before
            if code != 0:
                sys.exit(f"cli_and_app_measure: {client} exit {code}: {err}")
            record(args, step="bulk", delay_ms=args.delay_ms, client=client, run=run, n=n,
                   concurrency=1 if client == "loop" else args.concurrency, seconds=seconds,
                   client_cpu=cpu, server_cpu=server_cpu)


# ----------------------------------------------------------------------------------------------
# the sandbox alone: how fast can it answer, and how busy was it


def step_capacity(args):
    token = read_token(args.token_file)
    env = client_env(args, token)
    curl_count = 3 * args.count
    sequential_count = min(200, args.count)
    rows = batch_rows(args.batch_list, args.first, curl_count + args.count + sequential_count)
    # a) curl, 8 transfers in parallel over kept-alive connections, from one config file.
    def curl_many(name, selected, parallel):
        config = os.path.join(args.workdir, f"capacity-{args.delay_ms}-{name}.curlrc")
        fd = os.open(config, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(("parallel\nparallel-max = 8\n" if parallel else "") + "silent\nshow-error\n")
            for index, (classification, batch) in enumerate(selected):
                if index:
                    f.write("next\n")
                body = json.dumps({"classificationId": classification, "batchId": batch})
                f.write(f'url = "{args.url}{DELETE_PATH}"\nrequest = "DELETE"\n'
                        f'header = "Content-Type: application/json"\nheader = "Authorization: Bearer {token}"\n'
                        f"data-binary = {json.dumps(body)}\noutput = /dev/null\n"
                        'write-out = "%{http_code}\\n"\n')
        server_before = cpu_seconds(args.sandbox_pid)
        cpu_before = children_cpu()
        start = time.perf_counter_ns()
        proc = subprocess.run(["curl", "--config", config], env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=600)
        seconds = (time.perf_counter_ns() - start) / 1e9
        ok = sum(1 for c in proc.stdout.split() if c == b"200")
        if proc.returncode != 0 or ok != len(selected):
            sys.exit(f"cli_and_app_measure: curl {name}: exit {proc.returncode}, {ok}/{len(selected)} HTTP 200")
        record(args, step="capacity", delay_ms=args.delay_ms, client=name, n=len(selected), seconds=seconds,
               client_cpu=children_cpu() - cpu_before, server_cpu=cpu_seconds(args.sandbox_pid) - server_before)

    # a) curl, 8 transfers in parallel over kept-alive connections, from one config file: capacity.
    curl_many("curl --parallel-max 8", rows[:curl_count], True)
    # b) curl, one request after the other on one kept-alive connection: the latency a fast client sees.
    curl_many("curl, sequential, one connection", rows[curl_count + args.count :], False)
    # c) the CLI itself at its maximum concurrency.
    csv_path = os.path.join(args.workdir, f"capacity-{args.delay_ms}.csv")
    write_csv(csv_path, rows[curl_count : curl_count + args.count])
    server_before = cpu_seconds(args.sandbox_pid)
    seconds, code, cpu, err = timed([args.cli, "delete", "--api-url", args.url, "--from-csv", csv_path,
                                     "--concurrency", "8", "--yes", "--quiet"], env)
    if code != 0:
        sys.exit(f"cli_and_app_measure: extracta-batch --concurrency 8 exit {code}: {err}")
    record(args, step="capacity", delay_ms=args.delay_ms, client="extracta-batch --concurrency 8", n=args.count,
           seconds=seconds, client_cpu=cpu, server_cpu=cpu_seconds(args.sandbox_pid) - server_before)


# ----------------------------------------------------------------------------------------------
# 3. the app: start-up to the first shown frame, and idle memory


STARTUP_LINE = re.compile(
    rb"eba-startup: (shown|complete) (-?[0-9.]+) ms after process start; monotonic ([0-9]+) ns")


def start_reporting(argv, env):
    """Starts argv and waits for its two startup lines (src/app/startupreport.cpp); returns
    (process, {"shown": ms from spawn, "complete": ms from spawn}, {same per /proc})."""
    start = time.monotonic_ns()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    seen = b""
    spawn, procfs = {}, {}
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen += line
        match = STARTUP_LINE.search(line)
        if match:
            what = match.group(1).decode()
            spawn[what] = (int(match.group(3)) - start) / 1e6
            procfs[what] = float(match.group(2))
            if what == "complete":
                return proc, spawn, procfs
    stop(proc)
    sys.exit(f"cli_and_app_measure: {argv[0]} did not report a shown and complete window: {seen[-500:]!r}")


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stderr:
        proc.stderr.close()


def rss_kib(pid):
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def step_startup(args):
    env = dict(os.environ)
    env["EBA_REPORT_STARTUP_MS"] = "1"
    programs = {"app": [args.app], "bare": [args.bare]}
    # Warm-up: the app creates its database on its first start; a user's later starts find it.
    for argv in programs.values():
        exiting = dict(env, EBA_EXIT_AFTER_SHOWN="1")
        proc, _, _ = start_reporting(argv, exiting)
        proc.wait(timeout=30)
        stop(proc)
    frames = ("shown", "complete")
    spawn = {(name, frame): [] for name in programs for frame in frames}
    procfs = {(name, frame): [] for name in programs for frame in frames}
    exiting = dict(env, EBA_EXIT_AFTER_SHOWN="1")
    for _ in range(args.runs):
        for name, argv in programs.items():
            proc, ms, proc_ms = start_reporting(argv, exiting)
            for frame in frames:
                spawn[(name, frame)].append(ms[frame])
                procfs[(name, frame)].append(proc_ms[frame])
            try:
                proc.wait(timeout=30)
            finally:
                stop(proc)
    for name in programs:
        for frame in frames:
            record(args, step="startup", platform=args.label, program=name, frame=frame, clock="spawn",
                   **stats(spawn[(name, frame)]))
            record(args, step="startup", platform=args.label, program=name, frame=frame, clock="procfs",
                   **stats(procfs[(name, frame)]))
    if args.rss_samples:
        rss = {name: [] for name in programs}
        for _ in range(args.rss_samples):
            for name, argv in programs.items():
                proc, _, _ = start_reporting(argv, env)
                try:
                    time.sleep(args.idle_seconds)
                    rss[name].append(rss_kib(proc.pid) / 1024)
                finally:
                    stop(proc)
        for name in programs:
            record(args, step="rss", platform=args.label, program=name, **stats(rss[name]))


# ----------------------------------------------------------------------------------------------
# 3b. the largest event-loop stall during a bulk run (bench_bulk_stall)


def step_stall(args):
    start = time.perf_counter_ns()
    proc = subprocess.run([args.stall, "--batches", str(args.count), "--delay-ms", str(args.delay_ms)],
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=900)
    seconds = (time.perf_counter_ns() - start) / 1e9
    text = proc.stdout.decode()
    if proc.returncode != 0:
        sys.exit(f"cli_and_app_measure: bench_bulk_stall exit {proc.returncode}: {text}{proc.stderr.decode()[-500:]}")

    def gaps(label):
        match = re.search(re.escape(label) + r"\s+max ([0-9.]+) ms, p99 ([0-9.]+) ms, median ([0-9.]+) ms, "
                          r"([0-9]+) gaps > 16 ms", text)
        return {"max": float(match.group(1)), "p99": float(match.group(2)), "median": float(match.group(3)),
                "over16": int(match.group(4))}

    run_ms = int(re.search(r"run: click Delete to all finished\s+([0-9]+) ms", text).group(1))
    confirm_ms = int(re.search(r"confirmation: build it, N listed\s+([0-9]+) ms", text).group(1))
    record(args, step="stall", delay_ms=args.delay_ms, n=args.count, run_ms=run_ms, confirm_ms=confirm_ms,
           run=gaps("run: event-loop gaps"), confirm=gaps("confirmation: event-loop gaps"),
           idle=gaps("idle before (reference): event-loop gaps"), process_seconds=seconds, output=text)


# ----------------------------------------------------------------------------------------------
# summary


def step_summary(args):
    with open(args.out, encoding="utf-8") as f:
        results = [json.loads(line) for line in f if line.strip()]
    out = []
    p = out.append

    single = {r["series"]: r for r in results if r["step"] == "single"}
    if single:
        cli, curl = single["cli"], single["curl"]
        p(f"### 1. One deletion, whole process ({cli['n']} runs each, interleaved)\n")
        p("| what | median | mean | min | max | CPU (median) |")
        p("|---|---|---|---|---|---|")
        for key, label in (("cli", "`extracta-batch delete … --yes`"), ("curl", "`curl -X DELETE …`"),
                           ("cli-credits", "`extracta-batch credits` (one request, no audit database)"),
                           ("cli-version", "`extracta-batch --version` (loads its libraries, no work)"),
                           ("true", "`true` (spawning any process)")):
            r = single[key]
            cpu = single.get(key + "-cpu")
            cpu_text = f"{cpu['median'] * 1000:.1f} ms" if cpu else ""
            p(f"| {label} | {r['median'] * 1000:.1f} ms | {r['mean'] * 1000:.1f} ms | {r['min'] * 1000:.1f} ms "
              f"| {r['max'] * 1000:.1f} ms | {cpu_text} |")
        p(f"\nRatio extracta-batch / curl: **{cli['median'] / curl['median']:.2f}×** by median, "
          f"{cli['mean'] / curl['mean']:.2f}× by mean (target ≤ 2×).\n")

    bulk = [r for r in results if r["step"] == "bulk"]
    if bulk:
        p("### 2. 1,000 deletions from a list\n")
        p("| added latency | client | runs | median time | requests/s | client CPU | sandbox CPU | "
          "ideal N×latency/concurrency |")
        p("|---|---|---|---|---|---|---|---|")
        summary = {}
        for delay in sorted({r["delay_ms"] for r in bulk}):
            for client in ("cli", "floor", "loop"):
                rows = [r for r in bulk if r["delay_ms"] == delay and r["client"] == client]
                if not rows:
                    continue
                n, conc = rows[0]["n"], rows[0]["concurrency"]
                t = statistics.median(r["seconds"] for r in rows)
                ccpu = statistics.median(r["client_cpu"] for r in rows)
                scpu = statistics.median(r["server_cpu"] for r in rows)
                ideal = n * delay / 1000 / conc
                summary[(delay, client)] = (t, ideal, conc)
                label = {"cli": f"`extracta-batch delete --from-csv --concurrency {conc}`",
                         "floor": f"bare QNetworkAccessManager, {conc} in flight (`bench_http_floor`)",
                         "loop": "Python loop (urllib, sequential)"}[client]
                times = ", ".join(f"{r['seconds']:.2f}" for r in rows)
                p(f"| {delay} ms | {label} | {len(rows)} ({times} s) | {t:.2f} s | {n / t:.0f} | {ccpu:.2f} s | "
                  f"{scpu:.2f} s ({100 * scpu / t:.0f} % of a core) | {f'{ideal:.1f} s' if ideal else '—'} |")
        p("")
        for delay in sorted({r["delay_ms"] for r in bulk}):
            if (delay, "cli") in summary and (delay, "loop") in summary:
                t, ideal, conc = summary[(delay, "cli")]
                loop = summary[(delay, "loop")][0]
                if loop >= t:
                    line = f"- {delay} ms: extracta-batch is **{loop / t:.2f}×** faster than the loop"
                else:
                    line = f"- {delay} ms: the loop is faster: extracta-batch takes **{t / loop:.2f}×** as long"
                if ideal > 0:
                    line += (f"; {t:.2f} s against the ideal {ideal:.1f} s = "
                             f"**{100 * (t / ideal - 1):+.1f} %** (target within 10 %)")
                p(line + ".")
            if (delay, "cli") in summary and (delay, "floor") in summary and delay > 0:
                t, ideal, conc = summary[(delay, "cli")]
                floor = summary[(delay, "floor")][0]
                rounds = bulk[0]["n"] / conc
                p(f"- {delay} ms: the HTTP stack alone (a bare QNetworkAccessManager, same requests, {conc} in "
                  f"flight) takes {floor:.2f} s = **{100 * (floor / ideal - 1):+.1f} %** against the ideal; "
                  f"extracta-batch adds {t - floor:.2f} s to it, {1000 * (t - floor) / rounds:.2f} ms per round of "
                  f"{conc} (its queue, the flushed audit record before each request, the answer checks).")
        loops = {d: summary[(d, "loop")][0] / bulk[0]["n"] for d in (0, 20) if (d, "loop") in summary}
        if len(loops) == 2:
            p(f"- Latency the sandbox really added as the Python loop saw it (per request, 20 ms minus 0 ms): "
              f"{(loops[20] - loops[0]) * 1000:.2f} ms.")
        sequential = [r for r in results if r["step"] == "capacity" and r["delay_ms"] == 20
                      and r["client"].startswith("curl, sequential")]
        if sequential and (20, "cli") in summary:
            real = sequential[0]["seconds"] / sequential[0]["n"]
            t, _, conc = summary[(20, "cli")]
            ideal_real = bulk[0]["n"] * real / conc
            p(f"- A whole request at 20 ms as a fast client sees it (curl, one connection, one after the "
              f"other): {real * 1000:.2f} ms; against N × that / concurrency = {ideal_real:.2f} s, "
              f"extracta-batch is at **{100 * (t / ideal_real - 1):+.1f} %**.")
        p("")

    capacity = [r for r in results if r["step"] == "capacity"]
    if capacity:
        p("### The sandbox alone (is it the bottleneck?)\n")
        p("| added latency | client | requests | time | requests/s | per request | sandbox CPU |")
        p("|---|---|---|---|---|---|---|")
        for r in capacity:
            p(f"| {r['delay_ms']} ms | {r['client']} | {r['n']} | {r['seconds']:.2f} s | {r['n'] / r['seconds']:.0f} | "
              f"{1000 * r['seconds'] / r['n']:.2f} ms | "
              f"{r['server_cpu']:.2f} s ({100 * r['server_cpu'] / r['seconds']:.0f} % of a core) |")
        p("")

    startup = [r for r in results if r["step"] == "startup"]
    if startup:
        p("### 3. The app: start-up to the first shown frame, and to the complete window\n")
        p("| platform | program | frame | median (from spawn) | mean | min | max | /proc estimate (10 ms steps) |")
        p("|---|---|---|---|---|---|---|---|")
        for platform in sorted({r["platform"] for r in startup}):
            medians = {}
            for frame in ("shown", "complete"):
                for program in ("app", "bare"):
                    def pick(clock):
                        return next(r for r in startup if r["platform"] == platform and r["program"] == program
                                    and r.get("frame", "shown") == frame and r["clock"] == clock)
                    spawn, procfs = pick("spawn"), pick("procfs")
                    medians[(program, frame)] = spawn["median"]
                    name = "extracta-batch-admin" if program == "app" else "bench_bare_window"
                    what = "first frame" if frame == "shown" else "complete window"
                    p(f"| {platform} | {name} ({spawn['n']} runs) | {what} | {spawn['median']:.1f} ms | "
                      f"{spawn['mean']:.1f} ms | {spawn['min']:.1f} ms | {spawn['max']:.1f} ms | "
                      f"{procfs['median']:.0f} ms |")
            p(f"| {platform} | **ratio app / bare, first frame** | | "
              f"**{medians[('app', 'shown')] / medians[('bare', 'shown')]:.2f}×** | | | | target ≤ 1.3× |")
            p(f"| {platform} | **ratio app / bare, complete window** | | "
              f"**{medians[('app', 'complete')] / medians[('bare', 'complete')]:.2f}×** | | | | (reported) |")
        p("")
    rss = [r for r in results if r["step"] == "rss"]
    if rss:
        p("| platform | program | idle RSS after the window is shown + idle time (median) | min | max |")
        p("|---|---|---|---|---|")
        for r in rss:
            name = "extracta-batch-admin" if r["program"] == "app" else "bench_bare_window"
            p(f"| {r['platform']} | {name} ({r['n']} samples) | {r['median']:.1f} MiB | {r['min']:.1f} MiB | "
              f"{r['max']:.1f} MiB |")
        p("")
    stall = [r for r in results if r["step"] == "stall"]
    if stall:
        p("### 3. Event-loop stalls during a bulk run in the app (bench_bulk_stall)\n")
        p("| added latency | batches | run time | largest gap | p99 gap | gaps > 16 ms | "
          "opening the confirmation | its largest gap |")
        p("|---|---|---|---|---|---|---|---|")
        for r in stall:
            p(f"| {r['delay_ms']} ms | {r['n']} | {r['run_ms'] / 1000:.2f} s | **{r['run']['max']:.1f} ms** | "
              f"{r['run']['p99']:.1f} ms | {r['run']['over16']} | {r['confirm_ms']} ms | {r['confirm']['max']:.1f} ms |")
        p("\nTarget: largest gap < 50 ms.\n")
    print("\n".join(out))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["single", "bulk", "capacity", "startup", "stall", "summary"])
    parser.add_argument("--out", required=True)
    parser.add_argument("--workdir")
    parser.add_argument("--cli")
    parser.add_argument("--app")
    parser.add_argument("--bare")
    parser.add_argument("--stall")
    parser.add_argument("--loop-script")
    parser.add_argument("--http-floor")
    parser.add_argument("--url")
    parser.add_argument("--token-file")
    parser.add_argument("--batch-list")
    parser.add_argument("--sandbox-pid", type=int)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--delay-ms", type=int, default=0)
    parser.add_argument("--label", default="offscreen")
    parser.add_argument("--rss-samples", type=int, default=3)
    parser.add_argument("--idle-seconds", type=float, default=2.0)
    args = parser.parse_args()
    {"single": step_single, "bulk": step_bulk, "capacity": step_capacity, "startup": step_startup,
     "stall": step_stall, "summary": step_summary}[args.step](args)


if __name__ == "__main__":
    main()
