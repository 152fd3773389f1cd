"""Stage cluster: claims that say the same thing (level ``claim``) or serve the same gist
(level ``narrative``), across outlets.

Usage::

    from compare.cluster import cluster_claims, cluster_evidence, cluster_vectors
    run = cluster_claims(con, level="claim")          # embeds and matches what is new first
    run = cluster_claims(con, level="narrative")      # groups claim clusters by centroid cosine
    labels = cluster_vectors(vectors, threshold=0.6)  # pure: one label per row of a matrix
    cluster_evidence(con, run.run_id, ["c58073c1eadef"])  # why each version is in its cluster
"""

from compare.cluster.browse import find_cluster, list_clusters, cluster_claims_rows
from compare.cluster.evidence import cluster_evidence
from compare.cluster.graph import cluster_vectors
from compare.cluster.runs import DEFAULTS, LEVELS, ClusterRun, cluster_claims

__all__ = ["cluster_vectors", "cluster_claims", "ClusterRun", "LEVELS", "DEFAULTS",
           "list_clusters", "find_cluster", "cluster_claims_rows", "cluster_evidence"]
