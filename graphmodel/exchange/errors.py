"""Errors of the exchange formats, named by the condition they report."""

from __future__ import annotations

from typing import Any

from graphmodel.errors import PartnergraphError


class InvalidRdf(PartnergraphError):
    """RDF that cannot be parsed, or that breaks the graph model; nothing was written.

    `details["triples"]` lists the first offending triples (up to five), each with the
    reason, so a person can find them in the file.
    """

    status_code = 422

    def __init__(self, message: str, triples: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.details: dict[str, Any] = {"triples": list(triples or [])}


class UnknownExchangeFormat(PartnergraphError):
    """The format asked for (or implied by a file extension) is not one Partnergraph speaks."""


class ExportTargetNotWritable(PartnergraphError):
    """The file or directory an export should go to cannot be written."""
