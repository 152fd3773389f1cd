"""The progress callback the library takes; the CLI turns it into a progress bar.

A stage calls ``progress(task, done, total)`` as work advances: ``task`` names the step
("ingest", "embed", ...), ``done`` and ``total`` count items (``total`` may be ``None``).
"""

from __future__ import annotations

from typing import Callable, Optional

Progress = Callable[[str, int, Optional[int]], None]


def no_progress(task: str, done: int, total: int | None) -> None:
    """The default callback: does nothing."""
