"""bench/run: jvirgl and virgl_test_server measured alternately (A B A B …), native as ceiling."""

import argparse
import os
import platform
import shutil
import subprocess
import sys

from benchlib import render
from benchlib.metrics import rows
from benchlib.workloads import WORKLOADS, Context, by_names
from harness.isolation import namespaces_work, run_private
from harness.targets import REPO_ROOT, missing_tools, piglit_bin_dir
from sidebyside import add_target_options, point_latest, prebuild_jvirgl, targets_from, utc_stamp

HERE = os.path.join(REPO_ROOT, "bench")
RESULTS_ROOT = os.path.join(HERE, "results")


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="bench/run",
        description="Side-by-side bench: each round runs every workload against each target in "
                    "turn (jvirgl, c, native …), each server in a private /tmp; reports medians "
                    "and ratios to bench/results/<stamp>/summary.md and ratios.svg.")
    add_target_options(p)
    p.add_argument("--rounds", type=int, default=3, help="rounds of A B … (default 3)")
    p.add_argument("--only", default=",".join(w.name for w in WORKLOADS),
                   help="workloads: " + ", ".join(f"{w.name} ({w.description})"
                                                  for w in WORKLOADS))
    p.add_argument("--first-frame-runs", type=int, default=5,
                   help="new clients timed per round for time to first frame")
    p.add_argument("--out", default=None, help="results folder (default results/<stamp>)")
    p.add_argument("--publish", action="store_true",
                   help="also copy the summary to bench/RESULTS.md (and the chart to "
                        "bench/RESULTS.svg)")
    return p.parse_args(argv)


def build_xferbench(out_dir):
    """Compiles the transfer client; None (and the figures become a note) if it cannot."""
    source = os.path.join(HERE, "client", "xferbench.c")
    binary = os.path.join(out_dir, "xferbench")
    if shutil.which("gcc") is None:
        return None
    done = subprocess.run(["gcc", "-O2", "-Wall", "-o", binary, source, "-lEGL", "-lOpenGL"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        print("bench/run: xferbench did not build:\n" + done.stderr, file=sys.stderr)
        return None
    return binary


def read_shader_list(path):
    entries = []
    with open(path) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, command = line.rstrip("\n").split("\t", 1)
                entries.append((name, command))
    return entries


def machine_line():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"machine: {os.cpu_count()} CPUs ({cpu}), {platform.platform()}"


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    try:
        targets = targets_from(args)
        workloads = by_names(args.only)
    except ValueError as e:
        print(f"bench/run: {e}", file=sys.stderr)
        return 2
    tools = missing_tools(targets)
    piglit_bin = piglit_bin_dir()
    if tools or piglit_bin is None:
        print(f"bench/run: missing {', '.join(tools) or 'piglit binaries'}; "
              "run scripts/install-deps", file=sys.stderr)
        return 2
    stamp = utc_stamp()
    out = os.path.abspath(args.out or os.path.join(RESULTS_ROOT, stamp))
    os.makedirs(os.path.join(out, "raw"), exist_ok=True)
    ctx = Context(os.path.dirname(piglit_bin), build_xferbench(out),
                  read_shader_list(os.path.join(HERE, "lists", "shader-heavy.txt")),
                  args.first_frame_runs)
    notes = []
    if any(t.name == "jvirgl" for t in targets):
        built, build_note = prebuild_jvirgl("bench/run")
        if not built:
            notes.append(build_note.replace("**", ""))
            targets = [t for t in targets if t.name != "jvirgl"]
    private = namespaces_work()
    if not private:
        notes.append("no mount namespaces here: sessions ran on the shared /tmp")
    samples = {t.name: [] for t in targets}
    print(f"== bench: {args.rounds} rounds of {', '.join(t.name for t in targets)}; "
          f"workloads {', '.join(w.name for w in workloads)}; results in {out}", flush=True)
    for round_no in range(1, args.rounds + 1):
        for target in targets:
            metrics, round_notes = run_round(target, workloads, ctx, out, round_no, private)
            samples[target.name] += metrics
            notes += [f"round {round_no}, {target.name}: {n}" for n in round_notes]
            print(f"-- round {round_no} {target.name}: {len(metrics)} figures"
                  + (f"; {'; '.join(round_notes)}" if round_notes else ""), flush=True)
    table = rows(samples, [t.name for t in targets])
    names = [t.name for t in targets]
    meta = [f"taken {stamp} with `bench/run --rounds {args.rounds} --target {args.target}"
            f" --only {args.only}`", machine_line(),
            "targets: " + "; ".join(f"`{t.name}` = {t.description}" for t in targets)]
    summary = render.markdown("jvirgl bench", meta, table, names, notes)
    with open(os.path.join(out, "summary.md"), "w") as f:
        f.write(summary + "\n![ratios](ratios.svg)\n")
    with open(os.path.join(out, "ratios.svg"), "w") as f:
        f.write(render.svg(table, names))
    point_latest(RESULTS_ROOT, out, ("latest",))
    if args.publish:
        with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
            f.write(summary + "\n![ratios](RESULTS.svg)\n")
        shutil.copyfile(os.path.join(out, "ratios.svg"), os.path.join(HERE, "RESULTS.svg"))
    print(summary)
    print(f"summary: {os.path.join(out, 'summary.md')}")
    return 0


def run_round(target, workloads, ctx, out, round_no, private):
    """One server session running every workload's clients; -> (metrics, notes)."""
    plan = [(w, w.clients(ctx)) for w in workloads]
    spec = {"server_argv": list(target.server_argv), "server_env": target.server_env,
            "server_log": os.path.join(out, "raw", f"{target.name}-server.log"),
            "startup_timeout_s": 120, "max_restarts": 0,
            "clients": [dict(c, env=dict(target.client_env, **c.get("env", {})))
                        for _, clients in plan for c in clients],
            "result": os.path.join(out, "raw", f"round{round_no}-{target.name}.json")}
    record = run_private(spec, os.path.join(out, "raw", f"round{round_no}-{target.name}-spec.json"),
                         private)
    if target.has_server and not record.get("server_started"):
        return [], [f"server did not start ({record.get('aborted')}; see "
                    f"raw/{target.name}-server.log)"]
    metrics, notes, at = [], [], 0
    for workload, clients in plan:
        results = record["clients"][at:at + len(clients)]
        at += len(clients)
        if len(results) < len(clients):
            notes.append(f"{workload.name}: not run ({record.get('aborted')})")
            continue
        got, why = workload.metrics(ctx, results, record)
        metrics += got
        notes += why
    return metrics, notes
