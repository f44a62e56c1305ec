"""One server lifetime inside a private /tmp: start the server, run the clients, stop it.

Run as `python3 -m harness.session SPEC.json` by isolation.run_private, already inside a new
mount namespace; it mounts a tmpfs on /tmp first, so the server's /tmp/.virgl_test is visible
only to the clients started here and several sessions can run side by side. With
`--shared-tmp` (no namespaces permitted) it uses the real /tmp and will not touch a socket that
another server owns.

SPEC (JSON): server_argv (list, empty = no server), server_env, server_log, startup_timeout_s,
max_restarts, deadline_s (whole session), clients: [{argv, env, log, timeout_s}], result.
The result (JSON) records server readiness, every server exit, each client's exit status,
wall time and the server's resident memory, so the caller can tell a server that never
started or died from a client that failed.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time

from harness.isolation import empty_record
from harness.targets import VTEST_SOCKET

POLL_S = 0.05
TIMED_OUT = "client timed out"  # ends only that client; any other stop ends the session


def _descendants(pid):
    """pid and every process below it, found through /proc/<pid>/task/*/children."""
    found, stack = [], [pid]
    while stack:
        p = stack.pop()
        if p in found:
            continue
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue  # the process left while we looked
    return found


def _tree_rss_kb(pid):
    """Resident memory of a process and all its descendants (the C server forks per client)."""
    total = 0
    for p in _descendants(pid):
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except (OSError, ValueError):
            continue
    return total


def _stop(proc, grace_s=5.0):
    """Ends a process we started and everything below it: TERM, then KILL if it lingers.

    Piglit starts each test in a session of its own, so killing piglit's process group alone
    would leave running tests behind; every descendant's group is signalled too.
    """
    if proc is None:
        return
    tree = _descendants(proc.pid) if proc.poll() is None else [proc.pid]
    _signal_groups(tree, signal.SIGTERM)
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        pass
    _signal_groups(tree, signal.SIGKILL)
    proc.wait()


def _signal_groups(pids, sig):
    for pid in pids:
        try:
            os.killpg(pid, sig)
        except (ProcessLookupError, PermissionError):
            try:
                os.kill(pid, sig)
            except (ProcessLookupError, PermissionError):
                pass


class Server:
    """The vtest server under watch: (re)starts it and notices when it exits."""

    def __init__(self, spec, record):
        self.argv = spec["server_argv"]
        self.env = dict(os.environ, **spec.get("server_env", {}))
        self.log_path = spec["server_log"]
        self.startup_timeout_s = spec.get("startup_timeout_s", 60)
        self.record = record
        self.proc = None

    def start(self):
        """Starts the server and waits for its socket; True when it is accepting."""
        if os.path.lexists(VTEST_SOCKET):
            os.unlink(VTEST_SOCKET)  # a dead server's socket would refuse every client
        log = open(self.log_path, "ab")
        began = time.monotonic()
        self.proc = subprocess.Popen(self.argv, env=self.env, stdout=log,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        log.close()
        while time.monotonic() - began < self.startup_timeout_s:
            if os.path.exists(VTEST_SOCKET):
                ready = time.monotonic() - began
                self.record["server_ready_s"].append(round(ready, 4))
                self.record["server_idle_rss_kb"].append(_tree_rss_kb(self.proc.pid))
                return True
            if self.proc.poll() is not None:
                self._note_exit(began, "exited before listening")
                return False
            time.sleep(POLL_S / 5)
        self._note_exit(began, f"no socket after {self.startup_timeout_s}s")
        _stop(self.proc)
        return False

    def died(self):
        return self.proc is not None and self.proc.poll() is not None

    def note_death(self):
        self._note_exit(None, "died while serving")

    def _note_exit(self, began, what):
        self.record["server_events"].append({
            "what": what, "exit_code": self.proc.poll() if self.proc else None,
            "at_s": round(time.monotonic() - (began or self.record["_t0"]), 3)})

    def rss_kb(self):
        return _tree_rss_kb(self.proc.pid) if self.proc and self.proc.poll() is None else 0

    def stop(self):
        _stop(self.proc)


def _run_client(client, server, max_restarts, session_deadline, record):
    """Runs one client to its end, restarting a dead server up to max_restarts times."""
    env = dict(os.environ)
    env.update(client.get("env", {}))
    log = open(client["log"], "ab") if client.get("log") else subprocess.PIPE
    began = time.monotonic()
    proc = subprocess.Popen(client["argv"], env=env, stdout=log, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)
    if log is not subprocess.PIPE:
        log.close()
    out_chunks = []
    timeout_s = client.get("timeout_s")
    peak_rss = 0
    stopped = None
    reader = _PipeReader(proc.stdout, out_chunks) if log is subprocess.PIPE else None
    while proc.poll() is None:
        now = time.monotonic()
        if timeout_s and now - began > timeout_s:
            stopped = TIMED_OUT
        elif now > session_deadline:
            stopped = "session deadline reached"
        elif server and server.died():
            server.note_death()
            restarts = record["server_restarts"]
            if restarts >= max_restarts:
                stopped = f"server died and was restarted {restarts} times already"
            else:
                record["server_restarts"] = restarts + 1
                # Without a server every new test would fail at once; hold them all meanwhile.
                held = _descendants(proc.pid)
                _signal_groups(held, signal.SIGSTOP)
                came_back = server.start()
                _signal_groups(held, signal.SIGCONT)
                if not came_back:
                    stopped = "server died and did not come back"
        if stopped:
            _stop(proc)
            break
        if server:
            peak_rss = max(peak_rss, server.rss_kb())
        time.sleep(POLL_S)
    proc.wait()
    if reader:
        reader.finish()
        proc.stdout.close()
    return {"argv": client["argv"], "returncode": proc.returncode,
            "seconds": round(time.monotonic() - began, 4), "stopped": stopped,
            "server_peak_rss_kb": peak_rss,
            "output": b"".join(out_chunks).decode("utf-8", "replace") if reader else None}


class _PipeReader:
    """Drains a client's stdout on a thread so a chatty client cannot block on a full pipe."""

    def __init__(self, pipe, sink):
        self._thread = threading.Thread(target=self._drain, args=(pipe, sink), daemon=True)
        self._thread.start()

    @staticmethod
    def _drain(pipe, sink):
        for chunk in iter(lambda: pipe.read1(65536), b""):
            sink.append(chunk)

    def finish(self):
        self._thread.join(10)


def run(spec):
    record = {"server_ready_s": [], "server_idle_rss_kb": [], "server_events": [],
              "server_restarts": 0, "server_started": False, "aborted": None, "clients": [],
              "_t0": time.monotonic()}
    deadline = time.monotonic() + spec.get("deadline_s", 86400)
    server = Server(spec, record) if spec.get("server_argv") else None
    try:
        if server:
            record["server_started"] = server.start()
            if not record["server_started"]:
                record["aborted"] = "server did not start"
                return record
        for client in spec["clients"]:
            result = _run_client(client, server, spec.get("max_restarts", 2), deadline, record)
            record["clients"].append(result)
            if result["stopped"] not in (None, TIMED_OUT):
                record["aborted"] = result["stopped"]
                break
    finally:
        if server:
            server.stop()
        record.pop("_t0", None)
    return record


def _private_tmp():
    subprocess.run(["mount", "-t", "tmpfs", "-o", "mode=1777", "tmpfs", "/tmp"], check=True)


def main(argv):
    with open(argv[1]) as f:
        spec = json.load(f)
    if "--shared-tmp" not in argv:
        _private_tmp()
        record = run(spec)
    elif spec.get("server_argv") and os.path.lexists(VTEST_SOCKET):
        record = empty_record(f"no private /tmp here and {VTEST_SOCKET} is in use by "
                              "another server")
    else:
        record = run(spec)
    with open(spec["result"], "w") as f:
        json.dump(record, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
