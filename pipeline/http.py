"""The one HTTP client: every byte newswatch reads from the network or a local file comes here.

Why one client: the limits must hold everywhere. Timeouts (connect, read, total), a byte cap
counted after decompression (a gzip bomb stops at the cap), at most MAX_REDIRECTS redirects
followed by hand, a descriptive User-Agent, conditional GET, and politeness per host (at most
PER_HOST_CONCURRENCY requests at once, PER_HOST_DELAY_S apart) while different hosts are
fetched concurrently.

SSRF guard: a host that resolves to a loopback, private, link-local, reserved, multicast or
unspecified address is refused unless `allow_private_networks` is set. The check runs when a
TCP connection is opened, on the address actually connected to, so it holds on every redirect
hop and cannot be dodged by DNS answers that change between check and connect.

Local files (a path or `file://`) are read directly: they are not network requests, so the
SSRF guard does not apply, but the caller must opt in with `allow_files=True` (feeds listed by
the operator, and links found in such local feeds). Every other scheme is refused.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import ipaddress
import re
import socket
import threading
import time
import zlib
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import unquote, urljoin, urlsplit

import httpcore
import httpx

from pipeline import __version__
from pipeline.config import (
    CONNECT_TIMEOUT_S,
    MAX_PAGE_BYTES,
    MAX_REDIRECTS,
    MAX_WORKERS,
    PER_HOST_CONCURRENCY,
    PER_HOST_DELAY_S,
    READ_TIMEOUT_S,
    RETRY_AFTER_MAX_S,
    TOTAL_TIMEOUT_S,
    USER_AGENT,
    Settings,
)
from pipeline.errors import FetchError

__all__ = [
    "HttpClient",
    "Response",
    "decode_text",
    "fetch_all",
    "file_path",
    "is_local",
    "parse_retry_after",
]

T = TypeVar("T")
R = TypeVar("R")

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass
class Response:
    """A finished fetch: final URL, status (200 or 304), headers (lower-case keys), body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""
    elapsed: float = 0.0
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        return _header_charset(self.headers.get("content-type", ""))

    def text(self) -> str:
        """The body as text, surviving a wrong or missing charset (see decode_text)."""
        return decode_text(self.body, self.charset)


# --- URLs and files --------------------------------------------------------------------------
def is_local(url: str) -> bool:
    """A `file://` URL or a plain filesystem path (absolute or relative)."""
    if _WINDOWS_DRIVE.match(url):
        return True
    scheme = urlsplit(url).scheme.lower()
    return scheme == "file" or scheme == ""


def file_path(url: str) -> Path:
    """The filesystem path of a local URL (`file:///x/y` or `x/y`)."""
    parts = urlsplit(url)
    if parts.scheme.lower() == "file":
        if parts.netloc not in ("", "localhost"):
            raise FetchError(f"file URL with a remote host is not supported: {url}", refused=True)
        return Path(unquote(parts.path))
    return Path(url)


def _read_file(url: str, max_bytes: int, etag: str | None = None) -> Response:
    """A local file as a Response; its mtime and size are its ETag, so re-polling is cheap."""
    path = file_path(url)
    started = time.monotonic()
    try:
        info = path.stat()
        stamp = f'"{info.st_mtime_ns:x}-{info.st_size:x}"'
        if etag and etag == stamp:
            return Response(path.resolve().as_uri(), 304, {"etag": stamp})
        with path.open("rb") as fh:
            body = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise FetchError(f"file not found: {path}", status=404) from None
    except IsADirectoryError:
        raise FetchError(f"is a directory: {path}", permanent=True) from None
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(body) > max_bytes:
        raise FetchError(f"file larger than {max_bytes} bytes: {path}", permanent=True)
    suffix = path.suffix.lower()
    ctype = {
        ".html": "text/html",
        ".htm": "text/html",
        ".xml": "application/xml",
        ".rss": "application/rss+xml",
        ".atom": "application/atom+xml",
        ".json": "application/json",
        ".txt": "text/plain",
    }.get(suffix, "application/octet-stream")
    return Response(
        url=path.resolve().as_uri(),
        status=200,
        headers={"content-type": ctype, "etag": stamp},
        body=body,
        elapsed=time.monotonic() - started,
    )


