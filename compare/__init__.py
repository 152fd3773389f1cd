"""compare: cross-source narrative comparison.

The package tree is the pipeline: ``ingest`` -> ``claims`` -> ``embed`` -> ``match`` ->
``cluster`` -> ``framing`` -> ``report``. Each stage has one public function taking a DuckDB
connection (see ``docs/architecture.md``); ``compare.open(path)`` wraps them for notebooks
(``compare/workspace.py``, docs/python.md). Heavy dependencies (duckdb, torch,
sentence-transformers) are imported lazily so that ``import compare`` and ``compare --help``
are instant.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from compare.workspace import Workspace

__version__ = "0.1.0"
__all__ = ["open", "Workspace", "__version__"]


def open(path: str | os.PathLike | None = None, *, read_only: bool = False) -> Workspace:  # noqa: A001
    """Open (or create) a compare database for use from Python: ``compare.Workspace``.

    ``path``: the DuckDB file (default ``$COMPARE_DB``, else ``./compare.duckdb``; ``":memory:"``
    for a throwaway one). Use it in a ``with`` block, or call ``.close()`` before the CLI opens
    the same file.
    """
    from compare.workspace import Workspace

    return Workspace(path, read_only=read_only)


def __getattr__(name: str):
    if name == "Workspace":  # imported on first use, with duckdb
        from compare.workspace import Workspace

        return Workspace
    raise AttributeError(f"module 'compare' has no attribute {name!r}")
