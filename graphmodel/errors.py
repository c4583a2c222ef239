"""One error root for the whole project; classes are named by the condition they report.

Every message says what went wrong and with which input, in one line, so the CLI can print
it as-is and the API can put it in its JSON error body.
"""

from __future__ import annotations


class PartnergraphError(Exception):
    """Root of every error Partnergraph raises on purpose."""

    #: HTTP status the API maps this condition to.
    status_code: int = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidStoreUri(PartnergraphError):
    """The store URI is neither a filesystem path nor a Neo4j URI."""


class StoreUnavailable(PartnergraphError):
    """The store cannot be reached (Neo4j down, wrong host or port)."""

    status_code = 503


class StoreAuthFailed(StoreUnavailable):
    """Neo4j refused the credentials."""


class StoreNotWritable(PartnergraphError):
    """The embedded store's data directory cannot be written."""

    status_code = 503


class StoreCorrupt(PartnergraphError):
    """The embedded store's files cannot be read back."""

    status_code = 503


class InvalidRecord(PartnergraphError):
    """A node or edge breaks the graph model (unknown kind, dangling edge, bad property)."""

    status_code = 422


class PlanNotFound(PartnergraphError):
    """No plan with that id or name is stored."""

    status_code = 404


class NodeNotFound(PartnergraphError):
    """No node with that id is stored."""

    status_code = 404
