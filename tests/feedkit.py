"""Small builders for feeds and pages served by the test HTTP server (written for the tests)."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from xml.sax.saxutils import escape

from pipeline.config import Settings

SETTINGS = Settings(allow_private_networks=True)


def rss(items: list[dict], title: str = "Test Outlet", encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 feed; each item: title, link, guid?, date? (datetime), summary?, content?."""
    parts = []
    for item in items:
        extra = ""
        if item.get("date"):
            extra += f"<pubDate>{format_datetime(item['date'])}</pubDate>"
        if item.get("updated"):
            extra += f"<atom:updated>{item['updated'].isoformat()}</atom:updated>"
        if item.get("summary"):
            extra += f"<description>{escape(item['summary'])}</description>"
        if item.get("content"):
            extra += f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
        guid = item.get("guid", item.get("link", ""))
        parts.append(
            f"<item><title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
            f"<guid isPermaLink='false'>{escape(guid)}</guid>{extra}</item>"
        )
    xml = (
        f"<?xml version='1.0' encoding='{encoding}'?>"
        "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/' "
        "xmlns:atom='http://www.w3.org/2005/Atom'>"
        f"<channel><title>{escape(title)}</title><link>http://example.test/</link>"
        f"<description>test</description>{''.join(parts)}</channel></rss>"
    )
    return xml.encode(encoding)


def page(title: str, paragraphs: list[str], date: str | None = None) -> str:
    """An article page with navigation and boilerplate around the body."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
        "<body><header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
        f"<main><article><h1>{title}</h1>{body}</article>"
        "<aside><h2>Most read</h2><ul><li><a href='/a'>Navigation boilerplate item</a></li>"
        "</ul></aside></main><footer><p>Copyright footer boilerplate. All rights reserved.</p>"
        "</footer></body></html>"
    )


PARAS = [
    "Officials in the capital said on Monday that the talks over the port agreement had "
    "resumed after a pause of several weeks, with both delegations meeting behind closed doors.",
    "The negotiators are expected to discuss tariffs, inspection rules and the schedule for "
    "a new customs terminal, according to a statement released after the first session.",
    "A spokesperson for the ministry said the government hoped for an outline agreement "
    "before the end of the month, although several questions remained open.",
]


def paras(tag: str) -> list[str]:
    """Distinct article paragraphs (so different pages have different texts)."""
    return [f"{p} Reference {tag}." for p in PARAS]


def ago(**kw) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(**kw)
