"""Pair features: each distinct text analysed once, the pairs compared by sparse set products.

Usage::

    from compare.match.features import analyse_texts, table_features
    table = analyse_texts(["NATO increased its presence.", "Russia increased its presence."])
    f = table_features(table, np.array([0]), np.array([1]), np.array([0.9]))
    f["swap"][0], f["2gram_dice"][0]                        # 1.0, 0.666...

A text's word sets (stemmed 1- to 4-grams, content words, names, numbers, lowercase words) are
rows of one sparse matrix whose columns are 64-bit hashes of the set members (the set's family
in the low bits), so the overlaps of a million pairs are two row gathers and one element-wise
product in C, not a Python loop. Per-pair Python is left only where it is needed: the polarity
checks (on the pairs a cheap exact pre-test cannot clear) and the two features that depend on
word order beyond n-grams (``partial``, ``content_order``), which callers may ask for on some
rows only (``exact_rows``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain, repeat
from typing import Sequence

import numpy as np
import scipy.sparse as sp
from rapidfuzz import fuzz, process

from compare.hashing import normalise_text
from compare.progress import Progress, no_progress
from compare.polarity import (STOPWORDS, _is_entity, _rules, _stem, _words, antonym_mismatch,
                              entity_swap, negated_words)

FEATURES = ("cosine", "fuzz", "partial", "ratio", "sort_minus_ratio", "len_ratio",
            "content_jaccard", "content_order", "entity_only", "number_mismatch",
            "negation", "antonym", "swap") + tuple(
                f"{n}gram_{kind}" for n in (1, 2, 3, 4) for kind in ("min", "max", "dice")) + (
                "content_diff", "len_diff", "log_len")
# word-order features computed per pair in Python, on the rows a caller asks for
ORDER_FEATURES = ("partial", "content_order")
# what news gives away beyond the words: how far apart the two documents were published
DATE_FEATURES = ("days_apart", "date_unknown")
# what news reports of one event share: its figures ("a 5-4 vote", "3.75%"), counted, not only
# told apart (``number_mismatch``); computed with ``FEATURES``, used by the news matcher
NUMBER_FEATURES = ("shared_numbers", "numbers_dice")
SHARED_NUMBERS_CAP = 3
SAME_WEEK = 7   # outlets report one statement within days: no gap counts below a week
MAX_DAYS = 30   # days_apart saturates: a statement repeated a month later is "much later"

# set families: a member's column is (hash << 4) | family
(GRAM1, GRAM2, GRAM3, GRAM4, STEM_CONTENT, CONTENT, NAMES, NUMBERS, TYPES, ENTITY_NAMES,
 WORD_STEMS) = range(11)
N_FAMILIES = 11
_HASH_BITS = 58
_TOKEN = re.compile(r"\w+")
_CHUNK = 100_000  # pairs compared at once (bounds the gathered rows in memory)


@dataclass
class TextTable:
    """What the pair features need of each text, row-aligned with ``texts``."""

    texts: list[str]
    norm: list[str]           # normalised lowercase text: the rapidfuzz input
    content: list[tuple]      # content words in order (for ``content_order``)
    n_words: np.ndarray       # word tokens (``polarity.words``)
    n_tokens: np.ndarray      # \\w+ tokens (the n-gram tokens)
    norm_len: np.ndarray      # characters of the normalised text
    has_polar: np.ndarray     # a word with a listed opposite
    sets: sp.csr_matrix       # one row per text; columns: hashed set members by family
    sizes: np.ndarray         # (texts, families): set sizes
    counts: sp.csr_matrix     # lowercase word counts (multiset), hashed
    negated: sp.csr_matrix    # one row per negation cue: the stems it negates (WORD_STEMS)
    negated_ptr: np.ndarray   # text r's cues are rows negated_ptr[r]:negated_ptr[r + 1]


def analyse_texts(texts: Sequence[str], *, progress: Progress = no_progress) -> TextTable:
    """Analyse each text once (O(total words); nothing is cached beyond the table)."""
    texts = list(texts)
    n = len(texts)
    norm, content = [], []
    n_words = np.zeros(n, np.int32)
    n_tokens = np.zeros(n, np.int32)
    has_polar = np.zeros(n, bool)
    sizes = np.zeros((n, N_FAMILIES), np.int32)
    set_cols, count_cols, count_vals, negated_cols = (_Buffer() for _ in range(4))
    set_ptr, count_ptr, negated_row_ptr, negated_ptr = [0], [0], [0], [0]
    stems: dict[str, str] = {}
    seen: dict[str, str] = {}  # one string object per distinct content word
    polar_words = _rules()[2].keys()
    for r, text in enumerate(texts):
        toks = _words.__wrapped__(text)
        lower = [t.lower() for t in toks]
        words_content = [seen.setdefault(w, w) for t, w in zip(toks, lower)
                         if (w not in STOPWORDS and len(t) > 1) or t.isdigit()]
        gram_toks = [stems.get(t) or stems.setdefault(t, _stem(t))
                     for t in _TOKEN.findall(text.lower())]
        families = (
            set(gram_toks),
            set(zip(gram_toks, gram_toks[1:])),
            set(zip(gram_toks, gram_toks[1:], gram_toks[2:])),
            set(zip(gram_toks, gram_toks[1:], gram_toks[2:], gram_toks[3:])),
            {t for t in gram_toks if t not in STOPWORDS},
            set(words_content),
            {w for t, w in zip(toks, lower) if t[0].isupper() and w not in STOPWORDS},
            {t.replace(",", "") for t in toks if t[0].isdigit()},
            set(lower),
            {w for t, w in zip(toks, lower) if _is_entity(t) and not t[0].isdigit()},
            {stems.get(w) or stems.setdefault(w, _stem(w)) for w in lower},
        )
        counts_r = [len(members) for members in families]
        sizes[r] = counts_r
        hashed = np.fromiter(chain.from_iterable(map(map, repeat(hash), families)), np.int64,
                             sum(counts_r))
        set_ptr.append(set_cols.extend(np.unique(
            ((hashed & _MASK) << 4) | np.repeat(_FAMILY_BITS, counts_r))))
        counted: dict[int, int] = {}
        for w in lower:
            h = hash(w) & _MASK
            counted[h] = counted.get(h, 0) + 1
        keys = sorted(counted)
        count_ptr.append(count_cols.extend(keys))
        count_vals.extend([counted[h] for h in keys])
        norm.append(normalise_text(text).lower())
        content.append(tuple(words_content))
        n_words[r], n_tokens[r] = len(toks), len(gram_toks)
        has_polar[r] = not polar_words.isdisjoint(lower)
        for negated in negated_words(lower):  # one row per negation cue
            negated_row_ptr.append(negated_cols.extend(sorted(
                {((hash(stems.get(w) or stems.setdefault(w, _stem(w))) & _MASK) << 4) | WORD_STEMS
                 for w in negated})))
        negated_ptr.append(len(negated_row_ptr) - 1)
        if r % 20_000 == 19_999:
            progress("analyse", r + 1, n)
    progress("analyse", n, n)
    shape = (n, 1 << (_HASH_BITS + 4))
    sets = _csr(None, set_cols.array(), set_ptr, shape)
    counts = _csr(count_vals.array().astype(np.int16), count_cols.array(), count_ptr, shape)
    negated = _csr(None, negated_cols.array(), negated_row_ptr,
                   (len(negated_row_ptr) - 1, shape[1]))
    return TextTable(texts, norm, content, n_words, n_tokens,
                     np.fromiter(map(len, norm), np.int32, n), has_polar,
                     sets, sizes, counts, negated, np.asarray(negated_ptr, np.int64))


_MASK = (1 << _HASH_BITS) - 1
_FAMILY_BITS = np.arange(N_FAMILIES, dtype=np.int64)


def _csr(data: np.ndarray | None, cols: np.ndarray, ptr: list[int],
         shape: tuple) -> sp.csr_matrix:
    """A canonical CSR matrix (sorted unique columns per row, int64 indices); data: ones."""
    data = np.ones(len(cols), np.int8) if data is None else data
    m = sp.csr_matrix((data, cols, np.asarray(ptr, np.int64)), shape=shape)
    m.has_sorted_indices = True
    m.has_canonical_format = True
    return m


class _Buffer:
    """An append-only int64 column kept in numpy blocks (a Python list of a hundred million
    ints would take gigabytes)."""

    def __init__(self, block: int = 1 << 20) -> None:
        self.blocks: list[np.ndarray] = []
        self.pending: list[int] = []
        self.arrays: list[np.ndarray] = []
        self.block, self.size = block, 0

    def extend(self, values: list[int] | np.ndarray) -> int:
        """Append; return the new length."""
        if isinstance(values, np.ndarray):
            self.arrays.append(values)
            if len(self.arrays) >= 4096:
                self._flush()
        else:
            self.pending.extend(values)
        self.size += len(values)
        if len(self.pending) >= self.block:
            self._flush()
        return self.size

    def _flush(self) -> None:
        """Move what is pending (a list, or small arrays) into one block, keeping the order."""
        if self.pending:
            self.arrays.append(np.array(self.pending, np.int64))
            self.pending = []
        if self.arrays:
            self.blocks.append(np.concatenate(self.arrays))
            self.arrays = []

    def array(self) -> np.ndarray:
        self._flush()
        return np.concatenate(self.blocks) if self.blocks else np.zeros(0, np.int64)


def table_features(table: TextTable, i: np.ndarray, j: np.ndarray, cosines: Sequence[float], *,
                   exact_rows: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """One array per name in ``FEATURES`` and ``NUMBER_FEATURES`` for the pairs of table rows
    ``(i[r], j[r])``.

    ``exact_rows``: the rows (indices into the pairs) whose word-order features
    (``ORDER_FEATURES``) are computed; elsewhere ``partial`` stands at the plain ratio and
    ``content_order`` at 1. None: every row.
    """
    i, j = np.asarray(i, np.int64), np.asarray(j, np.int64)
    n = len(i)
    out = {name: np.zeros(n, dtype=np.float64) for name in FEATURES + NUMBER_FEATURES}
    out["cosine"][:] = np.asarray(cosines, dtype=np.float64)
    if not n:
        return out
    norm_a = [table.norm[x] for x in i]
    norm_b = [table.norm[y] for y in j]
    out["fuzz"][:] = process.cpdist(norm_a, norm_b, scorer=fuzz.token_set_ratio, workers=-1) / 100
    out["ratio"][:] = process.cpdist(norm_a, norm_b, scorer=fuzz.ratio, workers=-1) / 100
    out["sort_minus_ratio"][:] = process.cpdist(
        norm_a, norm_b, scorer=fuzz.token_sort_ratio, workers=-1) / 100 - out["ratio"]
    del norm_a, norm_b
    shared, multiset = _shared(table, i, j)
    size_a, size_b = table.sizes[i].astype(np.float64), table.sizes[j].astype(np.float64)
    wa, wb = table.n_words[i], table.n_words[j]
    out["len_ratio"][:] = np.minimum(wa, wb) / np.maximum(np.maximum(wa, wb), 1)
    union = size_a[:, CONTENT] + size_b[:, CONTENT] - shared[:, CONTENT]
    out["content_jaccard"][:] = shared[:, CONTENT] / np.maximum(union, 1)
    out["entity_only"][:] = ((size_a[:, NAMES] > shared[:, NAMES])
                             & (size_b[:, NAMES] > shared[:, NAMES]))
    out["number_mismatch"][:] = ((size_a[:, NUMBERS] > 0) & (size_b[:, NUMBERS] > 0)
                                 & (shared[:, NUMBERS] < np.maximum(size_a[:, NUMBERS],
                                                                    size_b[:, NUMBERS])))
    out["shared_numbers"][:] = np.minimum(shared[:, NUMBERS], SHARED_NUMBERS_CAP)
    out["numbers_dice"][:] = 2 * shared[:, NUMBERS] / np.maximum(
        size_a[:, NUMBERS] + size_b[:, NUMBERS], 1)
    for n_, family in zip((1, 2, 3, 4), (GRAM1, GRAM2, GRAM3, GRAM4)):
        s, ga, gb = shared[:, family], size_a[:, family], size_b[:, family]
        pa, pb = s / np.maximum(ga, 1), s / np.maximum(gb, 1)
        out[f"{n_}gram_min"][:], out[f"{n_}gram_max"][:] = np.minimum(pa, pb), np.maximum(pa, pb)
        out[f"{n_}gram_dice"][:] = 2 * s / np.maximum(ga + gb, 1)
    out["content_diff"][:] = (size_a[:, STEM_CONTENT] + size_b[:, STEM_CONTENT]
                              - 2 * shared[:, STEM_CONTENT])
    na, nb = table.n_tokens[i].astype(np.float64), table.n_tokens[j].astype(np.float64)
    out["len_diff"][:] = np.abs(na - nb)
    out["log_len"][:] = np.log1p(na + nb)
    _polarity(out, table, i, j, shared, multiset, size_a, size_b)
    out["partial"][:] = out["ratio"]
    out["content_order"][:] = 1.0
    rows = np.arange(n) if exact_rows is None else np.asarray(exact_rows, np.int64)
    if len(rows):
        order_features(out, table, i, j, rows)
    return out


def order_features(out: dict[str, np.ndarray], table: TextTable, i: np.ndarray, j: np.ndarray,
                   rows: np.ndarray) -> None:
    """Compute ``partial`` and ``content_order`` exactly on the given rows of ``out``."""
    out["partial"][rows] = process.cpdist([table.norm[x] for x in i[rows]],
                                          [table.norm[y] for y in j[rows]],
                                          scorer=fuzz.partial_ratio, workers=-1) / 100
    for r in rows.tolist():
        ca, cb = table.content[i[r]], table.content[j[r]]
        both = set(ca) & set(cb)
        out["content_order"][r] = fuzz.ratio([t for t in ca if t in both],
                                             [t for t in cb if t in both]) / 100


def _shared(table: TextTable, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(pairs, families) shared set members, and the shared lowercase word count (multiset)."""
    shared = np.zeros((len(i), N_FAMILIES), np.int64)
    multiset = np.zeros(len(i), np.int64)
    for lo in range(0, len(i), _CHUNK):
        a, b = i[lo:lo + _CHUNK], j[lo:lo + _CHUNK]
        both = table.sets[a].multiply(table.sets[b]).tocsr()
        rows = np.repeat(np.arange(len(a)), np.diff(both.indptr))
        family = (both.indices & 15).astype(np.int64)
        shared[lo:lo + len(a)] = np.bincount(rows * N_FAMILIES + family,
                                             minlength=len(a) * N_FAMILIES).reshape(-1, N_FAMILIES)
        multiset[lo:lo + len(a)] = np.asarray(
            table.counts[a].minimum(table.counts[b]).sum(axis=1)).ravel()
    return shared, multiset


