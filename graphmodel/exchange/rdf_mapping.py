"""The graph as RDF resource descriptions, one subject at a time, ready for a streaming writer.

Design (chosen so that export, import and export again give an isomorphic graph):

* a node is `pgid:<id>`, typed by its kind's class, named by `rdfs:label`, with each property
  under a standard term where one fits (`dcterms:title`, `dcterms:description`, ...) or else
  `pgp:<name>`; list properties are RDF collections, so order and repeats survive;
* an edge is a direct triple (`pgid:org pg:leads pgid:act`) for simple SPARQL, plus one
  reified statement `pgedge:<edge id>` (`rdf:subject`, `rdf:predicate`, `rdf:object`) that
  carries the discriminator, the edge's properties and its provenance; MEMBER_OF statements
  are also `org:Membership`s with `org:member`, `org:organization` and `org:role`;
* provenance is PROV-O: each node and statement `prov:wasDerivedFrom` one `pg:SourcePassage`
  per (owner, document, line, confidence), shared by every statement read from that passage.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from graphmodel.exchange import vocabulary as v
from graphmodel.exchange.view import ExportView
from graphmodel.records import Edge, Node, Provenance
from graphmodel.schema import EdgeKind, NodeKind


class Iri(str):
    """An IRI object (plain `str` values are literals)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Items:
    """An RDF collection of literals: a list property, in order."""

    values: tuple[Any, ...]


#: One subject and its (predicate, object) pairs; objects are `Iri`, `Items` or literals.
Description = tuple[str, list[tuple[str, Any]]]


def source_iri(entry: Provenance) -> str:
    key = orjson.dumps([entry.plan, entry.document, entry.line, repr(float(entry.confidence))])
    return v.SOURCE + hashlib.blake2b(key, digest_size=10).hexdigest()


class RdfDescriber:
    """Turns an `ExportView` into descriptions; remembers which shared resources it wrote."""

    def __init__(self, view: ExportView) -> None:
        self.view = view
        self._sources: set[str] = set()
        self._roles: set[str] = set()

    def descriptions(self) -> Iterator[Description]:
        for batch in self.view.batches():
            out_edges: dict[str, list[Edge]] = {}
            for edge in batch.edges:
                out_edges.setdefault(edge.source, []).append(edge)
            for node in batch.nodes:
                edges = out_edges.get(node.id, [])
                yield from self._node(node, edges)
                for edge in edges:
                    yield from self._edge(edge, node.kind)

    def _provenance(
        self, pairs: list[tuple[str, Any]], entries: tuple[Provenance, ...]
    ) -> list[Description]:
        """Link `pairs` to their source passages; returns the passages not yet written."""
        extra: list[Description] = []
        for entry in entries:
            iri = source_iri(entry)
            pairs.append((v.PROV_WAS_DERIVED_FROM, Iri(iri)))
            if iri not in self._sources:
                self._sources.add(iri)
                described: list[tuple[str, Any]] = [
                    (v.RDF_TYPE, Iri(v.PG_SOURCE_PASSAGE)),
                    (v.PG_OWNER, entry.plan),
                    (v.DCTERMS_SOURCE, entry.document),
                ]
                if entry.line is not None:
                    described.append((v.PG_LINE, int(entry.line)))
                described.append((v.PG_CONFIDENCE, float(entry.confidence)))
                extra.append((iri, described))
        return extra

    def _properties(
        self, pairs: list[tuple[str, Any]], props: dict[str, Any], kind: NodeKind | None
    ) -> None:
        standard = v.STANDARD_PROPERTY.get(kind, {}) if kind is not None else {}
        for key in sorted(props):
            value = props[key]
            if isinstance(value, list | tuple):
                pairs.append((v.property_iri(key), Items(tuple(value))))
                mirror = v.LIST_MIRROR.get(key)
                if mirror is not None:
                    pairs.extend((mirror, item) for item in value if isinstance(item, str))
            elif key in standard and isinstance(value, str):
                pairs.append((standard[key], value))
            else:
                pairs.append((v.property_iri(key), value))

    def _node(self, node: Node, edges: list[Edge]) -> Iterator[Description]:
        pairs: list[tuple[str, Any]] = [(v.RDF_TYPE, Iri(v.KIND_CLASS[node.kind]))]
        pairs.extend((v.RDF_TYPE, Iri(c)) for c in v.EXTRA_CLASSES.get(node.kind, ()))
        if any(e.kind == EdgeKind.PART_OF for e in edges) and node.kind == NodeKind.ORGANISATION:
            pairs.append((v.RDF_TYPE, Iri(v.ORG_UNIT)))
        pairs.append((v.RDFS_LABEL, node.name))
        mirror = v.NAME_MIRROR.get(node.kind)
        if mirror is not None:
            pairs.append((mirror, node.name))
        self._properties(pairs, node.properties, node.kind)
        seen: set[tuple[str, str]] = set()
        for edge in edges:
            direct = (v.edge_predicate(edge.kind, node.kind), v.node_iri(edge.target))
            if direct not in seen:
                seen.add(direct)
                pairs.append((direct[0], Iri(direct[1])))
            if edge.kind == EdgeKind.MEMBER_OF and _is_head(edge):
                pairs.append((v.ORG_HEAD_OF, Iri(direct[1])))
        extra = self._provenance(pairs, node.provenance)
        yield v.node_iri(node.id), pairs
        yield from extra

    def _edge(self, edge: Edge, source_kind: NodeKind) -> Iterator[Description]:
        subject, target = v.node_iri(edge.source), v.node_iri(edge.target)
        pairs: list[tuple[str, Any]] = [(v.RDF_TYPE, Iri(v.RDF_STATEMENT))]
        if edge.kind == EdgeKind.MEMBER_OF:
            pairs.append((v.RDF_TYPE, Iri(v.ORG_MEMBERSHIP)))
        pairs += [
            (v.RDF_SUBJECT, Iri(subject)),
            (v.RDF_PREDICATE, Iri(v.edge_predicate(edge.kind, source_kind))),
            (v.RDF_OBJECT, Iri(target)),
        ]
        if edge.discriminator:
            pairs.append((v.PG_DISCRIMINATOR, edge.discriminator))
        self._properties(pairs, edge.properties, None)
        role_description: Description | None = None
        if edge.kind == EdgeKind.MEMBER_OF:
            pairs += [(v.ORG_MEMBER, Iri(subject)), (v.ORG_ORGANIZATION_PROP, Iri(target))]
            role = edge.get("role")
            if isinstance(role, str) and role.strip():
                role_iri = v.role_iri(role)
                pairs.append((v.ORG_ROLE, Iri(role_iri)))
                if role_iri not in self._roles:
                    self._roles.add(role_iri)
                    role_description = (
                        role_iri,
                        [(v.RDF_TYPE, Iri(v.ORG_ROLE_CLASS)), (v.SKOS_PREF_LABEL, role.strip())],
                    )
        extra = self._provenance(pairs, edge.provenance)
        yield v.edge_iri(edge.id), pairs
        if role_description is not None:
            yield role_description
        yield from extra


def _is_head(edge: Edge) -> bool:
    role = edge.get("role")
    return isinstance(role, str) and " ".join(role.lower().split()) in v.HEAD_ROLES
