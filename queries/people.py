"""The people the graph holds, and forgetting them.

Plans name real people: officers leading actions, councillors chairing boards, staff known by
their initials. `people` lists every Person node with where it came from, so a coordinator
can see what is kept; `forget` removes people from every plan that names them.

Forgetting goes through the store's ordinary owner writes, so both stores do exactly the same
thing: each affected plan's records are read back (`GraphStore.owned`), the people, every edge touching them and
their names in the plan's own texts (an action's comments: "KK has met with...") are taken
out, and the plan's contribution is written again, which replaces the old one in one
transaction. Everything else the plan said (the bodies, boards and actions) stays as it was.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import Field

from graphmodel import (
    Contribution,
    Edge,
    EdgeKind,
    GraphStore,
    Node,
    NodeKind,
    PlanNotFound,
    Provenance,
    contribution,
    normalise_name,
)
from graphmodel.exchange.people import PeopleWithheld, name_variants
from queries.errors import AmbiguousName, GraphChanged, InvalidQuery, PersonNotFound
from queries.models import ActorRef, Answer, Membership, SourceRef
from queries.resolve import actor_ref, name_index

#: What a person id looks like; anything else is taken as a name.
_ID = re.compile(r"person-[a-z0-9][a-z0-9._-]*")
#: Kinds whose name and text properties are the plan's own words, where a forgotten
#: person's name may be repeated. Bodies are left alone: their names are not the person's
#: (a "DC" on staff is not "Bassetlaw DC").
TEXT_KINDS = frozenset(
    {NodeKind.ACTION, NodeKind.OUTCOME, NodeKind.OBJECTIVE, NodeKind.THEME, NodeKind.MILESTONE}
)
#: Edges read to describe a person.
_PERSON_EDGES = (EdgeKind.PART_OF, EdgeKind.MEMBER_OF, EdgeKind.LEADS, EdgeKind.PARTNER_IN)
_SEATS = frozenset({NodeKind.BOARD, NodeKind.TASK_GROUP, NodeKind.ORGANISATION})
#: Names scoring below this are not worth suggesting for a person not found.
_SUGGESTION_CUTOFF = 55.0


class PersonEntry(Answer):
    """One Person node: who, in what role, for which body, named where, sitting on what."""

    id: str
    name: str
    role: str | None = None
    body: ActorRef | None = None
    plan: str | None = None
    source: SourceRef | None = None
    memberships: list[Membership] = Field(default_factory=list)
    leads: int = 0
    partners_in: int = 0


class PeopleList(Answer):
    people: list[PersonEntry] = Field(default_factory=list)


class PlanRewrite(Answer):
    """What forgetting changed in one owner's records (a plan, or a derived owner whose edges
    had to be written again because they pointed at the plan's records)."""

    owner: str
    people_removed: int = 0
    edges_removed: int = 0
    texts_redacted: int = 0


class Forgotten(Answer):
    forgotten: list[PersonEntry] = Field(default_factory=list)
    plans: list[PlanRewrite] = Field(default_factory=list)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _entries(store: GraphStore, people: Sequence[Node]) -> list[PersonEntry]:
    """Describe `people` from their own edges, read in one round trip."""
    around: dict[str, list[tuple[Edge, Node]]] = defaultdict(list)
    for edge, far in store.neighbours([p.id for p in people], _PERSON_EDGES, "out"):
        around[edge.source].append((edge, far))
    entries = []
    for person in people:
        body: ActorRef | None = None
        seats: list[Membership] = []
        leads = partners = 0
        for edge, far in sorted(around[person.id], key=lambda pair: (pair[1].name, pair[1].id)):
            if edge.kind == EdgeKind.PART_OF and body is None:
                body = actor_ref(far)
            elif edge.kind == EdgeKind.MEMBER_OF and far.kind in _SEATS:
                seats.append(Membership(body=actor_ref(far), role=_text(edge.get("role"))))
            elif edge.kind == EdgeKind.LEADS:
                leads += 1
            elif edge.kind == EdgeKind.PARTNER_IN:
                partners += 1
        first = person.provenance[0] if person.provenance else None
        entries.append(
            PersonEntry(
                id=person.id,
                name=person.name,
                role=_text(person.get("role")),
                body=body,
                plan=_text(person.get("plan")) or (first.plan if first else None),
                source=SourceRef(plan=first.plan, file=first.document, line=first.line)
                if first
                else None,
                memberships=seats,
                leads=leads,
                partners_in=partners,
            )
        )
    return entries


