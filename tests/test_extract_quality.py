"""Quality on the annotated development set (../shared/corpora/conflict), with the shared scorer.

The thresholds are what the extractor reaches on that set, so a change that loses quality
fails here; the held-out set is scored elsewhere, never by this suite.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

MIN_FIGURE_F1 = 0.95
MIN_CLAIMANT_ACCURACY = 0.95
MIN_EVENT_F1 = 0.65
MAX_DISTRACTOR_FIGURES = 2


@pytest.fixture(scope="module")
def dev_scores(shared_dir: Path) -> dict:
    corpus = shared_dir / "corpora" / "conflict"
    scorer = shared_dir / "tools" / "score_extraction.py"
    if not corpus.is_dir() or not scorer.is_file():
        pytest.skip("the conflict development set or its scorer is missing")
    cmd = f"{shlex.quote(sys.executable)} -m pipeline extract --json"
    out = subprocess.run(
        [sys.executable, str(scorer), str(corpus), "--cmd", cmd, "--json"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_figure_f1_on_the_dev_set(dev_scores):
    assert dev_scores["figures"]["f1"] >= MIN_FIGURE_F1


def test_claimant_accuracy_on_the_dev_set(dev_scores):
    assert dev_scores["claimant_accuracy"] >= MIN_CLAIMANT_ACCURACY


def test_event_f1_on_the_dev_set(dev_scores):
    assert dev_scores["events"]["f1"] >= MIN_EVENT_F1


def test_distractors_yield_almost_no_figures(dev_scores):
    assert dev_scores["distractors"]["false_figures"] <= MAX_DISTRACTOR_FIGURES
