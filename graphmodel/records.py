"""Frozen records that cross the boundary into a store.

A `Node` or `Edge` carries one `Provenance` per contributing *owner* (a plan id, or a
`derived:` owner for computed edges such as SIMILAR_TO). Writing a `Contribution` replaces
everything its owner contributed before, which is what makes re-ingest idempotent and a new
version of a plan a clean replacement.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Annotated, Any

import orjson
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graphmodel.errors import InvalidRecord
from graphmodel.ids import edge_id
from graphmodel.schema import EDGE_ENDPOINTS, EdgeKind, NodeKind

Scalar = str | int | float | bool
PropertyValue = Scalar | list[str] | list[int] | list[float] | list[bool]

#: Property names the stores manage themselves; records may not set them.
RESERVED_PROPERTIES = frozenset(
    {
        "id",
        "kind",
        "name",
        "name_key",
        "plans",
        "sources",
        "lines",
        "confidences",
        "source",
        "target",
        "discriminator",
    }
)


class Provenance(BaseModel):
    """Where a statement came from: owner (plan id), document, place in it, and confidence."""

    model_config = ConfigDict(frozen=True)

    plan: str
    document: str
    line: int | None = None
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0


def _check_properties(props: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in props.items():
        if key in RESERVED_PROPERTIES:
            raise ValueError(f"property {key!r} is reserved")
        if not key.isidentifier():
            raise ValueError(f"property name {key!r} is not an identifier")
        if value is None:
            continue
        if isinstance(value, tuple):
            value = list(value)
        if isinstance(value, list):
            if any(isinstance(v, dict | list | tuple) or v is None for v in value):
                raise ValueError(f"property {key!r} must be a list of scalars")
        elif not isinstance(value, str | int | float | bool):
            raise ValueError(f"property {key!r} has unsupported type {type(value).__name__}")
        clean[key] = value
    return clean


class Node(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: Annotated[str, Field(min_length=1, max_length=200)]
    kind: NodeKind
    name: str
    properties: dict[str, PropertyValue] = Field(default_factory=dict)
    provenance: tuple[Provenance, ...] = ()

    @field_validator("properties", mode="before")
    @classmethod
    def _clean_properties(cls, value: Any) -> dict[str, Any]:
        return _check_properties(dict(value or {}))

    def get(self, key: str, default: Any = None) -> Any:
        return self.properties.get(key, default)

    @property
    def plans(self) -> tuple[str, ...]:
        return tuple(p.plan for p in self.provenance)


class Edge(BaseModel):
    model_config = ConfigDict(frozen=True)

    source: str
    target: str
    kind: EdgeKind
    properties: dict[str, PropertyValue] = Field(default_factory=dict)
    provenance: tuple[Provenance, ...] = ()
    #: Distinguishes parallel edges of one kind between the same nodes (e.g. two roles).
    discriminator: str = ""

    @field_validator("properties", mode="before")
    @classmethod
    def _clean_properties(cls, value: Any) -> dict[str, Any]:
        return _check_properties(dict(value or {}))

    @property
    def id(self) -> str:
        return edge_id(self.source, self.kind.value, self.target, self.discriminator)

    def get(self, key: str, default: Any = None) -> Any:
        return self.properties.get(key, default)


class Contribution(BaseModel):
    """Everything one owner (a plan, or a derived computation) puts in the graph.

    Validated as a whole: every edge's ends exist in the contribution or are listed in
    `references` (ids of nodes other owners already stored, such as a shared organisation),
    and every edge joins kinds its kind allows.
    """

    model_config = ConfigDict(frozen=True)

    owner: Annotated[str, Field(min_length=1)]
    nodes: tuple[Node, ...] = ()
    edges: tuple[Edge, ...] = ()
    references: frozenset[str] = frozenset()

    @model_validator(mode="after")
    def _consistent(self) -> Contribution:
        kinds: dict[str, NodeKind] = {}
        for node in self.nodes:
            if node.id in kinds:
                raise ValueError(f"node {node.id!r} appears twice in contribution {self.owner!r}")
            kinds[node.id] = node.kind
            _check_owner(node.provenance, self.owner, node.id)
        seen: set[str] = set()
        for edge in self.edges:
            if edge.id in seen:
                raise ValueError(
                    f"edge {edge.source}-[{edge.kind}]->{edge.target} appears twice in {self.owner!r}"
                )
            seen.add(edge.id)
            _check_owner(edge.provenance, self.owner, edge.id)
            for end in (edge.source, edge.target):
                if end not in kinds and end not in self.references:
                    raise ValueError(
                        f"edge {edge.source}-[{edge.kind}]->{edge.target} names unknown node {end!r}"
                    )
            pair = (kinds.get(edge.source), kinds.get(edge.target))
            if None not in pair and pair not in EDGE_ENDPOINTS[edge.kind]:
                raise ValueError(
                    f"{edge.kind} cannot join {pair[0]} {edge.source!r} to {pair[1]} {edge.target!r}"
                )
        return self


def _check_owner(provenance: tuple[Provenance, ...], owner: str, what: str) -> None:
    if not provenance:
        raise ValueError(f"{what!r} has no provenance")
    if any(p.plan != owner for p in provenance):
        raise ValueError(f"{what!r} carries provenance of another owner than {owner!r}")


def contribution(
    owner: str,
    nodes: Iterable[Node],
    edges: Iterable[Edge],
    references: Iterable[str] = (),
) -> Contribution:
    """Build a `Contribution`, turning validation failures into `InvalidRecord`."""
    try:
        return Contribution(
            owner=owner, nodes=tuple(nodes), edges=tuple(edges), references=frozenset(references)
        )
    except ValueError as exc:
        first = exc.errors()[0]["msg"] if hasattr(exc, "errors") else str(exc)
        raise InvalidRecord(f"contribution {owner!r} is invalid: {first}") from None


DERIVED_PREFIX = "derived:"


def check_against_stored(contribution: Contribution, stored_kind: dict[str, NodeKind]) -> None:
    """Check a contribution against the kinds of nodes already stored (both stores use this).

    `stored_kind` maps the ids the contribution touches to their stored kind, where stored.
    """
    own = {n.id: n.kind for n in contribution.nodes}
    for node in contribution.nodes:
        stored = stored_kind.get(node.id)
        if stored is not None and stored != node.kind:
            raise InvalidRecord(
                f"node {node.id!r} is stored as {stored} and cannot be written as {node.kind}"
            )
    for ref in contribution.references:
        if ref not in own and ref not in stored_kind:
            raise InvalidRecord(
                f"contribution {contribution.owner!r} refers to {ref!r}, which is not stored"
            )
    for edge in contribution.edges:
        pair = (
            own.get(edge.source) or stored_kind[edge.source],
            own.get(edge.target) or stored_kind[edge.target],
        )
        if pair not in EDGE_ENDPOINTS[edge.kind]:
            raise InvalidRecord(
                f"{edge.kind} cannot join {pair[0]} {edge.source!r} to {pair[1]} {edge.target!r}"
            )


def content_digest(rows: object) -> str:
    """A digest of a contribution's content, so rewriting identical content can be skipped."""
    return hashlib.blake2b(
        orjson.dumps(rows, option=orjson.OPT_SORT_KEYS), digest_size=16
    ).hexdigest()


def touched_ids(contribution: Contribution) -> set[str]:
    ids = {n.id for n in contribution.nodes} | set(contribution.references)
    for edge in contribution.edges:
        ids.add(edge.source)
        ids.add(edge.target)
    return ids
