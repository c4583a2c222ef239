"""Conditions under which a plan file cannot be ingested, each named for what went wrong.

Messages are one line naming the file and the reason, so the CLI prints them as they are and
the API returns them in its JSON error body with the status code the class carries.
"""

from __future__ import annotations

from graphmodel.errors import PartnergraphError


class IngestError(PartnergraphError):
    """A plan file was received but cannot be turned into graph records."""

    status_code = 422


class UnsupportedFormat(IngestError):
    """The file is not a format any reader understands (an image, a slide deck, legacy .doc)."""

    status_code = 415


class EmptyFile(IngestError):
    """The file has no bytes, or only whitespace."""


class FileTooLarge(IngestError):
    """The file (or what it expands to) is over the configured size limit."""

    status_code = 413


class CorruptFile(IngestError):
    """The file claims a format but its bytes cannot be read as that format."""


class PasswordProtected(IngestError):
    """The file is encrypted: a PDF with a password or an encrypted Office container."""


class NotAnActionPlan(IngestError):
    """The file was read but holds nothing that looks like an action plan's table of actions."""
