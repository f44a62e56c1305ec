"""Running a session (harness.session) inside its own mount namespace with a private /tmp."""

import json
import os
import subprocess
import sys

HARNESS_PARENT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def unshare_prefix():
    """root gets a plain mount namespace; others map themselves to root in a user namespace."""
    base = ["unshare", "--mount", "--propagation", "private"]
    return base if os.geteuid() == 0 else base[:1] + ["--map-root-user"] + base[1:]


def run_private(spec, spec_path):
    """Runs the session described by spec (see harness.session) and returns its record.

    spec['result'] and every log path must lie outside /tmp: /tmp is replaced inside.
    """
    with open(spec_path, "w") as f:
        json.dump(spec, f, indent=1)
    env = dict(os.environ)
    env["PYTHONPATH"] = HARNESS_PARENT + os.pathsep + env.get("PYTHONPATH", "")
    argv = unshare_prefix() + [sys.executable, "-m", "harness.session", spec_path]
    proc = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL)
    try:
        with open(spec["result"]) as f:
            return json.load(f)
    except (OSError, ValueError):
        return empty_record(f"session failed to run (exit {proc.returncode}); "
                            "is unshare permitted here?")


def empty_record(why):
    """The record of a session that never ran (same keys as harness.session writes)."""
    return {"server_started": False, "server_ready_s": [], "server_idle_rss_kb": [],
            "server_events": [], "server_restarts": 0, "clients": [], "aborted": why}