def _polarity(out: dict[str, np.ndarray], table: TextTable, i: np.ndarray, j: np.ndarray,
              shared: np.ndarray, multiset: np.ndarray, size_a: np.ndarray,
              size_b: np.ndarray) -> None:
    """The polarity checks, run only on the pairs an exact pre-test cannot clear."""
    texts = table.texts
    # polarity.negation_mismatch: cues whose negated words the other text has, odd in number
    out["negation"][:] = (_anchored(table, i, j) + _anchored(table, j, i)) % 2
    for r in np.flatnonzero(table.has_polar[i] & table.has_polar[j]).tolist():
        out["antonym"][r] = antonym_mismatch(texts[i[r]], texts[j[r]])
    # entity_swap's own early exits, on the set sizes: word-type overlap >= 0.5, and either a
    # name on each side only with few other words changed, or most words shared
    types_a, types_b = size_a[:, TYPES], size_b[:, TYPES]
    overlap = shared[:, TYPES] / np.maximum(np.maximum(types_a, types_b), 1)
    longer = np.maximum(table.n_words[i], table.n_words[j])
    replaced = ((size_a[:, ENTITY_NAMES] > shared[:, ENTITY_NAMES])
                & (size_b[:, ENTITY_NAMES] > shared[:, ENTITY_NAMES])
                & (longer - multiset <= np.maximum(2, 0.2 * longer)))
    swapped = (overlap >= 0.7) & (multiset >= 0.8 * longer)
    maybe = ((table.n_words[i] > 0) & (table.n_words[j] > 0) & (overlap >= 0.5)
             & (replaced | swapped))
    for r in np.flatnonzero(maybe).tolist():
        out["swap"][r] = entity_swap(texts[i[r]], texts[j[r]])


