#!/usr/bin/env python3
"""Draw conformance/lists/piglit-wide.txt: a seeded sample of piglit's quick profile outside the public list.

Per profile (quick_gl, quick_shader, glslparser) a fixed number of tests is drawn; within a profile
each family (spec@<ext> or the top group) gets a share proportional to the square root of its size,
so small families are represented and the large generated ones (fp64, int64, glsl-x.yz built-ins)
do not swamp the sample. Tests known to be slow (>30 s in the public run) and glx@ (no GLX under
surfaceless EGL) are left out.

Usage: make-wide-list.py [SEED [EXCLUDED_LIST...]] > list. Without arguments it draws piglit-wide.txt
(seed 20261125); piglit-wide2.txt is `make-wide-list.py 20261126 piglit-wide.txt`, so the two
samples never overlap (the public list is always excluded).
"""
import gzip, math, os, random, sys, xml.etree.ElementTree as ET

PIGLIT = "/usr/lib/x86_64-linux-gnu/piglit/tests"
QUOTA = {"quick_gl": 560, "quick_shader": 500, "glslparser": 140}
SEED = 20261125
SLOW = ("texelfetch fs sampler2dmsarray", "texelfetch gs sampler2dmsarray", "texelfetch vs sampler2dmsarray",
        "max-texture-size", "fbo-maxsize", "streaming-texture-leak", "gl-1.0-blend-func")


def family(name):
    parts = name.split("@")
    return "@".join(parts[:2]) if parts[0] == "spec" else parts[0]


def read_list(path):
    return {l for l in open(path).read().split("\n") if l}


def main(here, seed=SEED, excluded_lists=()):
    public = read_list(os.path.join(here, "piglit-public.txt"))
    for path in excluded_lists:
        public |= read_list(path if os.path.isabs(path) else os.path.join(here, path))
    rng = random.Random(seed)
    chosen = []
    for profile, quota in QUOTA.items():
        root = ET.parse(gzip.open(f"{PIGLIT}/{profile}.xml.gz")).getroot()
        by_family = {}
        for test in root:
            name = test.get("name")
            if name in public or name.startswith("glx@") or any(s in name for s in SLOW):
                continue
            by_family.setdefault(family(name), []).append(name)
        weights = {f: math.sqrt(len(v)) for f, v in by_family.items()}
        total = sum(weights.values())
        for fam in sorted(by_family):
            pool = sorted(by_family[fam])
            share = quota * weights[fam] / total
            n = int(share) + (1 if rng.random() < share - int(share) else 0)
            chosen += rng.sample(pool, min(n, len(pool)))
    sys.stdout.write("".join(n + "\n" for n in sorted(chosen)))


if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)),
         int(sys.argv[1]) if len(sys.argv) > 1 else SEED, sys.argv[2:])
