"""Stage frame: how each claim is presented (cue class, hedges, loaded terms, voice, speaker label).

Usage::

    from compare.framing import frame_claims
    n = frame_claims(con)          # fills claim_framing for claims without an up-to-date row

The word lists are data files in ``compare/lexicons/`` (see its README.md); users add their own
in folders named by ``$COMPARE_LEXICONS``. Each row records the ``lexicon_version`` it was made
with, so changing a lexicon re-frames the claims on the next run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Sequence

import duckdb
import numpy as np

from compare import db
from compare.lexicons import (ENV_LEXICONS, TERM_LISTS, Lexicons, TermMatcher,  # noqa: F401
                              at_sentence_start, load_lexicons, tokens)
from compare.progress import Progress, no_progress

NAME_SENSITIVE = ("hedges", "intensifiers")  # "in May" is a month, not a hedge
SCARE_QUOTE_MAX_WORDS = 6
BATCH = 20_000

# ---------------------------------------------------------------------------------------------
# One claim


@dataclass
class Framing:
    cue_class: str | None
    hedges: list[str]
    intensifiers: list[str]
    loaded_terms: list[str]
    scare_quotes: list[str]
    is_attributed: bool
    speaker_label: str


def cue_class(cue: str | None, cue_lemma: str | None, lex: Lexicons) -> str | None:
    """The class of a cue as written or its lemma; 'other' if unknown, None without a cue."""
    words = [" ".join(w.lower().split()) for w in (cue, cue_lemma) if w and w.strip()]
    if not words:
        return None
    for word in words:
        for candidate in (word, word.split()[-1], word.split()[0]):
            if candidate in lex.cues:
                return lex.cues[candidate]
    return "other"


def find_terms(text: str, pattern: "re.Pattern | TermMatcher | None", *,
               skip_names: bool = False) -> list[str]:
    """Distinct terms found in ``text``, lowercased, in order of appearance.

    ``skip_names`` ignores a capitalised match inside a sentence ("in May", "Theresa May").
    """
    if pattern is None or not text:
        return []
    if isinstance(pattern, TermMatcher):
        return pattern.find(text, skip_names=skip_names)
    found: list[str] = []
    for match in pattern.finditer(text):
        word = match.group(0)
        if skip_names and word[0].isupper() and not at_sentence_start(text, match.start()):
            continue
        term = " ".join(word.lower().split())
        if term not in found:
            found.append(term)
    return found


# An opening quote mark after a start, space or bracket, text without quote marks, its closing
# mark before a non-letter (so the apostrophe of "Russia’s" never opens or closes a quote).
_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))"        # start, space, bracket or dash
                     r"([“\"‘'«])([^“”\"«»\n]{1,120}?)([”\"’'»])(?!\w)")
_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}


def scare_quotes(text: str, kind: str) -> list[str]:
    """Short quoted fragments (≤ 6 words) in the outlet's own voice: narration, headline, teaser.

    Quotes and reported speech are left out (a quoted fragment there is the speaker's words),
    and so are titles of works in Title Case (“Master of the Game”).
    """
    if kind in ("quote", "reported") or not text:
        return []
    out = []
    for match in _QUOTED.finditer(text):
        opener, body, closer = match.groups()
        if _PAIRS[opener] != closer and not (opener == "“" and closer == '"'):
            continue
        if text[match.end():].lstrip().startswith(":") or \
                text[:match.start()].rstrip().endswith(":"):
            continue    # a quote introduced by or introducing a colon: ‘We are partners’: Orlov
        body = body.strip(" ,.;:")
        words = body.split()
        if not words or len(words) > SCARE_QUOTE_MAX_WORDS:
            continue
        long_words = [w for w in words if len(w) > 3]
        if len(words) >= 2 and long_words and all(w[0].isupper() for w in long_words):
            continue
        out.append(body)
    return out


def speaker_label(mention: str | None, speaker_name: str | None, speaker_kind: str | None,
                  lex: Lexicons) -> str:
    """How the mention labels its speaker: name | title | institution | pronoun | other | none."""
    mention = " ".join((mention or "").split())
    if not mention:
        return "none"
    low = mention.lower()
    if low in lex.labels.get("pronoun", ()):
        return "pronoun"
    if speaker_kind == "organisation":
        return "institution"
    name_words = {w.lower() for w in re.findall(r"[\w’'-]+", speaker_name or "") if len(w) > 2}
    words = re.findall(r"[\w’'-]+", mention)
    if any(w.lower().removesuffix("’s").removesuffix("'s") in name_words for w in words):
        return "name"
    labelled = {k: find_terms(mention, p) for k, p in lex.label_patterns.items() if p}
    covered = {w.lower() for found in labelled.values() for t in found for w in t.split()}
    named = [w for i, w in enumerate(words)
             if w[0].isupper() and w.lower() not in covered and w.lower() not in _FUNCTION_WORDS
             and not (i < len(words) - 1 and w.lower().endswith(_ADJECTIVE_ENDINGS))
             and not w.endswith(("’s", "'s"))]    # "Valdoria’s envoy" is a title
    if labelled.get("title"):          # "the Kremlin spokesman"; "Foreign Minister Ivan Petrov"
        return "name" if named else "title"
    if labelled.get("institution"):    # "the Kremlin", "the Baltic Institute for Policy Studies"
        return "institution"
    return "name" if named else "other"


# Capitalised words that are not names: "Valdorian minister", "Chinese embassy".
_ADJECTIVE_ENDINGS = ("ian", "ese", "ish", "ean", "ic")
_FUNCTION_WORDS = {"the", "a", "an", "of", "and", "for", "on", "in", "to", "its", "his", "her",
                   "their", "our", "russian", "american", "us", "u.s.", "french", "german",
                   "british", "chinese", "ukrainian", "european", "foreign", "former", "deputy",
                   "press", "new", "senior", "top"}


def frame_one(*, text: str, kind: str, cue: str | None = None, cue_lemma: str | None = None,
              speaker_id: str | None = None, speaker_mention: str | None = None,
              speaker_name: str | None = None, speaker_kind: str | None = None,
              lex: Lexicons) -> Framing:
    """The framing of one claim (pure; ``frame_claims`` applies it to the claims table)."""
    skip = kind != "headline"
    toks = tokens(text or "")
    found = {name: lex.terms[name].find(text, skip_names=skip and name in NAME_SENSITIVE,
                                        toks=toks) for name in TERM_LISTS}
    mention = (speaker_mention or "").strip() or None
    return Framing(
        cue_class=cue_class(cue, cue_lemma, lex),
        hedges=found["hedges"], intensifiers=found["intensifiers"],
        loaded_terms=found["loaded_terms"],
        scare_quotes=scare_quotes(text, kind),
        is_attributed=bool(speaker_id or mention),
        speaker_label=speaker_label(mention, speaker_name, speaker_kind, lex),
    )


# ---------------------------------------------------------------------------------------------
# The stage

# What a framing row depends on: re-extraction or a speaker edit that changes it re-frames.
_INPUT_HASH = """md5(concat_ws(chr(31), c.text, c.kind, coalesce(c.cue, ''),
    coalesce(c.cue_lemma, ''), coalesce(c.speaker_id, ''), coalesce(c.speaker_mention, ''),
    coalesce(s.name, ''), coalesce(s.kind, '')))"""

_TODO = f"""
    select c.claim_id, c.text, c.kind, c.cue, c.cue_lemma, c.speaker_id, c.speaker_mention,
           s.name, s.kind, {_INPUT_HASH} as input_hash
    from claims c
    left join speakers s on s.speaker_id = c.speaker_id
    left join claim_framing f on f.claim_id = c.claim_id
    where f.claim_id is null or f.lexicon_version <> $version or f.input_hash <> {_INPUT_HASH}
    order by c.claim_id
"""

# Rows travel as one JSON document per batch: DuckDB converts nested Python lists slowly.
_ROW_TYPE = json.dumps({"claim_id": "VARCHAR", "cue_class": "VARCHAR", "hedges": "VARCHAR[]",
                        "intensifiers": "VARCHAR[]", "loaded_terms": "VARCHAR[]",
                        "scare_quotes": "VARCHAR[]", "is_attributed": "BOOLEAN",
                        "speaker_label": "VARCHAR", "input_hash": "VARCHAR"})
_INSERT = f"""
    insert into claim_framing (claim_id, cue_class, hedges, intensifiers, loaded_terms,
        scare_quotes, n_scare_quotes, is_attributed, speaker_label, input_hash, lexicon_version)
    with batch as (select unnest(from_json($rows, '[{_ROW_TYPE}]')) as r)
    select r.claim_id, r.cue_class, r.hedges, r.intensifiers, r.loaded_terms, r.scare_quotes,
           len(r.scare_quotes), r.is_attributed, r.speaker_label, r.input_hash, $version
    from batch
"""


def frame_claims(con: duckdb.DuckDBPyConnection, *, lexicon_dirs: Sequence[str] | None = None,
                 progress: Progress = no_progress) -> int:
    """Fill ``claim_framing`` for claims without an up-to-date row.

    A row is out of date when the lexicons or the claim (text, kind, cue, speaker) changed
    since it was made; rows of deleted claims are removed. One transaction; returns the number
    of claims framed. ``lexicon_dirs`` defaults to the folders in ``$COMPARE_LEXICONS``.
    """
    lex = load_lexicons(lexicon_dirs)
    with db.transaction(con):
        con.execute("delete from claim_framing where claim_id not in (select claim_id from claims)")
        todo = con.execute(_TODO, {"version": lex.version}).fetchall()
        total = len(todo)
        if todo:  # the out-of-date rows go first: the table keeps each claim once, unindexed
            stale = {"claim_id": np.array([r[0] for r in todo], dtype=object)}  # noqa: F841
            con.execute("delete from claim_framing where claim_id in "
                        "(select claim_id from stale)")
        progress("frame", 0, total)
        for start in range(0, total, BATCH):
            batch = todo[start:start + BATCH]
            framed = [frame_one(text=r[1], kind=r[2], cue=r[3], cue_lemma=r[4], speaker_id=r[5],
                                speaker_mention=r[6], speaker_name=r[7], speaker_kind=r[8],
                                lex=lex) for r in batch]
            rows = [{"claim_id": r[0], "input_hash": r[9], **vars(f)}
                    for r, f in zip(batch, framed)]
            con.execute(_INSERT, {"rows": json.dumps(rows), "version": lex.version})
            progress("frame", min(start + BATCH, total), total)
    return total
