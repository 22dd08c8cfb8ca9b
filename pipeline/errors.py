"""The one exception hierarchy: callers catch NewswatchError, never a library's internals.

Every error a user can cause is a NewswatchError whose message is one readable line; the CLI
prints it and exits with `exit_code`.
"""

from __future__ import annotations


class NewswatchError(Exception):
    """Base of every error newswatch raises on purpose."""

    exit_code = 1


class ConfigError(NewswatchError):
    """Bad configuration: unknown keys, wrong types, bad URLs. Not worth retrying."""

    exit_code = 2


class DatabaseError(NewswatchError):
    """The database cannot be reached or refused the work; usually worth retrying later."""

    exit_code = 2


class MigrationError(DatabaseError):
    """A migration file is missing, edited after it was applied, or failed."""


class FeedError(NewswatchError):
    """A feed could not be fetched or parsed (recorded on the feed, the run goes on)."""


class FetchError(NewswatchError):
    """An HTTP fetch failed: timeout, refused address, oversize body, too many redirects.

    `status` is the HTTP status when there was one, `retry_after` the server's Retry-After in
    seconds, `permanent` says retrying cannot help (refused by policy, 410 Gone, too large) and
    `refused` that our own guard (SSRF, scheme) stopped it before any request was made.
    """

    def __init__(
        self,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        permanent: bool = False,
        refused: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after
        self.permanent = permanent or refused
        self.refused = refused


class ExtractionError(NewswatchError):
    """An input file for `newswatch extract` could not be read."""

    exit_code = 2


class DeliveryError(NewswatchError):
    """An alert channel refused or failed a message (the alert stays pending)."""


class OutputError(NewswatchError):
    """A file the user asked for (a chart, an Atom feed) cannot be written there."""

    exit_code = 2


def output_error(path: object, exc: OSError) -> OutputError:
    """One line naming the file and the reason ("No such file or directory")."""
    return OutputError(f"cannot write {path}: {exc.strerror or exc.__class__.__name__}")
