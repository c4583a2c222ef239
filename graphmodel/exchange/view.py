"""What an export shows: the store's graph read in batches, with people withheld when asked.

Every exporter reads through `ExportView.batches()`, which yields nodes of one kind at a time
(sorted by id) together with their outgoing edges, so exports are deterministic, stream from
either store without holding every edge in memory, and cannot forget the personal-data switch.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from graphmodel.exchange.people import PeopleWithheld
from graphmodel.records import Edge, Node
from graphmodel.schema import NodeKind
from graphmodel.store import GraphStore

_BATCH = 2000


@dataclass(frozen=True)
class Batch:
    """Nodes of one kind and every edge that leaves them."""

    kind: NodeKind
    nodes: list[Node]
    edges: list[Edge]


class ExportView:
    """The graph as an export may show it."""

    def __init__(
        self, store: GraphStore, *, include_people: bool = True, batch_size: int = _BATCH
    ) -> None:
        self.store = store
        self.include_people = include_people
        self.batch_size = batch_size

    def batches(self) -> Iterator[Batch]:
        kinds = list(NodeKind)
        withheld = None
        if not self.include_people:
            withheld = PeopleWithheld(self.store.nodes(NodeKind.PERSON))
            kinds.remove(NodeKind.PERSON)
        for kind in kinds:
            nodes = self.store.nodes(kind)
            for start in range(0, len(nodes), self.batch_size):
                chunk = nodes[start : start + self.batch_size]
                edges = self.store.edges_of([n.id for n in chunk], direction="out")
                edges.sort(key=lambda e: (e.source, e.kind.value, e.target, e.discriminator))
                if withheld is not None:
                    chunk = [n for n in (withheld.node(n) for n in chunk) if n is not None]
                    edges = [e for e in (withheld.edge(e) for e in edges) if e is not None]
                yield Batch(kind, chunk, edges)
