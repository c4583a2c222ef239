"""Every Cypher statement Partnergraph sends, in one place.

Values always travel as parameters. Labels and relationship types are interpolated only from
the schema enums (`NodeKind`, `EdgeKind`), checked here, so no text from a plan can ever become
part of a statement.
"""

from __future__ import annotations

from collections.abc import Iterable

from graphmodel.schema import EdgeKind, NodeKind

#: Label every graph node carries besides its kind, so one uniqueness constraint covers ids.
NODE = "Node"
#: Internal bookkeeping: one node per owner, and the graph's revision counter.
OWNER = "PartnergraphOwner"
META = "PartnergraphMeta"


def _label(kind: NodeKind) -> str:
    return NodeKind(kind).value


def _types(kinds: Iterable[EdgeKind]) -> str:
    names = sorted({EdgeKind(k).value for k in kinds})
    if not names:
        raise ValueError("at least one relationship type is needed")
    return "|".join(names)


SCHEMA = [
    f"CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:{NODE}) REQUIRE n.id IS UNIQUE",
    f"CREATE CONSTRAINT owner_id IF NOT EXISTS FOR (o:{OWNER}) REQUIRE o.id IS UNIQUE",
    f"CREATE INDEX node_name_key IF NOT EXISTS FOR (n:{NODE}) ON (n.name_key)",
    f"CREATE INDEX node_kind IF NOT EXISTS FOR (n:{NODE}) ON (n.kind)",
    f"CREATE TEXT INDEX node_alias_text IF NOT EXISTS FOR (n:{NODE}) ON (n.alias_text)",
    *(
        f"CREATE INDEX rel_id_{k.value.lower()} IF NOT EXISTS FOR ()-[r:{k.value}]-() ON (r.id)"
        for k in EdgeKind
    ),
]

OWNER_EXISTS = f"MATCH (o:{OWNER} {{id: $owner}}) RETURN count(o) AS n"
OWNERS = f"MATCH (o:{OWNER}) RETURN o.id AS id ORDER BY id"
REVISION = f"OPTIONAL MATCH (m:{META} {{id: 'meta'}}) RETURN coalesce(m.revision, 0) AS revision"
BUMP_REVISION = (
    f"MERGE (m:{META} {{id: 'meta'}}) "
    "SET m.revision = coalesce(m.revision, 0) + 1 RETURN m.revision AS revision"
)
DROP_OWNER = f"MATCH (o:{OWNER} {{id: $owner}}) DELETE o"

STORED_KINDS = f"UNWIND $ids AS id MATCH (n:{NODE} {{id: id}}) RETURN n.id AS id, n.kind AS kind"

# Detaching an owner: drop its entry from the parallel provenance lists, delete what is left
# with none. Runs only when the owner already has a contribution stored.
_KEEP = "[i IN range(0, size(x.plans) - 1) WHERE x.plans[i] <> $owner]"
_DETACH_SET = (
    "SET x.plans = [i IN keep | x.plans[i]], x.sources = [i IN keep | x.sources[i]], "
    "x.lines = [i IN keep | x.lines[i]], x.confidences = [i IN keep | x.confidences[i]]"
)
DETACH_OWNER_EDGES = (
    f"MATCH ()-[x]->() WHERE $owner IN x.plans WITH x, {_KEEP} AS keep {_DETACH_SET} "
    "WITH x WHERE size(x.plans) = 0 DELETE x RETURN count(*) AS deleted"
)
DETACH_OWNER_NODES = (
    f"MATCH (x:{NODE}) WHERE $owner IN x.plans WITH x, {_KEEP} AS keep {_DETACH_SET} "
    "WITH x WHERE size(x.plans) = 0 "
    "OPTIONAL MATCH (x)-[r]-() WITH x, count(r) AS rels DETACH DELETE x "
    "RETURN count(x) AS deleted, coalesce(sum(rels), 0) AS rels"
)


