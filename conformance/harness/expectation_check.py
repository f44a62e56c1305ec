"""The smoke check against the expectation file, and rewriting that file from a run."""

import json
import os
import sys

from harness import expectations
from harness.results import complete_with_notrun, load_run, read_test_list
from harness.targets import REPO_ROOT

RESULTS_ROOT = os.path.join(REPO_ROOT, "conformance", "results")
DEFAULT_EXPECTED = os.path.join(REPO_ROOT, "conformance", "smoke-expected.txt")
DEFAULT_REASON = "not implemented yet in jvirgl (observed {status} when expectations were taken)"


def check(expected_path, runs, sessions, out):
    """Compares the jvirgl run (or the only target) with the expectation file."""
    target = "jvirgl" if "jvirgl" in runs else next(iter(runs))
    try:
        with open(expected_path) as f:
            expected = expectations.parse(f.read())
    except (OSError, expectations.ExpectationError) as e:
        return f"\n## Expectation check\n\n**FAILED**: cannot read {expected_path}: {e}\n", False
    record = sessions.get(target)
    started = target == "native" or bool(record and record.get("server_started"))
    verdict = expectations.compare(expected, {t: o.status for t, o in runs[target].items()},
                                   started)
    lines = ["", f"## Expectation check ({target} vs {os.path.relpath(expected_path, REPO_ROOT)})",
             "", f"{verdict.ran} tests ran; {len(verdict.regressions)} regressions, "
             f"{len(verdict.improvements)} improvements, {len(verdict.changed)} changed "
             f"non-pass statuses, {len(verdict.unlisted)} tests missing from the file.", ""]
    for p in verdict.problems:
        lines.append(f"- **vacuous run: {p}**")
    for title, rows in (("REGRESSION", verdict.regressions), ("improvement", verdict.improvements),
                        ("changed", verdict.changed)):
        for test, want, got in rows:
            lines.append(f"- {title}: `{test}` expected {want}, got {got}")
    for test in verdict.unlisted:
        lines.append(f"- not in the expectation file: `{test}`")
    if verdict.improvements or verdict.changed or verdict.unlisted:
        lines += ["", "To accept these results as the new expectations:",
                  f"`conformance/run --update-expected {os.path.relpath(out, REPO_ROOT)}`"
                  + ("" if os.path.realpath(expected_path) == os.path.realpath(DEFAULT_EXPECTED)
                     else f" --check {expected_path}")]
    lines.append("")
    lines.append("RESULT: " + ("PASS" if verdict.ok else "FAIL"))
    return "\n".join(lines) + "\n", verdict.ok


def update_expected(args):
    out = args.update_expected
    if out == "latest-smoke":
        out = os.path.join(RESULTS_ROOT, "latest-smoke")
    out = os.path.realpath(out)
    expected_path = args.check or DEFAULT_EXPECTED
    try:
        with open(os.path.join(out, "run.json")) as f:
            run = json.load(f)
    except (OSError, ValueError) as e:
        print(f"conformance/run: {out} is not a finished run ({e})", file=sys.stderr)
        return 2
    target = "jvirgl"
    if target not in run["targets"]:
        print(f"conformance/run: {out} has no jvirgl results; refusing", file=sys.stderr)
        return 2
    record = run["sessions"].get(target) or {}
    if not record.get("server_started"):
        print(f"conformance/run: the {target} server never started in {out}; refusing",
              file=sys.stderr)
        return 2
    outcomes = complete_with_notrun(load_run(os.path.join(out, target, "piglit")),
                                    read_test_list(run["list"]))
    notrun = [t for t, o in outcomes.items() if o.status == "notrun"]
    if record.get("aborted") or notrun:
        print(f"conformance/run: that run is incomplete ({record.get('aborted') or ''} "
              f"{len(notrun)} tests not run); refusing to take it as expectations",
              file=sys.stderr)
        return 2
    old = {}
    if os.path.isfile(expected_path):
        with open(expected_path) as f:
            old = expectations.parse(f.read())
    new = expectations.updated(old, {t: o.status for t, o in outcomes.items()},
                               lambda test, status: DEFAULT_REASON.format(status=status))
    header = [f"piglit smoke expectations for jvirgl: <test><TAB><status>[<TAB># reason]",
              "A test expected to pass that does not is a regression and fails the build.",
              "Regenerate from the latest smoke run: conformance/run --update-expected",
              f"Taken from {os.path.relpath(out, REPO_ROOT)} ({target}); "
              f"{sum(1 for e in new.values() if e.status == 'pass')}/{len(new)} expected to pass."]
    with open(expected_path, "w") as f:
        f.write(expectations.render(new, header))
    print(f"wrote {expected_path}: {len(new)} tests, "
          f"{sum(1 for e in new.values() if e.status == 'pass')} expected to pass")
    return 0
