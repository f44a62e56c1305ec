#!/usr/bin/env python3
"""bench/apps/RESULTS.md from one bench/apps/run: report.py OUT_DIR COMMIT COMMAND TARGET...

Reads each target's logs under OUT_DIR/<target>/ (see bench/apps/session) and prints markdown:
per-scene validation of glmark2 and glmark2-es2, per-scene FPS and the glmark2 score, gears FPS,
and every step that did not end normally.
"""
import datetime
import os
import re
import sys

SCENE = re.compile(r"^\[(\S+)\] (.*?): (?:Validation: (\w+)|FPS: (\d+))")
SCORE = re.compile(r"glmark2 Score: (\d+)")
GEARS = re.compile(r"frames in [\d.]+ seconds = ([\d.]+) FPS")
RENDERER = re.compile(r"GL_RENDERER:\s*(.*)")
APPS = ("glmark2", "glmark2-es2")
# timeout(1)'s status: the gears run until stopped.
STOPPED = 124


def read(path):
    try:
        with open(path, errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def scene_options(text):
    """The scene's options without the duration the score run adds (glmark2 prints them sorted)."""
    options = [o for o in text.split(":") if not o.startswith("duration=")]
    return ":".join(options) or "<default>"


def scenes(text, field):
    """{scene description: value} in the order glmark2 printed them (field 3: validation, 4: FPS)."""
    found = {}
    for line in text.splitlines():
        m = SCENE.match(line)
        if m and m.group(field) is not None:
            found[f"{m.group(1)} {scene_options(m.group(2))}"] = m.group(field)
    return found


def steps(out, target):
    """{step: (exit status, seconds)} from steps.txt."""
    found = {}
    for line in read(os.path.join(out, target, "steps.txt")).splitlines():
        name, rc, secs = line.split()
        found[name] = (int(rc), int(secs))
    return found


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main(out, commit, command, targets):
    logs = {t: {name[:-4]: read(os.path.join(out, t, name))
                for name in os.listdir(os.path.join(out, t)) if name.endswith(".log")}
            for t in targets}
    print("# Real GL applications: jvirgl vs the C reference\n")
    print(f"`{command}` on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}, "
          f"logs in `{os.path.relpath(out, os.path.join(os.path.dirname(__file__), '..', '..'))}`.\n")
    print("Each target serves Mesa 22.3's virpipe (`GALLIUM_DRIVER=virpipe LIBGL_ALWAYS_SOFTWARE=1`) on a "
          "private Xvfb; `c` is `virgl_test_server --use-egl-surfaceless`, `jvirgl` is "
          "`./jvirgl vtest --use-egl-surfaceless`. The machine is shared: FPS figures are noisy, and the "
          "targets ran one after the other, not alternating.\n")
    for t in targets:
        m = RENDERER.search(logs[t].get("glmark2-validate", ""))
        print(f"- {t}: GL_RENDERER {m.group(1).strip() if m else '(not reported)'}")
    print()

    for app in APPS:
        validation = {t: scenes(logs[t].get(f"{app}-validate", ""), 3) for t in targets}
        fps = {t: scenes(logs[t].get(f"{app}-score", ""), 4) for t in targets}
        names = list(dict.fromkeys(n for t in targets for n in list(validation[t]) + list(fps[t])))
        print(f"## {app}\n")
        differ = [n for n in names if len({validation[t].get(n) for t in targets}) > 1]
        counts = ", ".join(f"{t} {sum(v == 'Success' for v in validation[t].values())} Success / "
                           f"{len(validation[t])} scenes" for t in targets)
        print(f"Validation ({app} --validate, 800x600): {counts}; "
              f"{'scenes that differ: ' + ', '.join(differ) if differ else 'no scene differs between targets'}.\n")
        header = ["scene"] + [f"{t} validation" for t in targets] + [f"{t} FPS" for t in targets]
        rows = [[n.replace("|", "\\|")] + [validation[t].get(n, "-") for t in targets]
                + [fps[t].get(n, "-") for t in targets] for n in names]
        score_row = ["**glmark2 Score**"] + [""] * len(targets)
        for t in targets:
            m = SCORE.search(logs[t].get(f"{app}-score", ""))
            score_row.append(f"**{m.group(1)}**" if m else "-")
        print(table(header, rows + [score_row]) + "\n")

    print("## gears\n")
    rows = []
    for gears in ("glxgears", "es2gears"):
        row = [gears]
        for t in targets:
            figures = GEARS.findall(logs[t].get(gears, ""))
            row.append(" / ".join(figures) if figures else "none")
        rows.append(row)
    print("Frames per second as printed every 5 s (the first figure includes startup).\n")
    print(table(["program"] + [f"{t} FPS" for t in targets], rows) + "\n")

    problems = [f"- {t}: `{name}` exited {rc} after {secs} s (see `{t}/{name}.log`)"
                for t in targets for name, (rc, secs) in steps(out, t).items()
                if rc != 0 and not (rc == STOPPED and "gears" in name)]
    print("## Steps that did not end normally\n")
    print("\n".join(problems) if problems else "None: every step of every target exited 0.")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
