"""Candidate pairs, the pair matcher and its polarity guard, and the match stage."""

from __future__ import annotations

import numpy as np
import pytest

from compare import db
from compare.hashing import text_hash
from compare.embed import embed_claims, get_embedder
from compare.match import (FEATURES, candidate_pairs, match_claims, pair_features,
                           polarity_conflict, score_pairs)
from compare.match.features import NUMBER_FEATURES
from compare.match.scoring import join_same_quotes, same_quote
from matching_corpus import load_claims


def _brute_force(vectors, k, min_cosine):
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -np.inf)
    pairs = set()
    for i, row in enumerate(sims):
        for j in np.argsort(-row, kind="stable")[:k]:
            if row[j] >= min_cosine:
                pairs.add((min(i, j), max(i, j)))
    return pairs


@pytest.mark.parametrize("block", [7, 4096])
def test_candidate_pairs_are_the_exact_nearest_neighbours(block):
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(10, 16))
    vectors = centres[rng.integers(0, 10, 300)] + 0.3 * rng.normal(size=(300, 16))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    i, j, cos = candidate_pairs(vectors, k=5, min_cosine=0.5, block=block)
    assert (i < j).all() and len(set(zip(i, j))) == len(i)  # each pair once
    assert cos.min() >= 0.5
    np.testing.assert_allclose(cos, np.einsum("ij,ij->i", vectors[i], vectors[j]), atol=1e-5)
    assert set(zip(i.tolist(), j.tolist())) == _brute_force(vectors, 5, 0.5)


@pytest.mark.parametrize("min_cosine", [-1.0, 0.2, 0.8])  # every score passes .. few pass
def test_candidate_pairs_at_any_floor_and_for_query_rows(min_cosine):
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(200, 8))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    i, j, _ = candidate_pairs(vectors, k=4, min_cosine=min_cosine, block=32)
    expected = _brute_force(vectors, 4, min_cosine)
    assert set(zip(i.tolist(), j.tolist())) == expected
    new = np.arange(150, 200)  # only these rows look for neighbours (incremental matching)
    i, j, _ = candidate_pairs(vectors, k=4, min_cosine=min_cosine, block=32, queries=new)
    from_new = {p for p in _brute_force(vectors, 4, min_cosine)
                if any(_is_top(vectors, q, other, 4, min_cosine)
                       for q, other in (p, p[::-1]) if q >= 150)}
    assert set(zip(i.tolist(), j.tolist())) == from_new


def _is_top(vectors, row, other, k, min_cosine):
    sims = vectors[row] @ vectors.T
    sims[row] = -np.inf
    return other in np.argsort(-sims, kind="stable")[:k] and sims[other] >= min_cosine


def test_candidate_pairs_of_tiny_inputs():
    one = np.ones((1, 4), dtype=np.float32) / 2
    assert all(len(a) == 0 for a in candidate_pairs(one))
    two = np.array([[1, 0], [1, 0]], dtype=np.float32)
    i, j, cos = candidate_pairs(two, k=20)
    assert i.tolist() == [0] and j.tolist() == [1] and cos[0] == pytest.approx(1.0)


@pytest.mark.parametrize("a, b", [
    ("Russia poses a threat.", "Russia poses no threat."),
    ("The Kremlin trusts Brussels.", "The Kremlin no longer trusts Brussels."),
    ("Moscow will never accept these terms.", "Moscow will accept these terms."),
    ("We didn't sign the treaty.", "We signed the treaty."),
    ("NATO increased its presence in the Baltics.", "Russia increased its presence in the Baltics."),
    ("NATO increased its presence", "Russia increased its presence"),
    ("Russia attacked Ukraine first.", "Ukraine attacked Russia first."),
    ("Flights from Berlin to Paris were cancelled.", "Flights from Paris to Berlin were cancelled."),
    ("Exports increased sharply in May.", "Exports decreased sharply in May."),
    ("The parliament accepted the proposal.", "The parliament rejected the proposal."),
    ("Born in Lyon , France , she died at 80 in Nantes , France .",
     "Born in Nantes , France , she died at 80 in Lyon , France ."),
    ("The minister who met the envoy in March later criticised the general in a speech.",
     "The general who met the minister in March later criticised the envoy in a speech."),
    # a verb that ends what follows, and "without"
    ("The agency lifted the health emergency.", "The agency declared a health emergency."),
    ("The deal was reached without the ministers.", "The deal was reached by the ministers."),
])
def test_polarity_conflicts(a, b):
    assert polarity_conflict(a, b) and polarity_conflict(b, a)


