"""Side-by-side claim reports: every outlet's version of a claim, who said it, how it was framed
and what changed, as Markdown or one self-contained HTML file.

Usage::

    from compare import db
    from compare.report import render_report
    con = db.connect("compare.duckdb")
    html = render_report(con, fmt="html", min_outlets=2)      # all clusters carried by 2+ outlets
    md = render_report(con, cluster_ids=["3f9a"], fmt="md")   # one cluster (id or unique prefix)

``data.py`` gathers the clusters and versions, ``narratives.py`` the codebook narratives (a
section of their own once a codebook is imported), ``diff.py`` diffs each version against the
cluster's medoid, ``svg.py`` draws the overview charts, and the jinja2 templates in
``compare/templates/`` lay them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Sequence

import duckdb

from compare.errors import CompareError
from compare.report.data import LEVELS, ReportData, gather
from compare.report.diff import Piece
from compare.report.narratives import NARRATIVE_CLAIMS, gather_narratives

FORMATS = ("md", "html")
OPEN_CLUSTERS = 5  # clusters expanded when the HTML opens (all of them expand for printing)
VERSIONS_SHOWN = 12  # per outlet and cluster; the rest in a collapsed "N more" section
SPEAKERS_SHOWN = 8  # speakers named in a cluster's context line
SIDE_BY_SIDE_MAX = 4  # up to this many outlets: one column each; more: rows grouped by outlet

__all__ = ["FORMATS", "LEVELS", "NARRATIVE_CLAIMS", "render_report", "gather"]


def render_report(con: duckdb.DuckDBPyConnection, *, cluster_ids: Sequence[str] | None = None,
                  level: str = "claim", min_outlets: int = 1, outlets: Sequence[str] | None = None,
                  speaker: str | None = None, fmt: str = "md", limit: int | None = None,
                  narrative_ids: Sequence[str] | None = None,
                  narrative_claims: int | None = NARRATIVE_CLAIMS) -> str:
    """The report on the latest cluster run of ``level`` as Markdown (``fmt="md"``) or HTML.

    Clusters are ranked by spread (outlets, then speakers, then versions); ``cluster_ids``
    (ids or unique prefixes), ``min_outlets``, ``outlets`` (clusters any of them carries) and
    ``speaker`` (name substring or speaker_id) choose which; ``limit`` keeps the first N.
    When a codebook is imported, a narrative section follows: every codebook narrative (or
    those of ``narrative_ids``) with its strongest ``narrative_claims`` versions (None: all).
    """
    if fmt not in FORMATS:
        raise CompareError(f"unknown report format {fmt!r} (choose one of: {', '.join(FORMATS)})")
    data = gather(con, cluster_ids=cluster_ids, level=level, min_outlets=min_outlets,
                  outlets=outlets, speaker=speaker, limit=limit)
    data.narratives = gather_narratives(con, narrative_ids=narrative_ids,
                                        limit=narrative_claims)
    return render_data(data, fmt=fmt)


def render_data(data: ReportData, *, fmt: str = "md") -> str:
    """Render gathered report data with the package templates."""
    from compare.report import svg

    context = {"r": data, "open_clusters": OPEN_CLUSTERS, "heatmap_max": svg.HEATMAP_MAX_ROWS,
               "max_outlets": svg.MAX_OUTLETS, "side_by_side_max": SIDE_BY_SIDE_MAX,
               "first_rows": first_appearances(data), "versions_shown": VERSIONS_SHOWN,
               "speakers_shown": SPEAKERS_SHOWN}
    if fmt == "html":
        context.update(heatmap=svg.heatmap(data.clusters, data.outlets),
                       legend=svg.heatmap_legend(),
                       timeline=svg.timeline(data.clusters, data.outlets),
                       narrative_charts={n.narrative_id: svg.narrative_timeline(n)
                                         for n in data.narratives})
    template = _environment().get_template(f"report.{fmt}.j2")
    return template.render(**context)


@dataclass
class FirstAppearance:
    outlet: str
    first_at: datetime | None
    n: int  # clusters the outlet carries
    label: str  # the cluster it carried first


def first_appearances(data: ReportData) -> list[FirstAppearance]:
    """Per outlet: when it first carried one of the report's clusters, earliest first."""
    rows: dict[str, FirstAppearance] = {}
    for c in data.clusters:
        for col in c.columns:
            row = rows.setdefault(col.outlet, FirstAppearance(col.outlet, None, 0, c.label))
            row.n += 1
            if col.first_at and (row.first_at is None or col.first_at < row.first_at):
                row.first_at, row.label = col.first_at, c.label
    return sorted(rows.values(), key=lambda r: (r.first_at is None, r.first_at or datetime.min,
                                                r.outlet))


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("compare", "templates"),
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined)
    env.filters.update(md=md_escape, md_pieces=md_pieces, md_link=md_link, date=fmt_date,
                       safe_url=safe_url, plural=plural)
    return env


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")


def md_escape(value) -> str:
    """Text safe inside a Markdown table cell: one line, Markdown and HTML characters escaped."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")


def md_pieces(pieces: Sequence[Piece]) -> str:
    """A diffed version in Markdown: ~~medoid words it drops~~, **words it adds**, _hedges and
    loaded terms_ in italics (emphasis markers never wrap the surrounding spaces)."""
    groups: list[tuple[str, list[Piece]]] = []
    for p in pieces:
        if groups and groups[-1][0] == p.op:
            groups[-1][1].append(p)
        else:
            groups.append((p.op, [p]))
    out, prev_op = [], None
    for op, group in groups:
        inner = "".join(f"_{md_escape(p.text)}_" if p.mark else _md_spaced(p.text)
                        for p in group)
        raw = "".join(p.text for p in group)
        lead = " " if raw[:1].isspace() else ""
        body = inner.strip()
        trail = " " if raw[-1:].isspace() else ""
        if body and op != "equal":
            body = f"~~{body}~~" if op == "delete" else f"**{body}**"
            if op == "delete" or prev_op == "delete":
                lead = " "
        out.append(f"{lead}{body}{trail}")
        prev_op = op
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def _md_spaced(text: str) -> str:
    """md_escape keeping one leading and one trailing space where the text has them."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return f"{lead}{md_escape(text)}{trail}"


def safe_url(url: str | None) -> str | None:
    """The URL when it is a web or file address (never ``javascript:`` and the like)."""
    if url and re.match(r"(?i)^(https?|file)://", url.strip()):
        return url.strip()
    return None


def md_link(text: str, url: str | None) -> str:
    url = safe_url(url)
    if not url:
        return md_escape(text)
    url = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("|", "%7C")
    return f"[{md_escape(text)}]({url})"


def fmt_date(value: datetime | None, with_time: bool = False) -> str:
    if value is None:
        return "undated"
    if with_time and (value.hour or value.minute):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def plural(n: int, word: str) -> str:
    """"1 claim", "2 claims"."""
    return f"{n} {word}" + ("" if n == 1 else "s")