def merge_nodes(kind: NodeKind) -> str:
    """Upsert a batch of nodes of one kind; new ones are created, others gain provenance."""
    return (
        f"UNWIND $rows AS row MERGE (n:{NODE} {{id: row.id}}) "
        "ON CREATE SET n.created = true "
        "ON MATCH SET n.created = false "
        f"SET n:{_label(kind)}, n += row.props, n.kind = row.kind, n.name = row.name, "
        "n.name_key = row.name_key, n.alias_text = row.alias_text, "
        "n.plans = coalesce(n.plans, []) + row.plans, "
        "n.sources = coalesce(n.sources, []) + row.sources, "
        "n.lines = coalesce(n.lines, []) + row.lines, "
        "n.confidences = coalesce(n.confidences, []) + row.confidences "
        "WITH n, n.created AS created REMOVE n.created "
        "RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(n) AS total"
    )


def create_nodes(kind: NodeKind) -> str:
    """Create a batch of nodes of one kind that the transaction found not stored."""
    return (
        f"UNWIND $rows AS row CREATE (n:{NODE}:{_label(kind)} {{id: row.id}}) "
        "SET n += row.props, n.kind = row.kind, n.name = row.name, "
        "n.name_key = row.name_key, n.alias_text = row.alias_text, "
        "n.plans = row.plans, n.sources = row.sources, n.lines = row.lines, "
        "n.confidences = row.confidences "
        "RETURN count(n) AS created, count(n) AS total"
    )


def create_edges(kind: EdgeKind) -> str:
    """Create a batch of relationships of one type, each touching a node created in the same
    transaction, so none of them can exist yet (CREATE skips MERGE's search for them)."""
    return (
        f"UNWIND $rows AS row MATCH (a:{NODE} {{id: row.source}}) "
        f"MATCH (b:{NODE} {{id: row.target}}) "
        f"CREATE (a)-[r:{EdgeKind(kind).value} {{id: row.id}}]->(b) "
        "SET r += row.props, r.discriminator = row.discriminator, "
        "r.plans = row.plans, r.sources = row.sources, r.lines = row.lines, "
        "r.confidences = row.confidences "
        "RETURN count(r) AS created"
    )


def merge_edges(kind: EdgeKind) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{NODE} {{id: row.source}}) "
        f"MATCH (b:{NODE} {{id: row.target}}) "
        f"MERGE (a)-[r:{EdgeKind(kind).value} {{id: row.id}}]->(b) "
        "ON CREATE SET r.created = true ON MATCH SET r.created = false "
        "SET r += row.props, r.discriminator = row.discriminator, "
        "r.plans = coalesce(r.plans, []) + row.plans, "
        "r.sources = coalesce(r.sources, []) + row.sources, "
        "r.lines = coalesce(r.lines, []) + row.lines, "
        "r.confidences = coalesce(r.confidences, []) + row.confidences "
        "WITH r, r.created AS created REMOVE r.created "
        "RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(r) AS total"
    )


#: Everything a write checks first, in one round trip: the owner's stored digest, whether it
#: has a contribution stored, and the stored kind of each id the contribution touches.
WRITE_PREFLIGHT = (
    f"OPTIONAL MATCH (o:{OWNER} {{id: $owner}}) "
    f"CALL () {{ UNWIND $ids AS id MATCH (n:{NODE} {{id: id}}) "
    "RETURN collect([n.id, n.kind]) AS stored } "
    "RETURN o.digest AS digest, o IS NOT NULL AS replaced, stored"
)

#: Record the owner (with its digest) and bump the revision, in one round trip.
FINISH_WRITE = (
    f"MERGE (o:{OWNER} {{id: $owner}}) SET o.digest = $digest "
    f"WITH count(o) AS done MERGE (m:{META} {{id: 'meta'}}) "
    "SET m.revision = coalesce(m.revision, 0) + 1"
)


_NODE_FIELDS = "n {.*} AS n"
NODE_BY_ID = f"MATCH (n:{NODE} {{id: $id}}) RETURN {_NODE_FIELDS}"
NODES_BY_IDS = f"UNWIND $ids AS id MATCH (n:{NODE} {{id: id}}) RETURN {_NODE_FIELDS}"
ALL_NODES = f"MATCH (n:{NODE}) RETURN {_NODE_FIELDS} ORDER BY n.id"


