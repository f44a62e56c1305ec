"""Running a session (harness.session) inside its own mount namespace with a private /tmp.

Where namespaces are not permitted (an unprivileged container), the session runs on the shared
/tmp instead, one at a time, and refuses to start if another vtest server owns the socket.
"""

import json
import os
import subprocess
import sys

HARNESS_PARENT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def unshare_prefix():
    """root gets a plain mount namespace; others map themselves to root in a user namespace."""
    base = ["unshare", "--mount", "--propagation", "private"]
    return base if os.geteuid() == 0 else base[:1] + ["--map-root-user"] + base[1:]


def namespaces_work():
    """Whether this machine lets us make a mount namespace with a tmpfs /tmp."""
    try:
        probe = subprocess.run(unshare_prefix() + ["mount", "-t", "tmpfs", "tmpfs", "/tmp"],
                               capture_output=True, stdin=subprocess.DEVNULL, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def run_private(spec, spec_path, private=True):
    """Runs the session described by spec (see harness.session) and returns its record.

    spec['result'] and every log path must lie outside /tmp: /tmp is replaced inside.
    private=False (see namespaces_work) runs it on the shared /tmp.
    """
    with open(spec_path, "w") as f:
        json.dump(spec, f, indent=1)
    env = dict(os.environ)
    env["PYTHONPATH"] = HARNESS_PARENT + os.pathsep + env.get("PYTHONPATH", "")
    session = [sys.executable, "-m", "harness.session", spec_path]
    argv = unshare_prefix() + session if private else session + ["--shared-tmp"]
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