@pytest.mark.parametrize("a, b", [
    ("Russia poses no threat.", "Russia is not a threat to anyone."),
    ("Putin said Russia wants cooperation with Europe.",
     "Russian President Vladimir Putin said Moscow wants cooperation with Europe."),
    ("Peskov said the Kremlin seeks partners in the EU.",
     "Peskow said the Kremlin seeks partners in the EU."),
    ("Russia attacked Ukraine.", "Ukraine was attacked by Russia."),
    ("He can't go.", "He cannot go."),
    # opposites that say different things: a ban accepted, a return allowed
    ("Ana Ruiz accepted a three-month doping suspension that will allow her to return in May.",
     "Ana Ruiz accepted a three-month ban after a settlement with the agency."),
    # "No." abbreviates a number, it negates nothing
    ("World number one Ana Ruiz has accepted a three-month ban.",
     "World No. 1 Ana Ruiz has accepted a three-month ban."),
    ("The minister left Moscow on Monday.", "The minister left Moscow on Monday."),
    ("The minister left Moscow on Monday.", "The minister left Moscow on Tuesday."),
    ("In 2018, Putin said Russia wants partners in Europe.",
     "Putin said Russia wants partners in Europe in 2018."),
    ("Shares rose 5 percent to 46 dollars.", "Shares rose 4 percent to 45 dollars."),
    # a looser paraphrase that names the same man differently is not a reversal
    ("Saddam loyalists have been blamed for sabotaging the power grid, as well as frequent "
     "attacks on soldiers.",
     "Hussein loyalists have been blamed for sabotaging the power grid and attacking soldiers."),
    # idioms whose negation word denies nothing
    ("It is, make no mistake, a historic package for the climate.",
     "She hailed a historic package for the climate."),
    ("The minister will leave office no later than 7 February.",
     "The minister will leave office on 7 February."),
    ("The ruling not only angers Valdoria but also its allies.",
     "The ruling angers Valdoria and its allies."),
    # "lifted" an emergency is "no longer" one; "not possible without" is "only with"
    ("The agency lifted the health emergency for the outbreak.",
     "The agency said the outbreak is no longer a health emergency."),
    ("The deal would not have been possible without his victory.",
     "The deal was possible because of his victory."),
])
def test_no_polarity_conflict(a, b):
    assert not polarity_conflict(a, b)


def test_score_pairs_flags_verbatim_fragments_and_guards_polarity():
    a = ["Russia is ready to cooperate with the European Union on energy and trade.",
         "Russia is ready to cooperate with the European Union on energy and trade.",
         "Russia is ready to cooperate with the European Union on energy and trade.",
         "Heavy rain floods the old harbour district again."]
    b = ["Russia is ready to cooperate with the European Union on energy and trade.",
         "ready to cooperate with the European Union on energy",
         "Russia is not ready to cooperate with the European Union on energy and trade.",
         "The central bank raised interest rates by half a point."]
    s = score_pairs(a, b, [1.0, 0.9, 0.95, 0.1])
    assert s["is_verbatim"].tolist() == [True, True, False, False]
    assert s["evidence"][:2].tolist() == ["verbatim", "verbatim"]
    assert s["polarity_conflict"].tolist() == [False, False, True, False]
    assert s["same_claim"].tolist() == [True, True, False, False]
    assert s["fuzz"][0] == 100 and 0 <= s["partial"][3] <= 100
    assert set(s) >= {"cosine", "fuzz", "partial", "is_verbatim", "evidence", "same_claim",
                      "polarity_conflict"}


