"""How lists/smoke.txt was chosen (kept so it can be re-chosen the same way).

    PYTHONPATH=conformance python3 -m harness.smoke_select RESULTS_DIR... > conformance/lists/smoke.txt

From the public list: tests that both the C reference and native llvmpipe pass in the checked-in
reference TSV, that took under --max-seconds in every given run (piglit result folders of c or
native; a test never timed there is left out), spread over every family: about 2·√n tests of a
family of n, all of a small one. The pick inside a family is by a hash of the name, so it is
stable and not alphabetical.
"""

import argparse
import hashlib
import math
import os
from collections import defaultdict

from harness.results import family, load_run, read_reference_tsv

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def choose(reference, timings, max_seconds):
    columns = list(reference.values())
    passing = [t for t in columns[0] if all(col.get(t) == "pass" for col in columns)]
    families = defaultdict(list)
    for test in passing:
        seconds = timings.get(test)
        if seconds is not None and seconds <= max_seconds:
            families[family(test)].append(test)
    chosen = []
    for tests in families.values():
        quota = min(len(tests), max(2, round(2 * math.sqrt(len(tests)))))
        tests.sort(key=lambda t: hashlib.sha1(t.encode()).hexdigest())
        chosen += tests[:quota]
    return sorted(chosen)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("runs", nargs="+", help="piglit results folders with timings")
    p.add_argument("--max-seconds", type=float, default=2.0)
    args = p.parse_args()
    reference = read_reference_tsv(os.path.join(HERE, "lists", "piglit-public-reference.tsv"))
    timings = {}
    for run in args.runs:
        for test, outcome in load_run(run).items():
            timings[test] = max(timings.get(test, 0.0), outcome.seconds) \
                if outcome.status == "pass" else math.inf
    print("# piglit smoke list: chosen by conformance/harness/smoke_select.py "
          f"(max {args.max_seconds}s per test on the timing runs)")
    for test in choose(reference, timings, args.max_seconds):
        print(test)


if __name__ == "__main__":
    main()
