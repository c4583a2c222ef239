"""The Neo4j store: the official driver over Bolt, one managed transaction per contribution.

Constraints and indexes are created when the store opens; writes are batched with UNWIND per
node label and relationship type; every statement comes from `graphmodel.cypher`.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from graphmodel import cypher
from graphmodel.errors import (
    PartnergraphError,
    PlanNotFound,
    StoreAuthFailed,
    StoreUnavailable,
)
from graphmodel.ids import normalise_name
from graphmodel.records import (
    Contribution,
    Edge,
    Node,
    Provenance,
    check_against_stored,
    content_digest,
    touched_ids,
)
from graphmodel.schema import EdgeKind, NodeKind
from graphmodel.store import Direction, WriteSummary

_MANAGED = {"id", "kind", "name", "name_key", "alias_text", "plans", "sources", "lines"}
_MANAGED |= {"confidences", "discriminator"}
_BATCH = 5000


@functools.lru_cache(maxsize=1 << 16)
def _name_key(text: str) -> str:
    """`normalise_name`, remembered: a body's name is written again by every plan naming it."""
    return normalise_name(text)


def _alias_text(props: dict[str, Any]) -> str:
    keys = [_name_key(a) for a in props.get("aliases") or [] if isinstance(a, str)]
    keys = [k for k in keys if k]
    return "|" + "|".join(keys) + "|" if keys else ""


def _prov_columns(provenance: Iterable[Provenance]) -> dict[str, list[Any]]:
    provenance = list(provenance)
    return {
        "plans": [p.plan for p in provenance],
        "sources": [p.document for p in provenance],
        "lines": [p.line if p.line is not None else -1 for p in provenance],
        "confidences": [float(p.confidence) for p in provenance],
    }


def _provenance(data: dict[str, Any]) -> tuple[Provenance, ...]:
    return tuple(
        Provenance.model_construct(
            plan=p, document=d, line=None if line < 0 else line, confidence=c
        )
        for p, d, line, c in zip(
            data.get("plans") or [],
            data.get("sources") or [],
            data.get("lines") or [],
            data.get("confidences") or [],
            strict=False,
        )
    )


def _node(data: dict[str, Any]) -> Node:
    return Node.model_construct(
        id=data["id"],
        kind=NodeKind(data["kind"]),
        name=data.get("name", ""),
        properties={k: v for k, v in data.items() if k not in _MANAGED},
        provenance=_provenance(data),
    )


def _edge(record: Any) -> Edge:
    data = record["r"]
    return Edge.model_construct(
        source=record["source"],
        target=record["target"],
        kind=EdgeKind(record["type"]),
        properties={k: v for k, v in data.items() if k not in _MANAGED},
        provenance=_provenance(data),
        discriminator=data.get("discriminator", ""),
    )


