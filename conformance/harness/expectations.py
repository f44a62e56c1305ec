"""The smoke expectation file, piglit-style: each test with its expected status.

Format, one test per line (tabs separate the fields; test names may contain spaces):
    <test name><TAB><expected status>[<TAB># <reason>]
Every expectation other than 'pass' must say why. '#' starts a comment line.

Only 'a test expected to pass that did not' is a regression. A test that passes beyond its
expectation is an improvement (the run stays green and says how to update the file).
"""

from dataclasses import dataclass, field

from harness.results import STATUSES


@dataclass(frozen=True)
class Expectation:
    status: str
    reason: str = ""


class ExpectationError(ValueError):
    pass


def parse(text):
    """-> {test: Expectation}; raises ExpectationError naming the line on bad input."""
    expected = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2:
            raise ExpectationError(f"line {number}: want '<test><TAB><status>', got {line!r}")
        test, status = cells[0].strip(), cells[1].strip()
        reason = "\t".join(cells[2:]).strip().lstrip("#").strip()
        if status not in STATUSES:
            raise ExpectationError(f"line {number}: unknown status {status!r}")
        if status != "pass" and not reason:
            raise ExpectationError(f"line {number}: expected {status} for {test!r} needs a reason")
        if test in expected:
            raise ExpectationError(f"line {number}: {test!r} is listed twice")
        expected[test] = Expectation(status, reason)
    return expected


def render(expected, header_lines):
    lines = ["# " + h if h else "#" for h in header_lines]
    for test in sorted(expected):
        e = expected[test]
        lines.append(f"{test}\t{e.status}" + (f"\t# {e.reason}" if e.status != "pass" else ""))
    return "\n".join(lines) + "\n"


@dataclass
class Verdict:
    regressions: list = field(default_factory=list)   # (test, expected, got)
    improvements: list = field(default_factory=list)  # (test, expected, got)
    changed: list = field(default_factory=list)       # non-pass to another non-pass
    unlisted: list = field(default_factory=list)      # in the run, not in the file
    not_ran: list = field(default_factory=list)       # in the file, no result
    ran: int = 0
    problems: list = field(default_factory=list)      # reasons the run proves nothing

    @property
    def ok(self):
        return not self.regressions and not self.problems and not self.unlisted


def compare(expected, outcomes, server_started):
    """outcomes: {test: status}. The verdict fails on regressions and on a vacuous run."""
    v = Verdict()
    v.ran = sum(1 for s in outcomes.values() if s not in ("notrun",))
    if not server_started:
        v.problems.append("the server never started")
    if v.ran == 0:
        v.problems.append("zero tests ran")
    if not expected:
        v.problems.append("the expectation file lists no tests")
    for test, e in sorted(expected.items()):
        got = outcomes.get(test)
        if got is None or got == "notrun":
            v.not_ran.append(test)
            if e.status == "pass":
                v.regressions.append((test, e.status, got or "notrun"))
            continue
        if got == e.status:
            continue
        if e.status == "pass":
            v.regressions.append((test, e.status, got))
        elif got == "pass":
            v.improvements.append((test, e.status, got))
        else:
            v.changed.append((test, e.status, got))
    v.unlisted = sorted(set(outcomes) - set(expected))
    return v


def updated(expected, outcomes, default_reason):
    """New expectations from observed outcomes, keeping the documented reason of each test
    that still fails the same way."""
    result = {}
    for test, got in outcomes.items():
        old = expected.get(test)
        if got == "pass":
            result[test] = Expectation("pass")
        elif old is not None and old.status == got:
            result[test] = old
        else:
            result[test] = Expectation(got, default_reason(test, got))
    return result
