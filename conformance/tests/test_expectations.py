import unittest

from harness import expectations
from harness.expectations import Expectation, ExpectationError


class ParsingTest(unittest.TestCase):
    def test_a_pass_line_needs_no_reason_and_names_may_contain_spaces(self):
        e = expectations.parse("# header\n\nspec@!opengl 1.1@draw pixels\tpass\n")
        self.assertEqual(e, {"spec@!opengl 1.1@draw pixels": Expectation("pass")})

    def test_an_expected_failure_keeps_its_reason(self):
        e = expectations.parse("a@b\tfail\t# not implemented yet: queries\n")
        self.assertEqual(e["a@b"], Expectation("fail", "not implemented yet: queries"))

    def test_an_expected_failure_without_a_reason_is_refused(self):
        with self.assertRaisesRegex(ExpectationError, "line 1: .*needs a reason"):
            expectations.parse("a@b\tcrash\n")

    def test_an_unknown_status_or_a_duplicate_is_refused(self):
        with self.assertRaisesRegex(ExpectationError, "unknown status"):
            expectations.parse("a@b\tpassed\n")
        with self.assertRaisesRegex(ExpectationError, "listed twice"):
            expectations.parse("a@b\tpass\na@b\tpass\n")

    def test_render_then_parse_gives_back_the_same_expectations(self):
        e = {"x@1": Expectation("pass"), "x@2": Expectation("timeout", "hangs on queries")}
        self.assertEqual(expectations.parse(expectations.render(e, ["head"])), e)


class ComparisonTest(unittest.TestCase):
    EXPECTED = {"p": Expectation("pass"), "f": Expectation("fail", "why"),
                "c": Expectation("crash", "why")}

    def test_only_an_expected_pass_that_fails_is_a_regression(self):
        v = expectations.compare(self.EXPECTED, {"p": "fail", "f": "pass", "c": "fail"}, True)
        self.assertEqual(v.regressions, [("p", "pass", "fail")])
        self.assertEqual(v.improvements, [("f", "fail", "pass")])
        self.assertEqual(v.changed, [("c", "crash", "fail")])
        self.assertFalse(v.ok)

    def test_improvements_alone_keep_the_run_green(self):
        v = expectations.compare(self.EXPECTED, {"p": "pass", "f": "pass", "c": "crash"}, True)
        self.assertTrue(v.ok)

    def test_an_expected_pass_that_never_ran_is_a_regression(self):
        v = expectations.compare(self.EXPECTED, {"f": "fail", "c": "crash", "p": "notrun"}, True)
        self.assertEqual(v.regressions, [("p", "pass", "notrun")])

    def test_a_run_whose_server_never_started_fails_even_with_no_expected_pass(self):
        failing = {"f": Expectation("fail", "why")}
        v = expectations.compare(failing, {"f": "fail"}, server_started=False)
        self.assertFalse(v.ok)
        self.assertIn("the server never started", v.problems)

    def test_a_run_in_which_no_test_ran_fails(self):
        failing = {"f": Expectation("fail", "why")}
        v = expectations.compare(failing, {"f": "notrun"}, True)
        self.assertIn("zero tests ran", v.problems)
        self.assertFalse(v.ok)

    def test_a_test_missing_from_the_file_fails_the_check(self):
        v = expectations.compare({"p": Expectation("pass")}, {"p": "pass", "new": "pass"}, True)
        self.assertEqual(v.unlisted, ["new"])
        self.assertFalse(v.ok)

    def test_updating_keeps_reasons_of_unchanged_failures_and_marks_new_ones(self):
        new = expectations.updated(self.EXPECTED, {"p": "crash", "f": "fail", "c": "pass"},
                                   lambda t, s: f"new {s}")
        self.assertEqual(new, {"p": Expectation("crash", "new crash"),
                               "f": Expectation("fail", "why"), "c": Expectation("pass")})


if __name__ == "__main__":
    unittest.main()
