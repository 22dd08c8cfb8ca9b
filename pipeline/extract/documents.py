"""Read an article file for `newswatch extract`: plain text as is, HTML reduced to its text."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import ExtractionError

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # a news article is tens of KB; refuse runaway inputs
_HTML_MARKERS = ("<html", "<!doctype html", "<body", "<p>", "<article", "<div")


def looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    head = text[:2048].lstrip().lower()
    return any(head.startswith(m) or m in head[:512] for m in _HTML_MARKERS)


def html_to_text(html: str) -> str:
    """Main text of a page via trafilatura; BeautifulSoup's text when trafilatura finds none."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if text and text.strip():
        return text
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return soup.get_text("\n", strip=True)


def read_document(path: Path) -> str:
    """The text of one article file; ExtractionError (one line, exit 2) when unreadable."""
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise ExtractionError(f"{path}: larger than {MAX_DOCUMENT_BYTES} bytes")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExtractionError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ExtractionError(f"{path}: is a directory") from None
    except OSError as exc:
        raise ExtractionError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = raw.decode("utf-8", errors="replace")
    if "\x00" in text[:4096]:
        raise ExtractionError(f"{path}: not a text or HTML file")
    return html_to_text(text) if looks_like_html(path, text) else text