class Neo4jStore:
    """`GraphStore` over a Neo4j server."""

    def __init__(self, uri: str, user: str, password: str, database: str | None = None) -> None:
        import neo4j
        from neo4j import exceptions as neo4j_errors

        self.uri = uri
        self._errors = neo4j_errors
        self._database = database
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=10, max_connection_pool_size=64
            )
        except (ValueError, neo4j_errors.ConfigurationError) as exc:
            raise StoreUnavailable(f"Neo4j URI {uri!r} is not usable: {exc}") from None
        with self._translated():
            self._driver.verify_connectivity()
            for statement in cypher.SCHEMA:
                self._driver.execute_query(statement, database_=database)
            self._driver.execute_query("CALL db.awaitIndexes(60)", database_=database)

    # -- plumbing --------------------------------------------------------------------------

    def _translated(self) -> Any:
        store = self

        class _Translate:
            def __enter__(self) -> None:
                return None

            def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
                if exc is None or isinstance(exc, PartnergraphError):
                    return False
                errors = store._errors
                if isinstance(exc, errors.AuthError):
                    raise StoreAuthFailed(
                        f"Neo4j at {store.uri} refused the credentials: "
                        "check NEO4J_USER and NEO4J_PASSWORD"
                    ) from None
                if isinstance(exc, errors.ServiceUnavailable | errors.SessionExpired | OSError):
                    raise StoreUnavailable(
                        f"cannot reach Neo4j at {store.uri}: check that the server is running "
                        "and the host and Bolt port are right"
                    ) from None
                if isinstance(exc, errors.Neo4jError):
                    raise StoreUnavailable(
                        f"Neo4j at {store.uri} failed: {exc.code}: {exc.message}"
                    ) from None
                return False

        return _Translate()

    def _read(self, query: str, **params: Any) -> list[Any]:
        with self._translated():
            records, _, _ = self._driver.execute_query(
                query, params, database_=self._database, routing_="r"
            )
            return records

    # -- writes ----------------------------------------------------------------------------

    def write(self, contribution: Contribution) -> WriteSummary:
        with self._translated(), self._driver.session(database=self._database) as session:
            return session.execute_write(self._write_tx, contribution)

    def _write_tx(self, tx: Any, contribution: Contribution) -> WriteSummary:
        owner = contribution.owner
        # Records of one plan share provenance tuples: build each one's columns once.
        columns: dict[int, dict[str, list[Any]]] = {}

        def prov(provenance: tuple[Provenance, ...]) -> dict[str, list[Any]]:
            found = columns.get(id(provenance))
            if found is None:
                found = columns[id(provenance)] = _prov_columns(provenance)
            return found

        node_rows = [
            {
                "id": node.id,
                "kind": node.kind.value,
                "name": node.name,
                "name_key": _name_key(node.name),
                "alias_text": _alias_text(node.properties),
                "props": node.properties,
                **prov(node.provenance),
            }
            for node in contribution.nodes
        ]
        edge_rows = [
            {
                "id": edge.id,
                "kind": edge.kind.value,
                "source": edge.source,
                "target": edge.target,
                "discriminator": edge.discriminator,
                "props": edge.properties,
                **prov(edge.provenance),
            }
            for edge in contribution.edges
        ]
        # Only self-contained contributions can be skipped (see EmbeddedStore.write).
        digest = None if contribution.references else content_digest([node_rows, edge_rows])
        ids = sorted(touched_ids(contribution))
        first = tx.run(cypher.WRITE_PREFLIGHT, owner=owner, ids=ids).single()
        if digest is not None and first["digest"] == digest:
            return WriteSummary(owner, replaced=True, unchanged=True)
        stored = {node_id: NodeKind(kind) for node_id, kind in first["stored"]}
        check_against_stored(contribution, stored)
        replaced = bool(first["replaced"])
        nodes_deleted = edges_deleted = 0
        existing = set(stored)
        if replaced:
            nodes_deleted, edges_deleted = self._detach_tx(tx, owner)
            existing = {r["id"] for r in tx.run(cypher.STORED_KINDS, ids=ids)}
        # A node not stored before this transaction has no relationships yet, so it is
        # CREATEd, and so is every edge touching it (new by construction); the rest MERGE.
        by_kind: dict[tuple[NodeKind, bool], list[dict[str, Any]]] = defaultdict(list)
        for row in node_rows:
            by_kind[NodeKind(row["kind"]), row["id"] in existing].append(row)
        created = total = 0
        for (kind, stored_before), rows in by_kind.items():
            statement = cypher.merge_nodes(kind) if stored_before else cypher.create_nodes(kind)
            for start in range(0, len(rows), _BATCH):
                record = tx.run(statement, rows=rows[start : start + _BATCH]).single()
                created += record["created"]
                total += record["total"]
        by_type: dict[tuple[EdgeKind, bool], list[dict[str, Any]]] = defaultdict(list)
        for row in edge_rows:
            between_stored = row["source"] in existing and row["target"] in existing
            by_type[EdgeKind(row["kind"]), between_stored].append(row)
        edges_created = 0
        for (kind, between_stored), rows in by_type.items():
            statement = cypher.merge_edges(kind) if between_stored else cypher.create_edges(kind)
            for start in range(0, len(rows), _BATCH):
                record = tx.run(statement, rows=rows[start : start + _BATCH]).single()
                edges_created += record["created"]
        tx.run(cypher.FINISH_WRITE, owner=owner, digest=digest).consume()
        return WriteSummary(
            owner,
            nodes_created=created,
            nodes_updated=total - created,
            nodes_deleted=nodes_deleted,
            edges_created=edges_created,
            edges_deleted=edges_deleted,
            replaced=replaced,
        )

    @staticmethod
    def _detach_tx(tx: Any, owner: str) -> tuple[int, int]:
        edges = tx.run(cypher.DETACH_OWNER_EDGES, owner=owner).single()["deleted"]
        record = tx.run(cypher.DETACH_OWNER_NODES, owner=owner).single()
        return record["deleted"], edges + record["rels"]

    def remove(self, owner: str) -> WriteSummary:
        def work(tx: Any) -> WriteSummary:
            if tx.run(cypher.OWNER_EXISTS, owner=owner).single()["n"] == 0:
                raise PlanNotFound(f"no plan or contribution {owner!r} in store {self.uri}")
            nodes_deleted, edges_deleted = self._detach_tx(tx, owner)
            tx.run(cypher.DROP_OWNER, owner=owner).consume()
            tx.run(cypher.BUMP_REVISION).consume()
            return WriteSummary(owner, nodes_deleted=nodes_deleted, edges_deleted=edges_deleted)

        with self._translated(), self._driver.session(database=self._database) as session:
            return session.execute_write(work)

    def clear(self) -> None:
        with self._translated(), self._driver.session(database=self._database) as session:
            session.run(cypher.CLEAR).consume()
            session.run(cypher.BUMP_REVISION).consume()

    # -- reads -----------------------------------------------------------------------------

    def owners(self) -> list[str]:
        return [r["id"] for r in self._read(cypher.OWNERS)]

    def revision(self) -> int:
        return int(self._read(cypher.REVISION)[0]["revision"])

    def node(self, node_id: str) -> Node | None:
        records = self._read(cypher.NODE_BY_ID, id=node_id)
        return _node(records[0]["n"]) if records else None

    def nodes(self, kind: NodeKind | None = None, ids: Iterable[str] | None = None) -> list[Node]:
        if ids is not None:
            records = self._read(cypher.NODES_BY_IDS, ids=list(dict.fromkeys(ids)))
        elif kind is not None:
            records = self._read(cypher.nodes_of_kind(kind))
        else:
            records = self._read(cypher.ALL_NODES)
        found = [_node(r["n"]) for r in records]
        return [n for n in found if kind is None or n.kind == kind]

    def find_by_name(self, name: str, kinds: Iterable[NodeKind] | None = None) -> list[Node]:
        key = normalise_name(name)
        if not key:
            return []
        wanted = set(kinds) if kinds is not None else None
        records = self._read(cypher.FIND_BY_NAME, key=key, wrapped=f"|{key}|")
        found = [_node(r["n"]) for r in records]
        return [n for n in found if wanted is None or n.kind in wanted]

    def edges(self, kind: EdgeKind | None = None) -> Iterator[Edge]:
        with self._translated(), self._driver.session(database=self._database) as session:
            result = session.run(cypher.all_edges(kind))
            for record in result:
                yield _edge(record)

    def edges_of(
        self,
        node_ids: Iterable[str],
        kinds: Iterable[EdgeKind] | None = None,
        direction: Direction = "out",
    ) -> list[Edge]:
        kinds = list(kinds) if kinds is not None else None
        records = self._read(cypher.edges_of(kinds, direction), ids=list(dict.fromkeys(node_ids)))
        found: dict[str, Edge] = {}
        for record in records:
            found.setdefault(record["r"]["id"], _edge(record))
        return list(found.values())

    def neighbours(
        self,
        node_ids: Iterable[str],
        kinds: Iterable[EdgeKind] | None = None,
        direction: Direction = "out",
    ) -> list[tuple[Edge, Node]]:
        kinds = list(kinds) if kinds is not None else None
        ids = list(dict.fromkeys(node_ids))
        if kinds == [] or not ids:
            return []
        records = self._read(cypher.neighbours(kinds, direction), ids=ids)
        found: dict[tuple[str, str], tuple[Edge, Node]] = {}
        for record in records:
            far = _node(record["n"])
            found.setdefault((record["r"]["id"], far.id), (_edge(record), far))
        return list(found.values())

    def reachable(
        self,
        start: Iterable[str],
        kinds: Iterable[EdgeKind],
        direction: Direction = "out",
        max_depth: int = 20,
    ) -> dict[str, int]:
        records = self._read(
            cypher.reachable(kinds, direction, max_depth), ids=list(dict.fromkeys(start))
        )
        return {r["id"]: r["depth"] for r in records}

    def counts(self) -> dict[str, int]:
        result = {r["kind"]: r["n"] for r in self._read(cypher.COUNT_NODES)}
        result.update({r["kind"]: r["n"] for r in self._read(cypher.COUNT_EDGES)})
        return dict(sorted(result.items()))

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def owned(self, owner: str) -> tuple[list[Node], list[Edge]]:
        nodes = [_node(r["n"]) for r in self._read(cypher.OWNED_NODES, owner=owner)]
        edges = [_edge(r) for r in self._read(cypher.OWNED_EDGES, owner=owner)]
        return nodes, edges
