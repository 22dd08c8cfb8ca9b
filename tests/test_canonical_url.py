"""Canonical URLs: one spelling per article."""

from __future__ import annotations

import pytest

from pipeline.articles import canonical_url


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("https://News.Example/a?utm_source=rss&utm_medium=feed", "https://news.example/a"),
        (
            "https://news.example/a?id=3&fbclid=XYZ&gclid=1&page=2",
            "https://news.example/a?id=3&page=2",
        ),
        ("https://news.example/a#comments", "https://news.example/a"),
        ("http://news.example:80/a", "http://news.example/a"),
        ("https://news.example:443/a", "https://news.example/a"),
        ("https://news.example:8443/a", "https://news.example:8443/a"),
        ("https://news.example", "https://news.example/"),
        (
            "https://news.example/a?UTM_Campaign=x&mc_cid=1&q=a%20b",
            "https://news.example/a?q=a%20b",
        ),
        ("  https://news.example/a  ", "https://news.example/a"),
    ],
)
def test_tracking_parameters_fragments_and_default_ports_go(raw, canonical):
    assert canonical_url(raw) == canonical


def test_relative_links_are_resolved_against_the_feed():
    assert canonical_url("../story.html?utm_term=x", "https://news.example/feeds/world.xml") == (
        "https://news.example/story.html"
    )


def test_local_file_links_lose_query_and_fragment():
    assert canonical_url(
        "../articles/a.html?utm_source=rss#top", "file:///srv/seeds/feeds/f.xml"
    ) == ("file:///srv/seeds/articles/a.html")


def test_parameter_order_and_encoding_are_kept():
    url = "https://news.example/search?b=2&a=%C3%A9&c"
    assert canonical_url(url) == url
