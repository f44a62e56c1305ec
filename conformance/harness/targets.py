"""The three things a GL client can be run against: jvirgl's vtest server, the C reference
virgl_test_server, and Mesa's llvmpipe directly (the ceiling: no protocol in between)."""

import glob
import os
import shutil
from dataclasses import dataclass, field

# Mesa 22.3's vtest client connects here, with no way to change it; hence the private /tmp.
VTEST_SOCKET = "/tmp/.virgl_test"

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    server_argv: tuple  # empty for a target without a server
    client_env: dict = field(default_factory=dict)
    server_env: dict = field(default_factory=dict)

    @property
    def has_server(self):
        return bool(self.server_argv)


def make_target(name, server_args=None):
    """server_args replaces the default server flags (both servers take the same flags)."""
    flags = tuple(server_args.split()) if server_args else ("--use-egl-surfaceless",)
    if name == "jvirgl":
        return Target("jvirgl", "jvirgl vtest server via Mesa virpipe",
                      (os.path.join(REPO_ROOT, "jvirgl"), "vtest") + flags,
                      {"GALLIUM_DRIVER": "virpipe"},
                      # built once before the run; a restart must not rebuild mid-run
                      {"JVIRGL_NO_BUILD": "1"})
    if name == "c":
        return Target("c", "virgl_test_server (virglrenderer, C reference) via Mesa virpipe",
                      ("virgl_test_server",) + flags, {"GALLIUM_DRIVER": "virpipe"})
    if name == "native":
        return Target("native", "Mesa llvmpipe directly, no server", (),
                      {"GALLIUM_DRIVER": "llvmpipe"})
    raise ValueError(f"unknown target {name!r} (jvirgl, c, native)")



def piglit_bin_dir():
    """Where the packaged piglit keeps its test binaries (Debian: /usr/lib/<triplet>/piglit)."""
    for pattern in ("/usr/lib/*/piglit/bin", "/usr/lib/piglit/bin", "/usr/local/lib/piglit/bin"):
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return None


def missing_tools(targets):
    """Programs the chosen targets need that are not installed."""
    needed = {"piglit", "unshare", "mount"}
    if any(t.name == "c" for t in targets):
        needed.add("virgl_test_server")
    return sorted(p for p in needed if shutil.which(p) is None)
