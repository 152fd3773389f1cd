"""``match_claims``: nearest-neighbour candidates among distinct claim texts, scored, stored."""

from __future__ import annotations

import json

import duckdb
import numpy as np

from compare import db, engine
from compare.embed import vectors_of_hashes
from compare.hashing import find_sorted
from compare.match.features import analyse_texts
from compare.match.neighbours import CoarseLists, candidate_pairs
from compare.match.scoring import (join_same_quotes, matcher_fingerprint, matcher_min_cosine,
                                   score_table)
from compare.progress import Progress, no_progress

DEFAULT_K = 20
DEFAULT_MIN_COSINE = None  # the matcher's floor for the model (matcher_min_cosine)
_SCORE_CHUNK = 200_000
SCORE_DECIMALS = 12  # of the stored matcher score
_INSERT_CHUNK = 1_000_000  # pairs per insert statement


def match_claims(con: duckdb.DuckDBPyConnection, *, model: str | None = None,
                 k: int = DEFAULT_K, min_cosine: float | None = None,
                 include_teasers: bool = False, full: bool = False,
                 progress: Progress = no_progress, keep: dict | None = None) -> int:
    """Add scored candidate pairs of ``model`` to ``claim_pairs``; return how many were added.

    ``min_cosine=None`` takes the model's floor from the matcher (``matcher_min_cosine``: the
    cosine below which it accepted 1 % of MRPC train pairs; the default model's when the model
    has no weights of its own), so that pairs the matcher would reject are not scored.

    Works on distinct texts: each text's ``k`` nearest other texts (cosine >= ``min_cosine``) are
    paired through their *representative* claims (the smallest claim_id with that text when the
    text was first matched), and every other claim with the same text is paired with its
    representative as a verbatim copy. So ``claim_pairs`` is a sparse graph in which identical
    texts are linked through a star, not a clique (m copies give m - 1 rows, not m(m - 1)/2).

    Incremental: texts already matched with the same parameters (``matched_texts``,
    ``match_params``) keep their pairs; only new texts look for neighbours (among all texts).
    A change of parameters (the matcher's fingerprint among them: another version of compare
    may decide otherwise), a vanished representative claim or ``full=True`` re-matches
    everything. Claims whose text is not embedded with ``model`` are left out (run
    ``embed_claims`` first). One transaction. ``keep``: when the match was incremental, receives
    the normalised vector of every text it loaded (``hashes``, sorted, and ``vectors``), so that
    the cluster stage need not load them again.
    """
    from compare.embed import resolve_model_name

    name = resolve_model_name(model)
    if min_cosine is None:
        min_cosine = matcher_min_cosine(name)
    params = json.dumps({"k": k, "min_cosine": round(float(min_cosine), 6),
                         "include_teasers": include_teasers,
                         "matcher": matcher_fingerprint(name)}, sort_keys=True)
    kinds = "" if include_teasers else "and c.kind <> 'teaser'"
    claims = con.execute(f"""
        select c.claim_id, c.text_hash from claims c
        where exists (select 1 from embeddings e where e.text_hash = c.text_hash and e.model = ?)
        {kinds} order by c.text_hash, c.claim_id""", [name]).fetchnumpy()
    ids = np.asarray(claims["claim_id"], dtype=object)
    hashes = np.asarray(claims["text_hash"], dtype=object)
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]) if len(ids) else np.zeros(0, int)
    reps, rep_hashes = ids[starts].copy(), hashes[starts]

    state = None if full else _matched_texts(con, name, params)
    known = np.zeros(len(rep_hashes), dtype=bool)  # texts matched before
    lists = CoarseLists()
    if state is not None:
        # texts matched before keep their representative and their inverted list
        at, known = find_sorted(state["text_hash"], rep_hashes)
        reps[known] = state["rep_claim_id"][at[known]]
        lists = CoarseLists(_centroids(con, name), np.full(len(reps), -1, dtype=np.int64))
        lists.assignment[known] = state["list_id"][at[known]]
    queries = np.flatnonzero(~known) if state is not None else None  # None: every text
    vectors = vectors_of_hashes(con, name, rep_hashes)
    i, j, cos = candidate_pairs(vectors, k=k, min_cosine=min_cosine, progress=progress,
                                queries=queries, lists=lists)
    if keep is not None and state is not None:
        keep.update(hashes=rep_hashes, vectors=vectors)
    del vectors
    # each text in a pair read and analysed once; pairs refer to rows of that table
    involved, rows = np.unique(np.concatenate([i, j]), return_inverse=True)
    texts, said, days = _texts(con, rep_hashes[involved])
    table = analyse_texts(texts, progress=progress)
    has_said = np.fromiter((s is not None for s in said), bool, len(said))
    del texts
    ti, tj = rows[:len(i)], rows[len(i):]
    columns: dict[str, list[np.ndarray]] = {c: [] for c in _COLUMNS}
    starts = range(0, len(i), _SCORE_CHUNK)
    chunks = [(ti[lo:lo + _SCORE_CHUNK], tj[lo:lo + _SCORE_CHUNK], cos[lo:lo + _SCORE_CHUNK])
              for lo in starts]
    scores = engine.current().map(_score_chunk, chunks, stage="match",
                                  state=(engine.as_is, (table, said, has_said, days, name)))
    for lo, scored in zip(starts, scores):
        ci, cj = i[lo:lo + _SCORE_CHUNK], j[lo:lo + _SCORE_CHUNK]
        a, b = reps[ci], reps[cj]
        swap = a > b
        columns["claim_id_a"].append(np.where(swap, b, a))
        columns["claim_id_b"].append(np.where(swap, a, b))
        for key in _SCORED:
            columns[key].append(np.asarray(scored[key]))
        progress("match", min(lo + _SCORE_CHUNK, len(i)), len(i))
    # the write below is the memory peak
    del table, said, has_said, days, i, j, cos, ti, tj, rows, involved, chunks, scores

    # copies of a text: each claim other than the representative linked to it
    group = np.cumsum(np.r_[True, hashes[1:] != hashes[:-1]]) - 1 if len(ids) else np.zeros(0, int)
    copy = ids != reps[group] if len(ids) else np.zeros(0, dtype=bool)
    m = int(copy.sum())
    if m:
        a, b = reps[group[copy]], ids[copy]
        swap = a > b
        columns["claim_id_a"].append(np.where(swap, b, a))
        columns["claim_id_b"].append(np.where(swap, a, b))
        columns["cosine"].append(np.ones(m))
        columns["fuzz"].append(np.full(m, 100.0))
        columns["partial"].append(np.full(m, 100.0))
        columns["score"].append(np.ones(m))
        columns["is_verbatim"].append(np.ones(m, dtype=bool))
        columns["evidence"].append(np.full(m, "verbatim", dtype=object))
        columns["polarity_conflict"].append(np.zeros(m, dtype=bool))
        columns["same_claim"].append(np.ones(m, dtype=bool))

    with db.transaction(con):
        if state is None:
            con.execute("delete from claim_pairs where model = ?", [name])
            con.execute("delete from matched_texts where model = ?", [name])
        before = con.execute("select count(*) from claim_pairs where model = ?",
                             [name]).fetchone()[0]
        _insert_pairs(con, name, columns, only_new=state is not None)
        _save_state(con, name, rep_hashes, reps, known, lists)
        con.execute("insert or replace into match_params (model, params) values (?, ?)",
                    [name, params])
        after = con.execute("select count(*) from claim_pairs where model = ?",
                            [name]).fetchone()[0]
    return after - before


