"""End to end through `newswatch run`: feeds on 127.0.0.1 -> articles -> extraction -> figures
-> alerts, over a timeline that arrives run by run. Exactly the expected alerts, each delivered
once with its id; a rerun creates nothing."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from feedkit import page, rss
from webhook_receiver import webhook_receiver
from werkzeug.wrappers import Response as WsgiResponse

TROOPS = "north korea|troops|russia-ukraine"
KILLED = "north korea|killed|russia-ukraine"
WOUNDED = "north korea|wounded|russia-ukraine"
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
FILLER = (
    "Diplomats in several capitals said they were following the reports closely and would "
    "discuss them with partners at meetings planned for the coming days."
)

# slug -> (outlet, days ago published, the article's own words)
ARTICLES = {
    "first": ("Daily Ledger", 30,
              "U.S. intelligence officials estimate that around 10,000 North Korean soldiers "
              "have been sent to Russia's Kursk region, officials said on Tuesday."),
    "rise": ("Daily Ledger", 23,
             "United States intelligence now estimates that about 12,000 North Korean troops "
             "are in Russia, a defence official said on Tuesday."),
    "restated": ("Harbour Times", 20,
                 "According to U.S. intelligence, around 12,000 North Korean soldiers are "
                 "deployed in Russia's Kursk region."),
    "seoul": ("Seoul Herald", 16,
              "South Korea's intelligence service estimates that about 15,000 North Korean "
              "soldiers are in Russia."),
    "revised": ("Daily Ledger", 9,
                "U.S. intelligence revised its estimate on Monday, saying about 11,000 North "
                "Korean troops remain in the Kursk region."),
    "losses": ("Kyiv Wire", 6,
               "Ukraine's military intelligence said 1,200 North Korean soldiers had been "
               "killed in the Kursk region. It said another 2,500 North Korean soldiers had "
               "been wounded there."),
    "late": ("Archive Post", 27,
             "U.S. officials estimated that about 10,500 North Korean soldiers were in Russia."),
}  # fmt: skip
# what each run adds to the feeds (a backlog of three, then three, then the late one);
# "rise" also appears, word for word, on a mirror site
RUNS = [["first", "rise", "restated"], ["seoul", "revised", "losses"], ["late"]]
OUTLETS = ["Daily Ledger", "Harbour Times", "Seoul Herald", "Kyiv Wire", "Archive Post", "Mirror"]

EXPECTED = [
    ("new", TROOPS, "United States", None, 10000),
    ("changed", TROOPS, "United States", 10000, 12000),
    ("contradicts", TROOPS, "South Korea", 12000, 15000),
    ("changed", TROOPS, "United States", 12000, 11000),
    ("new", KILLED, "Ukraine", None, 1200),
    ("new", WOUNDED, "Ukraine", None, 2500),
]


def slug_path(outlet: str, slug: str) -> str:
    return f"/{outlet.replace(' ', '-').lower()}/{slug}"


class Newsroom:
    """Feeds whose items are released run by run, and the article pages they link to."""

    def __init__(self, web) -> None:
        self.web = web
        self.released: list[tuple[str, str]] = []  # (outlet, slug)
        for outlet in OUTLETS:
            web.expect_request(f"/feed/{outlet.replace(' ', '-').lower()}").respond_with_handler(
                self.feed_handler(outlet)
            )
        for slug, (outlet, days, words) in ARTICLES.items():
            self.serve_page(outlet, slug, words, days)
        outlet, days, words = ARTICLES["rise"]
        self.serve_page("Mirror", "rise", words, days - 0.5)

    def serve_page(self, outlet, slug, words, days) -> None:
        date = (NOW - dt.timedelta(days=days)).isoformat()
        html = page("North Korean forces in Russia", [words, FILLER], date)
        self.web.expect_request(slug_path(outlet, slug)).respond_with_data(
            html, content_type="text/html"
        )

    def feed_handler(self, outlet):
        def handler(request):
            items = []
            for o, slug in self.released:
                if o != outlet:
                    continue
                days = ARTICLES[slug][1] - (0.5 if o == "Mirror" else 0)
                items.append({
                    "title": "North Korean forces in Russia", "link": self.web.url_for(slug_path(o, slug)),
                    "date": NOW - dt.timedelta(days=days),
                })  # fmt: skip
            return WsgiResponse(rss(items, title=outlet), content_type="application/rss+xml")

        return handler

    def release(self, slugs) -> None:
        for slug in slugs:
            self.released.append((ARTICLES[slug][0], slug))
            if slug == "rise":
                self.released.append(("Mirror", "rise"))

    def feeds_toml(self, path) -> None:
        lines = []
        for outlet in OUTLETS:
            url = self.web.url_for(f"/feed/{outlet.replace(' ', '-').lower()}")
            lines.append(f'[[feeds]]\nname = "{outlet}"\nurl = "{url}"\n')
        path.write_text("\n".join(lines))


def newswatch(env, *args) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "-q", *args], env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def alert_tuples(env) -> list[tuple]:
    alerts = json.loads(newswatch(env, "alerts", "--json"))
    return [
        (a["kind"], a["series"], a["claimant"], a["previous"], a["value"]) for a in alerts[::-1]
    ]


@pytest.fixture
def timeline_run(web, cli_env, conn, tmp_path):
    """Runs `newswatch run` once per release of the timeline; yields (env, receiver, feeds)."""
    newsroom = Newsroom(web)
    feeds = tmp_path / "feeds.toml"
    newsroom.feeds_toml(feeds)
    with webhook_receiver() as hook:
        env = dict(cli_env, NEWSWATCH_ALERT_URLS=hook.url)
        for slugs in RUNS:
            newsroom.release(slugs)
            conn.execute("UPDATE feeds SET next_poll_at = now()")  # as if the interval passed
            newswatch(env, "run", "--feeds", str(feeds))
        yield env, hook, feeds


def test_timeline_gives_exactly_the_expected_alerts_each_delivered_once(timeline_run, conn):
    env, hook, _ = timeline_run
    assert alert_tuples(env) == EXPECTED
    alerts = json.loads(newswatch(env, "alerts", "--json"))[::-1]
    assert hook.alert_ids() == [a["id"] for a in alerts]
    assert {a["status"] for a in alerts} == {"sent"}
    history = conn.execute(
        "SELECT outlet, kind, late FROM figure_history WHERE series = %s ORDER BY published_at",
        (TROOPS,),
    ).fetchall()
    assert history == [
        ("Daily Ledger", "new", False), ("Archive Post", "changed", True),
        ("Daily Ledger", "changed", False), ("Harbour Times", "restated", False),
        ("Seoul Herald", "contradicts", False), ("Daily Ledger", "changed", False),
    ]  # fmt: skip
    # the mirror's word-for-word copy of "rise" is no observation of its own


def test_a_second_run_and_a_full_re_extraction_create_no_new_alert(timeline_run, conn):
    env, hook, feeds = timeline_run
    before = conn.execute("SELECT count(*) FROM figure_changes").fetchone()
    conn.execute("UPDATE feeds SET next_poll_at = now()")
    newswatch(env, "run", "--feeds", str(feeds))
    assert conn.execute("SELECT count(*) FROM figure_changes").fetchone() == before

    conn.execute("DELETE FROM events")  # what a new extractor version does, article by article
    conn.execute("UPDATE articles SET needs_extraction = true WHERE duplicate_of IS NULL")
    newswatch(env, "run", "--feeds", str(feeds))
    assert conn.execute("SELECT count(*) FROM figure_changes").fetchone() == before
    assert conn.execute(
        "SELECT count(*) FROM figure_observations WHERE event_id IS NULL"
    ).fetchone() == (0,)
    assert len(alert_tuples(env)) == len(EXPECTED)
    assert len(hook.accepted) == len(EXPECTED)