def _plans_of(person: Node) -> set[str]:
    plans = set(person.plans)
    plan = person.get("plan")
    if isinstance(plan, str):
        plans.add(plan)
    return plans


def list_people(store: GraphStore, plan: str | None = None) -> PeopleList:
    """Every person the graph holds, or those one plan names, by plan and source line."""
    people = store.nodes(NodeKind.PERSON)
    if plan is not None:
        found = store.node(plan)
        if found is None or found.kind != NodeKind.PLAN:
            raise PlanNotFound(f"no plan {plan!r} in store {store.uri}")
        people = [p for p in people if plan in _plans_of(p)]
    people.sort(key=lambda p: (p.get("plan") or "", _line(p), p.name, p.id))
    return PeopleList(people=_entries(store, people))


def _line(person: Node) -> int:
    lines = [p.line for p in person.provenance if p.line is not None]
    return min(lines) if lines else 0


def _candidate(person: Node) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "kind": person.kind.value,
        "plans": sorted(_plans_of(person)),
    }


def resolve_people(store: GraphStore, name_or_id: str) -> list[Node]:
    """The Person nodes `name_or_id` means: the one with that id, or every person (in any
    plan) whose name, or that name without its title or outside its brackets ("Kit
    Malthouse" for "Mayor (Kit Malthouse)"), is the one typed.

    A name that fits people going by different names is ambiguous and lists them; a name
    that fits nobody gets the closest names back. Nothing is guessed: this is for removal.
    """
    query = (name_or_id or "").strip()
    if not query:
        raise InvalidQuery("person name is empty", {"field": "person"})
    if _ID.fullmatch(query):
        node = store.node(query)
        if node is not None and node.kind == NodeKind.PERSON:
            return [node]
    key = normalise_name(query)
    found = []
    people = store.nodes(NodeKind.PERSON)
    for person in people:
        aliases = [a for a in person.get("aliases") or [] if isinstance(a, str)]
        names = {v for n in (person.name, *aliases) for v in name_variants(n)}
        if key and key in {normalise_name(n) for n in names}:
            found.append(person)
    if len({normalise_name(p.name) for p in found}) > 1:
        _ambiguous(query, found)
    if found:
        return sorted(found, key=lambda p: p.id)
    # Part of a name ("Sarah") that several people share is ambiguous, not unknown.
    words = set(key.split())
    partial = [p for p in people if words and words <= set(normalise_name(p.name).split())]
    if len({normalise_name(p.name) for p in partial}) > 1:
        _ambiguous(query, partial)
    closest = name_index(store).scored(query, [NodeKind.PERSON], cutoff=_SUGGESTION_CUTOFF)[:5]
    hint = "; closest: " + ", ".join(f"{e.name} [{e.id}]" for e, _ in closest) if closest else ""
    raise PersonNotFound(
        f"no person called {query!r} in store {store.uri}{hint}",
        {
            "query": query,
            "closest": [{**e.candidate(), "score": round(s / 100, 3)} for e, s in closest],
        },
    )


def _ambiguous(query: str, people: list[Node]) -> None:
    people = sorted(people, key=lambda p: (p.name, p.id))
    listed = ", ".join(f"{p.name} [{p.id}]" for p in people)
    raise AmbiguousName(
        f"{query!r} could mean {len(people)} people: {listed}; ask by id or exact name",
        {"query": query, "candidates": [_candidate(p) for p in people]},
    )


