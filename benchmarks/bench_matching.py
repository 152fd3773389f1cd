"""Pair matching on MRPC (test) and false merges on PAWS (label-0 pairs).

    /tmp/venv0/bin/python benchmarks/bench_matching.py [--models minilm static]
    /tmp/venv0/bin/python benchmarks/bench_matching.py --models static --throughput 20000

Every threshold and weight is chosen on MRPC train: the single-score baselines pick the
threshold maximising train accuracy; the project's matcher uses compare/rules/matcher.json
(fitted on MRPC train by training/train_matcher.py; for the bundled model on real-news dev and
MRPC train by training/fit_realnews_matcher.py). MRPC test and PAWS only measure. The MRPC and
PAWS loaders and scores are in mrpc_paws.py, shared with those training scripts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mrpc_paws import (accuracy_f1, auc, cached_cosines, load_mrpc, load_paws,  # noqa: E402
                       train_threshold)

from compare.cluster.graph import claim_labels_by_score  # noqa: E402
from compare.cluster.runs import default_linkage, default_threshold  # noqa: E402
from compare.cluster.update import pair_threshold  # noqa: E402
from compare.embed import resolve_model_name  # noqa: E402
from compare.match import score_pairs  # noqa: E402
from compare.match.features import pair_features  # noqa: E402


def evaluate(model: str) -> list[tuple]:
    from sklearn.linear_model import LogisticRegression

    name = resolve_model_name(model)
    tr_a, tr_b, tr_y = load_mrpc("train")
    te_a, te_b, te_y = load_mrpc("test")
    pw_a, pw_b, pw_y = load_paws()
    neg = pw_y == 0
    tr_cos = cached_cosines(model, tr_a, tr_b)
    te_cos = cached_cosines(model, te_a, te_b)
    pw_cos = cached_cosines(model, pw_a, pw_b)
    tr_f = pair_features(tr_a, tr_b, tr_cos)
    te_f = pair_features(te_a, te_b, te_cos)
    pw_f = pair_features(pw_a, pw_b, pw_cos)
    rows = []
    for label, key in (("token-set ratio alone", "fuzz"), ("cosine alone", "cosine")):
        t = train_threshold(tr_y, tr_f[key])
        acc, f1 = accuracy_f1(te_y, te_f[key] >= t)
        rows.append((name, label, acc, f1, auc(te_y, te_f[key]),
                     float((pw_f[key][neg] >= t).mean()), f"threshold {t:.3f}"))
    # logistic regression on cosine + token-set (the baseline)
    x_tr = np.column_stack([tr_f["cosine"], tr_f["fuzz"]])
    clf = LogisticRegression().fit(x_tr, tr_y)
    p_tr = clf.predict_proba(x_tr)[:, 1]
    t = train_threshold(tr_y, p_tr)
    p_te = clf.predict_proba(np.column_stack([te_f["cosine"], te_f["fuzz"]]))[:, 1]
    p_pw = clf.predict_proba(np.column_stack([pw_f["cosine"], pw_f["fuzz"]]))[:, 1]
    acc, f1 = accuracy_f1(te_y, p_te >= t)
    rows.append((name, "logistic regression, cosine + token-set", acc, f1, auc(te_y, p_te),
                 float((p_pw[neg] >= t).mean()), f"threshold {t:.3f}"))
    # the project's matcher, exactly as match_claims runs it
    te_s = score_pairs(te_a, te_b, te_cos, model=name)
    pw_s = score_pairs(pw_a, pw_b, pw_cos, model=name)
    acc, f1 = accuracy_f1(te_y, te_s["same_claim"])
    rows.append((name, "compare matcher (score_pairs.same_claim)", acc, f1,
                 auc(te_y, te_s["score"] * ~te_s["polarity_conflict"]),
                 float(pw_s["same_claim"][neg].mean()),
                 f"guard fired on {te_s['polarity_conflict'].mean():.1%} of MRPC test, "
                 f"{pw_s['polarity_conflict'][neg].mean():.1%} of PAWS label 0"))
    # what the cluster stage does with the two sentences of a pair alone
    acc, f1 = accuracy_f1(te_y, joined(te_s, te_cos, name))
    rows.append((name, f"compare clusters, the pair alone ({default_linkage('claim', name)} "
                       "linkage)", acc, f1, float("nan"),
                 float(joined(pw_s, pw_cos, name)[neg].mean()),
                 f"claim threshold {default_threshold('claim', name)}"
                 + (f", two single claims at {pair_threshold(name)}"
                    if default_linkage("claim", name) == "score" else "")))
    return rows


def joined(scored: dict, cosine: np.ndarray, model: str) -> np.ndarray:
    """Whether the claim level puts the two sentences of each pair in one cluster, every pair
    its own two texts: under the "score" linkage by the cluster stage's own function
    (``graph.claim_labels_by_score``), under the "average" linkage when the matcher accepts
    the pair and its cosine (the centroid guard of two texts) passes the threshold."""
    threshold = default_threshold("claim", model)
    if default_linkage("claim", model) == "score":
        n = len(cosine)
        weight = np.where(scored["is_verbatim"], 1.0, scored["score"])
        labels = claim_labels_by_score(np.arange(2 * n), np.arange(n), np.arange(n, 2 * n),
                                       weight, scored["polarity_conflict"], threshold=threshold,
                                       pair_threshold=pair_threshold(model))
        return labels[:n] == labels[n:]
    return scored["same_claim"] & ~scored["polarity_conflict"] & \
        (np.asarray(cosine) >= threshold)


def throughput(n: int, model: str) -> None:
    """embed_claims + match_claims on ``n`` BBC sentences as claims of one in-memory store."""
    import resource

    from bench_embedders import sentences

    from compare import db
    from compare.embed import embed_claims
    from compare.hashing import text_hash
    from compare.match import match_claims

    texts = sentences(n)
    con = db.connect(":memory:")
    ids = np.array([f"c{k:07d}" for k in range(len(texts))], dtype=object)  # noqa: F841
    docs = np.array([f"d{k // 20:06d}" for k in range(len(texts))], dtype=object)  # noqa: F841
    body = np.array(texts, dtype=object)  # noqa: F841
    hashes = np.array([text_hash(t) for t in texts], dtype=object)  # noqa: F841
    con.execute("insert into documents (doc_id, text_hash, text) "
                "select distinct d.column0, d.column0, '' from docs d")
    con.execute("insert into claims (claim_id, doc_id, seq, text, text_hash, kind) "
                "select i.column0, d.column0, 0, t.column0, h.column0, 'quote' "
                "from ids i positional join docs d positional join body t positional join hashes h")
    started = time.perf_counter()
    embedded = embed_claims(con, model=model)
    mid = time.perf_counter()
    pairs = match_claims(con, model=model)
    done = time.perf_counter()
    same = con.execute("select count(*) filter (where is_same_claim), "
                       "count(*) filter (where is_polarity_conflict) from claim_pairs").fetchone()
    print(f"{len(texts):,} claims ({embedded:,} distinct texts), model {resolve_model_name(model)}: "
          f"embed_claims {mid - started:.1f} s, match_claims {done - mid:.1f} s for {pairs:,} "
          f"pairs ({same[0]:,} same claim, {same[1]:,} polarity conflicts), peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6:.2f} GB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["minilm", "static"])
    parser.add_argument("--throughput", type=int, metavar="N",
                        help="instead: time embed_claims + match_claims on N BBC sentences "
                             "with the first model")
    args = parser.parse_args()
    if args.throughput:
        throughput(args.throughput, args.models[0])
        return
    print("| model | matcher | MRPC test acc | F1 | ROC-AUC | PAWS label-0 merged | note |")
    print("|---|---|---:|---:|---:|---:|---|")
    for model in args.models:
        started = time.perf_counter()
        for name, label, acc, f1, roc, paws, note in evaluate(model):
            print(f"| {name} | {label} | {acc:.3f} | {f1:.3f} | {roc:.3f} | {paws:.1%} | {note} |")
        print(f"<!-- {model}: {time.perf_counter() - started:.0f} s -->", file=sys.stderr)


if __name__ == "__main__":
    main()
