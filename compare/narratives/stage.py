"""Stage narratives: score every claim against the codebook, then propagate through claim clusters.

Incremental: the scores depend on the model, the fitted parameters, every codebook entry (the
margin compares a claim's entries with each other) and the analyst's labels; their hash is the
scoring state. While it holds, a re-run scores only the documents with claims not scored yet
(a document is scored whole: its claims lend each other context); when it changes, everything
is scored again (a million claims against 50 narratives in about 35 s, docs/benchmarks.md).
Analyst rows and propagated rows are rebuilt on every run (a few SQL statements).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np

from compare import db
from compare.hashing import digest
from compare.narratives.scoring import (COUNTER, GUARDS, NEGATION, POSITIVE, REJECTED,
                                        BlockScores, Prototypes, ScoringParams, features,
                                        load_params, score_block, similarities)
from compare.progress import Progress, no_progress

_BLOCK = 100_000  # claims per block of vectors in memory (whole documents)


@dataclass
class ScoreReport:
    n_narratives: int
    n_scored: int            # claims scored in this run
    full: bool               # everything was scored again (new codebook, labels or model)
    n_matched_claims: int    # claims that carry at least one narrative (narrative_matches)
    n_matches: dict          # source -> matches

    def summary(self) -> str:
        if not self.n_narratives:
            return "No codebook imported: nothing to score (compare narratives import FILE)."
        how = "all claims again" if self.full else "new claims only"
        by = ", ".join(f"{n} {s}" for s, n in sorted(self.n_matches.items()) if n)
        return (f"Scored {self.n_scored} claims against {self.n_narratives} narratives ({how}); "
                f"{self.n_matched_claims} claims carry one or more "
                f"({'matches: ' + by if by else 'no matches'}).")


def score_narratives(con: duckdb.DuckDBPyConnection, *, model: str | None = None,
                     full: bool = False, progress: Progress = no_progress) -> ScoreReport:
    """Score the claims not scored yet (``full``: every claim) against every codebook
    narrative, store the analyst's labels as rows, and propagate matches to the other members
    of each claim cluster of the latest claim-level run. One transaction."""
    from compare.embed import embed_claims, resolve_model_name

    name = resolve_model_name(model)
    entries, labels = _codebook(con)
    if not entries:
        with db.transaction(con):
            con.execute("delete from claim_narratives")
            con.execute("delete from narrative_scored")
            con.execute("delete from narrative_scoring")
        return ScoreReport(0, 0, False, 0, {})
    embed_claims(con, model=name, progress=progress)
    params = load_params(name)
    protos = _prototypes(con, entries, labels, name)
    state = digest(name, params.fingerprint(), *(e[6] for e in entries), "|",
                   *(f"{n}:{c}:{lab}" for n, c, lab, _ in labels))
    stored = con.execute("select state_hash from narrative_scoring").fetchone()
    full = full or stored is None or stored[0] != state
    with db.transaction(con):
        n_scored = _score_claims(con, entries, protos, params, name, full=full,
                                 progress=progress)
        _refresh_analyst_rows(con)
        _propagate(con, params.propagate_floor)
        _add_context(con, params.context_floor)
        total = con.execute("select count(*) from narrative_scored").fetchone()[0]
        con.execute("delete from narrative_scoring")
        con.execute("insert into narrative_scoring (model, state_hash, threshold, n_claims) "
                    "values (?, ?, ?, ?)", [name, state, params.threshold, total])
    matches = dict(con.execute("select source, count(*) from narrative_matches "
                               "group by source").fetchall())
    n_claims = con.execute("select count(distinct claim_id) from narrative_matches").fetchone()[0]
    return ScoreReport(len(entries), n_scored, full, n_claims, matches)


def pending_claims(con: duckdb.DuckDBPyConnection) -> int:
    """Claims the next run would score (0 without a codebook): for `compare status`."""
    if not con.execute("select count(*) from narratives").fetchone()[0]:
        return 0
    return con.execute("""select count(*) from claims c where c.kind <> 'teaser' and not exists
                          (select 1 from narrative_scored s where s.claim_id = c.claim_id)"""
                       ).fetchone()[0]


def claim_features(con: duckdb.DuckDBPyConnection, *, model: str | None = None) -> dict:
    """Every claim's features against the stored codebook, as ``score_narratives`` computes
    them before the weights (for fitting them: training/fit_narrative_scorer.py, and for the
    benchmarks): ``claim_ids``, ``narrative_ids``, ``features`` (name -> claims x narratives),
    ``similarity`` (prototype kind -> claims x narratives). Writes only the embedding cache."""
    from compare.embed import embed_claims, resolve_model_name

    name = resolve_model_name(model)
    entries, labels = _codebook(con)
    embed_claims(con, model=name)
    protos = _prototypes(con, entries, labels, name)
    n = _rows_table(con, name, everything=True)
    doc_starts = _doc_starts(con)
    vectors, starts, hint = _block_inputs(con, name, 0, n, doc_starts, _hint_pairs(con, entries),
                                          len(entries))
    sims = similarities(vectors, protos)
    ids = con.execute("select claim_id from _narr_rows order by pos").fetchnumpy()["claim_id"]
    return {"claim_ids": ids.tolist(), "narrative_ids": [e[0] for e in entries],
            "features": features(sims[POSITIVE], starts, hint, load_params(name)),
            "similarity": sims}


def _codebook(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple], list[tuple]]:
    """The entries (in codebook order) and the analyst's labels."""
    entries = con.execute("""select narrative_id, description, examples, counter_examples,
                                    speakers, outlets, entry_hash
                             from narratives order by codebook_id, position""").fetchall()
    labels = con.execute("""select narrative_id, claim_id, label, text from narrative_labels
                            order by narrative_id, claim_id""").fetchall()
    return entries, labels