def test_same_quote_sees_one_quotation_whatever_its_frame():
    quote = "The world has told Valdoria clearly: move your troops away from the border"
    assert same_quote([quote, quote, quote, "Pay for what you buy", None, quote],
                      [quote.upper() + ".", "move your troops away from the border", quote[:40],
                       "Pay for what you buy", quote,
                       "The world has not told Valdoria clearly: move your troops away"]
                      ).tolist() == [True, True, True, False, False, False]
    # the same words, a fragment inside them, a cut fragment; too short (5 words); nothing
    # attributed; a negation


def test_one_quote_joins_whatever_the_order_of_its_frame_but_not_another_speaker():
    quote = "Ana Ruiz was the finest runner of her generation and a friend to all of us"
    texts = [f"“{quote},” said Tom Watts, vice president of the athletics federation AFV.",
             f"“{quote},” said AFV vice president Tom Watts.",
             f"“{quote},” said AFV vice president Kim Berg."]
    i, j = np.array([0, 1]), np.array([1, 2])
    scored = score_pairs([texts[0], texts[1]], [texts[1], texts[2]], [0.98, 0.98])
    assert scored["polarity_conflict"].all()  # the frames' words moved; a name replaced
    said = np.array([quote] * 3, dtype=object)
    join_same_quotes(scored, said, np.ones(3, bool), i, j, texts)
    assert scored["same_claim"].tolist() == [True, False]
    assert scored["polarity_conflict"].tolist() == [False, True]


def _claims_with_content(con, rows):
    """Insert one document per row (outlet, text, content); return the claim ids."""
    ids = []
    for n, (outlet, text, said) in enumerate(rows):
        doc = f"d{n}"
        con.execute("insert into documents (doc_id, text_hash, outlet, text) values (?, ?, ?, ?)",
                    [doc, text_hash(doc), outlet, text])
        ids.append(f"c{n}")
        con.execute("insert into claims (claim_id, doc_id, seq, text, text_hash, kind, content) "
                    "values (?, ?, 1, ?, ?, 'quote', ?)",
                    [ids[-1], doc, text, text_hash(text), said])
    return ids


def test_the_match_stage_joins_one_quote_framed_differently(tmp_path):
    quote = "move your troops away from our border"
    long_frame = ("“Move your troops away from our border,” Liranian Foreign Minister Kaja "
                  "Sorensen told the council on Thursday evening after flying in from Geneva for "
                  "a vote that two members boycotted.")
    short_frame = ("Hours after the ceasefire talks in Oslo collapsed and shells again fell on the "
                   f"harbour town, a visibly tired Sorensen told the envoy of Valdoria to “{quote}”.")
    other = "“Our troops will stay where they are for as long as we see fit,” Orlov replied."
    con = db.connect(tmp_path / "q.duckdb")
    ids = _claims_with_content(con, [("Wire", long_frame, quote), ("Post", short_frame, quote),
                                     ("Gazette", other, other[1:55])])
    embed_claims(con, model="hash")
    cos = get_embedder("hash").encode([long_frame, short_frame])
    assert not score_pairs([long_frame], [short_frame], [float(cos[0] @ cos[1])],
                           model="hash")["same_claim"][0]  # the sentences alone: rejected
    match_claims(con, model="hash", min_cosine=-1.0)
    rows = con.execute("""select claim_id_a, claim_id_b, evidence, is_same_claim
                          from claim_pairs order by all""").fetchall()
    assert (ids[0], ids[1], "verbatim", True) in rows
    assert not any(same for a, b, _, same in rows if ids[2] in (a, b))


def test_pair_features_see_word_order_through_ngrams():
    a = ["The bank lent the city money before the storm."] * 2
    b = ["The bank lent the city money before the storm.",
         "The city lent the bank gold before the storm."]
    f = pair_features(a, b, [1.0, 0.95])
    assert set(f) == set(FEATURES + NUMBER_FEATURES)
    assert f["1gram_dice"][0] == f["2gram_dice"][0] == f["4gram_dice"][0] == 1.0
    assert f["2gram_dice"][1] < f["1gram_dice"][1] and f["4gram_dice"][1] < f["2gram_dice"][1]
    assert f["content_diff"].tolist() == [0, 2] and f["len_diff"].tolist() == [0, 0]


