"""Extraction quality: the shared scorer on the annotated sets, with this checkout's extractor.

Runs ../shared/tools/score_extraction.py --json on ../shared/corpora/conflict (the dev set)
and on the held-out sets in tests/corpus when present, using `python -m pipeline extract --json` from this
checkout, and prints one JSON line: per set the figure F1, claimant accuracy, event F1 and
false figures in distractor documents, and whether the issue's targets are met.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = Path(os.environ.get("NEWSWATCH_SHARED") or ROOT.parent / "shared")
SCORER = SHARED / "tools" / "score_extraction.py"
SETS = {
    "conflict": SHARED / "corpora" / "conflict",
    "heldout": ROOT / "tests" / "corpus" / "heldout",
    "heldout2": ROOT / "tests" / "corpus" / "heldout2",
    "heldout3": ROOT / "tests" / "corpus" / "heldout3",
    "heldout4": ROOT / "tests" / "corpus" / "heldout4",
    "heldout5": ROOT / "tests" / "corpus" / "heldout5",
    "heldout6": ROOT / "tests" / "corpus" / "heldout6",
    "heldout7": ROOT / "tests" / "corpus" / "heldout7",
    "heldout8": ROOT / "tests" / "corpus" / "heldout8",
    "heldout9": ROOT / "tests" / "corpus" / "heldout9",
    "heldout10": ROOT / "tests" / "corpus" / "heldout10",
    "heldout11": ROOT / "tests" / "corpus" / "heldout11",
    "heldout12": ROOT / "tests" / "corpus" / "heldout12",
    "heldout13": ROOT / "tests" / "corpus" / "heldout13",
    "heldout14": ROOT / "tests" / "corpus" / "heldout14",
    "heldout15": ROOT / "tests" / "corpus" / "heldout15",
    "heldout16": ROOT / "tests" / "corpus" / "heldout16",
    "heldout17": ROOT / "tests" / "corpus" / "heldout17",
    "heldout18": ROOT / "tests" / "corpus" / "heldout18",
    "heldout19": ROOT / "tests" / "corpus" / "heldout19",
    "heldout20": ROOT / "tests" / "corpus" / "heldout20",
    "heldout21": ROOT / "tests" / "corpus" / "heldout21",
    "heldout22": ROOT / "tests" / "corpus" / "heldout22",
    "heldout23": ROOT / "tests" / "corpus" / "heldout23",
    "heldout24": ROOT / "tests" / "corpus" / "heldout24",
    "dev2": ROOT / "tests" / "corpus" / "dev2",
    "dev3": ROOT / "tests" / "corpus" / "dev3",
    "dev4": ROOT / "tests" / "corpus" / "dev4",
    "dev5": ROOT / "tests" / "corpus" / "dev5",
    "dev6": ROOT / "tests" / "corpus" / "dev6",
    "dev7": ROOT / "tests" / "corpus" / "dev7",
    "dev8": ROOT / "tests" / "corpus" / "dev8",
    "dev9": ROOT / "tests" / "corpus" / "dev9",
    "dev10": ROOT / "tests" / "corpus" / "dev10",
    "dev11": ROOT / "tests" / "corpus" / "dev11",
    "dev12": ROOT / "tests" / "corpus" / "dev12",
    "dev13": ROOT / "tests" / "corpus" / "dev13",
    "dev14": ROOT / "tests" / "corpus" / "dev14",
    "dev15": ROOT / "tests" / "corpus" / "dev15",
    "dev16": ROOT / "tests" / "corpus" / "dev16",
    "dev17": ROOT / "tests" / "corpus" / "dev17",
    "dev18": ROOT / "tests" / "corpus" / "dev18",
    "dev19": ROOT / "tests" / "corpus" / "dev19",
    "dev20": ROOT / "tests" / "corpus" / "dev20",
    "dev21": ROOT / "tests" / "corpus" / "dev21",
}
TARGETS = {"figure_f1": 0.90, "claimant_accuracy": 0.90, "event_f1": 0.75}
MAX_DISTRACTOR_FIGURES = 2
SCORER_TIMEOUT_S = 1800  # the scorer runs the extractor in chunks of 50 documents


def _score(set_dir: Path) -> dict:
    command = f"{sys.executable} -m pipeline extract --json"
    out = subprocess.run(
        [sys.executable, str(SCORER), str(set_dir), "--cmd", command, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=SCORER_TIMEOUT_S,
    )
    if out.returncode != 0 or not out.stdout.strip():
        return {"error": (out.stderr.strip().splitlines() or ["no output"])[-1][:300]}
    full = json.loads(out.stdout.strip().splitlines()[-1])
    figures, events = full["figures"], full["events"]
    summary = {
        "documents": full["documents"],
        "figure_f1": figures["f1"],
        "figure_precision": figures["precision"],
        "figure_recall": figures["recall"],
        "claimant_accuracy": full["claimant_accuracy"],
        "subject_accuracy": full["subject_accuracy"],
        "event_f1": events["f1"],
        "event_by_type": events["by_type"],
        "distractor_false_figures": full["distractors"]["false_figures"],
    }
    summary["targets_met"] = all(summary[k] >= v for k, v in TARGETS.items()) and (
        summary["distractor_false_figures"] <= MAX_DISTRACTOR_FIGURES
    )
    return summary


def main() -> None:
    if not SCORER.is_file():
        print(json.dumps({"bench": "quality", "skipped": "../shared (scorer and corpora) absent"}))
        return
    result: dict = {"bench": "quality"}
    for name, set_dir in SETS.items():
        if (set_dir / "gold.jsonl").is_file():
            result[name] = _score(set_dir)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
