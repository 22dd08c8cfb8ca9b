"""The README's Guarantees section names tests that exist: a guarantee cannot lose its proof."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def guarantees() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Guarantees", 1)[1].split("\n## ", 1)[0]


def test_every_guarantee_names_at_least_one_test():
    rows = [r for r in guarantees().splitlines() if r.startswith("| ")][2:]  # past the header
    assert len(rows) >= 10
    for row in rows:
        assert re.search(r"`tests/[\w/]+\.py::\w+`", row), f"no test proves: {row[:80]}"


def test_every_named_test_exists():
    named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", guarantees())
    assert named
    for path, name in named:
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        functions = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert name in functions, f"{path}::{name} is named in the README but does not exist"