def test_match_claims_writes_scored_pairs_for_the_model(tmp_path):
    con = db.connect(tmp_path / "m.duckdb")
    ids = load_claims(con)
    embed_claims(con, model="hash")
    n = match_claims(con, model="hash", min_cosine=0.3)
    rows = con.execute("""select claim_id_a, claim_id_b, is_verbatim, is_same_claim,
                          is_polarity_conflict, evidence from claim_pairs where model = 'hash'""")
    pairs = {(a, b): rest for a, b, *rest in rows.fetchall()}
    assert len(pairs) == n and all(a < b for a, b in pairs)
    key = lambda x, y: (min(ids[x], ids[y]), max(ids[x], ids[y]))  # noqa: E731
    assert pairs[key(0, 1)][:2] == [True, True]            # republished copy
    assert pairs[key(0, 3)][1:3] == [False, True]          # its negation: never the same claim
    assert pairs[key(4, 5)][1:3] == [False, True]          # NATO / Russia: reversed agent
    assert not any(ids[7] in pair for pair in pairs)       # teasers left out
    assert match_claims(con, model="hash", min_cosine=0.3) == 0  # a re-run adds nothing
    assert con.execute("select count(*) from claim_pairs").fetchone()[0] == n


def add_claim_like_the_first(con) -> str:
    """Insert claim 'zz-new', the first claim's text with one word more; return its text."""
    text = con.execute("select text from claims order by seq limit 1").fetchone()[0]
    new_text = text.rstrip(".") + " again."
    con.execute("insert into claims (claim_id, doc_id, seq, text, text_hash, kind) select "
                "'zz-new', doc_id, 99, ?, ?, 'narration' from claims order by seq limit 1",
                [new_text, text_hash(new_text)])
    return new_text


def test_a_new_claim_is_matched_without_redoing_the_others(tmp_path):
    con = db.connect(tmp_path / "m.duckdb")
    load_claims(con)
    embed_claims(con, model="hash")
    match_claims(con, model="hash", min_cosine=0.3)
    before = set(con.execute("select claim_id_a, claim_id_b from claim_pairs").fetchall())
    new_text = add_claim_like_the_first(con)
    embed_claims(con, model="hash")
    added = match_claims(con, model="hash", min_cosine=0.3)
    after = set(con.execute("select claim_id_a, claim_id_b from claim_pairs").fetchall())
    assert added == len(after - before) > 0
    assert before <= after and all("zz-new" in pair for pair in after - before)
    # the same pairs as matching everything from scratch (k exceeds this small corpus)
    match_claims(con, model="hash", min_cosine=0.3, full=True)
    redone = set(con.execute("select claim_id_a, claim_id_b from claim_pairs").fetchall())
    assert redone == after
    # other parameters: everything is matched again
    assert match_claims(con, model="hash", min_cosine=0.9) < len(redone)


@pytest.mark.model
def test_bundled_model_matches_renderings_of_one_quote():
    a = ["Peskov said Moscow is seeking partners within the European Union.",
         "Peskov said Moscow is seeking partners within the European Union."]
    b = ["According to Peskov, Russia is looking for partners inside the EU.",
         "Lavrov said Russia has no relations with the European Union."]
    v_a, v_b = get_embedder().encode(a), get_embedder().encode(b)
    cos = np.einsum("ij,ij->i", v_a, v_b)
    same_week = (np.array([0.0, 0.0]), np.array([3.0, 3.0]))  # days of the two documents
    assert score_pairs(a, b, cos, days=same_week)["same_claim"].tolist() == [True, False]
    months_apart = (np.array([0.0, 0.0]), np.array([90.0, 90.0]))
    assert score_pairs(a, b, cos, days=months_apart)["same_claim"].tolist() == [False, False]


