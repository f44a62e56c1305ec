"""Command-line and process helpers shared by conformance/run and bench/run.

Both tools run the same servers side by side (jvirgl, the C virgl_test_server, native
llvmpipe), take the same target options, prebuild jvirgl the same way and keep a
results/latest link; this module is the one place those live.
"""

import datetime
import os
import subprocess
import sys

from harness.targets import REPO_ROOT, make_target


def add_target_options(parser):
    """--target and --server-args, as both tools take them."""
    parser.add_argument("--target", default="jvirgl,c,native",
                        help="comma-separated, in order: jvirgl, c, native (default: all three)")
    parser.add_argument("--server-args", default=None,
                        help="flags for both servers instead of '--use-egl-surfaceless' "
                             "(e.g. '--use-egl-surfaceless --isolate' with --target jvirgl)")


def targets_from(args):
    """The targets --target names (ValueError for an unknown one)."""
    return [make_target(name.strip(), args.server_args)
            for name in args.target.split(",") if name.strip()]


def utc_stamp():
    """A results folder's timestamp, e.g. 20261125T031500Z."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def point_latest(results_root, out, names):
    """results_root/<name> -> out for each name, so no timestamp is needed; only for runs
    written directly under results_root."""
    if os.path.dirname(out) != results_root:
        return
    for name in names:
        link = os.path.join(results_root, name)
        try:
            if os.path.islink(link):
                os.unlink(link)
            os.symlink(os.path.basename(out), link)
        except OSError:
            pass


def prebuild_jvirgl(prog):
    """The launcher builds on first use; do it here so the build is not timed as startup.

    -> (ok, note for the report)."""
    launcher = os.path.join(REPO_ROOT, "jvirgl")
    try:
        done = subprocess.run([launcher, "--version"], capture_output=True, text=True,
                              timeout=900, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return False, "jvirgl build: **timed out after 900s**"
    if done.returncode != 0:
        lines = (done.stderr + done.stdout).splitlines()
        errors = [l for l in lines if l.startswith("[ERROR] /") or "error:" in l][:3] \
            or lines[-3:]
        print(f"{prog}: jvirgl did not build:\n  " + "\n  ".join(errors), file=sys.stderr)
        return False, "jvirgl build: **failed**: " + " / ".join(errors)[:400]
    version = done.stdout.strip().splitlines()
    return True, "jvirgl: " + (version[0] if version else "built")
