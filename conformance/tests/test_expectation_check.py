import os
import tempfile
import unittest

from harness.expectation_check import check
from harness.results import Outcome


class CheckTest(unittest.TestCase):
    def setUp(self):
        fd, self.path = tempfile.mkstemp(suffix=".txt")
        with os.fdopen(fd, "w") as f:
            f.write("a@pass\tpass\nb@fail\tfail\t# not implemented yet\n")

    def tearDown(self):
        os.unlink(self.path)

    def verdict(self, statuses, started=True):
        runs = {"jvirgl": {t: Outcome(s, 1.0, 0) for t, s in statuses.items()}}
        return check(self.path, runs, {"jvirgl": {"server_started": started}}, "/x/results/r1")

    def test_an_improvement_passes_and_prints_the_update_command(self):
        text, ok = self.verdict({"a@pass": "pass", "b@fail": "pass"})
        self.assertTrue(ok)
        self.assertIn("improvement: `b@fail` expected fail, got pass", text)
        self.assertIn("conformance/run --update-expected", text)
        self.assertIn("RESULT: PASS", text)

    def test_a_regression_fails(self):
        text, ok = self.verdict({"a@pass": "crash", "b@fail": "fail"})
        self.assertFalse(ok)
        self.assertIn("REGRESSION: `a@pass` expected pass, got crash", text)

    def test_a_server_that_never_started_fails_the_check(self):
        text, ok = self.verdict({"a@pass": "notrun", "b@fail": "notrun"}, started=False)
        self.assertFalse(ok)
        self.assertIn("vacuous run: the server never started", text)

    def test_an_unreadable_expectation_file_fails_the_check(self):
        with open(self.path, "w") as f:
            f.write("a@pass\tcrash\n")
        text, ok = self.verdict({"a@pass": "pass"})
        self.assertFalse(ok)
        self.assertIn("needs a reason", text)


if __name__ == "__main__":
    unittest.main()
