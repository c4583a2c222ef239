"""The one interface between callers and storage.

Both backends (embedded networkx, Neo4j) implement `GraphStore`, and the contract suite in
tests/graphmodel runs the same tests against each, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from graphmodel.records import Contribution, Edge, Node
from graphmodel.schema import EdgeKind, NodeKind

Direction = Literal["out", "in", "both"]


@dataclass(frozen=True)
class WriteSummary:
    """What a write or removal changed."""

    owner: str
    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_deleted: int = 0
    edges_created: int = 0
    edges_deleted: int = 0
    replaced: bool = False
    #: True when the owner's stored contribution was identical, so nothing was written.
    unchanged: bool = False


@runtime_checkable
class GraphStore(Protocol):
    """Storage for the partnership graph.

    Writes work by *owner*: `write` replaces everything the contribution's owner wrote before
    in one transaction, and `remove` takes it all away; nodes and edges shared with other
    owners lose only that owner's provenance.
    """

    uri: str

    def write(self, contribution: Contribution) -> WriteSummary: ...

    def remove(self, owner: str) -> WriteSummary: ...

    def owners(self) -> list[str]: ...

    def revision(self) -> int:
        """A number that changes whenever the graph changes, for callers' caches."""
        ...

    def node(self, node_id: str) -> Node | None: ...

    def nodes(
        self, kind: NodeKind | None = None, ids: Iterable[str] | None = None
    ) -> list[Node]: ...

    def find_by_name(self, name: str, kinds: Iterable[NodeKind] | None = None) -> list[Node]:
        """Nodes whose name or one of whose `aliases` normalises to the same key as `name`."""
        ...

    def edges(self, kind: EdgeKind | None = None) -> Iterator[Edge]: ...

    def edges_of(
        self,
        node_ids: Iterable[str],
        kinds: Iterable[EdgeKind] | None = None,
        direction: Direction = "out",
    ) -> list[Edge]:
        """Edges touching any of `node_ids`, in one round trip."""
        ...

    def neighbours(
        self,
        node_ids: Iterable[str],
        kinds: Iterable[EdgeKind] | None = None,
        direction: Direction = "out",
    ) -> list[tuple[Edge, Node]]:
        """Edges touching any of `node_ids`, each with the node at its far end, in one round
        trip (queries need both, and a second trip for the nodes would double their latency).
        An edge between two of `node_ids` read in both directions appears once per far end."""
        ...

    def reachable(
        self,
        start: Iterable[str],
        kinds: Iterable[EdgeKind],
        direction: Direction = "out",
        max_depth: int = 20,
    ) -> dict[str, int]:
        """Every node reachable from `start` over `kinds`, with its shortest depth (>= 1)."""
        ...

    def counts(self) -> dict[str, int]:
        """Node counts by kind and edge counts by kind, keyed by label or type."""
        ...

    def clear(self) -> None: ...

    def close(self) -> None: ...

    def owned(self, owner: str) -> tuple[list[Node], list[Edge]]:
        """Every node and edge `owner` contributed, as stored (with every owner's provenance),
        in id order; empty for an owner with nothing stored. Lets a caller write an owner's
        records again with something taken out (forgetting a person) without reading the
        whole graph."""
        ...
