"""The embedded store: a networkx MultiDiGraph kept in memory and persisted in a data directory.

On disk: `graph.snapshot` (the whole graph as JSON) and `journal.jsonl` (one line per write
since the snapshot, fsynced before the write counts). A write that is killed half way leaves at
most a torn last journal line, which loading discards, so the previous state always loads.
The journal is folded into a new snapshot (written aside, fsynced, renamed over) when it grows.
A lock file serialises writers across processes; readers notice other processes' writes.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import gc
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import orjson

from graphmodel.errors import PlanNotFound, StoreCorrupt, StoreNotWritable
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

SNAPSHOT = "graph.snapshot"
JOURNAL = "journal.jsonl"
LOCK = ".lock"
FORMAT = 1
_MIN_COMPACT_BYTES = 8 * 1024 * 1024


def _prov_rows(provenance: Iterable[Provenance]) -> list[list[Any]]:
    return [[p.plan, p.document, p.line, p.confidence] for p in provenance]


@functools.lru_cache(maxsize=1 << 16)
def _name_key(text: str) -> str:
    """`normalise_name`, remembered: a body's name is re-indexed by every plan naming it."""
    return normalise_name(text)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector during a bulk write or load.

    Writing a plan allocates many long-lived containers, and each allocation burst would make
    the collector rescan the whole graph again; reference counting still frees everything,
    and the (rare) cycles wait for the next collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@functools.lru_cache(maxsize=1 << 17, typed=True)
def _one_prov(plan: str, document: str, line: int | None, confidence: float) -> Provenance:
    """One provenance entry, shared by every read of it: records are frozen, and the edges
    of one plan line (its leads, partners, outcomes) all carry the same entry, so reads of
    many actions build each entry once instead of once per edge."""
    return Provenance.model_construct(
        plan=plan, document=document, line=line, confidence=confidence
    )


def _prov(rows: Iterable[list[Any]]) -> tuple[Provenance, ...]:
    # Rows were validated when written; rebuilding them unvalidated keeps reads of bodies
    # named by many plans (hundreds of provenance entries) cheap.
    return tuple(_one_prov(r[0], r[1], r[2], r[3]) for r in rows)


