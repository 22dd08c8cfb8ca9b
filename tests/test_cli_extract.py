"""`newswatch extract FILE... [--json]`: events from files, no database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = (
    "Moscow has sent about 4,000 more soldiers to the border, Ukraine's military intelligence "
    "said on Tuesday.\n\nThe weather was mild."
)
KEYS = {
    "file", "type", "actor", "target", "location", "subject", "metric", "value", "low", "high",
    "qualifier", "source", "hedged", "sentence", "start", "end",
}  # fmt: skip


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", *args],
        capture_output=True, text=True, cwd=cwd, timeout=120,
    )  # fmt: skip


def test_json_lists_events_with_the_documented_keys(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = _run("--json", "a.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    events = json.loads(out.stdout)
    # Kyiv's estimate of the Russian troops, and the sending of them: two events
    assert [e["type"] for e in events] == ["intelligence_estimate", "deployment"]
    assert all(set(e) >= KEYS and e["file"] == "a.txt" for e in events)
    assert (events[0]["value"], events[0]["source"]) == (4000, "Ukraine")
    assert (events[1]["actor"], events[1]["value"]) == ("Russia", None)


def test_html_files_are_reduced_to_text(tmp_path: Path):
    html = f"<html><body><article><p>{ARTICLE.splitlines()[0]}</p></article></body></html>"
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    out = _run("--json", "a.html", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert [e["value"] for e in json.loads(out.stdout)] == [4000, None]


def test_table_output_without_json(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = _run("a.txt", cwd=tmp_path)
    assert out.returncode == 0
    assert "intelligence_estimate" in out.stdout and "4000" in out.stdout


def test_unreadable_file_is_one_line_and_exit_2(tmp_path: Path):
    out = _run("--json", "missing.txt", cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0
    assert "missing.txt" in out.stderr and "Traceback" not in out.stderr


def test_an_extractor_fault_on_one_file_keeps_the_other_files_events(
    tmp_path: Path, monkeypatch, capfd
):
    import pipeline.extract
    from pipeline.cli import main

    real = pipeline.extract.extract_events

    def faulty(text: str, outlet: str | None = None):
        if "FAULT" in text:
            raise IndexError("list index out of range")
        return real(text, outlet=outlet)

    monkeypatch.setattr(pipeline.extract, "extract_events", faulty)
    (tmp_path / "bad.txt").write_text("FAULT " + ARTICLE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    code = main(["extract", "--json", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")])
    out, err = capfd.readouterr()
    assert code == 1
    assert {e["file"] for e in json.loads(out)} == {str(tmp_path / "good.txt")}
    assert err.strip() == f"newswatch: {tmp_path / 'bad.txt'}: extraction failed: IndexError"
