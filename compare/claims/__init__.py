"""Stage extract: documents -> claims with kinds, speakers and cues (see docs/architecture.md)."""