class _Rewrite:
    """One owner's records as stored, to be written again without the forgotten people."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.nodes: list[Node] = []
        self.edges: list[Edge] = []

    def own(self, provenance: Iterable[Provenance]) -> tuple[Provenance, ...]:
        return tuple(p for p in provenance if p.plan == self.owner)

    def build(
        self, gone: set[str], withheld: PeopleWithheld | None
    ) -> tuple[Contribution, PlanRewrite]:
        nodes: list[Node] = []
        removed = redacted = 0
        for node in self.nodes:
            if node.id in gone:
                removed += 1
                continue
            name, props = node.name, dict(node.properties)
            if withheld is not None and node.kind in TEXT_KINDS:
                name = withheld.text(node.name)
                props = {k: withheld.value(v) for k, v in node.properties.items()}
                redacted += int(name != node.name or props != node.properties)
            nodes.append(
                Node(
                    id=node.id,
                    kind=node.kind,
                    name=name,
                    properties=props,
                    provenance=self.own(node.provenance),
                )
            )
        edges = [
            Edge(
                source=e.source,
                target=e.target,
                kind=e.kind,
                properties=dict(e.properties),
                provenance=self.own(e.provenance),
                discriminator=e.discriminator,
            )
            for e in self.edges
            if e.source not in gone and e.target not in gone
        ]
        own = {n.id for n in nodes}
        references = {end for e in edges for end in (e.source, e.target) if end not in own}
        summary = PlanRewrite(
            owner=self.owner,
            people_removed=removed,
            edges_removed=len(self.edges) - len(edges),
            texts_redacted=redacted,
        )
        return contribution(self.owner, nodes, edges, references), summary


def forget(store: GraphStore, names_or_ids: Sequence[str]) -> Forgotten:
    """Remove people from the store: their Person nodes, every edge touching them, and their
    names in the texts of the plans that name them; one transaction per affected plan.

    Every name is resolved before anything changes, so an unknown or ambiguous name leaves
    the store as it was.
    """
    if not names_or_ids:
        raise InvalidQuery("name at least one person to forget", {"field": "people"})
    revision = store.revision()
    targets: dict[str, Node] = {}
    for query in names_or_ids:
        for person in resolve_people(store, query):
            targets[person.id] = person
    people = sorted(targets.values(), key=lambda p: p.id)
    described = _entries(store, people)
    gone = set(targets)
    # The owners that stated something about these people: the plans naming them, and any
    # owner of an edge that touches them.
    owners = {plan for p in people for plan in p.plans}
    for edge in store.edges_of(gone, direction="both"):
        owners.update(p.plan for p in edge.provenance)
    rewrites = _read_owners(store, owners)
    # Writing a plan again deletes and recreates the records only it contributed, and with
    # them the edges other owners (stored overlaps) drew to them: those owners are written
    # again afterwards, from what they held before.
    sole = {
        n.id: owner
        for owner, rewrite in rewrites.items()
        for n in rewrite.nodes
        if {p.plan for p in n.provenance} == {owner}
    }
    later = _collateral_owners(store, sole)
    rewrites.update(_read_owners(store, later - owners))
    withheld = PeopleWithheld(people)
    # Records read before another writer's change must not be written back over it.
    if store.revision() != revision:
        raise GraphChanged(
            f"store {store.uri} changed while forgetting {', '.join(names_or_ids)}; "
            "nothing was removed, run it again",
            {"people": list(names_or_ids)},
        )
    summaries = []
    for owner in sorted(rewrites, key=lambda o: (o in later, o)):
        built, summary = rewrites[owner].build(gone, withheld if owner in owners else None)
        store.write(built)
        summaries.append(summary)
    # The embedded store's journal still holds the plans as first written: fold it into a
    # fresh snapshot so no copy of the forgotten names stays in its files.
    compact = getattr(store, "compact", None)
    if callable(compact):
        compact()
    return Forgotten(forgotten=described, plans=summaries)


def _read_owners(store: GraphStore, owners: set[str]) -> dict[str, _Rewrite]:
    """Every node and edge each owner contributed, as stored."""
    rewrites = {}
    for owner in owners:
        rewrite = rewrites[owner] = _Rewrite(owner)
        rewrite.nodes, rewrite.edges = store.owned(owner)
    return rewrites


def _collateral_owners(store: GraphStore, sole: dict[str, str]) -> set[str]:
    """Owners with an edge touching a record that another owner alone contributed."""
    found: set[str] = set()
    for edge in store.edges_of(sole, direction="both"):
        ends = {sole.get(edge.source), sole.get(edge.target)} - {None}
        found.update(p.plan for p in edge.provenance if ends - {p.plan})
    return found
