"""Who owns what: the actions an organisation leads and partners on, and the boards and task
groups it sits on, rolled up over its teams."""

from __future__ import annotations

from graphmodel import EdgeKind, GraphStore
from queries.actions import ActionFacts, action_facts, by_name, text_of
from queries.models import ActorRef, Commitments, CommittedAction, Member, Membership
from queries.resolve import actor_ref, resolve_actor
from queries.rollup import Scope, rollup


def commitments(store: GraphStore, name_or_id: str) -> Commitments:
    """Everything `name_or_id` (an id, name, alias or acronym) has signed up to."""
    actor = resolve_actor(store, name_or_id)
    scope = rollup(store, [actor])
    led, partnered = committed_actions(store, scope)
    return Commitments(
        organisation=actor_ref(actor),
        teams=by_name(actor_ref(t) for t in scope.teams),
        body=actor_ref(scope.body) if scope.body else None,
        leads=led,
        partners_in=partnered,
        memberships=[
            Membership(
                body=actor_ref(h.other),
                role=text_of(h.edge.get("role")),
                via=_via(scope, h.holder.id),
            )
            for h in scope.memberships
        ],
        members=[
            Member(member=actor_ref(h.other), role=text_of(h.edge.get("role")))
            for h in scope.members
        ],
    )


def _via(scope: Scope, holder_id: str) -> ActorRef | None:
    if scope.is_root(holder_id):
        return None
    return next(actor_ref(t) for t in scope.teams if t.id == holder_id)


def scope_actions(
    store: GraphStore, scope: Scope
) -> tuple[dict[str, ActionFacts], dict[str, str], dict[str, str]]:
    """Facts of every action in scope, and which of them the scope leads and partners on
    (action id -> the root or team holding it). Led by anyone in scope wins over partnered."""
    facts = action_facts(store, (h.other for h in scope.actions))
    leads: dict[str, str] = {}
    partners: dict[str, str] = {}
    for holding in scope.actions:
        side = leads if holding.edge.kind == EdgeKind.LEADS else partners
        side.setdefault(holding.other.id, holding.holder.id)
    for action_id in leads:
        partners.pop(action_id, None)
    return facts, leads, partners


def committed(facts: ActionFacts, scope: Scope, holder_id: str) -> CommittedAction:
    return CommittedAction(**facts.fields(), via=_via(scope, holder_id))


def committed_actions(
    store: GraphStore, scope: Scope
) -> tuple[list[CommittedAction], list[CommittedAction]]:
    """(led, partnered) actions of the scope, each naming the team it came through."""
    facts, leads, partners = scope_actions(store, scope)

    def render(side: dict[str, str]) -> list[CommittedAction]:
        ordered = sorted((i for i in side if i in facts), key=lambda i: facts[i].sort_key())
        return [committed(facts[i], scope, side[i]) for i in ordered]

    return render(leads), render(partners)