def test_match_claims_without_embeddings_writes_nothing(tmp_path):
    con = db.connect(tmp_path / "m.duckdb")
    load_claims(con)
    assert match_claims(con, model="hash") == 0  # nothing embedded with that model yet
    embed_claims(con, model="hash")
    seen = []
    assert match_claims(con, model="hash", progress=lambda *a: seen.append(a[0])) > 0
    assert {"neighbours", "match"} <= set(seen)


def test_the_approximate_index_finds_almost_all_exact_neighbours():
    rng = np.random.default_rng(2)
    centres = rng.normal(size=(100, 32))
    vectors = centres[rng.integers(0, 100, 4000)] + 0.4 * rng.normal(size=(4000, 32))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    exact = set(zip(*(a.tolist() for a in candidate_pairs(vectors, k=5, min_cosine=0.5)[:2])))
    i, j, cos = candidate_pairs(vectors, k=5, min_cosine=0.5, exact=False)
    found = set(zip(i.tolist(), j.tolist()))
    assert len(found & exact) >= 0.95 * len(exact)
    np.testing.assert_allclose(cos, np.einsum("ij,ij->i", vectors[i], vectors[j]), atol=1e-4)
    assert (i < j).all() and cos.min() >= 0.5



def test_new_rows_reuse_the_trained_lists_of_the_approximate_index():
    from compare.match.neighbours import CoarseLists

    rng = np.random.default_rng(3)
    centres = rng.normal(size=(100, 32))
    vectors = centres[rng.integers(0, 100, 4040)] + 0.4 * rng.normal(size=(4040, 32))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    lists = CoarseLists()
    candidate_pairs(vectors[:4000], k=5, min_cosine=0.5, exact=False, lists=lists)
    assert lists.trained and (lists.assignment >= 0).all()
    centroids = lists.centroids.copy()
    later = CoarseLists(centroids, np.r_[lists.assignment, np.full(40, -1)])
    new = np.arange(4000, 4040)
    i, j, _ = candidate_pairs(vectors, k=5, min_cosine=0.5, exact=False, lists=later,
                              queries=new)
    assert not later.trained and np.array_equal(later.centroids, centroids)
    assert (later.assignment[new] >= 0).all()
    exact = set(zip(*(a.tolist() for a in candidate_pairs(vectors, k=5, min_cosine=0.5,
                                                          queries=new)[:2])))
    assert len(set(zip(i.tolist(), j.tolist())) & exact) >= 0.95 * len(exact)


def test_the_match_stage_keeps_the_lists_of_its_approximate_index(tmp_path, monkeypatch):
    monkeypatch.setattr("compare.match.neighbours.EXACT_LIMIT", 2)  # approximate from 3 texts
    con = db.connect(tmp_path / "m.duckdb")
    load_claims(con)
    embed_claims(con, model="hash")
    match_claims(con, model="hash", min_cosine=0.3)
    lists = con.execute("select list_id, centroid from match_lists order by 1").fetchall()
    assert lists and con.execute("select count(*) from matched_texts where list_id is null"
                                 ).fetchone()[0] == 0
    new_text = add_claim_like_the_first(con)
    embed_claims(con, model="hash")
    assert match_claims(con, model="hash", min_cosine=0.3) > 0
    assert con.execute("select list_id, centroid from match_lists order by 1").fetchall() == lists
    assert con.execute("select list_id from matched_texts where text_hash = ?",
                       [text_hash(new_text)]).fetchone()[0] is not None


SENTENCES = ["The bank lent the city money before the storm.",
             "Before the storm, the city borrowed money from the bank.",
             "NATO increased its presence in the Baltic states in 2021.",
             "Russia increased its presence in the Baltic states in 2021.",
             "Russia is not ready to cooperate with the European Union.",
             "Russia is ready to cooperate with the European Union, Peskov said.",
             "Prices rose by 5 percent in May.", "Prices fell by 5 percent in May.",
             "Prices rose by 7 percent in June.", ""]


