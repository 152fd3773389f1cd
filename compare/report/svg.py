"""Inline SVG charts for the HTML report: a cluster × outlet coverage heat map and a timeline of
first appearance per outlet. Plain strings (no JavaScript, no external fonts); every text is
escaped, so the result can be inserted into the page as is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Sequence

from compare.report import plural
from compare.report.data import Cluster

HEATMAP_MAX_ROWS = 150   # beyond this the overview shows the top clusters only
MAX_OUTLETS = 40         # columns / lanes: the outlets that carry most clusters
_FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"11\""
_RAMP = ["#9ecae1", "#4292c6", "#2171b5", "#08306b"]  # 1, 2, 3, 4+ versions
_LANE_COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
                 "#666666"]


def _fill(count: int) -> str:
    return "#eef0f3" if count == 0 else _RAMP[min(count, len(_RAMP)) - 1]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def heatmap(clusters: Sequence[Cluster], outlets: Sequence[str]) -> str:
    """Rows: clusters (by spread), columns: outlets; a filled cell when the outlet carries the
    claim (darker: more versions), a pale one when it omits it. Rows link to the clusters."""
    rows = list(clusters)[:HEATMAP_MAX_ROWS]
    cols = list(outlets)[:MAX_OUTLETS]
    if not rows or not cols:
        return ""
    cell, label_w = 20, 250
    head_h = min(150, 16 + 5 * max(len(_clip(o, 24)) for o in cols))
    width = label_w + cell * len(cols) + 110
    height = head_h + cell * len(rows) + 4
    out = [f'<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="Coverage: which outlets carry each cluster" {_FONT}>']
    for j, outlet in enumerate(cols):
        x = label_w + j * cell + cell / 2 + 4
        out.append(f'<text transform="translate({x:.0f},{head_h - 4}) rotate(-55)" fill="#333">'
                   f'{escape(_clip(outlet, 24))}</text>')
    for i, c in enumerate(rows):
        y = head_h + i * cell
        counts = {col.outlet: len(col.versions) for col in c.columns}
        out.append(f'<a href="#{escape(c.anchor)}"><text x="{label_w - 6}" y="{y + 15}" '
                   f'text-anchor="end" fill="#1f4e8c">{c.rank}. '
                   f'{escape(_clip(c.label, 34))}</text></a>')
        for j, outlet in enumerate(cols):
            n = counts.get(outlet, 0)
            what = plural(n, "version") if n else "omits it"
            out.append(f'<rect x="{label_w + j * cell}" y="{y}" width="{cell - 2}" '
                       f'height="{cell - 2}" rx="2" fill="{_fill(n)}"><title>'
                       f'{escape(outlet)}: {what} (cluster {c.rank})</title></rect>')
    out.append("</svg>")
    return "".join(out)


def heatmap_legend() -> str:
    items = [("omits", 0), ("1 version", 1), ("2", 2), ("3", 3), ("4+", 4)]
    parts, x = [], 0
    for text, n in items:
        parts.append(f'<rect x="{x}" y="2" width="12" height="12" rx="2" fill="{_fill(n)}"/>'
                     f'<text x="{x + 16}" y="12">{escape(text)}</text>')
        x += 24 + 7 * len(text)
    return (f'<svg class="legend" xmlns="http://www.w3.org/2000/svg" width="{x}" height="16" '
            f'{_FONT} aria-hidden="true">{"".join(parts)}</svg>')


def timeline(clusters: Sequence[Cluster], outlets: Sequence[str]) -> str:
    """One lane per outlet; a dot where the outlet first carried a cluster, and a bar from the
    outlet's first to its last such appearance."""
    lanes = list(outlets)[:MAX_OUTLETS]
    points: dict[str, list[Point]] = {o: [] for o in lanes}
    for c in list(clusters)[:HEATMAP_MAX_ROWS]:
        for col in c.columns:
            if col.outlet in points and col.first_at is not None:
                points[col.outlet].append(Point(
                    col.first_at, f"#{c.anchor}", f"{col.outlet}, {col.first_at:%Y-%m-%d %H:%M}: "
                    f"{c.rank}. {_clip(c.label, 80)}"))
    return lane_chart(points, css_class="timeline", label="First appearance per outlet")