def nodes_of_kind(kind: NodeKind) -> str:
    return f"MATCH (n:{_label(kind)}) RETURN {_NODE_FIELDS} ORDER BY n.id"


# Alias keys are stored as one "|key|key|" string so a TEXT index serves the lookup.
FIND_BY_NAME = (
    f"CALL () {{ MATCH (n:{NODE}) WHERE n.name_key = $key RETURN n "
    f"UNION MATCH (n:{NODE}) WHERE n.alias_text CONTAINS $wrapped RETURN n }} "
    f"RETURN {_NODE_FIELDS} ORDER BY n.id"
)

_EDGE_FIELDS = "a.id AS source, type(r) AS type, b.id AS target, r {.*} AS r"


def all_edges(kind: EdgeKind | None = None) -> str:
    rel = f"[r:{EdgeKind(kind).value}]" if kind is not None else "[r]"
    return f"MATCH (a:{NODE})-{rel}->(b:{NODE}) RETURN {_EDGE_FIELDS}"


def edges_of(kinds: Iterable[EdgeKind] | None, direction: str) -> str:
    rel = f"[r:{_types(kinds)}]" if kinds is not None else "[r]"
    parts = []
    if direction in ("out", "both"):
        parts.append(
            f"UNWIND $ids AS id MATCH (a:{NODE} {{id: id}})-{rel}->(b:{NODE}) RETURN {_EDGE_FIELDS}"
        )
    if direction in ("in", "both"):
        parts.append(
            f"UNWIND $ids AS id MATCH (a:{NODE})-{rel}->(b:{NODE} {{id: id}}) RETURN {_EDGE_FIELDS}"
        )
    if not parts:
        raise ValueError(f"unknown direction {direction!r}")
    return " UNION ".join(parts)


def neighbours(kinds: Iterable[EdgeKind] | None, direction: str) -> str:
    """Like `edges_of`, plus the node at the far end of each edge as `n`."""
    rel = f"[r:{_types(kinds)}]" if kinds is not None else "[r]"
    parts = []
    if direction in ("out", "both"):
        parts.append(
            f"UNWIND $ids AS id MATCH (a:{NODE} {{id: id}})-{rel}->(b:{NODE}) "
            f"RETURN {_EDGE_FIELDS}, b {{.*}} AS n"
        )
    if direction in ("in", "both"):
        parts.append(
            f"UNWIND $ids AS id MATCH (a:{NODE})-{rel}->(b:{NODE} {{id: id}}) "
            f"RETURN {_EDGE_FIELDS}, a {{.*}} AS n"
        )
    if not parts:
        raise ValueError(f"unknown direction {direction!r}")
    return " UNION ".join(parts)


def reachable(kinds: Iterable[EdgeKind], direction: str, max_depth: int) -> str:
    depth = int(max_depth)
    if depth < 1:
        raise ValueError("max_depth must be at least 1")
    rel = f"[:{_types(kinds)}*1..{depth}]"
    pattern = {"out": f"-{rel}->", "in": f"<-{rel}-", "both": f"-{rel}-"}[direction]
    return (
        f"MATCH (s:{NODE}) WHERE s.id IN $ids "
        f"MATCH p = (s){pattern}(t:{NODE}) "
        "RETURN t.id AS id, min(length(p)) AS depth"
    )


COUNT_NODES = f"MATCH (n:{NODE}) RETURN n.kind AS kind, count(*) AS n"
COUNT_EDGES = f"MATCH (:{NODE})-[r]->(:{NODE}) RETURN type(r) AS kind, count(*) AS n"
# The META node (revision counter) survives a clear, so revisions never repeat.
CLEAR = (
    "MATCH (n) WHERE n:"
    + NODE
    + " OR n:"
    + OWNER
    + " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
)

# What one owner contributed, for rewriting it (forgetting a person).
OWNED_NODES = f"MATCH (n:{NODE}) WHERE $owner IN n.plans RETURN {_NODE_FIELDS} ORDER BY n.id"
OWNED_EDGES = (
    f"MATCH (a:{NODE})-[r]->(b:{NODE}) WHERE $owner IN r.plans RETURN {_EDGE_FIELDS} ORDER BY r.id"
)
