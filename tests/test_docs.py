"""The README cannot drift from the code: every command and option is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands(parser=None, prefix=()):
    parser = parser or build_parser()
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                path = (*prefix, name)
                yield path, sub
                yield from commands(sub, path)


@pytest.mark.parametrize(
    ("path", "sub"), list(commands()), ids=lambda p: " ".join(p) if isinstance(p, tuple) else ""
)
def test_every_command_is_in_the_readme(path, sub):
    assert f"newswatch {' '.join(path)}" in README


@pytest.mark.parametrize(
    ("path", "sub"), list(commands()), ids=lambda p: " ".join(p) if isinstance(p, tuple) else ""
)
def test_every_option_is_in_the_readme(path, sub):
    options = [
        opt
        for action in sub._actions
        for opt in action.option_strings
        if opt.startswith("--") and opt != "--help"
    ]
    missing = [opt for opt in options if not re.search(re.escape(opt) + r"\b", README)]
    assert missing == [], f"newswatch {' '.join(path)}: options missing from README: {missing}"


def test_readme_leads_with_the_two_commands():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


def test_every_environment_variable_the_code_reads_is_documented():
    root = Path(__file__).resolve().parent.parent / "pipeline"
    names = set()
    for path in root.rglob("*.py"):
        names |= set(re.findall(r"""["'](NEWSWATCH_[A-Z_]+|DATABASE_URL)["']""", path.read_text()))
    missing = sorted(n for n in names if n not in README)
    assert missing == [], f"environment variables missing from README: {missing}"