def _anchored(table: TextTable, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Per pair: the negation cues of text ``src`` whose negated words text ``dst`` has."""
    out = np.zeros(len(src), np.int64)
    for lo in range(0, len(src), _CHUNK):
        a, b = src[lo:lo + _CHUNK], dst[lo:lo + _CHUNK]
        n_cues = table.negated_ptr[a + 1] - table.negated_ptr[a]
        pair = np.repeat(np.arange(len(a)), n_cues)
        if not len(pair):
            continue
        cue = table.negated_ptr[a][pair] + np.arange(len(pair)) - np.repeat(
            np.cumsum(n_cues) - n_cues, n_cues)
        hit = np.diff(table.negated[cue].multiply(table.sets[b[pair]]).tocsr().indptr) > 0
        out[lo:lo + len(a)] = np.bincount(pair[hit], minlength=len(a))
    return out


def index_pairs(texts_a: Sequence[str], texts_b: Sequence[str],
                ) -> tuple[TextTable, np.ndarray, np.ndarray]:
    """A table of the distinct texts of both sides and the pairs as its row numbers."""
    distinct: dict[str, int] = {}
    i, j = ([distinct.setdefault(t, len(distinct)) for t in texts] for texts in (texts_a, texts_b))
    return analyse_texts(list(distinct)), np.array(i, np.int64), np.array(j, np.int64)


def date_features(days_a: np.ndarray | None, days_b: np.ndarray | None, n: int
                  ) -> dict[str, np.ndarray]:
    """``DATE_FEATURES`` of ``n`` pairs from the publication days of both sides (NaN: unknown;
    None: no dates at all, as for sentence-pair sets): the days apart beyond a week, scaled to
    reach 1 at ``MAX_DAYS`` (0 within a week and where a date is unknown), and whether one is."""
    if days_a is None or days_b is None:
        return {"days_apart": np.zeros(n), "date_unknown": np.ones(n)}
    gap = np.abs(np.asarray(days_a, float) - np.asarray(days_b, float))
    unknown = np.isnan(gap)
    beyond = np.clip((gap - SAME_WEEK) / (MAX_DAYS - SAME_WEEK), 0.0, 1.0)
    return {"days_apart": np.where(unknown, 0.0, beyond), "date_unknown": unknown.astype(float)}


def pair_features(texts_a: Sequence[str], texts_b: Sequence[str], cosines: Sequence[float],
                  ) -> dict[str, np.ndarray]:
    """Every feature of every pair of texts (as the matcher was trained on)."""
    table, i, j = index_pairs(texts_a, texts_b)
    return table_features(table, i, j, cosines)
