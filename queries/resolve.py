"""From what a coordinator types ("UKBA", "refugee council", "org-emfec") to one node.

Ids and exact names or aliases go straight to the store; acronyms and near-identical
spellings go through a fuzzy index of every named node (rapidfuzz over names, aliases and
acronyms), built once per store revision. A name that fits several nodes is ambiguous and the
caller gets the candidates; a name that fits none gets the closest names back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from graphmodel import ACTOR_KINDS, GraphStore, Node, NodeKind, normalise_name
from queries.cache import by_revision
from queries.errors import AmbiguousName, InvalidQuery, OrganisationNotFound
from queries.models import ActorRef

#: Kinds that carry a name people search for.
NAMED_KINDS: tuple[NodeKind, ...] = (
    NodeKind.ORGANISATION,
    NodeKind.BOARD,
    NodeKind.TASK_GROUP,
    NodeKind.PERSON,
    NodeKind.PLAN,
)
#: What a node id looks like (`org-refugee-council`); anything else is only a name.
_ID = re.compile(r"[a-z]+-[a-z0-9][a-z0-9._-]*")
#: A spelling this close (rapidfuzz ratio) to exactly one name is taken to mean it.
NEAR_IDENTICAL = 90.0
#: A name that contains the query's words ("Heather Smith" in "Cllr Heather Smith") scores
#: this high (rapidfuzz WRatio); it is taken when no other name comes within `CLEAR_LEAD`.
CONTAINED = 90.0
CLEAR_LEAD = 15.0
#: Names scoring below this (rapidfuzz WRatio) are not worth suggesting.
SUGGESTION_CUTOFF = 55.0


@dataclass(frozen=True)
class NamedEntry:
    id: str
    name: str
    kind: NodeKind
    org_kind: str | None
    acronym: str | None
    plans: tuple[str, ...]
    #: A short line that tells similar names apart (role, region, kind of organisation).
    detail: str | None = None

    def ref(self) -> ActorRef:
        return ActorRef(
            id=self.id,
            name=self.name,
            kind=self.kind.value,
            org_kind=self.org_kind,
            acronym=self.acronym,
        )

    def candidate(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind.value, "plans": self.plans}


def actor_ref(node: Node) -> ActorRef:
    return ActorRef(
        id=node.id,
        name=node.name,
        kind=node.kind.value,
        org_kind=_text(node.get("org_kind")),
        acronym=_text(node.get("acronym")),
    )


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or None
    return str(value)


def _detail(node: Node) -> str | None:
    if node.kind == NodeKind.PERSON:
        parts = [_text(node.get("role")), _text(node.get("organisation"))]
    elif node.kind == NodeKind.PLAN:
        parts = [_text(node.get("region")), _text(node.get("period"))]
    else:
        parts = [_text(node.get("acronym")), _text(node.get("org_kind"))]
    return ", ".join(p for p in parts if p) or None


def _keys(node: Node) -> list[str]:
    names = [node.name, node.get("acronym")]
    aliases = node.get("aliases") or []
    names.extend(aliases if isinstance(aliases, list) else [aliases])
    keys = [normalise_name(n) for n in names if isinstance(n, str)]
    return list(dict.fromkeys(k for k in keys if k))


class NameIndex:
    """Every named node's normalised names, aliases and acronyms, for exact and fuzzy lookup."""

    def __init__(self, nodes: Iterable[Node]) -> None:
        self.entries: dict[str, NamedEntry] = {}
        keys: list[str] = []
        owners: list[str] = []
        self._exact: dict[str, list[str]] = {}
        for node in sorted(nodes, key=lambda n: n.id):
            self.entries[node.id] = NamedEntry(
                id=node.id,
                name=node.name,
                kind=node.kind,
                org_kind=_text(node.get("org_kind")),
                acronym=_text(node.get("acronym")),
                plans=tuple(sorted(set(node.plans))),
                detail=_detail(node),
            )
            for key in _keys(node):
                keys.append(key)
                owners.append(node.id)
                self._exact.setdefault(key, []).append(node.id)
        self._keys = keys
        self._owners = owners
        self._kinds = np.array([self.entries[o].kind.value for o in owners], dtype=object)

    def __len__(self) -> int:
        return len(self.entries)

    def exact(self, text: str, kinds: Iterable[NodeKind]) -> list[NamedEntry]:
        wanted = set(kinds)
        ids = self._exact.get(normalise_name(text), [])
        return [self.entries[i] for i in dict.fromkeys(ids) if self.entries[i].kind in wanted]

    def scored(
        self,
        text: str,
        kinds: Iterable[NodeKind],
        scorer: Any = fuzz.WRatio,
        cutoff: float = 0,
        closeness: float = 0.0,
    ) -> list[tuple[NamedEntry, float]]:
        """Entries of `kinds` with their best score over their keys, best first.

        With `closeness`, that share of the score is plain edit similarity, so among names
        that all contain the words typed, the one closest to exactly them comes first.
        """
        key = normalise_name(text)
        if not key or not self._keys:
            return []
        scores = process.cdist([key], self._keys, scorer=scorer, dtype=np.float32)[0]
        if closeness:
            plain = process.cdist([key], self._keys, scorer=fuzz.ratio, dtype=np.float32)[0]
            scores = (1.0 - closeness) * scores + closeness * plain
        mask = np.isin(self._kinds, [NodeKind(k).value for k in kinds]) & (scores >= cutoff)
        best: dict[str, float] = {}
        for position in np.flatnonzero(mask):
            owner = self._owners[position]
            score = round(float(scores[position]), 1)
            if score > best.get(owner, -1.0):
                best[owner] = score
        ranked = sorted(best.items(), key=lambda item: (-item[1], self.entries[item[0]].name))
        return [(self.entries[i], s) for i, s in ranked]

    def near_identical(self, text: str, kinds: Iterable[NodeKind]) -> list[NamedEntry]:
        return [e for e, _ in self.scored(text, kinds, fuzz.ratio, NEAR_IDENTICAL)]


