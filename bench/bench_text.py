"""Page -> text quality: our step (pipeline.articles.page_text with TEXT_OPTIONS, after our own
charset decoding) over the 181 real pages in ../shared/corpora/pages, scored with that folder's
metric (the Scrapinghub article-extraction benchmark's: 4-token shingles, per-page
precision/recall, F1 of the means). Same-run baseline: trafilatura with its default settings
on the raw bytes. Target: F1 >= 0.95 (trafilatura 2.0 scored 0.958 in the published table).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("NEWSWATCH_SHARED") or HERE.parent.parent / "shared")
PAGES = SHARED / "corpora" / "pages"
TARGET_F1 = 0.95
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    """All runs of n consecutive \\w+ tokens (one shorter run when the text is short)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def score(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """The benchmark's metric: mean per-page precision and recall over shingle multisets."""
    precisions, recalls, exact = [], [], 0
    for key, true_text in truth.items():
        t, p = shingles(true_text), shingles(predicted.get(key, ""))
        tp = sum((t & p).values())
        fp = sum((p - t).values())
        fn = sum((t - p).values())
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
        exact += _TOKEN.findall(true_text) == _TOKEN.findall(predicted.get(key, "") or "")
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall)
    return {"f1": round(f1, 4), "precision": round(precision, 4), "recall": round(recall, 4),
            "accuracy": round(exact / len(truth), 4)}  # fmt: skip


def _run(extract: Callable[[bytes, str], str | None], pages: dict[str, tuple[bytes, str]]):
    started = time.perf_counter()
    predicted = {key: extract(body, url) or "" for key, (body, url) in pages.items()}
    seconds = time.perf_counter() - started
    return predicted, round(len(pages) / seconds, 1)


def main() -> None:
    import trafilatura

    from pipeline.articles import TEXT_OPTIONS, page_text
    from pipeline.http import decode_text

    if not PAGES.is_dir():
        print(json.dumps({"bench": "text", "skipped": f"{PAGES} not found"}))
        return
    truth_file = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {key: item["articleBody"] for key, item in truth_file.items()}
    pages = {
        key: (gzip.decompress((PAGES / "html" / f"{key}.html.gz").read_bytes()), item["url"])
        for key, item in truth_file.items()
    }
    ours, ours_speed = _run(lambda body, url: page_text(decode_text(body), url), pages)
    base, base_speed = _run(lambda body, url: trafilatura.extract(body, url=url), pages)
    result = {
        "bench": "text",
        "pages": len(pages),
        **score(truth, ours),
        "pages_per_s": ours_speed,
        "settings": TEXT_OPTIONS,
        "baseline_trafilatura_defaults": {**score(truth, base), "pages_per_s": base_speed},
        "target_f1": TARGET_F1,
        "meets_target": score(truth, ours)["f1"] >= TARGET_F1,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
