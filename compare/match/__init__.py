"""Stage match: candidate pairs of claims, scored, in ``claim_pairs``.

Usage::

    from compare.match import match_claims, candidate_pairs, score_pairs, polarity_conflict
    match_claims(con, model="static")          # after embed_claims(con, model="static")
    i, j, cos = candidate_pairs(vectors, k=20, min_cosine=0.5)
    score_pairs(texts_a, texts_b, cos)["same_claim"]
"""

from compare.match.neighbours import candidate_pairs
from compare.match.features import FEATURES, pair_features
from compare.match.scoring import score_pairs
from compare.match.stage import DEFAULT_K, DEFAULT_MIN_COSINE, match_claims
from compare.polarity import polarity_conflict

__all__ = ["candidate_pairs", "score_pairs", "pair_features", "polarity_conflict",
           "match_claims", "FEATURES", "DEFAULT_K", "DEFAULT_MIN_COSINE"]
