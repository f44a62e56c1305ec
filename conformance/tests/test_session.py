"""Sessions end to end with stand-in servers: a tiny Python program plays the vtest server."""

import json
import os
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

from harness import session
from harness.isolation import run_private, unshare_prefix

LISTEN = ("import socket, sys, time\n"
          "s = socket.socket(socket.AF_UNIX); s.bind('/tmp/.virgl_test'); s.listen()\n"
          "time.sleep(float(sys.argv[1]))\n")
CLIENT_SEES_SOCKET = ("import os, sys\n"
                      "sys.exit(0 if os.path.exists('/tmp/.virgl_test') else 7)\n")


def _namespaces_work():
    try:
        return subprocess.run(unshare_prefix() + ["true"], capture_output=True).returncode == 0
    except OSError:
        return False


@unittest.skipUnless(_namespaces_work(), "needs mount namespaces (unshare)")
class SessionTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(dir="/var/tmp" if os.path.isdir("/var/tmp") else None)

    def session(self, server_seconds, clients, **extra):
        spec = {"server_argv": [sys.executable, "-c", LISTEN, str(server_seconds)]
                if server_seconds is not None else [],
                "server_log": os.path.join(self.dir, "server.log"),
                "startup_timeout_s": 10, "max_restarts": 1, "clients": clients,
                "result": os.path.join(self.dir, "record.json")}
        spec.update(extra)
        return run_private(spec, os.path.join(self.dir, "spec.json"))

    def test_the_client_sees_the_servers_socket_but_the_real_tmp_does_not(self):
        before = os.path.exists("/tmp/.virgl_test")
        rec = self.session(30, [{"argv": [sys.executable, "-c", CLIENT_SEES_SOCKET]}])
        self.assertTrue(rec["server_started"])
        self.assertEqual(rec["clients"][0]["returncode"], 0)
        self.assertEqual(os.path.exists("/tmp/.virgl_test"), before)

    def test_a_server_that_exits_before_listening_is_reported_and_no_client_runs(self):
        spec_server = {"server_argv": [sys.executable, "-c", "raise SystemExit(3)"]}
        rec = self.session(None, [{"argv": ["true"]}], **spec_server)
        self.assertFalse(rec["server_started"])
        self.assertEqual(rec["clients"], [])
        self.assertEqual(rec["server_events"][0]["exit_code"], 3)

    def test_a_server_that_keeps_dying_is_restarted_then_the_client_is_stopped(self):
        rec = self.session(0.5, [{"argv": ["sleep", "60"]}])
        self.assertEqual(rec["server_restarts"], 1)
        self.assertIn("server died", rec["aborted"])
        self.assertLess(rec["clients"][0]["seconds"], 30)

    def test_a_hanging_client_is_stopped_at_its_timeout_and_the_output_is_kept(self):
        rec = self.session(None, [{"argv": ["sh", "-c", "echo hello; sleep 60"],
                                   "timeout_s": 1}])
        client = rec["clients"][0]
        self.assertEqual(client["stopped"], "client timed out")
        self.assertEqual(client["output"].strip(), "hello")


class SharedTmpTest(unittest.TestCase):
    """Without namespaces the session uses the real /tmp; here a stand-in socket path."""

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.socket = os.path.join(self.dir, "vtest.sock")
        self.spec_path = os.path.join(self.dir, "spec.json")
        listen = LISTEN.replace("/tmp/.virgl_test", self.socket)
        self.spec = {"server_argv": [sys.executable, "-c", listen, "30"],
                     "server_log": os.path.join(self.dir, "server.log"),
                     "clients": [{"argv": ["true"]}],
                     "result": os.path.join(self.dir, "record.json")}
        with open(self.spec_path, "w") as f:
            json.dump(self.spec, f)

    def record(self):
        with mock.patch.object(session, "VTEST_SOCKET", self.socket):
            session.main(["session", self.spec_path, "--shared-tmp"])
        with open(self.spec["result"]) as f:
            return json.load(f)

    def test_a_session_on_the_shared_tmp_serves_its_clients(self):
        rec = self.record()
        self.assertTrue(rec["server_started"])
        self.assertEqual(rec["clients"][0]["returncode"], 0)

    def test_a_socket_owned_by_another_server_is_left_alone(self):
        open(self.socket, "w").close()
        rec = self.record()
        self.assertFalse(rec["server_started"])
        self.assertIn("in use by another server", rec["aborted"])
        self.assertTrue(os.path.exists(self.socket))


if __name__ == "__main__":
    unittest.main()