def _score_chunk(state: tuple, chunk: tuple) -> dict[str, np.ndarray]:
    """``score_table`` and ``join_same_quotes`` for a chunk of pairs of rows of the analysed
    texts (an engine's item; the table, what each text attributes, the texts' days and the
    model name are its state)."""
    table, said, has_said, days, name = state
    pi, pj, cos = chunk
    scored = score_table(table, pi, pj, cos, model=name, days=(days[pi], days[pj]))
    if has_said.any():
        join_same_quotes(scored, said, has_said, pi, pj, table.texts)
    # numpy's vectorised exp can differ in the last bit with an array's memory alignment (one
    # pair in 9.4 million at 1M claims): the stored score is rounded, so that every run and
    # engine stores the same value (the decisions were taken on the unrounded one)
    scored["score"] = np.round(scored["score"], SCORE_DECIMALS)
    return scored


def _matched_texts(con: duckdb.DuckDBPyConnection, model: str, params: str) -> dict | None:
    """The texts already matched with these parameters (columns text_hash, rep_claim_id,
    list_id: -1 where none; sorted by text_hash), or None when everything must be matched
    again (no earlier match, new parameters, a representative claim gone)."""
    stored = con.execute("select params from match_params where model = ?", [model]).fetchone()
    if stored is None or json.loads(stored[0]) != json.loads(params):
        return None
    gone = con.execute("""select count(*) from matched_texts m where model = ? and not exists
                          (select 1 from claims c where c.claim_id = m.rep_claim_id)""",
                       [model]).fetchone()[0]
    if gone:
        return None
    return con.execute("""select text_hash, rep_claim_id, coalesce(list_id, -1) as list_id
                          from matched_texts where model = ? order by text_hash""",
                       [model]).fetchnumpy()


def _centroids(con: duckdb.DuckDBPyConnection, model: str) -> np.ndarray | None:
    """The stored centroids of the inverted lists of ``model``'s texts, if any."""
    rows = con.execute("select centroid from match_lists where model = ? order by list_id",
                       [model]).fetchnumpy()["centroid"]
    return np.stack(rows).astype(np.float32) if len(rows) else None