# --- prototypes ---------------------------------------------------------------------------


def _prototypes(con: duckdb.DuckDBPyConnection, entries: list[tuple], labels: list[tuple],
                model: str) -> Prototypes:
    """Every entry's sentences, its rule-written denials and its counter-examples, plus the
    claims the analyst accepted (as examples) or rejected (as counter-examples)."""
    from compare.embed import embed_texts
    from compare.polarity import negated

    index = {e[0]: j for j, e in enumerate(entries)}
    texts, owner, kind = [], [], []

    def add(j: int, text: str, k: int) -> None:
        texts.append(text)
        owner.append(j)
        kind.append(k)

    for j, (_, description, examples, counters, *_rest) in enumerate(entries):
        for sentence in [description, *examples]:
            add(j, sentence, POSITIVE)
            denial = negated(sentence)
            if denial:
                add(j, denial, NEGATION)
        for sentence in counters:
            add(j, sentence, COUNTER)
    for narrative_id, _, label, text in labels:
        if narrative_id in index:
            add(index[narrative_id], text, POSITIVE if label == "accept" else REJECTED)
    return Prototypes(vectors=embed_texts(con, texts, model=model),
                      owner=np.asarray(owner), kind=np.asarray(kind),
                      n_narratives=len(entries))


# --- model rows ---------------------------------------------------------------------------


