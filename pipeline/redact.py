"""Secrets never leave the process: passwords and alert tokens are masked in every line we emit.

Patterns alone cannot catch every secret (a password may contain `@`, an Apprise token is just
a path segment), so the secrets of the configured database URL and alert URLs are registered
when the settings are loaded and replaced wherever they appear: log records (tracebacks
included), error lines, stored error reasons.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

import psycopg

MASK = "***"
MIN_SECRET_CHARS = 4  # shorter pieces ("json", "80") are not secrets and would mangle text

_PASSWORD_IN_URL = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<pw>[^@\s]*)(?=@)", re.I)
_PASSWORD_IN_DSN = re.compile(r"(password\s*=\s*)('[^']*'|\S+)", re.I)

_registered: set[str] = set()


def mask_patterns(text: str) -> str:
    """Hide anything shaped like a password: `scheme://user:***@host`, `password=***`."""
    text = _PASSWORD_IN_URL.sub(lambda m: m.group("head") + (MASK if m.group("pw") else ""), text)
    return _PASSWORD_IN_DSN.sub(rf"\1{MASK}", text)


def database_secrets(url: str) -> list[str]:
    """The password of a PostgreSQL URL or key=value DSN, raw and percent-decoded."""
    found: list[str] = []
    try:
        password = psycopg.conninfo.conninfo_to_dict(url).get("password")
    except psycopg.Error:
        password = None
    if password:
        found.append(str(password))
    try:
        raw = urlsplit(url).password
    except ValueError:
        raw = None
    if raw:
        found += [raw, unquote(raw)]
    return found


def _token_like(piece: str) -> bool:
    """A path segment that looks generated (digits, mixed case, or long), not a word like
    `alerts` that would mangle every log line if masked."""
    has_digit = any(c.isdigit() for c in piece)
    mixed = any(c.isupper() for c in piece) and any(c.islower() for c in piece)
    return len(piece) >= 8 and (has_digit or mixed or len(piece) >= 20)


def alert_url_secrets(url: str) -> list[str]:
    """Every piece of an Apprise URL that may be a token, raw and percent-decoded: userinfo,
    the host and path of token-only schemes (slack://, tgram://), token-like path segments
    of webhook schemes (json://host/T0k3n), query values."""
    from pipeline.alerts import _HOST_SCHEMES

    try:
        parts = urlsplit(url)
    except ValueError:
        return [url]
    pieces = [url]
    if "@" in parts.netloc:
        userinfo = parts.netloc.rsplit("@", 1)[0]
        pieces += [userinfo, *userinfo.split(":")]
    segments = [seg for seg in parts.path.split("/") if seg]
    if parts.scheme.lower() in _HOST_SCHEMES:
        pieces += [seg for seg in segments if _token_like(unquote(seg))]
    else:
        pieces += [parts.netloc.rsplit("@", 1)[-1], *segments]
    pieces += [v for kv in parts.query.split("&") for v in kv.split("=")[1:] if v]
    return pieces + [unquote(p) for p in pieces]


def register(secrets: Iterable[str]) -> None:
    """Remember secrets to mask from now on in this process."""
    for secret in secrets:
        if secret and len(secret) >= MIN_SECRET_CHARS:
            _registered.add(secret)


def register_settings(database_url: str | None, alert_urls: Iterable[str]) -> None:
    """Register the secrets of the configured database and alert channels."""
    if database_url:
        register(database_secrets(database_url))
    for url in alert_urls:
        register(alert_url_secrets(url))


def redact(text: str) -> str:
    """`text` with every registered secret and every password-shaped piece masked."""
    for secret in sorted(_registered, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    return mask_patterns(text)


class RedactingFormatter(logging.Formatter):
    """A formatter whose output (message, arguments and traceback) never holds a secret."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
