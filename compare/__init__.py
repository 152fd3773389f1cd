"""compare: cross-source narrative comparison.

The package tree is the pipeline: ``ingest`` -> ``claims`` -> ``embed`` -> ``match`` ->
``cluster`` -> ``framing`` -> ``report``. Each stage has one public function taking a DuckDB
connection (see ``docs/architecture.md``). Heavy dependencies (torch, sentence-transformers) are
imported lazily so that ``compare --help`` is instant.
"""

__version__ = "0.1.0"
