"""Every feed in ../shared/corpora/feeds goes through the poll-and-parse path without a crash."""

from __future__ import annotations

from pipeline.feeds import _Feed, poll_feed
from pipeline.http import HttpClient


def test_every_corpus_feed_polls_and_parses_without_an_exception(shared_dir):
    root = shared_dir / "corpora" / "feeds"
    files = sorted(
        p for sub in ("feedparser", "real") for p in (root / sub).rglob("*") if p.is_file()
    )
    assert len(files) > 2100
    statuses: dict[str, int] = {}
    errors: list[str] = []
    yielded = usable = 0
    with HttpClient(per_host_delay=0) as client:
        for i, path in enumerate(files):
            feed = _Feed(i, path.as_uri(), path.name, 900, None, None, 0)
            result = poll_feed(client, feed)  # returns a result; any exception fails the test
            statuses[result.status] = statuses.get(result.status, 0) + 1
            yielded += result.seen > 0
            usable += bool(result.entries)
            if result.status == "error":
                errors.append(f"{path.relative_to(root)}: {result.error}")
    print(
        f"\n{len(files)} feeds: {yielded} yielded entries, {usable} with entries usable as "
        f"articles (a link, guid or text); statuses {statuses}"
    )
    print("\n".join(errors))
    assert yielded > 1150  # feedparser 6.0.14 itself finds entries in 1222 of these files
    assert statuses.get("ok", 0) + statuses.get("bozo", 0) > 2100
