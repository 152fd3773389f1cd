"""The seed acceptance check of codebook narratives (issue 15), on ../shared/seeds.

Ingests the two seed articles with their manifest, runs every stage (as `compare clusters`),
imports benchmarks/codebooks/seeds.yaml (one entry, "Russia is open to cooperation and
partnership with the West.", no examples) and prints, for the claims of
check_seed_clusters.PROBES, their score against the entry, whether they carry it, and why not
(the polarity guard). Putin's four cooperation claims and the Kremlin's "seeking partners
within the EU" should carry it; Lavrov's "no relations with the EU" should not.

    python benchmarks/check_seed_codebook.py [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from check_seed_clusters import find_probes, seeds_database  # noqa: E402

CODEBOOK = ROOT / "benchmarks" / "codebooks" / "seeds.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    from compare.narratives import import_codebook, score_narratives

    with tempfile.TemporaryDirectory() as tmp:
        con = seeds_database(tmp, args.model)
        import_codebook(con, CODEBOOK)
        score_narratives(con, model=args.model)
        rows = con.execute("""
            select coalesce(f.speaker, ''), f.text, max(cn.score) filter (where cn.source = 'model'),
                   bool_or(m.claim_id is not null), max(cn.guard), list(distinct m.source)
            from claims_full f
            left join claim_narratives cn on cn.claim_id = f.claim_id
            left join narrative_matches m on m.claim_id = f.claim_id
            where f.kind <> 'teaser' group by all""").fetchall()
        n_matched = con.execute("select count(distinct claim_id) from narrative_matches"
                                ).fetchone()[0]
        con.close()
    found = find_probes(rows, lambda r: {"speaker": r[0], "score": round(r[2] or 0.0, 3),
                                         "carries": bool(r[3]), "guard": r[4],
                                         "sources": [s for s in r[5] if s]})
    putin = [v for k, v in found.items() if k.startswith("putin")]
    checks = {
        "putin_claims_carrying_it": sum(bool(p and p["carries"]) for p in putin),
        "putin_claims_found": sum(p is not None for p in putin),
        "peskov_seeking_partners_carries_it": bool(found["peskov_seeking_partners"]
                                                   and found["peskov_seeking_partners"]["carries"]),
        "lavrov_no_relations_kept_out": bool(found["lavrov_no_relations"]
                                             and not found["lavrov_no_relations"]["carries"]),
        "claims_carrying_it": n_matched, "claims": len(rows),
    }
    print(json.dumps({"probes": found, "checks": checks}, indent=1))


if __name__ == "__main__":
    main()