def name_index(store: GraphStore) -> NameIndex:
    def build() -> NameIndex:
        nodes: list[Node] = []
        for kind in NAMED_KINDS:
            nodes.extend(store.nodes(kind))
        return NameIndex(nodes)

    return by_revision(store, "names", build)


def _label(entries: Iterable[NamedEntry]) -> str:
    return ", ".join(f"{e.name} [{e.id}]" for e in entries)


def resolve_actor(
    store: GraphStore, name_or_id: str, kinds: Iterable[NodeKind] = ACTOR_KINDS
) -> Node:
    """The one organisation, body or person `name_or_id` means.

    Raises `OrganisationNotFound` (with the closest names) or `AmbiguousName` (with the
    candidates) rather than guessing between several.
    """
    kinds = frozenset(kinds)
    query = (name_or_id or "").strip()
    if not query:
        raise InvalidQuery("organisation name is empty", {"field": "organisation"})
    if _ID.fullmatch(query):
        node = store.node(query)
        if node is not None and node.kind in kinds:
            return node
    found = store.find_by_name(query, kinds)
    if len(found) == 1:
        return found[0]
    index = name_index(store)
    if len(found) > 1:
        _ambiguous(query, [index.entries[n.id] for n in found if n.id in index.entries])
    matches = index.exact(query, kinds) or index.near_identical(query, kinds)
    if len(matches) == 1:
        resolved = store.node(matches[0].id)
        if resolved is not None:
            return resolved
    if len(matches) > 1:
        _ambiguous(query, matches)
    closest = index.scored(query, kinds, cutoff=SUGGESTION_CUTOFF)[:5]
    if (
        closest
        and closest[0][1] >= CONTAINED
        and (len(closest) == 1 or closest[1][1] <= closest[0][1] - CLEAR_LEAD)
    ):
        resolved = store.node(closest[0][0].id)
        if resolved is not None:
            return resolved
    hint = f"; closest: {_label(e for e, _ in closest)}" if closest else ""
    raise OrganisationNotFound(
        f"no organisation, body or person called {query!r} in store {store.uri}{hint}",
        {
            "query": query,
            "closest": [{**e.candidate(), "score": round(s / 100, 3)} for e, s in closest],
        },
    )


def _ambiguous(query: str, entries: list[NamedEntry]) -> None:
    entries = sorted(entries, key=lambda e: (e.name, e.id))
    raise AmbiguousName(
        f"{query!r} could mean {len(entries)} organisations: {_label(entries)}; ask by id",
        {"query": query, "candidates": [e.candidate() for e in entries]},
    )
