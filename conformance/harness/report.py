"""The markdown report of one conformance run over one or more targets."""

from collections import Counter, defaultdict

from harness.results import STATUSES, family

FAILING = ("fail", "crash", "timeout", "incomplete", "notrun", "dmesg-fail")


def _status_columns(runs):
    seen = set()
    for outcomes in runs.values():
        seen.update(o.status for o in outcomes.values())
    return [s for s in STATUSES if s in seen] + sorted(seen - set(STATUSES))


def counts_table(runs):
    cols = _status_columns(runs)
    rows = ["| target | tests | " + " | ".join(cols) + " | pass rate |",
            "|---|---:|" + "---:|" * len(cols) + "---:|"]
    for target, outcomes in runs.items():
        c = Counter(o.status for o in outcomes.values())
        total = len(outcomes)
        rate = f"{100.0 * c['pass'] / total:.1f}%" if total else "-"
        rows.append(f"| {target} | {total} | " + " | ".join(str(c[s]) for s in cols)
                    + f" | {rate} |")
    return "\n".join(rows)


def family_table(runs):
    """Passes per family and target, e.g. 'spec@arb_texture_view  12/15  15/15'."""
    families = defaultdict(set)
    for outcomes in runs.values():
        for test in outcomes:
            families[family(test)].add(test)
    targets = list(runs)
    rows = ["| family | tests | " + " | ".join(f"{t} pass" for t in targets) + " |",
            "|---|---:|" + "---:|" * len(targets)]
    for fam in sorted(families):
        tests = families[fam]
        cells = []
        for t in targets:
            passed = sum(1 for x in tests if runs[t].get(x) and runs[t][x].status == "pass")
            cells.append(str(passed))
        rows.append(f"| {fam} | {len(tests)} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def difference(runs, better, worse):
    """Tests `better` passes that `worse` does not: [(test, worse status)]."""
    out = []
    for test, o in sorted(runs[better].items()):
        other = runs[worse].get(test)
        if o.status == "pass" and (other is None or other.status != "pass"):
            out.append((test, other.status if other else "absent"))
    return out


def _list_section(title, rows, header, limit=400):
    lines = [f"### {title} ({len(rows)})", ""]
    if not rows:
        return "\n".join(lines + ["none", ""])
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows[:limit]:
        lines.append("| " + " | ".join(str(c) for c in row) + " |")
    if len(rows) > limit:
        lines.append(f"| … {len(rows) - limit} more in summary.tsv |" + " |" * (len(header) - 1))
    return "\n".join(lines + [""])


def reference_deviations(runs, reference):
    """Rows where a target's status differs from the checked-in reference measurement.

    reference: {column: {test: status}}; the column for a target is the one whose name
    starts with it ('c_virglrenderer…' for c, 'native_llvmpipe' for native)."""
    rows = []
    for target, outcomes in runs.items():
        column = next((c for c in reference if c.split("_")[0] == target), None)
        if column is None:
            continue
        for test, o in sorted(outcomes.items()):
            ref = reference[column].get(test)
            if ref is not None and ref != o.status:
                rows.append((target, test, ref, o.status))
    return rows


def render(title, meta_lines, runs, sessions, reference=None):
    """runs: {target: {test: Outcome}}; sessions: {target: session record}."""
    parts = [f"# {title}", ""] + [f"- {m}" for m in meta_lines] + [""]
    parts += ["## Servers", ""]
    for target, rec in sessions.items():
        parts.append(f"- **{target}**: " + server_line(rec))
    parts += ["", "## Counts per status", "", counts_table(runs), ""]
    targets = list(runs)
    parts += ["## Per family (passes)", "", family_table(runs), ""]
    parts += ["## Differences", ""]
    for better, worse in (("c", "jvirgl"), ("jvirgl", "c"), ("native", "c"), ("c", "native")):
        if better in runs and worse in runs:
            parts.append(_list_section(f"{better} passes, {worse} does not",
                                       difference(runs, better, worse), ("test", worse)))
    parts += ["## Crashes and timeouts", ""]
    for t in targets:
        bad = [(test, o.status, o.returncode, f"{o.seconds:.1f}")
               for test, o in sorted(runs[t].items())
               if o.status in ("crash", "timeout", "incomplete")]
        parts.append(_list_section(t, bad, ("test", "status", "exit", "seconds")))
    if reference:
        devs = reference_deviations(runs, reference)
        parts += ["## Deviations from the reference measurement "
                  "(lists/piglit-public-reference.tsv)", ""]
        parts.append(_list_section("differences", devs,
                                   ("target", "test", "reference", "this run")))
    return "\n".join(parts) + "\n"


def server_line(rec):
    if rec is None:
        return "no server (native)"
    bits = []
    if not rec.get("server_started"):
        bits.append("**never started**")
    ready = rec.get("server_ready_s") or []
    if ready:
        bits.append(f"ready in {ready[0]:.2f}s")
    if rec.get("server_restarts"):
        bits.append(f"**restarted {rec['server_restarts']} times**")
    for e in rec.get("server_events", []):
        bits.append(f"{e['what']} (exit {e['exit_code']}, at {e['at_s']}s)")
    if rec.get("aborted"):
        bits.append(f"**run aborted: {rec['aborted']}**")
    return "; ".join(bits) if bits else "ran normally"
