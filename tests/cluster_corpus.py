"""A tiny corpus for the cluster tests, written as rows (documents, claims, speakers), so the
tests do not depend on the extractor: one quote carried by three outlets (verbatim and a
different rendering), its negation, a related statement by another speaker, a teaser, and an
unrelated claim."""

import datetime as dt

from compare import db
from compare.hashing import digest, text_hash

QUOTE = "We are ready for constructive cooperation with our neighbours in the north."
RENDERING = "We are ready for a constructive cooperation with our northern neighbours."
NEGATION = "We are not ready for constructive cooperation with our neighbours in the north."
RELATED = "The government is seeking cooperation and partners among the neighbours in the north."
UNRELATED = "The central bank left interest rates unchanged on Tuesday."
TEASER = "Also read: ports report record grain exports this winter"
HEADLINE = "Minister says the government seeks new partners in the region"

DOCS = [  # (outlet, date, [(kind, speaker, cue, text)])
    ("Daily Courier", "2024-03-01", [
        ("headline", None, None, HEADLINE),
        ("quote", "Anna Berg", "said", QUOTE),
        ("quote", "Piotr Lind", "insisted", NEGATION),
        ("teaser", None, None, TEASER),
    ]),
    ("Morning Ledger", "2024-03-02", [
        ("quote", "Anna Berg", "stressed", QUOTE),
        ("narration", None, None, UNRELATED),
    ]),
    ("Evening Wire", "2024-03-03", [("quote", "Anna Berg", "said", RENDERING)]),
    ("Evening Wire", "2025-05-10", [("reported", "Karl Moe", "claimed", RELATED)]),
]


def build(path=":memory:", docs=DOCS):
    """A database holding ``docs`` as already-extracted documents and claims."""
    con = db.connect(str(path))
    add_docs(con, docs)
    return con


def add_docs(con, docs):
    for outlet, date, claims in docs:
        text = " ".join(c[3] for c in claims)
        doc_id = digest(outlet, date, text)
        con.execute("""insert into documents (doc_id, text_hash, outlet, url, title, published_at,
                       text) values (?, ?, ?, ?, ?, ?, ?)""",
                    [doc_id, text_hash(text), outlet, f"https://example.org/{doc_id}",
                     claims[0][3], dt.datetime.fromisoformat(date), text])
        con.execute("insert into extractions (doc_id, extractor) values (?, 'fixture')", [doc_id])
        pos = 0
        for seq, (kind, speaker, cue, claim) in enumerate(claims):
            speaker_id = speaker.lower().replace(" ", "-") if speaker else None
            if speaker:
                con.execute("insert or ignore into speakers (speaker_id, name, kind) "
                            "values (?, ?, 'person')", [speaker_id, speaker])
            con.execute("""insert into claims (claim_id, doc_id, seq, char_start, char_end, text,
                           text_hash, kind, speaker_id, cue) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        [digest(doc_id, pos, pos + len(claim)), doc_id, seq, pos,
                         pos + len(claim), claim, text_hash(claim), kind, speaker_id, cue])
            pos += len(claim) + 1
