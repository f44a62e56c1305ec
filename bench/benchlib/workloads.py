"""What the bench runs inside each server session, and how each client's output becomes Metrics.

A workload yields client specs (for harness.session) and later turns those clients' results
into Metrics. A client that fails contributes no figure, only a note: a server that answers
quickly because it skipped the work must not look fast.
"""

import os
import re
import statistics
from dataclasses import dataclass
from typing import Callable

from benchlib.metrics import Metric

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PIGLIT_ENV = {"PIGLIT_PLATFORM": "surfaceless_egl"}
FIRST_FRAME_TEST = ("bin/shader_runner tests/spec/glsl-1.10/execution/algebraic/"
                    "glsl-algebraic-add-add-2.shader_test -auto -fbo")
MIB_KB = 1024.0


@dataclass(frozen=True)
class Context:
    piglit_root: str      # e.g. /usr/lib/x86_64-linux-gnu/piglit
    xferbench: str        # path of the built transfer client, or None when it did not build
    shader_list: list     # [(test name, command relative to piglit_root)]
    first_frame_runs: int


@dataclass(frozen=True)
class Workload:
    name: str
    description: str
    clients: Callable     # (Context) -> [client spec]
    metrics: Callable     # (Context, [client result], session record) -> ([Metric], [note])


def _piglit_argv(ctx, command):
    """'bin/x tests/y.shader_test -auto' -> absolute paths for every word naming a piglit file."""
    return [os.path.join(ctx.piglit_root, word)
            if not word.startswith("-") and os.path.exists(os.path.join(ctx.piglit_root, word))
            else word for word in command.split()]


def _failure(result):
    if result["stopped"]:
        return result["stopped"]
    if result["returncode"] != 0:
        return f"exit {result['returncode']}"
    return None


def _tail(result):
    lines = (result.get("output") or "").strip().splitlines()
    return (" — " + lines[-1][:160]) if lines else ""


# -- per-draw overhead: piglit's drawoverhead, every row it prints ---------------------------

def drawoverhead_clients(ctx):
    return [{"argv": [os.path.join(ctx.piglit_root, "bin", "drawoverhead"), "-fbo"],
             "env": PIGLIT_ENV, "timeout_s": 900}]


def parse_drawoverhead(text):
    """Rows '  N, <test name>, <thousands of draws/s>, <difference>' -> [(row name, value)]."""
    rows = []
    for line in ANSI.sub("", text).splitlines():
        cells = [c.strip() for c in line.split(",")]
        if len(cells) >= 3 and cells[0].isdigit():
            try:
                value = float(cells[2])
            except ValueError:
                continue
            rows.append((f"{int(cells[0]):02d} " + " ".join(cells[1].split()), value))
    return rows


def drawoverhead_metrics(ctx, results, record):
    result = results[0]
    rows = parse_drawoverhead(result.get("output") or "")
    notes = []
    if _failure(result):
        notes.append(f"drawoverhead: {_failure(result)} after {len(rows)} rows{_tail(result)}")
    return [Metric("per-draw overhead (piglit drawoverhead)", name, value, "k draws/s", True)
            for name, value in rows], notes


# -- transfers: the small xferbench client ------------------------------------------------------

def xfer_clients(ctx):
    return [{"argv": [ctx.xferbench], "timeout_s": 180}] if ctx.xferbench else []


def parse_xfer(text):
    """Lines 'xfer <case> <value> <unit>' -> [(case, value, unit)]; 'renderer' is not a figure."""
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "xfer" and parts[1] != "renderer":
            try:
                rows.append((parts[1], float(parts[2]), parts[3]))
            except ValueError:
                continue
    return rows


def xfer_metrics(ctx, results, record):
    if not results:
        return [], ["transfers: xferbench did not build (needs gcc, libegl-dev, libopengl-dev)"]
    result = results[0]
    if _failure(result):
        return [], [f"transfers: xferbench {_failure(result)}{_tail(result)}"]
    return [Metric("transfer throughput (xferbench)", case, value, unit, True)
            for case, value, unit in parse_xfer(result.get("output") or "")], []


# -- a new client's first frame, and the server footprint while it runs ------------------------

def first_frame_clients(ctx):
    return [{"argv": _piglit_argv(ctx, FIRST_FRAME_TEST), "env": PIGLIT_ENV, "timeout_s": 120}
            for _ in range(ctx.first_frame_runs)]


def first_frame_metrics(ctx, results, record):
    failed = [r for r in results if _failure(r)]
    if failed:
        return [], [f"first frame: {len(failed)}/{len(results)} runs failed "
                    f"({_failure(failed[0])}){_tail(failed[0])}"]
    seconds = statistics.median(r["seconds"] for r in results)
    metrics = [Metric("client startup and shaders", "time to first frame (shader_runner, "
                      "connect to probe)", seconds * 1000.0, "ms", False)]
    if record.get("server_ready_s"):
        idle = record["server_idle_rss_kb"][0] / MIB_KB
        peak = max(r["server_peak_rss_kb"] for r in results) / MIB_KB
        metrics += [
            Metric("server footprint", "startup to listening", record["server_ready_s"][0] *
                   1000.0, "ms", False),
            Metric("server footprint", "RSS idle", idle, "MiB", False),
            Metric("server footprint", "RSS with one client", peak, "MiB", False),
            Metric("server footprint", "RSS growth per client", max(peak - idle, 0.01), "MiB",
                   False)]
    return metrics, []


# -- shader-heavy: a fixed list of shader_runner tests, one after another ----------------------

def shader_list_clients(ctx):
    return [{"argv": _piglit_argv(ctx, command), "env": PIGLIT_ENV, "timeout_s": 120}
            for _, command in ctx.shader_list]


def shader_list_metrics(ctx, results, record):
    failed = [(name, r) for (name, _), r in zip(ctx.shader_list, results) if _failure(r)]
    if failed:
        name, r = failed[0]
        return [], [f"shader list: {len(failed)}/{len(results)} tests failed, so its wall time "
                    f"is not comparable (first: {name}, {_failure(r)})"]
    return [Metric("client startup and shaders",
                   f"wall time of {len(results)} shader_runner tests, serial",
                   sum(r["seconds"] for r in results), "s", False)], []


WORKLOADS = (
    Workload("drawoverhead", "piglit drawoverhead -fbo: thousands of draws/s, every row",
             drawoverhead_clients, drawoverhead_metrics),
    Workload("xfer", "bench/client/xferbench.c: texture upload, glReadPixels, buffer upload",
             xfer_clients, xfer_metrics),
    Workload("first-frame", "a new shader_runner client from connect to its probe; server "
             "startup and RSS", first_frame_clients, first_frame_metrics),
    Workload("shaders", "wall time of bench/lists/shader-heavy.txt, serial",
             shader_list_clients, shader_list_metrics),
)


def by_names(names):
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    known = {w.name: w for w in WORKLOADS}
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise ValueError(f"unknown workload(s) {', '.join(unknown)}; "
                         f"known: {', '.join(known)}")
    return [known[n] for n in wanted]
