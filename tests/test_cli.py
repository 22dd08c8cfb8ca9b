"""The command line: help everywhere, version, and clean errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.cli import build_parser


def subcommand_paths(parser=None, prefix=()):
    parser = parser or build_parser()
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from subcommand_paths(sub, (*prefix, name))


@pytest.mark.parametrize("path", list(subcommand_paths()), ids=" ".join)
def test_every_command_has_help(path):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", *path, "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "usage: newswatch" in result.stdout


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("newswatch ")


def test_events_on_an_empty_database_prints_an_empty_json_list(cli_env):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "events", "--json"],
        env=cli_env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_missing_feed_list_is_a_one_line_error(cli_env, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--feeds", str(tmp_path / "nope.toml")],
        env=cli_env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "nope.toml" in result.stderr