def _save_state(con: duckdb.DuckDBPyConnection, model: str, hashes: np.ndarray,
                reps: np.ndarray, known: np.ndarray, lists: CoarseLists) -> None:
    """Record the texts matched now (representative claim, inverted list) and, when the
    inverted-file index was trained again, its centroids and every text's list."""
    ivf = lists.assignment is not None
    list_ids = lists.assignment if ivf else np.full(len(hashes), -1)
    new = ~known
    h, r, li = hashes[new].astype(str), reps[new].astype(str), list_ids[new]  # noqa: F841
    con.execute("""insert into matched_texts (model, text_hash, rep_claim_id, list_id)
                   select ?, h.column0, r.column0, nullif(li.column0, -1)
                   from h positional join r positional join li""", [model])
    if ivf and lists.trained:
        con.execute("delete from match_lists where model = ?", [model])
        cents = {f"d{d}": col for d, col in enumerate(lists.centroids.T)}  # noqa: F841
        dims = ", ".join(f'c."d{d}"' for d in range(len(cents)))
        cents["list_id"] = np.arange(len(lists.centroids))
        con.execute(f"""insert into match_lists (model, list_id, centroid)
                        select ?, c.list_id, [{dims}]::float[] from cents c""", [model])
        h, li = hashes[known].astype(str), list_ids[known]  # noqa: F841
        con.execute("""update matched_texts m set list_id = s.li from
                       (select h.column0 as h, li.column0 as li from h positional join li) s
                       where m.model = ? and m.text_hash = s.h""", [model])


_SCORED = ("cosine", "fuzz", "partial", "score", "is_verbatim", "evidence",
           "polarity_conflict", "same_claim")
_COLUMNS = ("claim_id_a", "claim_id_b") + _SCORED


def _texts(con: duckdb.DuckDBPyConnection, hashes: np.ndarray
           ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The text of each text hash, in the given (sorted) order, what it attributes
    (``claims.content``; None where nothing), and the day its first document was published
    (days since 1970; NaN where no document of it has a date)."""
    if not len(hashes):
        return [], np.zeros(0, dtype=object), np.zeros(0)
    wanted = np.asarray(hashes, dtype=str)  # noqa: F841 - scanned by DuckDB (fixed width: fast)
    got = con.execute("""select min(c.text) as text, min(c.content) as said,
                                min(epoch(d.published_at)) / 86400.0 as day
                         from wanted w
                         join claims c on c.text_hash = w."column0"
                         join documents d on d.doc_id = c.doc_id
                         group by w."column0" order by w."column0" """).fetchnumpy()
    said, day = got["said"], got["day"]
    said = said.filled(None) if hasattr(said, "filled") else said
    day = day.filled(np.nan) if hasattr(day, "filled") else day
    return got["text"].tolist(), np.asarray(said, dtype=object), np.asarray(day, dtype=float)


def _insert_pairs(con: duckdb.DuckDBPyConnection, model: str,
                  columns: dict[str, list[np.ndarray]], *, only_new: bool) -> int:
    """Bulk insert through DuckDB's numpy replacement scan (one array per column).

    ``only_new``: skip pairs already stored for the model (an incremental run links the
    existing copies of a text again; ``claim_pairs`` has no key to ignore them)."""
    # each column's parts are dropped as soon as they are joined (memory at a million claims)
    arr = {c: (np.concatenate(columns.pop(c)) if columns[c] else np.zeros(0))
           for c in list(columns)}
    n = len(arr["claim_id_a"])
    # new texts' pairs are new; a copy of a known text may be linked already (verbatim rows)
    stored = """where not verb.column0 or not exists (select 1 from claim_pairs p
                where p.model = $model and p.is_verbatim
                and p.claim_id_a = ida.column0 and p.claim_id_b = idb.column0)"""
    for lo in range(0, n, _INSERT_CHUNK):
        part = {c: a[lo:lo + _INSERT_CHUNK] for c, a in arr.items()}
        # DuckDB finds these local arrays by name (replacement scan); rows line up positionally;
        # fixed-width strings scan several times faster than object arrays
        ida, idb = part["claim_id_a"].astype(str), part["claim_id_b"].astype(str)  # noqa: F841
        cos, fz = part["cosine"].astype(np.float64), part["fuzz"].astype(np.float64)  # noqa
        part_, score = part["partial"].astype(np.float64), part["score"].astype(np.float64)  # noqa
        verb, ev = part["is_verbatim"].astype(bool), part["evidence"].astype(str)  # noqa: F841
        pol, same = part["polarity_conflict"].astype(bool), part["same_claim"].astype(bool)  # noqa
        con.execute(f"""
            insert into claim_pairs (claim_id_a, claim_id_b, model, cosine, fuzz, partial,
                                     score, is_verbatim, evidence, is_polarity_conflict,
                                     is_same_claim)
            select ida.column0, idb.column0, $model, cos.column0, fz.column0, part_.column0,
                   score.column0, verb.column0, ev.column0, pol.column0, same.column0
            from ida positional join idb positional join cos positional join fz
                 positional join part_ positional join score positional join verb
                 positional join ev positional join pol positional join same
            {stored if only_new else ""}""", {"model": model})
    return n