# --- charset ---------------------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")
_SINGLE_BYTE_LATIN = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}


def _header_charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.I)
    return match.group(1) if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _strict(body: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_text(body: bytes, declared: str | None = None) -> str:
    """Decode a body whose declared charset may be wrong or missing; never raises.

    Order: byte-order mark; the declared charset if the bytes decode with it (but valid UTF-8
    beats a declared Latin-1, a common server misconfiguration); the document's own
    `<meta charset>` or XML declaration; UTF-8; a statistical guess; cp1252 with replacement.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    declared_codec = _codec(declared)
    if declared_codec in _SINGLE_BYTE_LATIN and not body.isascii():
        as_utf8 = _strict(body, "utf-8")
        if as_utf8 is not None:
            return as_utf8
    text = _strict(body, declared_codec)
    if text is not None:
        return text
    head = body[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    text = _strict(body, _codec(match.group(1).decode("ascii"))) if match else None
    if text is not None:
        return text
    text = _strict(body, "utf-8")
    if text is not None:
        return text
    western = _strict(body, "cp1252")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        guess = body.decode(best.encoding, errors="replace") if best and best.encoding else None
    except Exception:  # noqa: BLE001 - a guess that fails falls through to cp1252
        guess = None
    if guess is None or (western is not None and _latin_score(western) > _latin_score(guess)):
        return western if western is not None else body.decode("cp1252", errors="replace")
    return guess


_LATIN_IN_WORD = re.compile(r"[A-Za-z][\u00c0-\u00ff]|[\u00c0-\u00ff][A-Za-z]")


def _latin_score(text: str) -> int:
    """Accented Latin letters inside ASCII words ("Café", "Zürich"): the signature of a
    correct Western decoding. Short texts fool statistical guessers; this breaks the tie."""
    return len(_LATIN_IN_WORD.findall(text))


# --- Retry-After -----------------------------------------------------------------------------
def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    seconds: float | None = None
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
    return max(0.0, min(seconds, RETRY_AFTER_MAX_S))


# --- SSRF guard ------------------------------------------------------------------------------
def _forbidden_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attr, label in (
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_unspecified", "unspecified"),
        ("is_reserved", "reserved"),
        ("is_private", "private"),
    ):
        if getattr(ip, attr):
            return label
    return None


class _RefusedAddress(httpcore.ConnectError):
    """Raised inside the transport when the guard refuses the address it would connect to."""


_request_deadline = threading.local()  # the running request's total-time deadline, per thread


class _DeadlineStream(httpcore.NetworkStream):
    """Caps every socket read at the request's remaining total time, so a server that drips
    its status line or headers cannot hold a worker past TOTAL_TIMEOUT_S either."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def _timeout(self, timeout: float | None) -> float | None:
        deadline = getattr(_request_deadline, "at", None)
        if deadline is None:
            return timeout
        left = deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("total time exceeded")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._timeout(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(
            self._inner.start_tls(ssl_context, server_hostname, self._timeout(timeout))
        )

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves the host itself, checks every address, and connects to the one it checked."""

    def __init__(self, allow_private: bool, allow_hosts: frozenset[str]) -> None:
        self.allow_private = allow_private
        self.allow_hosts = allow_hosts

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        address = self.check(host, port)
        stream = super().connect_tcp(address, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream)

    def check(self, host: str, port: int) -> str:
        """The address to connect to, or _RefusedAddress naming the reason."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from None
        addresses = [info[4][0] for info in infos]
        if self.allow_private or host.lower() in self.allow_hosts:
            return addresses[0]
        for address in addresses:
            reason = _forbidden_reason(ipaddress.ip_address(address.split("%", 1)[0]))
            if reason:
                raise _RefusedAddress(
                    f"refused: {host} resolves to a {reason} address ({address}); "
                    "set NEWSWATCH_ALLOW_PRIVATE_NETWORKS=1 to allow"
                )
        return addresses[0]


# --- Politeness ------------------------------------------------------------------------------
class _HostGate:
    """At most `concurrency` requests at once to one host, starting `delay` seconds apart."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._next_start = 0.0
        self._delay = delay

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + self._delay
            if start > now:
                time.sleep(start - now)
            yield


# --- Decompression with a cap ----------------------------------------------------------------
class _CappedDecoder:
    """Decompresses gzip/deflate chunk by chunk, never producing more than the cap allows."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._new()

    def _new(self) -> None:
        if self.encoding == "gzip":
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self._d = zlib.decompressobj()
        else:
            self._d = None
        self._first = True

    def feed(self, data: bytes, room: int) -> bytes:
        """Decoded bytes of `data`; at most room + 1 of them (one over means: too large)."""
        if self._d is None:
            return data[: room + 1]
        out = bytearray()
        while data and len(out) <= room:
            try:
                out += self._d.decompress(data, room + 1 - len(out))
            except zlib.error:
                if self.encoding == "deflate" and self._first:  # raw deflate, no zlib header
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._first = False
                    continue
                raise FetchError(f"corrupt {self.encoding} body") from None
            self._first = False
            data = self._d.unconsumed_tail
            if self._d.eof and self._d.unused_data:  # concatenated gzip members
                data = self._d.unused_data
                self._new()
        return bytes(out)


# --- The client ------------------------------------------------------------------------------
class HttpClient:
    """Thread-safe client; one per run. Use `fetch` from many threads (see `fetch_all`)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        allow_private_networks: bool | None = None,
        allow_hosts: Iterable[str] = (),
        connect_timeout: float = CONNECT_TIMEOUT_S,
        read_timeout: float = READ_TIMEOUT_S,
        total_timeout: float = TOTAL_TIMEOUT_S,
        max_redirects: int = MAX_REDIRECTS,
        per_host_concurrency: int = PER_HOST_CONCURRENCY,
        per_host_delay: float = PER_HOST_DELAY_S,
        user_agent: str | None = None,
    ) -> None:
        if allow_private_networks is None:
            allow_private_networks = bool(settings and settings.allow_private_networks)
        self.allow_private_networks = allow_private_networks
        self.total_timeout = total_timeout
        self.max_redirects = max_redirects
        self.user_agent = user_agent or USER_AGENT.format(version=__version__)
        self._timeout = httpx.Timeout(
            connect=connect_timeout, read=read_timeout, write=read_timeout, pool=total_timeout
        )
        self._per_host_concurrency = per_host_concurrency
        self._per_host_delay = per_host_delay
        self._gates: dict[str, _HostGate] = {}
        self._gates_lock = threading.Lock()
        transport = httpx.HTTPTransport(
            trust_env=False,
            limits=httpx.Limits(max_connections=MAX_WORKERS * 2, max_keepalive_connections=64),
        )
        pool = transport._pool  # the guard must see the address actually connected to
        if not hasattr(pool, "_network_backend"):  # pragma: no cover - httpcore changed
            raise RuntimeError("httpcore changed: cannot install the SSRF guard")
        self._guard = _GuardedBackend(
            allow_private_networks, frozenset(h.lower() for h in allow_hosts)
        )
        pool._network_backend = self._guard
        self._client = httpx.Client(
            transport=transport, follow_redirects=False, trust_env=False, timeout=self._timeout
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _gate(self, host: str) -> _HostGate:
        with self._gates_lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = self._gates[host] = _HostGate(
                    self._per_host_concurrency, self._per_host_delay
                )
            return gate

    def fetch(
        self,
        url: str,
        *,
        max_bytes: int = MAX_PAGE_BYTES,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_files: bool = False,
        accept: str = "*/*",
    ) -> Response:
        """GET `url` within every limit; a 200 or 304 Response, else FetchError with a reason."""
        if is_local(url):
            if not allow_files:
                raise FetchError(
                    f"local file links are only followed from local feeds: {url}", refused=True
                )
            return _read_file(url, max_bytes, etag)
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(
                f"unsupported URL scheme {scheme!r}: use http, https or a local file",
                refused=True,
            )
        headers = {
            "User-Agent": self.user_agent,
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        deadline = started + self.total_timeout
        current = url
        hops: list[str] = []
        for _ in range(self.max_redirects + 1):
            if time.monotonic() > deadline:
                raise FetchError(f"took longer than {self.total_timeout:g} s in total")
            parts = urlsplit(current)
            if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
                raise FetchError(f"redirect to a refused URL: {current[:200]}", refused=True)
            with self._gate(parts.hostname.lower()).slot():
                _request_deadline.at = deadline
                try:
                    status, resp_headers, body = self._get_once(
                        current, headers, max_bytes, deadline
                    )
                finally:
                    _request_deadline.at = None
            if status in REDIRECT_STATUSES and resp_headers.get("location"):
                hops.append(current)
                current = urljoin(current, resp_headers["location"].strip())
                continue
            elapsed = time.monotonic() - started
            if status == 304 or 200 <= status < 300:
                return Response(current, status, resp_headers, body, elapsed, hops)
            raise FetchError(
                f"HTTP {status}",
                status=status,
                retry_after=parse_retry_after(resp_headers.get("retry-after"))
                if status in (429, 503)
                else None,
                permanent=status == 410,
            )
        raise FetchError(f"too many redirects (more than {self.max_redirects})")

    def _get_once(
        self, url: str, headers: dict[str, str], max_bytes: int, deadline: float
    ) -> tuple[int, dict[str, str], bytes]:
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                resp_headers = {k.lower(): v for k, v in resp.headers.items()}
                if resp.status_code in REDIRECT_STATUSES or resp.status_code >= 300:
                    return resp.status_code, resp_headers, b""
                declared = resp_headers.get("content-length", "")
                if (
                    declared.isdigit()
                    and int(declared) > max_bytes
                    and not resp_headers.get("content-encoding")
                ):
                    raise FetchError(
                        f"body larger than {max_bytes} bytes (Content-Length {declared})",
                        permanent=True,
                    )
                encoding = resp_headers.get("content-encoding", "identity").strip().lower()
                if encoding not in ("identity", "gzip", "deflate", "x-gzip", ""):
                    raise FetchError(f"unsupported content encoding {encoding!r}")
                decoder = _CappedDecoder("gzip" if encoding == "x-gzip" else encoding)
                body = bytearray()
                for chunk in resp.iter_raw():
                    body += decoder.feed(chunk, max_bytes - len(body))
                    if len(body) > max_bytes:
                        raise FetchError(
                            f"body larger than {max_bytes} bytes (after decompression)",
                            permanent=True,
                        )
                    if time.monotonic() > deadline:
                        raise FetchError(f"took longer than {self.total_timeout:g} s in total")
                return resp.status_code, resp_headers, bytes(body)
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            if time.monotonic() >= deadline - 0.01:
                raise FetchError(f"took longer than {self.total_timeout:g} s in total") from None
            kind = {
                httpx.ConnectTimeout: "connect",
                httpx.ReadTimeout: "read",
                httpx.PoolTimeout: "pool",
            }.get(type(exc), "")
            raise FetchError(f"{kind} timeout".strip()) from None
        except httpx.ConnectError as exc:
            causes = (exc.__cause__, exc.__context__)
            if any(isinstance(c, _RefusedAddress) for c in causes) or str(exc).startswith(
                "refused:"
            ):
                raise FetchError(str(exc), refused=True) from None
            raise FetchError(f"cannot connect: {_short(exc)}") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{exc.__class__.__name__}: {_short(exc)}") from None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else exc.__class__.__name__


# --- Concurrency across hosts ----------------------------------------------------------------
def interleave_by_host(items: Iterable[T], url_of: Callable[[T], str]) -> list[T]:
    """Round-robin over hosts, so workers spread across sites instead of queueing on one."""
    queues: dict[str, deque[T]] = defaultdict(deque)
    for item in items:
        url = url_of(item)
        host = "" if is_local(url) else (urlsplit(url).hostname or "")
        queues[host].append(item)
    out: list[T] = []
    active = list(queues.values())
    while active:
        for queue in active:
            out.append(queue.popleft())
        active = [q for q in active if q]
    return out


def fetch_all(
    items: Iterable[T],
    work: Callable[[T], R],
    url_of: Callable[[T], str],
    max_workers: int = MAX_WORKERS,
) -> Iterator[tuple[T, Future[R]]]:
    """Run `work` on every item in a thread pool (hosts interleaved); yield as each finishes."""
    ordered = interleave_by_host(items, url_of)
    if not ordered:
        return
    from concurrent.futures import as_completed

    with ThreadPoolExecutor(max_workers=min(max_workers, len(ordered))) as pool:
        futures = {pool.submit(work, item): item for item in ordered}
        for future in as_completed(futures):
            yield futures[future], future