@dataclass
class Point:
    at: datetime
    href: str  # the anchor the dot links to
    title: str  # shown on hover (plain text; escaped here)
    radius: float = 5.0


def lane_chart(points: dict[str, list[Point]], *, css_class: str, label: str) -> str:
    """The time chart both the cluster overview and the narrative section draw: one lane per
    outlet (the earliest first), a dot per point, a bar from an outlet's first to its last."""
    lanes = [o for o in points][:MAX_OUTLETS]
    dated = [p.at for o in lanes for p in points[o]]
    if not dated:
        return ""
    first = {o: min((p.at for p in points[o]), default=datetime.max) for o in lanes}
    lanes.sort(key=lambda o: (not points[o], first[o], o))
    lo, hi = min(dated), max(dated)
    span = (hi - lo).total_seconds() or 1.0
    label_w, plot_w, lane_h, top = 150, 380, 22, 24
    width, height = label_w + plot_w + 30, top + lane_h * len(lanes) + 8

    def x_of(t: datetime) -> float:
        return label_w + 10 + plot_w * (t - lo).total_seconds() / span

    out = [f'<svg class="{escape(css_class)}" xmlns="http://www.w3.org/2000/svg" '
           f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="{escape(label)}" {_FONT}>']
    for t, anchor in ((lo, "start"), (hi, "end")) if hi > lo else ((lo, "start"),):
        out.append(f'<text x="{x_of(t):.1f}" y="12" text-anchor="{anchor}" fill="#555">'
                   f'{t:%Y-%m-%d}</text>')
    for i, outlet in enumerate(lanes):
        y = top + i * lane_h + lane_h / 2
        colour = _LANE_COLOURS[i % len(_LANE_COLOURS)]
        out.append(f'<text x="{label_w - 6}" y="{y + 4:.0f}" text-anchor="end" fill="#333">'
                   f'{escape(_clip(outlet, 22))}</text>'
                   f'<line x1="{label_w + 10}" x2="{label_w + 10 + plot_w}" y1="{y:.0f}" '
                   f'y2="{y:.0f}" stroke="#e5e7eb"/>')
        pts = sorted(points[outlet], key=lambda p: p.at)
        if len(pts) > 1:
            out.append(f'<line x1="{x_of(pts[0].at):.1f}" x2="{x_of(pts[-1].at):.1f}" '
                       f'y1="{y:.0f}" y2="{y:.0f}" stroke="{colour}" stroke-width="3" '
                       f'stroke-opacity="0.35"/>')
        for p in pts:
            out.append(f'<a href="{escape(p.href)}"><circle cx="{x_of(p.at):.1f}" cy="{y:.0f}" '
                       f'r="{p.radius:.1f}" fill="{colour}" fill-opacity="0.8"><title>'
                       f'{escape(p.title)}</title></circle></a>')
    out.append("</svg>")
    return "".join(out)


def narrative_timeline(narrative) -> str:
    """A codebook narrative's coverage: one lane per outlet, a dot per week it carried the
    narrative (larger: more claims), each linking to the narrative's versions."""
    points = {c.outlet: [Point(datetime.combine(w.week, datetime.min.time()),
                               f"#{narrative.anchor}",
                               f"{c.outlet}, week of {w.week:%Y-%m-%d}: "
                               f"{plural(w.n_claims, 'claim')} in {plural(w.n_docs, 'article')}",
                               radius=3.0 + 1.5 * min(w.n_claims, 4))
                         for w in c.weeks if w.week]
              for c in narrative.coverage}
    return lane_chart(points, css_class="narrative-timeline",
                      label=f"Coverage of {narrative.label} by outlet over time")
