"""Stage narratives: claims scored against a codebook of narratives an analyst names.

Usage::

    from compare.narratives import import_codebook, score_narratives
    import_codebook(con, "data/sample/codebook.yaml")   # checked first, then stored whole
    report = score_narratives(con)                       # new claims only; all on any change
    print(report.summary())
    con.sql("select * from narrative_matches")           # claim x narrative, with the evidence

The codebook format is in ``compare/narratives/codebook.py``, the score in ``scoring.py``, the
stage (incremental state, propagation through claim clusters) in ``stage.py``, what the analyst
reads and decides in ``review.py``; docs/narratives.md walks through it.
"""

from compare.narratives.codebook import Codebook, Entry, read_codebook
from compare.narratives.review import (borderline_claims, label_claims,
                                       narrative_evidence)
from compare.narratives.stage import ScoreReport, pending_claims, score_narratives
from compare.narratives.store import (codebook_rows, find_narrative, import_codebook,
                                      list_narratives)

__all__ = ["Codebook", "Entry", "ScoreReport", "borderline_claims", "codebook_rows",
           "find_narrative", "import_codebook", "label_claims", "list_narratives",
           "narrative_evidence", "pending_claims", "read_codebook", "score_narratives"]
