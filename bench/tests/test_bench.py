import unittest
import xml.dom.minidom

from benchlib import render
from benchlib.metrics import Metric, Row, rows
import os
import tempfile

from benchlib.workloads import Context, _piglit_argv, parse_drawoverhead, parse_xfer

DRAWOVERHEAD = (
    "Using Core profile.\n"
    "   #, Test name                                              ,    Thousands draws/s, "
    "Difference vs the 1st\n"
    "   1, DrawArrays   ( 1 VBO| 0 UBO|  0    ) w/ no state change,                  "
    "\x1b[1;36m 2076\x1b[0m, \x1b[0m100.0%\x1b[0m\n"
    "  12, DrawElements ( 8 VBO| 8 UBO|  1 TBO) w/ 1/1 TBO change,                   "
    "\x1b[1;36m   15\x1b[0m, \x1b[31m1.1%\x1b[0m\n")


class ParsingTest(unittest.TestCase):
    def test_every_drawoverhead_row_is_read_without_colour_codes(self):
        self.assertEqual(parse_drawoverhead(DRAWOVERHEAD), [
            ("01 DrawArrays ( 1 VBO| 0 UBO| 0 ) w/ no state change", 2076.0),
            ("12 DrawElements ( 8 VBO| 8 UBO| 1 TBO) w/ 1/1 TBO change", 15.0)])

    def test_xferbench_lines_become_figures_and_the_renderer_line_does_not(self):
        text = "xfer renderer virgl (LLVMPIPE)\nxfer tex-upload-rgba8-64 32.1 MiB/s\njunk\n"
        self.assertEqual(parse_xfer(text), [("tex-upload-rgba8-64", 32.1, "MiB/s")])


class CommandTest(unittest.TestCase):
    def test_every_word_naming_a_piglit_file_becomes_absolute_generated_tests_too(self):
        with tempfile.TemporaryDirectory() as root:
            for rel in ("bin/shader_runner", "generated_tests/spec/a.shader_test"):
                os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
                open(os.path.join(root, rel), "w").close()
            ctx = Context(root, None, [], 1)
            argv = _piglit_argv(ctx, "bin/shader_runner generated_tests/spec/a.shader_test -auto")
        self.assertEqual(argv, [os.path.join(root, "bin/shader_runner"),
                                os.path.join(root, "generated_tests/spec/a.shader_test"),
                                "-auto"])


class RatioTest(unittest.TestCase):
    def test_ratios_read_as_how_much_better_the_first_target_is(self):
        fast = Row("g", "draws", "k/s", True, {"jvirgl": 50.0, "c": 100.0}, {})
        small = Row("g", "rss", "MiB", False, {"jvirgl": 50.0, "c": 100.0}, {})
        self.assertEqual(fast.advantage("jvirgl", "c"), 0.5)
        self.assertEqual(small.advantage("jvirgl", "c"), 2.0)
        self.assertIsNone(fast.advantage("jvirgl", "native"))

    def test_rows_take_the_median_of_each_targets_rounds(self):
        m = lambda v: Metric("g", "x", v, "ms", False)
        table = rows({"c": [m(1.0), m(9.0), m(3.0)], "jvirgl": [m(4.0)]}, ["jvirgl", "c"])
        self.assertEqual(table[0].medians, {"jvirgl": 4.0, "c": 3.0})
        self.assertEqual(table[0].samples, {"jvirgl": 1, "c": 3})


class RenderTest(unittest.TestCase):
    TABLE = [Row("per-draw", "01 <draw> & co", "k draws/s", True, {"jvirgl": 5.0, "c": 10.0,
                                                                    "native": 40.0}, {})]

    def test_the_markdown_has_a_ratio_column_per_pair(self):
        md = render.markdown("t", [], self.TABLE, ["jvirgl", "c", "native"], ["a note"])
        self.assertIn("| jvirgl vs c | c vs native | jvirgl vs native |", md)
        self.assertIn("| 0.5× | 0.25× | 0.125× |", md)
        self.assertIn("- a note", md)

    def test_the_chart_is_well_formed_svg_even_with_markup_in_names(self):
        doc = xml.dom.minidom.parseString(render.svg(self.TABLE, ["jvirgl", "c", "native"]))
        self.assertEqual(len(doc.getElementsByTagName("title")), 3)


if __name__ == "__main__":
    unittest.main()
