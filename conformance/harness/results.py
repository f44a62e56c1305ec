"""Reading piglit's JSON results (complete or interrupted) into plain per-test outcomes."""

import json
import os
from dataclasses import dataclass

# Piglit's statuses, best first; the order is also the column order of every report.
STATUSES = ("pass", "warn", "fail", "skip", "crash", "timeout", "incomplete", "notrun",
            "dmesg-warn", "dmesg-fail")


@dataclass(frozen=True)
class Outcome:
    """One test's result as piglit recorded it."""
    status: str
    seconds: float
    returncode: object  # int, or None when piglit did not start a process (e.g. a skip)


def load_run(results_dir):
    """Returns {test name: Outcome} for a piglit results folder.

    A finished run has results.json; a run that was stopped (deadline, dead server) only has
    the per-test files under tests/, which piglit writes as each test ends. A test that was
    running when the run stopped is left 'incomplete' there, which is what we want to report.
    """
    final = os.path.join(results_dir, "results.json")
    if os.path.isfile(final):
        with open(final) as f:
            return {name: _outcome(raw) for name, raw in json.load(f)["tests"].items()}
    tests_dir = os.path.join(results_dir, "tests")
    outcomes = {}
    if not os.path.isdir(tests_dir):
        return outcomes
    for entry in os.listdir(tests_dir):
        if not entry.endswith(".json"):
            continue
        try:
            with open(os.path.join(tests_dir, entry)) as f:
                chunk = json.load(f)
        except (OSError, ValueError):
            continue  # piglit was killed mid-write; that test counts as not run
        for name, raw in chunk.items():
            outcomes[name] = _outcome(raw)
    return outcomes


def complete_with_notrun(outcomes, test_list):
    """Every listed test gets an outcome: the ones piglit never reached are 'notrun'."""
    full = {name: Outcome("notrun", 0.0, None) for name in test_list}
    full.update(outcomes)
    return full


def read_test_list(path):
    """Piglit test list: one name per line; blank lines and '#' comments ignored."""
    with open(path) as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def family(test):
    """Report grouping: 'spec@<extension or GL version>' for spec tests, else the top group."""
    parts = test.split("@")
    if parts[0] == "spec" and len(parts) > 2:
        return "spec@" + parts[1]
    return parts[0]


def _outcome(raw):
    status = raw.get("result", "incomplete")
    times = raw.get("time") or {}
    seconds = max(0.0, float(times.get("end", 0.0)) - float(times.get("start", 0.0)))
    return Outcome(status, seconds, raw.get("returncode"))


def write_status_tsv(path, runs):
    """runs: {target: {test: Outcome}} -> a TSV with one status column per target."""
    targets = list(runs)
    names = sorted(set().union(*(r.keys() for r in runs.values()))) if runs else []
    with open(path, "w") as f:
        f.write("# test\t" + "\t".join(targets) + "\n")
        for name in names:
            f.write(name + "\t" + "\t".join(
                runs[t][name].status if name in runs[t] else "notrun" for t in targets) + "\n")


def read_reference_tsv(path):
    """The reference TSV: '# test<TAB>col…' header, then one row per test -> {col: {test: status}}."""
    columns = {}
    with open(path) as f:
        header = f.readline().lstrip("#").strip().split("\t")[1:]
        for col in header:
            columns[col] = {}
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 2:
                continue
            for col, status in zip(header, cells[1:]):
                columns[col][cells[0]] = status
    return columns

