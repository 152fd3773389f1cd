"""Content hashes used as ids (stable across runs and machines)."""

from __future__ import annotations

import hashlib
import unicodedata

import numpy as np

_UNIFIED = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-"})


def normalise_text(text: str) -> str:
    """NFKC, unified quotes and dashes, collapsed whitespace: the text that hashes compare.
    (``split()`` breaks at what ``\\s`` matches, and an ASCII text has nothing to unify: a third
    of the time of a regex and eight replaces, for every paragraph and claim extracted.)"""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = text.translate(_UNIFIED)
    return " ".join(text.split())


def text_hash(text: str) -> str:
    """16 hex digits of the SHA-256 of the normalised text."""
    return digest(normalise_text(text))


def digest(*parts: object) -> str:
    """16 hex digits of the SHA-256 of the parts joined by a separator."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def find_sorted(sorted_keys: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(position, found) of each key in ``sorted_keys``, an ascending array of hashes;
    compared as fixed-width strings (fast in numpy). Positions of keys not found are
    meaningless."""
    sorted_keys, keys = np.asarray(sorted_keys).astype(str), np.asarray(keys).astype(str)
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=np.int64), np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return at, sorted_keys[at] == keys
