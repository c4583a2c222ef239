"""Conditions under which a question cannot be answered, each named for what went wrong.

Messages are one line naming the input and the reason; `details` carries what a caller needs
to recover (the closest names, the candidates to choose from), and the API returns it as is.
"""

from __future__ import annotations

from typing import Any

from graphmodel.errors import PartnergraphError


class QueryError(PartnergraphError):
    """A question was asked that the graph cannot answer as put."""

    status_code = 422

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.details = details or {}


class OrganisationNotFound(QueryError):
    """No organisation, body or person goes by that name or id; `details.closest` suggests."""

    status_code = 404


class AmbiguousName(QueryError):
    """The name fits several organisations equally; `details.candidates` lists them."""

    status_code = 409


class InvalidQuery(QueryError):
    """A parameter is out of range or empty; `details.field` names it."""

    status_code = 422


class PersonNotFound(QueryError):
    """No person goes by that name or id; `details.closest` suggests the nearest names."""

    status_code = 404


class GraphChanged(QueryError):
    """The graph changed while a removal was being prepared; nothing was removed."""

    status_code = 409
