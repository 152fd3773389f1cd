"""Boilerplate, teaser and outlet rules: data files in ``compare/rules/``, user-extendable.

Extra rule files (same YAML shape as ``compare/rules/boilerplate.yaml`` / ``outlets.yaml``, any
of the keys ``chrome``, ``menu``, ``teasers``, ``outlets``) come from ``$COMPARE_RULES``
(paths separated by ``os.pathsep``) and from the ``rules=`` option (``--rules FILE``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Sequence

import yaml

from compare.errors import InputError

ENV_RULES = "COMPARE_RULES"
_BUILTIN = ("boilerplate.yaml", "outlets.yaml")
_LIST_KEYS = ("chrome", "menu", "teasers")
MAX_RULE_LINE = 320  # longer lines are body text: chrome and menu rules are not tried on them
_BULLETS = "•·▪►▶»›|*-–—"


@dataclass(frozen=True)
class Rules:
    """Compiled rules. ``chrome``/``menu`` match whole lines; ``teaser`` matches a line start."""

    chrome: re.Pattern
    menu: re.Pattern
    teaser: re.Pattern
    outlets: dict = field(default_factory=dict)

    def is_chrome(self, line: str) -> bool:
        if len(line) > MAX_RULE_LINE:
            return False
        return self.chrome.fullmatch(strip_bullets(line)) is not None

    def is_menu(self, line: str) -> bool:
        if len(line) > MAX_RULE_LINE:
            return False
        return self.menu.fullmatch(strip_bullets(line)) is not None

    def teaser_match(self, line: str) -> re.Match | None:
        return self.teaser.match(strip_bullets(line))

    def outlet_for(self, domain: str | None) -> str | None:
        """The outlet name for a domain (or one of its parents), else the domain itself."""
        if not domain:
            return None
        parts = domain.split(".")
        for i in range(len(parts) - 1):
            name = self.outlets.get(".".join(parts[i:]))
            if name:
                return name
        return domain


def strip_bullets(line: str) -> str:
    return line.strip().lstrip(_BULLETS).strip()


def rule_files(extra: Sequence[str | os.PathLike] = ()) -> list[Path]:
    """The extra rule files in effect: ``$COMPARE_RULES`` then ``extra``."""
    env = [p for p in os.environ.get(ENV_RULES, "").split(os.pathsep) if p.strip()]
    return [Path(p) for p in [*env, *extra]]


def load_rules(extra: Sequence[str | os.PathLike] = ()) -> Rules:
    """The built-in rules plus ``$COMPARE_RULES`` and ``extra`` files (cached per file set)."""
    files = rule_files(extra)
    stamp = tuple((str(p), p.stat().st_mtime if p.is_file() else None) for p in files)
    return _load(stamp)


@lru_cache(maxsize=8)
def _load(stamp: tuple) -> Rules:
    root = resources.files("compare").joinpath("rules")
    lists: dict[str, list[str]] = {k: [] for k in _LIST_KEYS}
    outlets: dict[str, str] = {}
    sources = [(f"compare/rules/{n}", root.joinpath(n).read_text(encoding="utf-8"))
               for n in _BUILTIN]
    for path, mtime in stamp:
        if mtime is None:
            raise InputError(path, "rules file not found",
                             hint=f"check --rules or ${ENV_RULES}")
        sources.append((path, Path(path).read_text(encoding="utf-8")))
    for path, text in sources:
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", None)
            raise InputError(path, "rules file is not valid YAML", line=line + 1 if line is not None
                             else None, hint="fix the YAML syntax") from None
        if not isinstance(data, dict) or set(data) - {*_LIST_KEYS, "outlets"}:
            raise InputError(path, "rules file must be a mapping with the keys chrome, menu, "
                             "teasers, outlets", hint="see compare/rules/README.md")
        for key in _LIST_KEYS:
            for pattern in data.get(key) or []:
                try:
                    re.compile(str(pattern))
                except re.error as exc:
                    raise InputError(path, f"invalid {key} pattern {pattern!r}: {exc}",
                                     hint="fix the regular expression") from None
                lists[key].append(str(pattern))
        outlets.update({str(k).lower().removeprefix("www."): str(v)
                        for k, v in (data.get("outlets") or {}).items()})

    def alternation(patterns: list[str]) -> re.Pattern:
        body = "|".join(f"(?:{p})" for p in patterns) or r"(?!x)x"
        return re.compile(body, re.IGNORECASE)

    # Named groups may repeat across alternatives only once; teasers keep `domain` in the first.
    teaser_patterns = []
    seen_domain = False
    for p in lists["teasers"]:
        if "(?P<domain>" in p:
            if seen_domain:
                p = p.replace("(?P<domain>", "(?:")
            seen_domain = True
        teaser_patterns.append(p)
    return Rules(chrome=alternation(lists["chrome"]), menu=alternation(lists["menu"]),
                 teaser=alternation(teaser_patterns), outlets=outlets)
