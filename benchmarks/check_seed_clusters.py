"""The seed acceptance check of the cluster stage (issue 4), on ../shared/seeds.

Ingests the two seed articles with their manifest, runs every stage (as `compare clusters`), and
prints, for the claims the check is about, their claim-level and narrative-level clusters:
Putin's 2018 cooperation claims and Peskov's (the Kremlin's) 2021 "seeking partners within the
EU" claims should share a narrative; Lavrov's "no relations with the EU" should share a
claim-level cluster with neither.

    python benchmarks/check_seed_clusters.py [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PROBES = {  # name -> (speaker substring, text substring), matched case-insensitively
    "putin_cooperation_reported": ("putin", "interested in cooperation with the eu"),
    "putin_cooperation_headline": ("putin", "interested in cooperation with eu"),
    "putin_cooperation_quote": ("putin", "interested in normal constructive interaction"),
    "putin_still_partners": ("putin", "we are still partners"),
    "peskov_seeking_partners": ("", "seeking partners within the eu"),
    "lavrov_no_relations": ("lavrov", "no relations with the eu"),
}


def seeds_database(folder: str, model: str | None):
    """A database in ``folder`` with the seeds ingested (their manifest) and every stage run."""
    from compare import db
    from compare.ingest import ingest_paths
    from compare.pipeline import run_pipeline

    con = db.connect(Path(folder) / "seeds.duckdb")
    ingest_paths(con, [SEEDS], manifest=SEEDS / "manifest.csv")
    run_pipeline(con, model=model)
    return con


def find_probes(rows: list[tuple], describe) -> dict:
    """Per probe, ``describe(row)`` of the first row (speaker, text, ...) it matches, or None."""
    found = {}
    for name, (who, what) in PROBES.items():
        hits = [r for r in rows if who in r[0].lower() and what in r[1].lower()]
        found[name] = describe(hits[0]) if hits else None
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        con = seeds_database(tmp, args.model)
        rows = con.execute("""select coalesce(speaker, ''), text, claim_cluster_id, narrative_id
                              from claims_full where kind <> 'teaser'""").fetchall()
        con.close()
    found = find_probes(rows, lambda r: {"speaker": r[0], "claim_cluster": r[2],
                                         "narrative": r[3]})
    putin = [v for k, v in found.items() if k.startswith("putin") and v]
    peskov, lavrov = found["peskov_seeking_partners"], found["lavrov_no_relations"]
    checks = {
        "putin_claims_sharing_peskov_narrative": sum(
            p["narrative"] == peskov["narrative"] for p in putin) if peskov else 0,
        "putin_claims_found": len(putin),
        "lavrov_apart_at_claim_level": bool(lavrov and peskov) and all(
            lavrov["claim_cluster"] != other["claim_cluster"] for other in putin + [peskov]),
    }
    print(json.dumps({"probes": found, "checks": checks}, indent=1))


if __name__ == "__main__":
    main()
