"""conformance/run: piglit through jvirgl, the C reference and native llvmpipe, side by side."""

import argparse
import json
import os
import sys
import threading

from sidebyside import add_target_options, point_latest, prebuild_jvirgl, targets_from, utc_stamp

from harness import report
from harness.expectation_check import DEFAULT_EXPECTED, check, update_expected
from harness.isolation import empty_record, namespaces_work, run_private
from harness.results import (complete_with_notrun, load_run, read_reference_tsv,
                             read_test_list, write_status_tsv)
from harness.targets import REPO_ROOT, missing_tools

HERE = os.path.join(REPO_ROOT, "conformance")
LISTS = {"public": os.path.join(HERE, "lists", "piglit-public.txt"),
         "smoke": os.path.join(HERE, "lists", "smoke.txt")}
REFERENCES = {"public": os.path.join(HERE, "lists", "piglit-public-reference.tsv")}
RESULTS_ROOT = os.path.join(HERE, "results")


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="conformance/run",
        description="Run a piglit test list through Mesa virpipe against jvirgl's vtest server, "
                    "the C reference virgl_test_server, and/or native llvmpipe; each server in "
                    "its own private /tmp. Writes conformance/results/<stamp>/report.md.")
    add_target_options(p)
    p.add_argument("--list", default="smoke",
                   help="public, smoke, or a path to a piglit test list (default: smoke)")
    p.add_argument("--profile", default="quick",
                   help="piglit profile the list selects from (default: quick)")
    p.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2,
                   help="tests run concurrently per target (1 = piglit -1); default: CPUs")
    p.add_argument("--timeout", type=int, default=120, help="per-test timeout, seconds")
    p.add_argument("--deadline", type=int, default=0,
                   help="stop each target's run after this many seconds (0 = none); "
                        "tests not reached are reported 'notrun'")
    p.add_argument("--parallel", action="store_true",
                   help="run the targets at the same time (each has its own /tmp)")
    p.add_argument("--startup-timeout", type=int, default=120,
                   help="seconds a server may take to open its socket")
    p.add_argument("--max-restarts", type=int, default=5,
                   help="how often a server that dies mid-run is restarted before giving up")
    p.add_argument("--out", default=None, help="results folder (default: results/<stamp>)")
    p.add_argument("--reference", default=None,
                   help="TSV of reference statuses to compare with (default: the public "
                        "list's piglit-public-reference.tsv when --list public)")
    p.add_argument("--check", nargs="?", const=DEFAULT_EXPECTED, default=None,
                   metavar="EXPECTED",
                   help="compare the jvirgl results with an expectation file (default "
                        "smoke-expected.txt); exit 1 on a regression or a vacuous run")
    p.add_argument("--combine", nargs="+", default=None, metavar="RESULTS_DIR",
                   help="write one report from finished runs of the same list (e.g. a c/native "
                        "run and a later jvirgl run); runs nothing")
    p.add_argument("--update-expected", nargs="?", const="latest-smoke", default=None,
                   metavar="RESULTS_DIR",
                   help="rewrite the expectation file (--check's, default smoke-expected.txt) "
                        "from a finished run's jvirgl results (default: the latest smoke run); "
                        "runs nothing")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.update_expected:
        return update_expected(args)
    if args.combine:
        return combine(args.combine)
    try:
        targets = targets_from(args)
    except ValueError as e:
        print(f"conformance/run: {e}", file=sys.stderr)
        return 2
    list_path = LISTS.get(args.list, args.list)
    if not os.path.isfile(list_path):
        print(f"conformance/run: no test list {list_path}", file=sys.stderr)
        return 2
    tools = missing_tools(targets)
    if tools:
        print(f"conformance/run: missing {', '.join(tools)}; run scripts/install-deps",
              file=sys.stderr)
        return 2
    tests = read_test_list(list_path)
    list_name = os.path.splitext(os.path.basename(list_path))[0]
    out = os.path.abspath(args.out or os.path.join(RESULTS_ROOT, utc_stamp() + "-" + list_name))
    os.makedirs(out, exist_ok=True)
    point_latest(RESULTS_ROOT, out, ("latest", f"latest-{list_name}"))
    print(f"== conformance: {len(tests)} tests from {list_path}, targets "
          f"{', '.join(t.name for t in targets)}, -j{args.jobs}, results in {out}", flush=True)

    private = namespaces_work()
    if not private:
        print("conformance/run: warning: no mount namespaces here (unshare refused); running "
              "on the shared /tmp, one target at a time", file=sys.stderr)
        args.parallel = False
    built, build_note = prebuild_jvirgl("conformance/run") if any(t.name == "jvirgl" for t in targets) \
        else (True, None)
    sessions, runs = {}, {}

    def one(target):
        if target.name == "jvirgl" and not built:
            sessions[target.name] = empty_record("jvirgl did not build")
            return
        sessions[target.name] = run_target(target, list_path, out, args, private)

    if args.parallel:
        threads = [threading.Thread(target=one, args=(t,)) for t in targets]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    else:
        for t in targets:
            one(t)
    for t in targets:
        runs[t.name] = complete_with_notrun(load_run(os.path.join(out, t.name, "piglit")), tests)

    write_status_tsv(os.path.join(out, "summary.tsv"), runs)
    reference_path = args.reference or REFERENCES.get(args.list)
    reference = read_reference_tsv(reference_path) if reference_path and \
        os.path.isfile(reference_path) else None
    meta = [f"list: `{os.path.relpath(list_path, REPO_ROOT)}` ({len(tests)} tests), "
            f"piglit profile `{args.profile}`, platform surfaceless_egl",
            f"jobs per target: {args.jobs}; per-test timeout {args.timeout}s"
            + (f"; deadline {args.deadline}s per target" if args.deadline else ""),
            "targets: " + "; ".join(f"`{t.name}` = {t.description}" +
                                   (f" (`{' '.join(t.server_argv)}`)" if t.has_server else "")
                                   for t in targets)]
    if build_note:
        meta.append(build_note)
    if not private:
        meta.append("**no private /tmp** (mount namespaces refused): ran on the shared /tmp")
    text = report.render("piglit conformance report", meta, runs,
                         {t.name: sessions.get(t.name) if t.has_server else None
                          for t in targets}, reference)
    status = 0
    if args.check:
        verdict_text, ok = check(args.check, runs, sessions, out)
        text += verdict_text
        status = 0 if ok else 1
    with open(os.path.join(out, "report.md"), "w") as f:
        f.write(text)
    with open(os.path.join(out, "run.json"), "w") as f:
        json.dump({"list": list_path, "targets": [t.name for t in targets],
                   "jobs": args.jobs, "timeout": args.timeout, "sessions": sessions},
                  f, indent=1)
    print(report.counts_table(runs))
    for t in targets:
        if t.has_server:
            print(f"{t.name} server: {report.server_line(sessions.get(t.name))}")
    if args.check:
        print(verdict_text)
    print(f"report: {os.path.join(out, 'report.md')}")
    if status == 0 and any(t.has_server and not (sessions.get(t.name) or {})
                           .get("server_started") for t in targets):
        status = 3
    return status


