"""The bench's outputs: a markdown summary with figures and ratios, and an SVG of the ratios."""

import math
from xml.sax.saxutils import escape

# Ratio columns, in the order they are shown: (first, second) reads "first vs second".
PAIRS = (("jvirgl", "c"), ("c", "native"), ("jvirgl", "native"))


def _fmt(value):
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ratio(value):
    return "–" if value is None else f"{value:.3g}×"


def pairs_for(targets):
    return [(a, b) for a, b in PAIRS if a in targets and b in targets]


def markdown(title, meta_lines, rows, targets, notes):
    pairs = pairs_for(targets)
    out = [f"# {title}", ""] + [f"- {m}" for m in meta_lines] + [
        "- ratio columns read *first vs second*: how many times better the first target is "
        "(throughput a/b; times and sizes b/a), so > 1× always means the first is better;"
        " every figure is the median over rounds", ""]
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            out += ["", f"## {group}", "",
                    "| row | unit | " + " | ".join(targets) + " | "
                    + " | ".join(f"{a} vs {b}" for a, b in pairs) + " |",
                    "|---|---|" + "---:|" * (len(targets) + len(pairs))]
        out.append(f"| {row.name} | {row.unit}"
                   + ("" if row.higher_is_better else " (lower is better)") + " | "
                   + " | ".join(_fmt(row.medians.get(t)) for t in targets) + " | "
                   + " | ".join(_ratio(row.advantage(a, b)) for a, b in pairs) + " |")
    if notes:
        out += ["", "## Notes (failed or incomparable measurements)", ""]
        out += [f"- {n}" for n in notes]
    return "\n".join(out) + "\n"


def svg(rows, targets, width=900):
    """Horizontal bars on a log2 axis centred on 1×, one bar per ratio pair and row."""
    pairs = pairs_for(targets)
    colours = ["#3366cc", "#dc7633", "#27ae60"]
    bar_h, gap, left, right, top = 11, 6, 420, 40, 50
    plotted = [r for r in rows if any(r.advantage(a, b) for a, b in pairs)]
    height = top + len(plotted) * (bar_h * max(len(pairs), 1) + gap) + 40
    span = 6.0  # log2 range each side: 1/64× .. 64×
    mid = left + (width - left - right) / 2
    scale = (width - left - right) / 2 / span

    def x_of(ratio):
        return mid + max(-span, min(span, math.log2(ratio))) * scale

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'font-family="sans-serif" font-size="10">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="10" y="18" font-size="13">Relative performance (log scale; '
             f'&gt; 1× = first target better)</text>']
    for i, (a, b) in enumerate(pairs):
        parts.append(f'<rect x="{10 + i * 160}" y="28" width="10" height="10" '
                     f'fill="{colours[i]}"/><text x="{24 + i * 160}" y="37">'
                     f'{escape(a)} vs {escape(b)}</text>')
    for tick in (1 / 64, 1 / 16, 1 / 4, 1, 4, 16, 64):
        x = x_of(tick)
        label = f"{tick:g}×" if tick >= 1 else f"1/{round(1 / tick)}×"
        parts.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 30}" '
                     f'stroke="{"#000" if tick == 1 else "#ddd"}"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 16}" text-anchor="middle">{label}</text>')
    y = top
    for row in plotted:
        parts.append(f'<text x="{left - 6}" y="{y + bar_h * len(pairs) / 2 + 3:.1f}" '
                     f'text-anchor="end">{escape(row.name[:70])}</text>')
        for i, (a, b) in enumerate(pairs):
            ratio = row.advantage(a, b)
            if ratio:
                x = x_of(ratio)
                parts.append(f'<rect x="{min(x, mid):.1f}" y="{y}" width="{abs(x - mid):.1f}" '
                             f'height="{bar_h - 1}" fill="{colours[i]}"><title>'
                             f'{escape(row.name)}: {a} vs {b} {ratio:.2f}×</title></rect>')
            y += bar_h
        y += gap
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
