"""User-facing failures: each is one clear line and an exit code, never a traceback."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The documented exit codes of the quotecheck command."""

    OK = 0
    CLAIMS_FAILED = 1
    USAGE = 2
    INCOMPLETE = 3
    INTERNAL = 70
    INTERRUPTED = 130


class QuotecheckError(Exception):
    """A failure the user can cause and fix; its message is shown as one line."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ArticleError(QuotecheckError):
    """An article could not be read: missing, binary, not UTF-8, unsupported type."""


class ConfigError(QuotecheckError):
    """A configuration value or option is invalid."""


class SourceError(QuotecheckError):
    """A source given on the command line could not be used."""