def test_table_features_equal_the_set_definitions():
    from compare.match.features import analyse_texts, table_features
    import re

    from compare.polarity import (STOPWORDS, _stem, antonym_mismatch, entity_swap,
                                  negation_mismatch, words)

    table = analyse_texts(SENTENCES)
    i, j = np.triu_indices(len(SENTENCES), k=1)
    f = table_features(table, i, j, np.ones(len(i)))

    def grams(text, n):
        toks = [_stem(t) for t in re.findall(r"\w+", text.lower())]
        return set(zip(*(toks[k:] for k in range(n))))

    def content(text):
        return {t.lower() for t in words(text)
                if (t.lower() not in STOPWORDS and len(t) > 1) or t.isdigit()}

    for r, (x, y) in enumerate(zip(i, j)):
        a, b = SENTENCES[x], SENTENCES[y]
        for n in (1, 2, 3, 4):
            ga, gb = grams(a, n), grams(b, n)
            assert f[f"{n}gram_dice"][r] == 2 * len(ga & gb) / max(len(ga) + len(gb), 1)
        ca, cb = content(a), content(b)
        assert f["content_jaccard"][r] == len(ca & cb) / max(len(ca | cb), 1)
        na, nb = ({t for t in words(s) if t[0].isdigit()} for s in (a, b))
        assert f["shared_numbers"][r] == min(len(na & nb), 3)
        assert f["numbers_dice"][r] == 2 * len(na & nb) / max(len(na) + len(nb), 1)
        assert f["negation"][r] == negation_mismatch(a, b)
        assert f["antonym"][r] == antonym_mismatch(a, b)
        assert f["swap"][r] == entity_swap(a, b)
    assert f["negation"].any() and f["antonym"].any() and f["swap"].any()
    assert f["shared_numbers"].any() and not f["shared_numbers"].all()


def test_word_order_features_on_demand_leave_decisions_unchanged():
    from compare.match.features import analyse_texts, table_features
    from compare.match.scoring import matcher_probability, matcher_threshold, score_table

    table = analyse_texts(SENTENCES)
    i, j = np.triu_indices(len(SENTENCES), k=1)
    cos = np.linspace(0.5, 1.0, len(i))
    lazy = score_table(table, i, j, cos)
    full = table_features(table, i, j, cos)
    polar = (full["negation"] + full["antonym"] + full["swap"]) > 0
    accepted = (matcher_probability(full) >= matcher_threshold()) & ~polar
    assert ((lazy["same_claim"] & ~lazy["is_verbatim"]) == (accepted & ~lazy["is_verbatim"])).all()
    assert lazy["same_claim"].any() and not lazy["same_claim"].all()


def test_a_database_from_before_migration_6_keeps_its_pairs(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table schema_migrations (version integer primary key, name varchar not "
                "null, applied_at timestamp not null default current_timestamp)")
    for version, name, sql in db.migrations():
        if version < 6:
            con.execute(sql)
            con.execute("insert into schema_migrations (version, name) values (?, ?)",
                        [version, name])
    con.execute("insert into claim_pairs (claim_id_a, claim_id_b, model, score, is_same_claim) "
                "values ('a', 'b', 'hash', 0.9, true)")
    con.close()
    con = db.connect(path)
    assert con.execute("select claim_id_a, claim_id_b, score, is_same_claim "
                       "from claim_pairs").fetchall() == [("a", "b", 0.9, True)]
    assert 6 in {v for (v,) in con.execute("select version from schema_migrations").fetchall()}


def test_a_model_folder_can_carry_its_own_matcher(tmp_path):
    import json

    from compare.match.scoring import (MODEL_MATCHER_FILE, matcher_threshold, matcher_weights)

    default = matcher_weights()["models"][matcher_weights()["default"]]
    own = dict(default, threshold=0.0)  # this folder's matcher accepts any pair
    (tmp_path / MODEL_MATCHER_FILE).write_text(json.dumps(own), encoding="utf-8")
    folder = str(tmp_path.resolve())
    assert matcher_threshold(folder) == 0.0
    assert matcher_threshold(str(tmp_path / "elsewhere")) == default["threshold"]
    a, b = ["Heavy rain floods the old harbour district."], ["The central bank raised rates."]
    assert not score_pairs(a, b, [0.1])["same_claim"][0]
    assert score_pairs(a, b, [0.1], model=folder)["same_claim"][0]