class EmbeddedStore:
    """`GraphStore` over networkx, persisted under `path`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.uri = str(path)
        self._graph = nx.MultiDiGraph()
        self._by_owner_nodes: dict[str, set[str]] = defaultdict(set)
        self._by_owner_edges: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        self._by_kind: dict[NodeKind, set[str]] = defaultdict(set)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._revision = 0
        self._journal_end = 0
        self._digests: dict[str, str] = {}
        self._shared_prov: dict[int, tuple[list[Any], tuple[Provenance, ...]]] = {}
        self._seen: tuple[Any, ...] | None = None
        self._prepare_directory()
        with self._locked():
            self._load()

    # -- files -----------------------------------------------------------------------------

    def _prepare_directory(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise StoreNotWritable(f"store path {self.uri!r} exists and is not a directory")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            (self.path / LOCK).touch(exist_ok=True)
        except OSError as exc:
            raise StoreNotWritable(
                f"store directory {self.uri!r} is not writable: {exc.strerror or exc}"
            ) from None
        if not os.access(self.path, os.W_OK):
            raise StoreNotWritable(f"store directory {self.uri!r} is not writable")

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            handle = open(self.path / LOCK, "a+b")  # noqa: SIM115
        except OSError as exc:
            raise StoreNotWritable(f"cannot lock store {self.uri!r}: {exc.strerror}") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()

    def _stamp(self) -> tuple[Any, ...]:
        stamps = []
        for name in (SNAPSHOT, JOURNAL):
            try:
                st = (self.path / name).stat()
                stamps.append((st.st_ino, st.st_size, st.st_mtime_ns))
            except FileNotFoundError:
                stamps.append(None)
        return tuple(stamps)

    def _refresh(self) -> None:
        """Reload when another process changed the files since we last read them."""
        if self._stamp() != self._seen:
            with self._locked():
                if self._stamp() != self._seen:
                    self._load()

    def _reset(self) -> None:
        self._graph = nx.MultiDiGraph()
        self._by_owner_nodes = defaultdict(set)
        self._by_owner_edges = defaultdict(set)
        self._by_kind = defaultdict(set)
        self._by_key = defaultdict(set)
        self._revision = 0
        self._journal_end = 0
        self._digests: dict[str, str] = {}
        self._shared_prov = {}

    def _load(self) -> None:
        with _collector_paused():
            self._load_files()

    def _load_files(self) -> None:
        self._reset()
        snapshot = self.path / SNAPSHOT
        if snapshot.exists():
            try:
                data = orjson.loads(snapshot.read_bytes())
                if data.get("format") != FORMAT:
                    raise ValueError(f"unknown format {data.get('format')!r}")
                self._revision = int(data["revision"])
                self._digests = dict(data.get("digests", {}))
                for row in data["nodes"]:
                    self._add_node_row(row)
                for row in data["edges"]:
                    self._add_edge_row(row)
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                raise StoreCorrupt(
                    f"store {self.uri!r}: {SNAPSHOT} cannot be read ({exc}); "
                    "restore it from a backup or point --store at a new directory"
                ) from None
        journal = self.path / JOURNAL
        if journal.exists():
            self._replay(journal)
        self._seen = self._stamp()

    def _replay(self, journal: Path) -> None:
        raw = journal.read_bytes()
        lines = raw.split(b"\n")
        good_end = 0
        offset = 0
        for index, line in enumerate(lines):
            end = offset + len(line) + 1
            last = index == len(lines) - 1 or (index == len(lines) - 2 and lines[-1] == b"")
            if not line:
                offset = end
                continue
            try:
                entry = orjson.loads(line)
                if entry["revision"] > self._revision:
                    self._apply_entry(entry)
                    self._revision = entry["revision"]
            except (ValueError, KeyError, TypeError) as exc:
                if last and not raw.endswith(b"\n"):
                    break  # a torn final write: it never committed
                raise StoreCorrupt(
                    f"store {self.uri!r}: {JOURNAL} line {index + 1} cannot be read ({exc})"
                ) from None
            good_end = min(end, len(raw))
            offset = end
        self._journal_end = good_end

    def _append(self, entry: dict[str, Any]) -> None:
        journal = self.path / JOURNAL
        data = orjson.dumps(entry) + b"\n"
        try:
            with open(journal, "r+b" if journal.exists() else "wb") as handle:
                handle.truncate(self._journal_end)
                handle.seek(0, os.SEEK_END)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
                self._journal_end = handle.tell()
        except OSError as exc:
            raise StoreNotWritable(
                f"store {self.uri!r}: cannot write {JOURNAL}: {exc.strerror or exc}"
            ) from None

    def _maybe_compact(self) -> None:
        """Fold the journal when it outgrows the snapshot; the caller holds the lock already
        (taking it again here would wait on ourselves: flock locks per open file)."""
        journal_size = self._journal_end
        snapshot = self.path / SNAPSHOT
        snapshot_size = snapshot.stat().st_size if snapshot.exists() else 0
        if journal_size > max(_MIN_COMPACT_BYTES, snapshot_size):
            self._write_snapshot()

    def compact(self) -> None:
        """Fold the journal into a fresh snapshot."""
        with self._locked():
            self._write_snapshot()

    def _write_snapshot(self) -> None:
        data = {
            "format": FORMAT,
            "revision": self._revision,
            "digests": self._digests,
            "nodes": self._node_rows(),
            "edges": self._edge_rows(),
        }
        tmp = self.path / (SNAPSHOT + ".tmp")
        try:
            with open(tmp, "wb") as handle:
                handle.write(orjson.dumps(data))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path / SNAPSHOT)
            with open(self.path / JOURNAL, "wb") as handle:
                os.fsync(handle.fileno())
            self._journal_end = 0
            dir_fd = os.open(self.path, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise StoreNotWritable(
                f"store {self.uri!r}: cannot write snapshot: {exc.strerror or exc}"
            ) from None
        self._seen = self._stamp()

    # -- rows ------------------------------------------------------------------------------

    # Snapshot rows straight from networkx's dicts (its views cost more than the rows), with
    # kinds left as enum members: orjson writes them as their values.
    def _node_rows(self) -> list[list[Any]]:
        return [
            [node_id, a["kind"], a["name"], a["props"], a["prov"]]
            for node_id, a in self._graph._node.items()
        ]

    def _edge_rows(self) -> list[list[Any]]:
        return [
            [u, v, key, a["kind"], a["disc"], a["props"], a["prov"]]
            for u, targets in self._graph._succ.items()
            for v, keys in targets.items()
            for key, a in keys.items()
        ]

    def _add_node_row(self, row: list[Any]) -> None:
        node_id, kind, name, props, prov = row
        kind = NodeKind(kind)
        self._graph.add_node(node_id, kind=kind, name=name, props=props, prov=prov)
        self._by_kind[kind].add(node_id)
        self._index_names(node_id, name, props)
        for entry in prov:
            self._by_owner_nodes[entry[0]].add(node_id)

    def _add_edge_row(self, row: list[Any]) -> None:
        u, v, key, kind, disc, props, prov = row
        self._graph.add_edge(u, v, key=key, kind=EdgeKind(kind), disc=disc, props=props, prov=prov)
        for entry in prov:
            self._by_owner_edges[entry[0]].add((u, v, key))

    def _name_keys(self, name: str, props: dict[str, Any]) -> set[str]:
        keys = {_name_key(name)}
        aliases = props.get("aliases") or []
        keys.update(_name_key(a) for a in aliases if isinstance(a, str))
        keys.discard("")
        return keys

    def _index_names(self, node_id: str, name: str, props: dict[str, Any]) -> None:
        for key in self._name_keys(name, props):
            self._by_key[key].add(node_id)

    def _unindex_names(self, node_id: str, name: str, props: dict[str, Any]) -> None:
        for key in self._name_keys(name, props):
            ids = self._by_key.get(key)
            if ids is not None:
                ids.discard(node_id)
                if not ids:
                    del self._by_key[key]

    def _provenance(self, rows: list[Any]) -> tuple[Provenance, ...]:
        """A node's or edge's provenance; the long lists of bodies that many plans name are
        built once and shared until the next write replaces them."""
        if len(rows) < 4:
            return _prov(rows)
        hit = self._shared_prov.get(id(rows))
        if hit is None or hit[0] is not rows:
            hit = (rows, _prov(rows))
            self._shared_prov[id(rows)] = hit
        return hit[1]

    def _to_node(self, node_id: str, attrs: dict[str, Any]) -> Node:
        return Node.model_construct(
            id=node_id,
            kind=attrs["kind"],
            name=attrs["name"],
            properties=dict(attrs["props"]),
            provenance=self._provenance(attrs["prov"]),
        )

    def _to_edge(self, u: str, v: str, attrs: dict[str, Any]) -> Edge:
        return Edge.model_construct(
            source=u,
            target=v,
            kind=attrs["kind"],
            properties=dict(attrs["props"]),
            provenance=self._provenance(attrs["prov"]),
            discriminator=attrs["disc"],
        )

    # -- writes ----------------------------------------------------------------------------

    def write(self, contribution: Contribution) -> WriteSummary:
        with self._locked(), _collector_paused():
            if self._stamp() != self._seen:
                self._load()
            self._validate(contribution)
            # Records of one plan share provenance tuples: build each one's rows once (rows
            # are never changed in place, only replaced). Kinds stay enum members, which
            # orjson writes as their values, so the journal and digest are as before.
            prov_rows: dict[int, list[list[Any]]] = {}

            def rows(provenance: tuple[Provenance, ...]) -> list[list[Any]]:
                found = prov_rows.get(id(provenance))
                if found is None:
                    found = prov_rows[id(provenance)] = _prov_rows(provenance)
                return found

            entry: dict[str, Any] = {
                "revision": self._revision + 1,
                "op": "write",
                "owner": contribution.owner,
                "nodes": [
                    [n.id, n.kind, n.name, n.properties, rows(n.provenance)]
                    for n in contribution.nodes
                ],
                "edges": [
                    [
                        e.source,
                        e.target,
                        e.id,
                        e.kind,
                        e.discriminator,
                        e.properties,
                        rows(e.provenance),
                    ]
                    for e in contribution.edges
                ],
            }
            # Only self-contained contributions can be skipped: another owner's removal can
            # take away edges that point at nodes this owner merely references.
            if not contribution.references:
                entry["digest"] = content_digest([entry["nodes"], entry["edges"]])
            if entry.get("digest") and self._digests.get(contribution.owner) == entry["digest"]:
                return WriteSummary(contribution.owner, replaced=True, unchanged=True)
            self._append(entry)
            summary = self._apply_entry(entry)
            self._revision += 1
            self._seen = self._stamp()
            self._maybe_compact()
            return summary

    def remove(self, owner: str) -> WriteSummary:
        with self._locked():
            if self._stamp() != self._seen:
                self._load()
            if owner not in self._by_owner_nodes and owner not in self._by_owner_edges:
                raise PlanNotFound(f"no plan or contribution {owner!r} in store {self.uri!r}")
            entry = {"revision": self._revision + 1, "op": "remove", "owner": owner}
            self._append(entry)
            summary = self._apply_entry(entry)
            self._revision += 1
            self._seen = self._stamp()
            return summary

    def clear(self) -> None:
        with self._locked():
            if self._stamp() != self._seen:
                self._load()
            # The revision keeps counting, so caches keyed by it never mistake a refilled
            # store for the one they were built from.
            revision = self._revision
            self._reset()
            self._revision = revision + 1
            self._write_snapshot()

    def _validate(self, contribution: Contribution) -> None:
        graph = self._graph
        stored = {i: graph.nodes[i]["kind"] for i in touched_ids(contribution) if i in graph}
        check_against_stored(contribution, stored)

    def _detach_owner(self, owner: str) -> tuple[int, int]:
        graph = self._graph
        edges_deleted = nodes_deleted = 0
        for u, v, key in self._by_owner_edges.pop(owner, set()):
            if not graph.has_edge(u, v, key):
                continue
            attrs = graph.edges[u, v, key]
            attrs["prov"] = [p for p in attrs["prov"] if p[0] != owner]
            if not attrs["prov"]:
                graph.remove_edge(u, v, key)
                edges_deleted += 1
        for node_id in self._by_owner_nodes.pop(owner, set()):
            if node_id not in graph:
                continue
            attrs = graph.nodes[node_id]
            attrs["prov"] = [p for p in attrs["prov"] if p[0] != owner]
            if not attrs["prov"]:
                edges_deleted += graph.degree(node_id)
                for u, v, key in list(graph.in_edges(node_id, keys=True)) + list(
                    graph.out_edges(node_id, keys=True)
                ):
                    for p in graph.edges[u, v, key]["prov"]:
                        self._by_owner_edges[p[0]].discard((u, v, key))
                self._unindex_names(node_id, attrs["name"], attrs["props"])
                self._by_kind[attrs["kind"]].discard(node_id)
                graph.remove_node(node_id)
                nodes_deleted += 1
        return nodes_deleted, edges_deleted

    def _apply_entry(self, entry: dict[str, Any]) -> WriteSummary:
        owner = entry["owner"]
        replaced = owner in self._by_owner_nodes or owner in self._by_owner_edges
        self._shared_prov.clear()
        nodes_deleted, edges_deleted = self._detach_owner(owner)
        self._digests.pop(owner, None)
        if entry.get("digest"):
            self._digests[owner] = entry["digest"]
        if entry["op"] == "remove":
            return WriteSummary(owner, nodes_deleted=nodes_deleted, edges_deleted=edges_deleted)
        graph = self._graph
        created = updated = edges_created = 0
        for node_id, kind, name, props, prov in entry["nodes"]:
            if node_id in graph:
                attrs = graph.nodes[node_id]
                merged = {**attrs["props"], **props}
                # Name keys come from the name and aliases only; a body named again by
                # another plan usually changes neither, so its index entries stay.
                renamed = name != attrs["name"] or merged.get("aliases") != attrs["props"].get(
                    "aliases"
                )
                if renamed:
                    self._unindex_names(node_id, attrs["name"], attrs["props"])
                attrs["name"] = name
                attrs["props"] = merged
                attrs["prov"] = attrs["prov"] + prov
                if renamed:
                    self._index_names(node_id, name, merged)
                updated += 1
            else:
                kind = NodeKind(kind)
                graph.add_node(node_id, kind=kind, name=name, props=props, prov=prov)
                self._by_kind[kind].add(node_id)
                self._index_names(node_id, name, props)
                created += 1
            self._by_owner_nodes[owner].add(node_id)
        # Straight into networkx's adjacency (what MultiDiGraph.add_edge does, without its
        # per-call checks): both ends exist, validated above, and a write adds many edges.
        succ, pred = graph._succ, graph._pred
        owned = self._by_owner_edges[owner]
        for u, v, key, kind, disc, props, prov in entry["edges"]:
            keys = succ[u].get(v)
            if keys is None:
                keys = succ[u][v] = pred[v][u] = graph.edge_key_dict_factory()
            attrs = keys.get(key)
            if attrs is not None:
                attrs["props"] = {**attrs["props"], **props}
                attrs["prov"] = attrs["prov"] + prov
            else:
                keys[key] = {
                    "kind": EdgeKind(kind),
                    "disc": disc,
                    "props": props,
                    "prov": prov,
                }
                edges_created += 1
            owned.add((u, v, key))
        cache = getattr(graph, "__networkx_cache__", None)
        if cache:
            cache.clear()  # as add_edge does: backend conversions of the graph are stale
        return WriteSummary(
            owner,
            nodes_created=created,
            nodes_updated=updated,
            nodes_deleted=nodes_deleted,
            edges_created=edges_created,
            edges_deleted=edges_deleted,
            replaced=replaced,
        )

    # -- reads -----------------------------------------------------------------------------

    def owners(self) -> list[str]:
        self._refresh()
        return sorted(set(self._by_owner_nodes) | set(self._by_owner_edges))

    def revision(self) -> int:
        self._refresh()
        return self._revision

    def node(self, node_id: str) -> Node | None:
        self._refresh()
        if node_id not in self._graph:
            return None
        return self._to_node(node_id, self._graph.nodes[node_id])

    def nodes(self, kind: NodeKind | None = None, ids: Iterable[str] | None = None) -> list[Node]:
        self._refresh()
        graph = self._graph
        if ids is not None:
            wanted = [i for i in dict.fromkeys(ids) if i in graph]
        elif kind is not None:
            wanted = sorted(self._by_kind.get(kind, ()))
        else:
            wanted = sorted(graph.nodes)
        found = (self._to_node(i, graph.nodes[i]) for i in wanted)
        return [n for n in found if kind is None or n.kind == kind]

    def find_by_name(self, name: str, kinds: Iterable[NodeKind] | None = None) -> list[Node]:
        self._refresh()
        wanted = set(kinds) if kinds is not None else None
        ids = sorted(self._by_key.get(normalise_name(name), ()))
        found = [self._to_node(i, self._graph.nodes[i]) for i in ids]
        return [n for n in found if wanted is None or n.kind in wanted]

    def edges(self, kind: EdgeKind | None = None) -> Iterator[Edge]:
        self._refresh()
        for u, v, attrs in list(self._graph.edges(data=True)):
            if kind is None or attrs["kind"] == kind:
                yield self._to_edge(u, v, attrs)

    def edges_of(
        self,
        node_ids: Iterable[str],
        kinds: Iterable[EdgeKind] | None = None,
        direction: Direction = "out",
    ) -> list[Edge]:
        self._refresh()
        graph = self._graph
        wanted = set(kinds) if kinds is not None else None
        found: dict[str, Edge] = {}
        for node_id in dict.fromkeys(node_ids):
            if node_id not in graph:
                continue
            views = []
            if direction in ("out", "both"):
                views.append(graph.out_edges(node_id, keys=True, data=True))
            if direction in ("in", "both"):
                views.append(graph.in_edges(node_id, keys=True, data=True))
            for view in views:
                for u, v, key, attrs in view:
                    if wanted is None or attrs["kind"] in wanted:
                        found.setdefault(key, self._to_edge(u, v, attrs))
        return list(found.values())

    def neighbours(
        self,
        node_ids: Iterable[str],
        kinds: Iterable[EdgeKind] | None = None,
        direction: Direction = "out",
    ) -> list[tuple[Edge, Node]]:
        self._refresh()
        graph = self._graph
        wanted = set(kinds) if kinds is not None else None
        found: dict[tuple[str, str], tuple[Edge, Node]] = {}
        for node_id in dict.fromkeys(node_ids):
            if node_id not in graph:
                continue
            rows = []
            if direction in ("out", "both"):
                out = graph.out_edges(node_id, keys=True, data=True)
                rows.extend((u, v, k, a, v) for u, v, k, a in out)
            if direction in ("in", "both"):
                into = graph.in_edges(node_id, keys=True, data=True)
                rows.extend((u, v, k, a, u) for u, v, k, a in into)
            for u, v, key, attrs, far in rows:
                if (wanted is None or attrs["kind"] in wanted) and (key, far) not in found:
                    found[key, far] = (
                        self._to_edge(u, v, attrs),
                        self._to_node(far, graph.nodes[far]),
                    )
        return list(found.values())

    def reachable(
        self,
        start: Iterable[str],
        kinds: Iterable[EdgeKind],
        direction: Direction = "out",
        max_depth: int = 20,
    ) -> dict[str, int]:
        self._refresh()
        graph = self._graph
        wanted = set(kinds)
        frontier = [s for s in dict.fromkeys(start) if s in graph]
        depth_of: dict[str, int] = {}
        visited = set(frontier)
        depth = 0
        while frontier and depth < max_depth:
            depth += 1
            nxt: list[str] = []
            for node_id in frontier:
                steps = []
                if direction in ("out", "both"):
                    steps.extend((v, a) for _, v, a in graph.out_edges(node_id, data=True))
                if direction in ("in", "both"):
                    steps.extend((u, a) for u, _, a in graph.in_edges(node_id, data=True))
                for other, attrs in steps:
                    if attrs["kind"] in wanted and other not in depth_of:
                        depth_of[other] = depth
                        if other not in visited:
                            visited.add(other)
                            nxt.append(other)
            frontier = nxt
        return depth_of

    def counts(self) -> dict[str, int]:
        self._refresh()
        result: dict[str, int] = {}
        for kind, ids in self._by_kind.items():
            if ids:
                result[kind.value] = len(ids)
        for _, _, kind in self._graph.edges(data="kind"):
            result[kind.value] = result.get(kind.value, 0) + 1
        return dict(sorted(result.items()))

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The live networkx graph, for graph algorithms in `queries` (read only)."""
        self._refresh()
        return self._graph

    def close(self) -> None:
        self._seen = None

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def owned(self, owner: str) -> tuple[list[Node], list[Edge]]:
        self._refresh()
        graph = self._graph
        nodes = [
            self._to_node(i, graph.nodes[i])
            for i in sorted(self._by_owner_nodes.get(owner, ()))
            if i in graph
        ]
        edges = [
            self._to_edge(u, v, graph.edges[u, v, key])
            for u, v, key in sorted(self._by_owner_edges.get(owner, ()), key=lambda e: e[2])
            if graph.has_edge(u, v, key)
        ]
        return nodes, edges
