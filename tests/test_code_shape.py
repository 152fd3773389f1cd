"""The package's code keeps one meaning per module-level name.

A module that assigns a table (``_OPENING_PREPOSITIONS = {...}``) or defines a function twice
keeps only the last one: every rule written against the first silently reads the second. Both
happened while adding rules to the long claim modules, with no other test failing at once."""

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "compare"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(source: str) -> Counter:
    names: Counter = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_a_name_bound_twice_is_found():
    assert _top_level_names("A = 1\ndef f(): pass\nA = {2}\n")["A"] == 2
    assert _top_level_names("B: int = 1\nclass B: pass\n")["B"] == 2


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(module):
    names = _top_level_names(module.read_text(encoding="utf-8"))
    assert not [n for n, count in names.items() if count > 1]
