"""What happens if partners withdraw: actions left without a lead, actions losing a partner,
outcomes and objectives at risk or weakened, boards and task groups losing members or their
chair, a severity ranking, and who could step in. Read only: the graph is never changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from graphmodel import EdgeKind, GraphStore, Node, NodeKind
from queries.actions import (
    ActionFacts,
    action_facts,
    by_name,
    outcome_ref,
    participant,
    participation_index,
    plan_of,
    text_of,
)
from queries.cache import collector_paused
from queries.dependencies import MAX_FEEDS_DEPTH, OUTCOME_KINDS, feeds_index
from queries.errors import InvalidQuery
from queries.models import (
    ActionImpact,
    ActorRef,
    BodyImpact,
    Member,
    OutcomeImpact,
    RankedImpact,
    Replacement,
    ReplacementCandidate,
    Severity,
    Withdrawal,
)
from queries.overlaps import similarity_index
from queries.resolve import actor_ref, name_index, resolve_actor
from queries.rollup import Holding, rollup

#: Most organisations one scenario may withdraw.
MAX_WITHDRAWN = 50
#: Similar actions from this score up suggest who could replace a lead.
REPLACEMENT_MIN_SCORE = 0.15
REPLACEMENTS_PER_ACTION = 5
#: Similar actions looked at per orphaned action.
SIMILAR_PER_ACTION = 20
CHAIR_ROLES = frozenset({"chair", "co chair", "cochair", "chairperson", "chairman", "chairwoman"})
#: Points per kind of impact, for the ranking and the overall severity.
POINTS = {
    "orphaned action": 3,
    "action loses a lead": 2,
    "action loses a partner": 1,
    "objective at risk": 6,
    "outcome at risk": 5,
    "objective weakened": 2,
    "outcome weakened": 2,
    "body loses its chair": 4,
    "body loses a member": 1,
}
LEVELS = ((25, "high"), (10, "medium"), (1, "low"), (0, "none"))


@dataclass
class _Outcomes:
    nodes: dict[str, Node] = field(default_factory=dict)
    contributors: dict[str, set[str]] = field(default_factory=dict)


def _outcomes_above(store: GraphStore, facts: dict[str, ActionFacts]) -> _Outcomes:
    """Outcomes and objectives above the touched actions, with *all* their contributors
    (touched or not, by id only), walked in the per-revision `feeds_index`."""
    feeds = feeds_index(store)
    found = _Outcomes()
    frontier = {n.id: n for f in facts.values() for n in f.feeds if n.kind in OUTCOME_KINDS}
    found.nodes.update(frontier)
    level = 0
    while frontier and level < MAX_FEEDS_DEPTH:
        level += 1
        upper: dict[str, Node] = {}
        for node_id in frontier:
            feeders = feeds.down.get(node_id)
            if feeders:
                found.contributors.setdefault(node_id, set()).update(feeders)
            for target in feeds.up.get(node_id, ()):
                if target not in found.nodes and target in feeds.outcomes:
                    upper[target] = feeds.outcomes[target]
        found.nodes.update(upper)
        frontier = upper
    return found


def _is_chair(role: str | None) -> bool:
    return (role or "").strip().lower().replace("-", " ") in CHAIR_ROLES


def _level(score: int) -> str:
    return next(name for floor, name in LEVELS if score >= floor)


def withdrawal(store: GraphStore, organisations: Sequence[str]) -> Withdrawal:
    """The impact of `organisations` (names, acronyms or ids) all withdrawing at once."""
    with collector_paused():
        return _withdrawal(store, organisations)


def _withdrawal(store: GraphStore, organisations: Sequence[str]) -> Withdrawal:
    names = [n for n in organisations if n and n.strip()]
    if not names:
        raise InvalidQuery("name at least one organisation to withdraw", {"field": "organisations"})
    if len(names) > MAX_WITHDRAWN:
        raise InvalidQuery(
            f"at most {MAX_WITHDRAWN} organisations can withdraw in one scenario, not {len(names)}",
            {"field": "organisations"},
        )
    actors = list({a.id: a for a in (resolve_actor(store, n) for n in names)}.values())
    scope = rollup(store, actors)
    gone = scope.ids
    facts = action_facts(store, {h.other.id: h.other for h in scope.actions}.values())

    orphaned: list[ActionImpact] = []
    weakened: list[ActionImpact] = []
    orphaned_ids: set[str] = set()
    touched: set[str] = set()
    ranking: list[RankedImpact] = []
    for f in sorted(facts.values(), key=ActionFacts.sort_key):
        leads, partners = f.lead_ids, f.partner_ids
        lost_ids = (leads | partners) & gone
        if not lost_ids:
            continue
        touched.add(f.id)
        everyone = {n.id: n for _, n in f.leads + f.partners}
        impact = ActionImpact(
            **f.fields(),
            lost=by_name(actor_ref(everyone[i]) for i in lost_ids),
            remaining_leads=by_name(participant(e, n) for e, n in f.leads if n.id not in gone),
            remaining_partners=by_name(
                participant(e, n) for e, n in f.partners if n.id not in gone
            ),
        )
        no_lead_left = bool(leads) and leads <= gone
        nobody_left = not leads and bool(partners) and partners <= gone
        label = text_of(f.node.get("ref")) or f.id
        if no_lead_left or nobody_left:
            orphaned.append(impact)
            orphaned_ids.add(f.id)
            ranking.append(_ranked(f.id, NodeKind.ACTION, label, "orphaned action"))
        else:
            weakened.append(impact)
            how = "action loses a lead" if leads & gone else "action loses a partner"
            ranking.append(_ranked(f.id, NodeKind.ACTION, label, how))

    touched_facts = {i: facts[i] for i in touched}
    above = _outcomes_above(store, touched_facts)
    at_risk, weakened_outcomes = _spread(above, orphaned_ids, touched)
    affected = touched | at_risk | weakened_outcomes

    def outcome_impacts(ids: set[str], how: str) -> list[OutcomeImpact]:
        result = []
        for node_id in sorted(ids, key=lambda i: (above.nodes[i].kind.value, i)):
            node = above.nodes[node_id]
            feeders = above.contributors.get(node_id, set())
            result.append(
                OutcomeImpact(
                    outcome=outcome_ref(node),
                    contributors=len(feeders),
                    affected=sorted(feeders & affected),
                )
            )
            noun = "objective" if node.kind == NodeKind.OBJECTIVE else "outcome"
            ranking.append(_ranked(node_id, node.kind, node.name, f"{noun} {how}"))
        return result

    outcomes_at_risk = outcome_impacts(at_risk, "at risk")
    outcomes_weakened = outcome_impacts(weakened_outcomes, "weakened")
    bodies = _bodies(store, scope.memberships, gone, ranking)
    replacements = _replacements(store, [facts[a.id] for a in orphaned], gone)
    ranking.sort(key=lambda r: (-r.score, r.kind, r.name.lower(), r.id))
    total = sum(r.score for r in ranking)
    return Withdrawal(
        withdrawn=[actor_ref(a) for a in actors],
        teams_included=by_name(actor_ref(t) for t in scope.teams),
        orphaned_actions=orphaned,
        weakened_actions=weakened,
        outcomes_at_risk=outcomes_at_risk,
        outcomes_weakened=outcomes_weakened,
        bodies_affected=bodies,
        replacements=replacements,
        ranking=ranking,
        severity=Severity(score=total, level=_level(total)),  # type: ignore[arg-type]
    )


def _spread(above: _Outcomes, orphaned: set[str], touched: set[str]) -> tuple[set[str], set[str]]:
    """(at risk, weakened) outcomes and objectives, each worked out once per edge upward.

    At risk: every contributor is an orphaned action or itself at risk. Weakened: not at
    risk, but some contributor is a touched action, at risk or weakened."""
    parents: dict[str, list[str]] = {}
    waiting: dict[str, int] = {}
    for node_id in above.nodes:
        feeders = above.contributors.get(node_id, set())
        waiting[node_id] = len(feeders)
        for feeder in feeders:
            parents.setdefault(feeder, []).append(node_id)
    at_risk: set[str] = set()
    queue = list(orphaned)
    while queue:
        for parent in parents.get(queue.pop(), ()):
            waiting[parent] -= 1
            if waiting[parent] == 0 and parent not in at_risk:
                at_risk.add(parent)
                queue.append(parent)
    weakened: set[str] = set()
    queue = list(touched | at_risk)
    while queue:
        for parent in parents.get(queue.pop(), ()):
            if parent not in at_risk and parent not in weakened:
                weakened.add(parent)
                queue.append(parent)
    return at_risk, weakened


def _ranked(node_id: str, kind: NodeKind, name: str, impact: str) -> RankedImpact:
    return RankedImpact(id=node_id, kind=kind.value, name=name, impact=impact, score=POINTS[impact])


def _bodies(
    store: GraphStore, memberships: list[Holding], gone: set[str], ranking: list[RankedImpact]
) -> list[BodyImpact]:
    """Boards and task groups (and partnerships) with a withdrawn member."""
    bodies = {h.other.id: h.other for h in memberships}
    if not bodies:
        return []
    seats: dict[str, list[Member]] = {b: [] for b in bodies}
    lost: dict[str, list[Member]] = {b: [] for b in bodies}
    for edge, far in store.neighbours(sorted(bodies), [EdgeKind.MEMBER_OF], "in"):
        if edge.target in bodies and far.id == edge.source:
            member = Member(member=actor_ref(far), role=text_of(edge.get("role")))
            (lost if far.id in gone else seats)[edge.target].append(member)
    result = []

    def order(m: Member) -> tuple[str, str, str]:
        return (m.member.name.lower(), m.member.id, m.role or "")

    for body_id in sorted(bodies, key=lambda b: (bodies[b].name.lower(), b)):
        if not lost[body_id]:
            continue
        lost_chair = any(_is_chair(m.role) for m in lost[body_id])
        body = bodies[body_id]
        result.append(
            BodyImpact(
                body=actor_ref(body),
                lost_members=sorted(lost[body_id], key=order),
                lost_chair=lost_chair,
                remaining_members=sorted(seats[body_id], key=order),
            )
        )
        how = "body loses its chair" if lost_chair else "body loses a member"
        ranking.append(_ranked(body_id, body.kind, body.name, how))
    return result


class _Candidates:
    """Organisations offered to replace a lead, each with its best score and reasons."""

    def __init__(self, gone: set[str]) -> None:
        self._gone = gone
        self._found: dict[str, tuple[float, list[str], ActorRef]] = {}

    def offer(self, actor: ActorRef, score: float, reason: str) -> None:
        if actor.id in self._gone or actor.kind == NodeKind.PERSON.value:
            return
        best, reasons, _ = self._found.get(actor.id, (0.0, [], actor))
        self._found[actor.id] = (max(best, score), [*reasons, reason], actor)

    def ranked(self) -> list[tuple[float, list[str], ActorRef]]:
        return sorted(self._found.values(), key=lambda c: (-c[0], c[2].name.lower(), c[2].id))


def _replacements(
    store: GraphStore, orphaned: list[ActionFacts], gone: set[str]
) -> list[Replacement]:
    """For each orphaned action: its remaining partners, then organisations leading or
    partnering similar actions in the same region or theme.

    Similar actions' participants come from the per-revision participation and name
    indexes: the similar actions of a busy body's orphaned actions span most of the graph,
    and reading their edges and actors from the store took most of a withdrawal's time."""
    if not orphaned:
        return []
    index = similarity_index(store)
    known = [f for f in orphaned if f.id in index.rows]
    nearest = index.similar_rows(
        [index.rows[f.id] for f in known],
        REPLACEMENT_MIN_SCORE,
        SIMILAR_PER_ACTION,
        same_area=True,
    )
    similar = {f.id: candidates for f, candidates in zip(known, nearest, strict=True)}
    roles = participation_index(store)
    refs = _actor_refs(
        store,
        {
            a
            for pairs in similar.values()
            for r, _ in pairs
            for side in roles.get(index.nodes[r].id, ((), ()))
            for a in side
        },
    )
    result = []
    for f in orphaned:
        found = _Candidates(gone)
        for _, node in f.partners:
            found.offer(actor_ref(node), 1.0, "already a partner in this action")
        for r, score in similar.get(f.id, []):
            other = index.nodes[r]
            if other.id not in roles:
                continue
            leads, partners = roles[other.id]
            label = text_of(other.get("ref")) or other.id
            where = f"{label} ({plan_of(other)})"
            for actor_id in leads:
                found.offer(refs[actor_id], score, f"leads similar action {where}")
            for actor_id in partners:
                found.offer(refs[actor_id], score * 0.8, f"partners on similar action {where}")
        ranked = found.ranked()
        result.append(
            Replacement(
                action=f.id,
                ref=text_of(f.node.get("ref")),
                text=text_of(f.node.get("text")) or f.node.name,
                candidates=[
                    ReplacementCandidate(
                        organisation=actor,
                        score=round(score, 3),
                        reasons=list(dict.fromkeys(reasons))[:3],
                    )
                    for score, reasons, actor in ranked[:REPLACEMENTS_PER_ACTION]
                ],
            )
        )
    return result


def _actor_refs(store: GraphStore, ids: set[str]) -> dict[str, ActorRef]:
    """References to the actors `ids`, from the name index (every actor is named there),
    reading from the store only ones the index does not know yet."""
    entries = name_index(store).entries
    refs = {i: entries[i].ref() for i in ids if i in entries}
    missing = sorted(ids - refs.keys())
    if missing:
        refs.update((n.id, actor_ref(n)) for n in store.nodes(ids=missing))
    return refs
