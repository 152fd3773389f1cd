"""Typed errors. The library raises them; the CLI prints one line and exits with code 1."""

from __future__ import annotations

from pathlib import Path


class CompareError(Exception):
    """An error the user can fix; ``str(err)`` is the one line the CLI prints."""


class InputError(CompareError):
    """Bad input: which file (and line), what is wrong, what to do."""

    def __init__(self, path: str | Path | None, message: str, *, line: int | None = None,
                 hint: str | None = None):
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(self.format())

    def format(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class ModelError(CompareError):
    """A model that cannot be loaded locally."""


class QueryError(CompareError):
    """A named query or ad-hoc SQL that failed."""
