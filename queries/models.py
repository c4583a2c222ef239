"""Answers as frozen pydantic models, shared by the HTTP API (response models, OpenAPI) and the
CLI (`--format json` prints exactly what the API returns for the same question)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)


class ActorRef(Answer):
    """An organisation, board, task group or person, as named in the plans."""

    id: str
    name: str
    kind: str
    org_kind: str | None = None
    acronym: str | None = None


class Participant(ActorRef):
    """An actor leading or partnering an action, with the extraction's confidence."""

    confidence: float | None = None


class SourceRef(Answer):
    """Where the statement came from, so a coordinator can check it in the plan."""

    plan: str | None = None
    file: str | None = None
    line: int | None = None


class Action(Answer):
    id: str
    ref: str | None = None
    text: str
    plan: str | None = None
    region: str | None = None
    theme: str | None = None
    objective: str | None = None
    outcomes: list[str] = Field(default_factory=list)
    due: str | None = None
    due_text: str | None = None
    status: str | None = None
    leads: list[Participant] = Field(default_factory=list)
    partners: list[Participant] = Field(default_factory=list)
    source: SourceRef | None = None


class CommittedAction(Action):
    """An action in an organisation's commitments; `via` names the team (or staff member)
    through which it is the organisation's, and is empty for its own."""

    via: ActorRef | None = None


class Membership(Answer):
    """A seat on a board or task group, in a role ("chair", "vice chair", "member"...)."""

    body: ActorRef
    role: str | None = None
    via: ActorRef | None = None


class Member(Answer):
    """Who sits on a body, and in what role."""

    member: ActorRef
    role: str | None = None


class Commitments(Answer):
    organisation: ActorRef
    teams: list[ActorRef] = Field(default_factory=list)
    #: For a person: the organisation they belong to.
    body: ActorRef | None = None
    leads: list[CommittedAction] = Field(default_factory=list)
    partners_in: list[CommittedAction] = Field(default_factory=list)
    memberships: list[Membership] = Field(default_factory=list)
    #: For a board or task group (or an organisation with members): who sits on it.
    members: list[Member] = Field(default_factory=list)


class OutcomeRef(Answer):
    id: str
    kind: str
    name: str
    text: str | None = None
    plan: str | None = None


Dependency = Literal["sole_lead", "co_lead", "partner"]


class DependentOutcome(Answer):
    outcome: OutcomeRef
    via: list[CommittedAction]
    dependency: Dependency
    #: 1 when one of the actions feeds it directly, more for objectives further up.
    depth: int


class DependentOutcomes(Answer):
    organisation: ActorRef
    teams: list[ActorRef] = Field(default_factory=list)
    outcomes: list[DependentOutcome] = Field(default_factory=list)


class ActionImpact(Action):
    """An action touched by a withdrawal: who it loses and who remains."""

    lost: list[ActorRef] = Field(default_factory=list)
    remaining_leads: list[Participant] = Field(default_factory=list)
    remaining_partners: list[Participant] = Field(default_factory=list)


class OutcomeImpact(Answer):
    outcome: OutcomeRef
    #: How many actions, outcomes or objectives feed it.
    contributors: int
    #: The contributors the withdrawal touches (orphaned, weakened or themselves at risk).
    affected: list[str]


class BodyImpact(Answer):
    body: ActorRef
    lost_members: list[Member]
    lost_chair: bool
    remaining_members: list[Member]


class ReplacementCandidate(Answer):
    organisation: ActorRef
    score: float
    reasons: list[str]


class Replacement(Answer):
    """Organisations that could pick up an orphaned action."""

    action: str
    ref: str | None = None
    text: str
    candidates: list[ReplacementCandidate]


class RankedImpact(Answer):
    id: str
    kind: str
    name: str
    impact: str
    score: int


class Severity(Answer):
    score: int
    level: Literal["none", "low", "medium", "high"]


class Withdrawal(Answer):
    withdrawn: list[ActorRef]
    #: Teams and staff (PART_OF) that go with the withdrawn organisations.
    teams_included: list[ActorRef] = Field(default_factory=list)
    orphaned_actions: list[ActionImpact] = Field(default_factory=list)
    weakened_actions: list[ActionImpact] = Field(default_factory=list)
    outcomes_at_risk: list[OutcomeImpact] = Field(default_factory=list)
    outcomes_weakened: list[OutcomeImpact] = Field(default_factory=list)
    bodies_affected: list[BodyImpact] = Field(default_factory=list)
    replacements: list[Replacement] = Field(default_factory=list)
    ranking: list[RankedImpact] = Field(default_factory=list)
    severity: Severity


class OverlapPair(Answer):
    a: Action
    b: Action
    score: float
    shared_terms: list[str]
    #: Organisations leading or partnering on both sides.
    shared_organisations: list[ActorRef] = Field(default_factory=list)


class OverlapCluster(Answer):
    actions: list[Action]
    topic: str
    plans: list[str] = Field(default_factory=list)


class Overlaps(Answer):
    pairs: list[OverlapPair]
    clusters: list[OverlapCluster]
    total: int
    limit: int | None = None
    offset: int = 0
    min_score: float
    source: Literal["computed", "stored"] = "computed"


class SimilarAction(Answer):
    action: Action
    score: float
    shared_terms: list[str]


class SimilarActions(Answer):
    text: str
    matches: list[SimilarAction]


class SearchHit(Answer):
    id: str
    kind: str
    name: str
    score: float
    plan: str | None = None
    detail: str | None = None


class SearchResults(Answer):
    query: str
    hits: list[SearchHit]
    total: int


class OrganisationSummary(ActorRef):
    plans: list[str] = Field(default_factory=list)
    score: float | None = None


class OrganisationList(Answer):
    query: str | None = None
    organisations: list[OrganisationSummary]
    total: int
    limit: int
    offset: int = 0
