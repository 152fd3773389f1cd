"""Load tests/fixtures/matching/claims.tsv into a store (documents and claims rows)."""

from __future__ import annotations

from pathlib import Path

from compare.hashing import digest, text_hash

FIXTURE = Path(__file__).parent / "fixtures" / "matching" / "claims.tsv"


def load_claims(con, path: Path = FIXTURE) -> list[str]:
    """Insert one document per doc id and one claim per line; return the claim ids in order."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    ids = []
    for doc, outlet, _, _ in rows:
        con.execute("insert or ignore into documents (doc_id, text_hash, outlet, text) "
                    "values (?, ?, ?, '')", [doc, digest(doc), outlet])
    for seq, (doc, _, kind, text) in enumerate(rows):
        claim_id = digest(doc, seq)
        ids.append(claim_id)
        con.execute("insert into claims (claim_id, doc_id, seq, text, text_hash, kind) "
                    "values (?, ?, ?, ?, ?, ?)", [claim_id, doc, seq, text, text_hash(text), kind])
    return ids
