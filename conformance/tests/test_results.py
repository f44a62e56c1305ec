import json
import os
import tempfile
import unittest

from harness import results
from harness.results import Outcome


def _raw(status, start=10.0, end=12.5, rc=0):
    return {"result": status, "time": {"start": start, "end": end}, "returncode": rc}


class LoadingTest(unittest.TestCase):
    def test_a_finished_run_is_read_from_results_json(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "results.json"), "w") as f:
                json.dump({"tests": {"a@b": _raw("pass")}}, f)
            self.assertEqual(results.load_run(d), {"a@b": Outcome("pass", 2.5, 0)})

    def test_an_interrupted_run_is_read_from_its_per_test_files_skipping_torn_ones(self):
        with tempfile.TemporaryDirectory() as d:
            os.mkdir(os.path.join(d, "tests"))
            with open(os.path.join(d, "tests", "0.json"), "w") as f:
                json.dump({"a@b": _raw("crash", rc=-6)}, f)
            with open(os.path.join(d, "tests", "1.json"), "w") as f:
                json.dump({"a@c": {"result": "incomplete"}}, f)
            with open(os.path.join(d, "tests", "2.json"), "w") as f:
                f.write('{"a@d": {"res')
            run = results.load_run(d)
        self.assertEqual(run, {"a@b": Outcome("crash", 2.5, -6),
                               "a@c": Outcome("incomplete", 0.0, None)})

    def test_tests_the_run_never_reached_are_notrun(self):
        full = results.complete_with_notrun({"x": Outcome("pass", 1.0, 0)}, ["x", "y"])
        self.assertEqual(full["y"].status, "notrun")
        self.assertEqual(full["x"].status, "pass")

    def test_a_missing_results_folder_reads_as_an_empty_run(self):
        self.assertEqual(results.load_run("/nonexistent/piglit"), {})


class FamilyTest(unittest.TestCase):
    def test_spec_tests_group_by_extension_and_others_by_top_group(self):
        self.assertEqual(results.family("spec@arb_texture_view@rendering-levels"),
                         "spec@arb_texture_view")
        self.assertEqual(results.family("shaders@glsl-max-vertex-attrib"), "shaders")
        self.assertEqual(results.family("glslparsertest@shaders@a.frag"), "glslparsertest")


class ReferenceTsvTest(unittest.TestCase):
    def test_each_column_of_the_reference_is_a_status_map(self):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
            f.write("# test\tc_virgl\tnative_llvmpipe\na@b\tpass\tfail\n")
        try:
            ref = results.read_reference_tsv(f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(ref, {"c_virgl": {"a@b": "pass"}, "native_llvmpipe": {"a@b": "fail"}})


if __name__ == "__main__":
    unittest.main()