def combine(dirs):
    """One report over targets from several finished runs (a later run's target wins)."""
    runs, sessions, lists = {}, {}, []
    for d in dirs:
        try:
            with open(os.path.join(d, "run.json")) as f:
                run = json.load(f)
        except (OSError, ValueError) as e:
            print(f"conformance/run: {d} is not a finished run ({e})", file=sys.stderr)
            return 2
        lists.append(run["list"])
        tests = read_test_list(run["list"])
        for name in run["targets"]:
            runs[name] = complete_with_notrun(load_run(os.path.join(d, name, "piglit")), tests)
            sessions[name] = run["sessions"].get(name) if name != "native" else None
    if len(set(lists)) > 1:
        common = set.intersection(*(set(r) for r in runs.values()))
        print(f"conformance/run: the runs used different lists; reporting the {len(common)} "
              "tests they share", file=sys.stderr)
        runs = {t: {k: v for k, v in r.items() if k in common} for t, r in runs.items()}
    out = os.path.join(RESULTS_ROOT, utc_stamp() + "-combined")
    os.makedirs(out, exist_ok=True)
    name = os.path.basename(lists[0])
    reference_path = next((REFERENCES[k] for k, v in LISTS.items()
                           if os.path.basename(v) == name and k in REFERENCES), None)
    reference = read_reference_tsv(reference_path) if reference_path else None
    meta = [f"combined from: " + ", ".join(f"`{os.path.relpath(os.path.abspath(d), REPO_ROOT)}`"
                                           for d in dirs),
            f"list: `{os.path.relpath(lists[0], REPO_ROOT)}`"]
    write_status_tsv(os.path.join(out, "summary.tsv"), runs)
    with open(os.path.join(out, "report.md"), "w") as f:
        f.write(report.render("piglit conformance report (combined)", meta, runs, sessions,
                              reference))
    print(report.counts_table(runs))
    print(f"report: {os.path.join(out, 'report.md')}")
    return 0


def run_target(target, list_path, out, args, private):
    tdir = os.path.join(out, target.name)
    os.makedirs(tdir, exist_ok=True)
    jobs = ["-1"] if args.jobs <= 1 else ["-j", str(args.jobs)]
    piglit = ["piglit", "run", "-p", "surfaceless_egl", "--test-list", list_path] + jobs + \
             ["--timeout", str(args.timeout), "-l", "quiet", "--ignore-missing", "-o",
              "-n", target.name, args.profile, os.path.join(tdir, "piglit")]
    env = dict(target.client_env, PIGLIT_COMPRESSION="none")
    spec = {"server_argv": list(target.server_argv), "server_env": target.server_env,
            "server_log": os.path.join(tdir, "server.log"),
            "startup_timeout_s": args.startup_timeout,
            "max_restarts": args.max_restarts,
            "deadline_s": args.deadline or 86400,
            "clients": [{"argv": piglit, "env": env, "log": os.path.join(tdir, "piglit.log")}],
            "result": os.path.join(tdir, "session.json")}
    print(f"-- {target.name}: running (progress: {os.path.join(tdir, 'piglit.log')})",
          flush=True)
    record = run_private(spec, os.path.join(tdir, "session-spec.json"), private)
    print(f"-- {target.name}: done ({report.server_line(record) if target.has_server else 'native'})",
          flush=True)
    return record
