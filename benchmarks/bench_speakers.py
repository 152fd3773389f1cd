"""Speakers across documents: how well ``register_speakers`` groups name forms, on ECB+.

Usage (from the repository root, ../shared/eval/ecbplus beside the checkout)::

    python benchmarks/bench_speakers.py --split dev      # develop on train / dev
    python benchmarks/bench_speakers.py --split test     # report

ECB+ (982 news articles) links every mention of a person or organisation within and across
documents. The benchmark plays the extractor: for each document and each gold entity named in it,
the fullest mention that is a name ("Christopher Kenyon Simpson", not "he" or "the actor") is the
``SpeakerRef.name``, and every mention of the entity is a ``SpeakerRef.mention``. All documents
(all topics, so that two different "Smith"s can meet) are registered one by one into one store,
in document order. Each (document, entity) pair then has a speaker_id; the gold cluster is the
ECB+ cross-document chain. Scores: B-cubed precision, recall and F1 over the (document, entity)
pairs of the chosen split, and pairwise precision (how many merged pairs are right), for the
project's rules and for a baseline that merges only identical fullest names (the slug of the
name as written: what a store keyed on the name string would do). Also: registration time.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MENTIONS = ROOT.parent / "shared" / "eval" / "ecbplus" / "derived" / "mentions.tsv"
KINDS = {"HUMAN_PART_PER": "person", "HUMAN_PART_ORG": "organisation"}


def _text(tokens: str) -> str:
    """ECB+ tokens joined by spaces -> text as written ("Reid 's" -> "Reid's")."""
    text = tokens.replace("``", '"').replace("''", '"')
    text = re.sub(r" (['\u2019]) ?(s?)\b", r"\1\2", text)
    return re.sub(r"\s+([,.;:!?])", r"\1", text).strip()


def load_entities(path: Path, *, coref_only: bool = True):
    """doc_id -> [(gold chain, kind, fullest name form, mentions)] for entities named in it."""
    from compare.claims.speaker_names import parse_speaker

    csv.field_size_limit(sys.maxsize)
    chains: dict[tuple[str, str], list] = defaultdict(list)
    splits: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            kind = KINDS.get(row["tag"])
            if kind is None or (coref_only and row["in_coref_sentences"] != "1"):
                continue
            chain = row["chain_id"] or f"single-{row['doc_id']}-{row['m_id']}"
            chains[(row["doc_id"], chain)].append((kind, _text(row["text"])))
            splits[row["doc_id"]] = row["split"]
    docs: dict[str, list] = defaultdict(list)
    for (doc_id, chain), mentions in sorted(chains.items()):
        kind = mentions[0][0]
        named = [m for _, m in mentions if parse_speaker(m, kind=kind) is not None]
        if not named:  # no name in this document: the extractor leaves the speaker NULL
            continue
        fullest = max(named, key=lambda m: (len(m.split()), len(m)))
        docs[doc_id].append((chain, kind, fullest, [m for _, m in mentions]))
    return {d: docs[d] for d in sorted(docs, key=_doc_order)}, splits


def _doc_order(doc_id: str) -> tuple:
    topic, _, rest = doc_id.partition("_")
    number = re.match(r"\d+", rest)
    return int(topic), rest.endswith("plus"), int(number.group()) if number else 0


def register_all(docs, register) -> tuple[dict[tuple[str, str], str], float]:
    """(doc_id, chain) -> final speaker_id, registering document by document; and the seconds
    spent registering (the claims written here for the ids to follow upgrades excluded)."""
    from compare import db

    con = db.connect(":memory:")
    seq, seconds = 0, 0.0
    for doc_id, entities in docs.items():
        con.execute("insert into documents (doc_id, text_hash, text) values (?, ?, '')",
                    [doc_id, doc_id])
        start = time.perf_counter()
        refs, chains = register(con, entities)
        seconds += time.perf_counter() - start
        for chain, sid in zip(chains, refs):
            seq += 1
            con.execute("insert into claims (claim_id, doc_id, seq, text, text_hash, kind, "
                        "speaker_id, speaker_mention) values (?, ?, ?, ?, '', 'quote', ?, ?)",
                        [str(seq), doc_id, seq, chain, sid, chain])
    return {(d, c): s for d, c, s in
            con.execute("select doc_id, text, speaker_id from claims").fetchall()}, seconds


def project_rules(con, entities):
    from compare.claims.speakers import SpeakerRef, register_speakers

    refs, chains = [], []
    for chain, kind, fullest, mentions in entities:
        for mention in mentions:
            refs.append(SpeakerRef(mention, fullest, None, kind))
            chains.append(chain)
    ids = register_speakers(con, refs)
    return _one_per_chain(ids, chains)


def exact_names(con, entities):
    from compare.claims.speakers import speaker_id_for

    return [speaker_id_for(f) for _, _, f, _ in entities], [c for c, _, _, _ in entities]


def _one_per_chain(ids, chains):
    first: dict[str, str] = {}
    for sid, chain in zip(ids, chains):
        first.setdefault(chain, sid)
    return list(first.values()), list(first)


def subtopic(doc_id: str) -> str:
    """"2_4ecbplus" -> "2_ecbplus": the seminal event, within which ECB+ links mentions."""
    topic, _, rest = doc_id.partition("_")
    return f"{topic}_{'ecbplus' if rest.endswith('ecbplus') else 'ecb'}"


def score(pred: dict, gold: dict, group=lambda item: "") -> dict:
    """B-cubed precision / recall / F1 and pairwise precision over the items of ``gold``,
    comparing only items of the same ``group``."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, cluster in pred.items():
        by_pred[(group(item), cluster)].add(item)
    for item, cluster in gold.items():
        by_gold[(group(item), cluster)].add(item)
    p = r = 0.0
    for item in gold:
        same_pred = by_pred[(group(item), pred[item])]
        same_gold = by_gold[(group(item), gold[item])]
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    n = len(gold)
    p, r = p / n, r / n
    pairs = sum(len(s) * (len(s) - 1) // 2 for s in by_pred.values())
    right = 0
    for s in by_pred.values():
        for g in {gold[i] for i in s}:
            k = sum(1 for i in s if gold[i] == g)
            right += k * (k - 1) // 2
    return {"b3_precision": p, "b3_recall": r, "b3_f1": 2 * p * r / (p + r),
            "pair_precision": right / pairs if pairs else 1.0, "items": n}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(MENTIONS))
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test", "all"])
    ap.add_argument("--all-sentences", action="store_true",
                    help="also mentions outside the sentences whose annotation is complete")
    args = ap.parse_args(argv)
    docs, splits = load_entities(Path(args.data), coref_only=not args.all_sentences)
    results = {}
    for name, register in (("exact name", exact_names), ("compare rules", project_rules)):
        pred, seconds = register_all(docs, register)
        kinds = {(d, c): k for d, ents in docs.items() for c, k, _, _ in ents}
        for kind in ("person", "organisation"):
            gold = {(d, c): c for (d, c) in pred if kinds[(d, c)] == kind
                    and (args.split == "all" or splits[d] == args.split)}
            mine = {i: pred[i] for i in gold}
            results[(name, kind, "within sub-topic")] = score(mine, gold,
                                                              lambda i: subtopic(i[0]))
            results[(name, kind, "all documents")] = score(mine, gold)
        results[(name, "seconds")] = seconds
        n_refs = sum(len(m) for ents in docs.values() for _, _, _, m in ents)
        print(f"{name}: {len(docs)} documents, {n_refs} speaker refs registered in "
              f"{seconds:.2f} s ({len(docs) / seconds:.0f} documents/s)")
    print(f"\nECB+ split {args.split}: (document, entity) pairs grouped across documents")
    print(f"{'method':<14} {'kind':<13} {'scored':<17} {'items':>6} {'B3 P':>6} {'B3 R':>6} "
          f"{'B3 F1':>6} {'pair P':>7}")
    for key, r in results.items():
        if key[1] != "seconds":
            print(f"{key[0]:<14} {key[1]:<13} {key[2]:<17} {r['items']:>6} "
                  f"{r['b3_precision']:>6.3f} {r['b3_recall']:>6.3f} {r['b3_f1']:>6.3f} "
                  f"{r['pair_precision']:>7.3f}")
    return results


if __name__ == "__main__":
    main()