def _score_claims(con: duckdb.DuckDBPyConnection, entries: list[tuple], protos: Prototypes,
                  params: ScoringParams, model: str, *, full: bool, progress: Progress) -> int:
    """Write the model rows of the claims to score; returns how many claims were scored."""
    if full:
        con.execute("delete from claim_narratives where source = 'model'")
        con.execute("delete from narrative_scored")
    else:  # claims gone (re-extracted documents) take their rows with them
        for table in ("claim_narratives", "narrative_scored"):
            con.execute(f"delete from {table} t where not exists "
                        "(select 1 from claims c where c.claim_id = t.claim_id)")
    n = _rows_table(con, model, everything=False)
    if not n:
        return 0
    con.execute("""delete from claim_narratives t where t.source = 'model' and t.claim_id in
                   (select claim_id from _narr_rows)""")
    con.execute("delete from narrative_scored where claim_id in (select claim_id from _narr_rows)")
    doc_starts = _doc_starts(con)
    hints = _hint_pairs(con, entries)
    con.execute("create or replace temp table _narr_ids (j bigint, narrative_id varchar)")
    con.executemany("insert into _narr_ids values (?, ?)", [[j, e[0]] for j, e in
                                                           enumerate(entries)])
    progress("narratives", 0, n)
    for lo, hi in _blocks(doc_starts, n):
        vectors, starts, hint = _block_inputs(con, model, lo, hi, doc_starts, hints,
                                              len(entries))
        scores = score_block(vectors, starts, hint, protos, params)
        _insert_rows(con, lo, scores.probability, scores.guard, params)
        _insert_scored(con, lo, scores)
        progress("narratives", hi, n)
    return n


def _rows_table(con: duckdb.DuckDBPyConnection, model: str, *, everything: bool) -> int:
    """Temp table ``_narr_rows`` (pos, claim_id, doc_id, text_hash, speaker_id, outlet,
    outlet_domain) of the claims to score, grouped by document: every claim, or those of the
    documents with a claim not scored yet. Teasers are not the outlet's claims and are left
    out. Returns the number of rows."""
    todo = "" if everything else """and c.doc_id in (
        select c2.doc_id from claims c2 where c2.kind <> 'teaser' and not exists
            (select 1 from narrative_scored s where s.claim_id = c2.claim_id))"""
    con.execute(f"""
        create or replace temp table _narr_rows as
        select (row_number() over (order by c.doc_id, c.claim_id) - 1)::bigint as pos,
               c.claim_id, c.doc_id, c.text_hash, c.speaker_id, d.outlet, d.outlet_domain
        from claims c join documents d using (doc_id)
        where c.kind <> 'teaser' {todo} and exists
            (select 1 from embeddings e where e.text_hash = c.text_hash and e.model = ?)""",
                [model])
    return con.execute("select count(*) from _narr_rows").fetchone()[0]


def _doc_starts(con: duckdb.DuckDBPyConnection) -> np.ndarray:
    """The first row of each document in ``_narr_rows``."""
    return con.execute("""select pos from (select pos, doc_id, lag(doc_id) over
                          (order by pos) as before from _narr_rows)
                          where before is distinct from doc_id order by pos"""
                       ).fetchnumpy()["pos"].astype(np.int64)


