"""Embedders and the embedding cache (fast tests use the deterministic hash embedder)."""

from __future__ import annotations

import numpy as np
import pytest

from compare import db
from compare.embed import (DEFAULT_MODEL, HashEmbedder, embed_claims, embed_texts, get_embedder,
                           load_vectors, resolve_model_name)
from compare.errors import ModelError
from matching_corpus import load_claims


@pytest.fixture
def con(tmp_path):
    con = db.connect(tmp_path / "m.duckdb")
    load_claims(con)
    return con


def test_names_resolve_to_what_is_stored():
    assert resolve_model_name(None) == DEFAULT_MODEL
    assert resolve_model_name("minilm") == resolve_model_name("all-MiniLM-L6-v2") == DEFAULT_MODEL
    assert resolve_model_name("fast") == resolve_model_name("static") == "static-minilm"
    assert resolve_model_name("hash") == "hash"


def test_hash_embedder_is_deterministic_and_normalised():
    emb = get_embedder("hash")
    assert isinstance(emb, HashEmbedder) and emb.name == "hash"
    texts = ["Russia poses a threat.", "Russia poses a threat!", "Heavy rain in the harbour."]
    v1, v2 = emb.encode(texts), HashEmbedder().encode(texts)
    assert v1.dtype == np.float32 and v1.shape == (3, emb.dim)
    np.testing.assert_allclose(np.linalg.norm(v1, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(v1, v2)
    assert v1[0] @ v1[1] > 0.99 > v1[0] @ v1[2]


def test_unknown_model_names_the_available_ones():
    with pytest.raises(ModelError) as err:
        get_embedder("no-such-model-anywhere")
    message = str(err.value)
    assert "no-such-model-anywhere" in message and "minilm" in message and "static" in message


def test_embed_claims_embeds_each_text_once_and_only_new_ones(con):
    n_texts = con.execute("select count(distinct text_hash) from claims").fetchone()[0]
    n_claims = con.execute("select count(*) from claims").fetchone()[0]
    assert n_texts == n_claims - 1  # one republished sentence
    seen = []
    assert embed_claims(con, model="hash", progress=lambda *a: seen.append(a)) == n_texts
    assert seen[-1] == ("embed", n_texts, n_texts)
    assert embed_claims(con, model="hash") == 0  # cached
    con.execute("""insert into claims (claim_id, doc_id, seq, text, text_hash, kind)
                   values ('new', 'd9', 0, 'A brand new sentence.', 'h-new', 'quote')""")
    assert embed_claims(con, model="hash") == 1
    stored = con.execute("select count(*), min(model), min(len(vector)) from embeddings").fetchone()
    assert stored == (n_texts + 1, "hash", 256)


def test_embed_texts_stores_each_text_once(tmp_path):
    # embeddings has no key (migration 013): the stage itself must not store a text twice
    con = db.connect(tmp_path / "t.duckdb")
    first = embed_texts(con, ["One text.", "Another.", "One text."], model="hash")
    again = embed_texts(con, ["Another.", "A third.", "One text."], model="hash")
    assert con.execute("select count(*), count(distinct text_hash) from embeddings"
                       ).fetchone() == (3, 3)
    assert np.allclose(first[0], first[2]) and np.allclose(again[2], first[0])
    assert np.allclose(again[0], first[1])


def test_load_vectors_aligns_rows_and_leaves_teasers_out(con):
    embed_claims(con, model="hash")
    ids, vectors = load_vectors(con, model="hash")
    texts = dict(con.execute("select claim_id, text from claims").fetchall())
    kinds = dict(con.execute("select claim_id, kind from claims").fetchall())
    assert ids == sorted(ids) and "teaser" not in {kinds[i] for i in ids}
    np.testing.assert_allclose(vectors, HashEmbedder().encode([texts[i] for i in ids]), atol=1e-6)
    all_ids, _ = load_vectors(con, model="hash", include_teasers=True)
    assert len(all_ids) == len(ids) + 1
    assert load_vectors(con, model="static")[0] == []  # nothing embedded with that model
    # vectors already in memory (by sorted text hash) stand in for reading them again
    by_hash = con.execute("select c.text_hash, min(c.text) from claims c where kind <> 'teaser' "
                          "group by 1 order by 1").fetchall()
    known = (np.array([h for h, _ in by_hash]), HashEmbedder().encode([t for _, t in by_hash]))
    again_ids, again = load_vectors(con, model="hash", known=known)
    assert again_ids == ids
    np.testing.assert_allclose(again, vectors, atol=1e-6)
    partial = (known[0][1:], known[1][1:])  # a text missing: read from the database instead
    np.testing.assert_allclose(load_vectors(con, model="hash", known=partial)[1], vectors,
                               atol=1e-6)


@pytest.mark.model
def test_bundled_minilm_embeds_meaning():
    emb = get_embedder()
    assert emb.name == DEFAULT_MODEL and emb.dim == 384
    v = emb.encode(["The Kremlin wants partners in the EU.",
                    "Moscow is looking for partners inside the European Union.",
                    "Heavy rain floods the harbour."])
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, rtol=1e-5)
    assert v[0] @ v[1] > 0.6 > v[0] @ v[2]


@pytest.mark.model
def test_static_model_agrees_with_model2vec_and_is_cached():
    from compare.embed import StaticEmbedder, cache_dir, static_model_path

    path = static_model_path()  # distilled from the bundled MiniLM on first use, then cached
    assert path.parent == cache_dir() / "models" and (path / "config.json").exists()
    emb = get_embedder("fast")
    assert isinstance(emb, StaticEmbedder) and emb.name == "static-minilm"
    texts = ["Peskov said the Kremlin is seeking partners within the EU.",
             "It costs £190m, a 5% rise (officials' estimate)."]
    ours = emb.encode(texts)
    reference = emb.model.encode(texts, use_multiprocessing=False).astype(np.float32)
    reference /= np.linalg.norm(reference, axis=1, keepdims=True)
    np.testing.assert_allclose(ours, reference, atol=1e-3)
    assert emb.encode([""]).tolist() == [[0.0] * emb.dim]
    by_path = get_embedder(str(path))  # any local model folder works as a name
    assert isinstance(by_path, StaticEmbedder) and by_path.name == str(path.resolve())
    np.testing.assert_allclose(by_path.encode(texts), ours, atol=1e-6)