def _block_inputs(con: duckdb.DuckDBPyConnection, model: str, lo: int, hi: int,
                  doc_starts: np.ndarray, hints: tuple[np.ndarray, np.ndarray], k: int
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(vectors, document starts, hint matrix) of rows lo..hi of ``_narr_rows``."""
    from compare.embed import fetch_vectors, normalise

    vectors = fetch_vectors(con, """select r.pos - ? as pos, e.vector from _narr_rows r
                                    join embeddings e on e.text_hash = r.text_hash
                                     and e.model = ? where r.pos >= ? and r.pos < ?""",
                            [lo, model, lo, hi], hi - lo)
    hint = np.zeros((hi - lo, k), dtype=np.float32)
    inside = (hints[0] >= lo) & (hints[0] < hi)
    hint[hints[0][inside] - lo, hints[1][inside]] = 1.0
    starts = doc_starts[(doc_starts >= lo) & (doc_starts < hi)] - lo
    return normalise(vectors), starts, hint


def _blocks(doc_starts: np.ndarray, n: int) -> list[tuple[int, int]]:
    """Row ranges of about ``_BLOCK`` claims that never cut a document."""
    out, lo = [], 0
    while lo < n:
        k = int(np.searchsorted(doc_starts, lo + _BLOCK))  # the first document after the block
        hi = int(doc_starts[k]) if k < len(doc_starts) else n
        out.append((lo, hi))
        lo = hi
    return out


def _hint_pairs(con: duckdb.DuckDBPyConnection, entries: list[tuple]
                ) -> tuple[np.ndarray, np.ndarray]:
    """(row, narrative index) of the claims whose speaker or outlet is one of the narrative's
    hints: a speaker by name or alias (a person also by the last word of the name), an outlet
    by name or domain, case-insensitively."""
    hints = [(j, kind, h.strip().lower()) for j, e in enumerate(entries)
             for kind, names in (("speaker", e[4]), ("outlet", e[5])) for h in names if h.strip()]
    if not hints:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    con.register("_narr_hints", {"j": np.asarray([h[0] for h in hints]),
                                 "kind": np.asarray([h[1] for h in hints], dtype=object),
                                 "hint": np.asarray([h[2] for h in hints], dtype=object)})
    try:
        rows = con.execute("""
            select distinct r.pos, h.j from _narr_rows r
            left join speakers s on s.speaker_id = r.speaker_id
            join _narr_hints h on
                (h.kind = 'speaker' and s.name is not null and (
                    lower(s.name) = h.hint
                    or list_contains(list_transform(coalesce(s.aliases, []), a -> lower(a)), h.hint)
                    or (s.kind = 'person' and split_part(lower(s.name), ' ', -1)
                        = split_part(h.hint, ' ', -1))))
                or (h.kind = 'outlet' and (lower(r.outlet) = h.hint
                    or lower(r.outlet_domain) = h.hint))""").fetchnumpy()
    finally:
        con.unregister("_narr_hints")
    return rows["pos"].astype(np.int64), rows["j"].astype(np.int64)


def _insert_rows(con: duckdb.DuckDBPyConnection, lo: int, probs: np.ndarray, guard: np.ndarray,
                 params: ScoringParams) -> None:
    """The model rows of one block that reach the storage floor (pairs the analyst labelled
    are left to the analyst rows). Only numbers cross to DuckDB: ids and guard names are
    joined there (``_narr_rows``, ``_narr_ids``)."""
    rows, cols = np.nonzero(probs >= params.store_floor)
    if not len(rows):
        return
    scores = probs[rows, cols].astype(np.float64)
    codes = guard[rows, cols]
    con.register("_narr_scored", {"pos": rows.astype(np.int64) + lo, "j": cols.astype(np.int64),
                                  "score": scores, "code": codes.astype(np.int64),
                                  "is_match": (scores >= params.threshold) & (codes == 0)})
    guard_names = "case s.code " + " ".join(f"when {c} then '{g}'" for c, g in GUARDS.items()) \
        + " end"
    try:
        con.execute(f"""insert into claim_narratives (claim_id, narrative_id, score, source,
                                                      is_match, guard)
                        select r.claim_id, n.narrative_id, s.score, 'model', s.is_match,
                               {guard_names}
                        from _narr_scored s join _narr_rows r on r.pos = s.pos
                        join _narr_ids n on n.j = s.j
                        where not exists (select 1 from narrative_labels l
                                          where l.claim_id = r.claim_id
                                            and l.narrative_id = n.narrative_id)""")
    finally:
        con.unregister("_narr_scored")


def _insert_scored(con: duckdb.DuckDBPyConnection, lo: int, scores: BlockScores) -> None:
    """The block's claims as scored, with each one's nearest entry (for matches by context)."""
    pos = np.arange(len(scores.nearest), dtype=np.int64)
    found = scores.nearest >= 0
    probability = np.full(len(pos), np.nan)
    probability[found] = scores.probability[pos[found], scores.nearest[found]]
    con.register("_narr_nearest", {"pos": pos + lo, "j": scores.nearest,
                                   "similarity": scores.nearest_similarity.astype(np.float64),
                                   "score": probability})
    try:
        con.execute("""insert into narrative_scored (claim_id, nearest_id, nearest_similarity,
                                                      nearest_score)
                        select r.claim_id, n.narrative_id, if(n.narrative_id is null, null,
                               s.similarity), if(n.narrative_id is null, null, s.score)
                        from _narr_nearest s join _narr_rows r on r.pos = s.pos
                        left join _narr_ids n on n.j = s.j""")
    finally:
        con.unregister("_narr_nearest")


# --- analyst, propagated and context rows ---------------------------------------------------


def _refresh_analyst_rows(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("delete from claim_narratives where source = 'analyst'")
    con.execute("""insert into claim_narratives (claim_id, narrative_id, score, source, is_match)
                   select l.claim_id, l.narrative_id, if(l.label = 'accept', 1.0, 0.0),
                          'analyst', l.label = 'accept'
                   from narrative_labels l
                   join narratives n using (narrative_id)
                   join claims c using (claim_id)""")


def _propagate(con: duckdb.DuckDBPyConnection, floor: float) -> None:
    """Every member of a claim cluster (latest claim-level run: the same statement, however
    worded) carries what another member carries by the analyst or by a model match of at
    least ``floor``, unless the analyst or the guard decided otherwise for that member. (Claim
    clusters are not perfect: propagating weak matches spread their errors.)"""
    con.execute("delete from claim_narratives where source = 'propagated'")
    con.execute("""
        insert into claim_narratives (claim_id, narrative_id, score, source, is_match,
                                      from_claim_id)
        with run as (
            select run_id from cluster_runs where level = 'claim'
            order by created_at desc, run_id limit 1
        ),
        members as (
            select cluster_id, claim_id from cluster_members
            where run_id = (select run_id from run)
        ),
        carried as (
            select m.cluster_id, cn.narrative_id, arg_max(cn.claim_id, cn.score) as from_claim_id,
                   max(cn.score) as score
            from claim_narratives cn join members m using (claim_id)
            where cn.is_match and (cn.source = 'analyst'
                                   or (cn.source = 'model' and cn.score >= ?))
            group by all
        )
        select m.claim_id, c.narrative_id, c.score, 'propagated', true, c.from_claim_id
        from carried c join members m using (cluster_id)
        where not exists (select 1 from claim_narratives x
                          where x.claim_id = m.claim_id and x.narrative_id = c.narrative_id
                            and (x.is_match or x.guard is not null or x.source = 'analyst'))""",
                [floor])


def _add_context(con: duckdb.DuckDBPyConnection, floor: float) -> None:
    """A claim that carries no narrative yet carries its nearest entry when another claim of
    its article carries that entry (by any match above) and the cosine reaches ``floor``,
    unless the analyst rejected the pair; ``from_claim_id`` is the article's strongest carrier,
    ``score`` the model's probability for the pair (below the threshold)."""
    con.execute("delete from claim_narratives where source = 'context'")
    con.execute("""
        insert into claim_narratives (claim_id, narrative_id, score, source, is_match,
                                      from_claim_id)
        with candidates as (
            select claim_id, nearest_id, nearest_score from narrative_scored
            where nearest_similarity >= ?
        ),
        carried as (
            select doc_id, narrative_id, arg_max(claim_id, score) as from_claim_id
            from narrative_matches group by all
        ),
        matched as (select distinct claim_id from narrative_matches)
        select s.claim_id, s.nearest_id, s.nearest_score, 'context', true, k.from_claim_id
        from candidates s
        join claims c using (claim_id)
        join carried k on k.doc_id = c.doc_id and k.narrative_id = s.nearest_id
        anti join matched m on m.claim_id = s.claim_id
        anti join narrative_labels l on l.claim_id = s.claim_id
                                    and l.narrative_id = s.nearest_id""", [floor])
