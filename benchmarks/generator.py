"""Seeded generator of realistic partnership plans at national scale.

`generate(actions, seed)` returns a `Corpus`: plans spread over the twelve SMP regions and their
councils, each as a `graphmodel.Contribution` (one per plan, as ingest would write it), plus the
ground truth the benchmarks score against: the pairs of actions that are paraphrased
near-duplicates of each other in different regions, and texts of new actions with the stored
actions they paraphrase.

Shape, chosen to match the sample plans and to stress the same paths real data does:
plans of ~100-300 actions; about one organisation per five actions (2·10^4 at 10^5 actions);
heavy-tailed leads (1-2) and partners (0-12) drawn Zipf-like so a few national bodies appear
everywhere; outcome chains two or three deep (action -> outcome [-> outcome] -> objective);
boards and task groups with member bodies and chairs; themes; milestones; and about a third of
actions in near-duplicate clusters across regions (synonym swaps, reordering, boilerplate).
"""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, combinations
from typing import Any

from benchmarks import vocabulary as V
from graphmodel import (
    Contribution,
    Edge,
    EdgeKind,
    Node,
    NodeKind,
    OrganisationKind,
    Provenance,
    contribution,
    normalise_name,
    slug,
    stable_id,
)

#: Share of actions written as a paraphrase of an action in another region's plan.
DUPLICATE_SHARE = 0.2
#: Key tasks, written about the action's own object, group and setting (as plans do).
TASKS: tuple[str, ...] = (
    "Agree leads and a timetable for {obj}",
    "Identify {group} who would benefit {setting}",
    "Review progress on {obj} with partners",
    "Secure resources for {obj}",
    "Gather feedback from {group}",
    "Map what already exists {setting}",
)
#: Largest near-duplicate cluster (the original and its paraphrases).
MAX_CLUSTER = 4
#: Share of lead and partner mentions that go to the national bodies.
NATIONAL_SHARE = 0.3
#: Zipf exponent for how often a body is named.
ZIPF = 1.1
#: How many new action texts to keep for "check one new action against everything".
PROBES = 60

FOCUS: tuple[str, ...] = (
    "with a focus on first thirty days after arrival",
    "prioritising households in initial accommodation",
    "with targeted outreach to hotel residents",
    "aimed at families in contingency hotels",
    "with dedicated capacity for unaccompanied minors",
    "covering weekend and evening provision",
    "drawing on lived experience advisers",
    "building on the previous migrant project",
    "alongside peer support from refugee-led groups",
    "linked to the controlling migration fund bid",
    "following the findings of the scrutiny review",
    "using the regional data observatory",
    "informed by the baseline needs assessment",
    "reflecting feedback from the refugee forum",
    "starting with a twelve week pilot",
    "with a shared referral form",
    "through a single point of contact",
    "with quarterly reporting to the board",
    "using pooled interpreting budgets",
    "co-designed with community champions",
    "including trauma informed practice",
    "with a named coordinator in each district",
    "supported by a rota of trained volunteers",
    "including an online booking system",
    "with outreach at mosques and churches",
    "with childcare offered on site",
    "delivered in community languages",
    "hosted at the central library",
    "through the existing health hubs",
    "aligned with the housing strategy refresh",
    "reusing the resource pack for schools",
    "covering rough sleeping prevention",
    "with a text message reminder service",
    "through joint visits with housing officers",
    "linked to the employer pledge scheme",
    "through the welcome hubs",
    "with access to hardship grants",
    "including a mapping of gaps in provision",
    "based on monthly case reviews",
    "with a clear escalation route to the Home Office",
)

DELIVERY: tuple[str, ...] = (
    "and report progress to the steering group",
    "and share outcomes with neighbouring councils",
    "and publish a summary for partners",
    "and agree a protocol with providers",
    "and review take-up after six months",
    "and feed findings into the annual business plan",
    "and evaluate impact with an independent partner",
    "and circulate a briefing to elected members",
    "and collate case studies for the newsletter",
    "and set targets for the following year",
    "and record uptake in the shared dashboard",
    "and identify funding to sustain the work",
    "and hold a learning event at year end",
    "and update the directory of services",
    "and present results to the regional board",
    "and refresh the action plan accordingly",
    "and map remaining gaps for the next bid",
    "and confirm leads for each district",
    "and test the approach with service users",
    "and capture good practice for other regions",
)


@dataclass(frozen=True)
class Words:
    """The parts of one action sentence; paraphrases share most of them."""

    verb: str
    obj: str
    group: str
    purpose: str
    setting: str
    focus: str
    delivery: str


@dataclass
class Actor:
    """A body (or board, task group, person) as a plan names it, with its graph node."""

    node: Node
    parent: Actor | None = None


@dataclass
class ActionRow:
    """One row of a generated plan, in the words a plan file would show."""

    id: str
    ref: str
    text: str
    tasks: list[str]
    outcome: str
    objective: str
    theme: str
    leads: list[str]
    partners: list[str]
    kpi: str
    due_text: str
    status: str


@dataclass
class GeneratedPlan:
    """A plan as a document (title, region, rows) and as the contribution ingest would write."""

    id: str
    title: str
    region: str
    owner: str
    period: str
    year: int
    source_file: str
    rows: list[ActionRow] = field(default_factory=list)
    contribution: Contribution | None = None


@dataclass(frozen=True)
class Probe:
    """A new action text (not stored) and the stored actions it paraphrases."""

    text: str
    region: str
    matches: frozenset[str]


@dataclass(frozen=True)
class Corpus:
    """Generated plans with the ground truth to score against."""

    seed: int
    actions: int
    plans: tuple[GeneratedPlan, ...]
    #: Unordered pairs (sorted ids) of actions that paraphrase one another.
    true_pairs: frozenset[tuple[str, str]]
    #: Organisation ids, busiest first (by actions they lead or partner in).
    busiest: tuple[str, ...]
    probes: tuple[Probe, ...]
    organisations: int

    @property
    def contributions(self) -> list[Contribution]:
        return [p.contribution for p in self.plans if p.contribution is not None]

    def describe(self) -> dict[str, Any]:
        nodes = sum(len(c.nodes) for c in self.contributions)
        edges = sum(len(c.edges) for c in self.contributions)
        clustered = {a for pair in self.true_pairs for a in pair}
        return {
            "seed": self.seed,
            "plans": len(self.plans),
            "actions": self.actions,
            "organisations": self.organisations,
            "node_records": nodes,
            "edge_records": edges,
            "true_pairs": len(self.true_pairs),
            "actions_with_near_duplicates": len(clustered),
        }


class _Zipf:
    """Draw items with weight 1/rank^s, so the first few are drawn far more often."""

    def __init__(self, items: list[Any], exponent: float = ZIPF) -> None:
        self.items = items
        self.cum = list(accumulate(1.0 / (rank**exponent) for rank in range(1, len(items) + 1)))

    def draw(self, rng: random.Random) -> Any:
        return self.items[bisect_right(self.cum, rng.random() * self.cum[-1])]


#: How many partners an action names: 0-12, heavy tailed (most name a few, some a dozen).
_PARTNER_COUNTS = list(range(13))
_PARTNER_WEIGHTS = list(accumulate(1.0 / (k + 1.5) ** 1.4 for k in _PARTNER_COUNTS))


def _partner_count(rng: random.Random) -> int:
    return _PARTNER_COUNTS[bisect_right(_PARTNER_WEIGHTS, rng.random() * _PARTNER_WEIGHTS[-1])]


def _sentence(words: Words) -> str:
    return (
        f"{words.verb} {words.obj} for {words.group} {words.purpose} {words.setting}, "
        f"{words.focus}, {words.delivery}."
    )


def _swap(text: str, rng: random.Random) -> str:
    options = [key for key in V.SYNONYMS if key in text and key[0].islower()]
    if not options:
        return text
    key = rng.choice(options)
    return text.replace(key, rng.choice(V.SYNONYMS[key]), 1)


def paraphrase(words: Words, rng: random.Random) -> str:
    """Another coordinator's wording of the same action: synonyms, order and boilerplate."""
    verb = rng.choice(V.SYNONYMS.get(words.verb, (words.verb,)))
    body = f"{words.obj} for {words.group}"
    setting = words.setting
    if rng.random() < 0.6:
        body = _swap(body, rng)
    if rng.random() < 0.4:
        setting = _swap(setting, rng)
    purpose = words.purpose
    if rng.random() < 0.35:
        head = purpose[0].upper() + purpose[1:]
        core = f"{verb.lower()} {body} {setting}"
        text = f"{head}, {core}, {words.focus}, {words.delivery}"
    else:
        text = f"{verb} {body} {purpose} {setting}, {words.focus}, {words.delivery}"
    if rng.random() < 0.45:
        before = rng.choice(V.BOILERPLATE_BEFORE)
        text = f"{before} {text[0].lower()}{text[1:]}"
    if rng.random() < 0.45:
        text = f"{text} ({rng.choice(V.BOILERPLATE_AFTER)})"
    return text + "."


class _Generator:
    def __init__(self, actions: int, seed: int, people: bool) -> None:
        self.rng = random.Random(seed)
        self.target = actions
        self.people = people
        self.actors: dict[str, Actor] = {}
        self.mentions: dict[str, int] = {}
        self.sources: list[tuple[Words, str, str]] = []
        self.cluster_of: dict[str, int] = {}
        self.clusters: list[list[str]] = []
        self.region_of: dict[str, str] = {}
        self.used_words: set[tuple[str, ...]] = set()
        self._build_bodies(max(60, actions // 5))

    # -- organisations ---------------------------------------------------------------------

    def _org(self, body: V.Body, scope: str) -> Actor:
        node_id = stable_id("org", body.name)
        actor = self.actors.get(node_id)
        if actor is None:
            props: dict[str, Any] = {"org_kind": body.kind.value, "scope": scope}
            aliases = [*([body.acronym] if body.acronym else []), *body.aliases]
            if body.acronym:
                props["acronym"] = body.acronym
            if aliases:
                props["aliases"] = aliases
            if body.identifier:
                props["identifier"] = body.identifier
            node = Node(id=node_id, kind=NodeKind.ORGANISATION, name=body.name, properties=props)
            actor = self.actors[node_id] = Actor(node)
        return actor

    def _build_bodies(self, total: int) -> None:
        """National bodies (the samples' and the gazetteer's), then per region: its host and
        SMP, a council per place (the gazetteer's real one where it names one), the
        gazetteer's other bodies there, and place-named local bodies up to the target."""
        rng = self.rng
        gazetteer = V.gazetteer_bodies()
        seen: set[str] = set()
        national: list[Actor] = []
        for body in (*V.NATIONAL_BODIES, *(b for b in gazetteer if not b.region)):
            if normalise_name(body.name) not in seen:
                seen.add(normalise_name(body.name))
                national.append(self._org(body, "national"))
        self.national = _Zipf(national)
        per_region = max(4, (total - len(national)) // len(V.REGIONS))
        self.local: dict[str, _Zipf] = {}
        self.councils: dict[str, dict[str, Actor]] = {}
        self.hosts: dict[str, Actor] = {}
        for region, (smp, host, places) in V.REGIONS.items():
            scope = stable_id("region", region)
            here = [b for b in gazetteer if b.region == region]
            self.hosts[region] = self._org(V.Body(host, OrganisationKind.LOCAL_AUTHORITY), scope)
            self._org(V.Body(smp, OrganisationKind.PARTNERSHIP), scope)
            councils: dict[str, Actor] = {}
            for place in places:
                key = normalise_name(place) + " "
                known = next(
                    (
                        b
                        for b in here
                        if b.kind == OrganisationKind.LOCAL_AUTHORITY
                        and normalise_name(b.name).startswith(key)
                    ),
                    None,
                )
                style = ("City Council", "Borough Council", "District Council")[
                    sum(map(ord, place)) % 3
                ]
                body = known or V.Body(f"{place} {style}", OrganisationKind.LOCAL_AUTHORITY)
                councils[place] = self._org(body, scope)
            self.councils[region] = councils
            chosen = {a.node.id: a for a in councils.values()}
            for body in here:
                actor = self._org(body, scope)
                chosen.setdefault(actor.node.id, actor)
            combos = [
                (place, kind, org_kind)
                for place in places
                for kind, org_kind in V.LOCAL_BODY_KINDS
                if not kind.endswith(("City Council", "Borough Council", "District Council"))
            ]
            rng.shuffle(combos)
            for place, kind, org_kind in combos[: max(0, per_region - len(chosen))]:
                actor = self._org(V.Body(f"{place} {kind}", org_kind), scope)
                if kind.startswith("Council "):
                    actor.parent = councils[place]
                    props = dict(actor.node.properties, parent=councils[place].node.id)
                    actor.node = actor.node.model_copy(update={"properties": props})
                chosen[actor.node.id] = actor
            pool = list(chosen.values())
            rng.shuffle(pool)
            self.local[region] = _Zipf(pool)
        self.organisations = sum(
            1 for a in self.actors.values() if a.node.kind == NodeKind.ORGANISATION
        )

    def _body(self, region: str) -> Actor:
        if self.rng.random() < NATIONAL_SHARE:
            return self.national.draw(self.rng)
        return self.local[region].draw(self.rng)

    # -- plans -----------------------------------------------------------------------------

    def run(self) -> Corpus:
        rng = self.rng
        low = max(20, min(100, self.target // 8))
        high = 3 * low
        regions = list(V.REGIONS)
        rng.shuffle(regions)
        plans: list[GeneratedPlan] = []
        made = 0
        titles: set[str] = set()
        index = 0
        while made < self.target:
            size = min(rng.randint(low, high), self.target - made)
            region = regions[index % len(regions)]
            plan = self._plan(region, size, index, titles)
            plans.append(plan)
            made += size
            index += 1
        true_pairs = frozenset(
            tuple(sorted(pair))  # type: ignore[misc]
            for members in self.clusters
            for pair in combinations(members, 2)
        )
        busiest = sorted(
            (i for i in self.mentions if i in self.actors),
            key=lambda i: (-self.mentions[i], i),
        )
        return Corpus(
            seed=0,
            actions=made,
            plans=tuple(plans),
            true_pairs=true_pairs,  # type: ignore[arg-type]
            busiest=tuple(busiest),
            probes=tuple(self._probes()),
            organisations=self.organisations,
        )

    def _title(self, region: str, index: int, titles: set[str]) -> tuple[str, str, Actor, int, str]:
        """Title, period, owning body, year, and the short name its boards go by."""
        rng = self.rng
        smp, _, places = V.REGIONS[region]
        while True:
            year = rng.randint(2012, 2025)
            period = f"{year}/{str(year + 1)[-2:]}"
            if index < len(V.REGIONS) or rng.random() < 0.25:
                title = f"{smp} Business Plan {period}"
                owner = self.hosts[region]
                short = region
            else:
                place = rng.choice(places)
                kind = rng.choice(
                    (
                        "Community Cohesion Action Plan",
                        "Multi Agency Forum Action Plan",
                        "Review of Asylum Seeker Services Action Plan",
                        "Refugee Resettlement Programme Plan",
                        "Migrant Integration Strategy Action Plan",
                    )
                )
                title = f"{place} {kind} {period}"
                owner = self.councils[region][place]
                short = place
            if title not in titles:
                titles.add(title)
                return title, period, owner, year, short

    def _plan(self, region: str, size: int, index: int, titles: set[str]) -> GeneratedPlan:
        rng = self.rng
        title, period, owner, year, short = self._title(region, index, titles)
        plan_id = stable_id("plan", title)
        source = slug(title) + ".txt"
        plan = GeneratedPlan(
            id=plan_id,
            title=title,
            region=region,
            owner=owner.node.name,
            period=period,
            year=year,
            source_file=source,
        )
        b = _Builder(plan_id, source)
        region_id = stable_id("region", region)
        b.node(region_id, NodeKind.REGION, region, {})
        b.node(
            plan_id,
            NodeKind.PLAN,
            title,
            {
                "title": title,
                "region": region,
                "owner": owner.node.name,
                "period": period,
                "year": year,
                "source_file": source,
            },
        )
        b.edge(plan_id, region_id, EdgeKind.COVERS)
        b.actor(owner)
        b.edge(plan_id, owner.node.id, EdgeKind.HOSTED_BY)

        board = Actor(
            Node(
                id=stable_id("board", short, V.BOARD_NAMES[index % len(V.BOARD_NAMES)]),
                kind=NodeKind.BOARD,
                name=f"{short} {V.BOARD_NAMES[index % len(V.BOARD_NAMES)]}",
                properties={"plan": plan_id},
            )
        )
        b.actor(board)
        b.edge(board.node.id, plan_id, EdgeKind.PART_OF)
        b.edge(board.node.id, owner.node.id, EdgeKind.HOSTED_BY)
        groups = []
        for name in rng.sample(V.TASK_GROUPS, rng.randint(2, 5)):
            group = Actor(
                Node(
                    id=stable_id("group", short, name),
                    kind=NodeKind.TASK_GROUP,
                    name=f"{short} {name}",
                    properties={"plan": plan_id},
                )
            )
            b.actor(group)
            b.edge(group.node.id, board.node.id, EdgeKind.FEEDS_INTO)
            b.edge(group.node.id, plan_id, EdgeKind.PART_OF)
            groups.append(group)
        for body_of, count in (
            (board, rng.randint(6, 15)),
            *((g, rng.randint(3, 8)) for g in groups),
        ):
            members = {self._body(region).node.id: None for _ in range(count)}
            for rank, member_id in enumerate(members):
                role = "chair" if rank == 0 else ("vice chair" if rank == 1 else "member")
                b.actor(self.actors[member_id])
                b.edge(member_id, body_of.node.id, EdgeKind.MEMBER_OF, {"role": role}, role)
        people: list[Actor] = []
        if self.people:
            for role in rng.sample(V.PERSON_ROLES, 3):
                employer = owner if rng.random() < 0.6 else self._body(region)
                person = Actor(
                    Node(
                        id=stable_id("person", role, employer.node.name),
                        kind=NodeKind.PERSON,
                        name=f"{role}, {employer.node.name}",
                        properties={"role": role, "organisation": employer.node.name},
                    )
                )
                b.actor(person)
                b.actor(employer)
                b.edge(person.node.id, employer.node.id, EdgeKind.PART_OF)
                b.edge(
                    person.node.id, board.node.id, EdgeKind.MEMBER_OF, {"role": "member"}, "member"
                )
                people.append(person)

        outcomes = self._structure(b, plan_id, region)
        previous: list[str] = []
        for number in range(1, size + 1):
            theme, objective, outcome_id, outcome_text, ref_base = rng.choice(outcomes)
            ref = f"{ref_base}.{number}"
            action_id = stable_id("act", plan_id, ref)
            text, words, fresh = self._action_text(action_id, region)
            leads = self._actors(region, 1 if rng.random() < 0.7 else 2, groups, board, people)
            partners = [
                a
                for a in self._actors(region, _partner_count(rng), groups, board, people)
                if a.node.id not in {lead.node.id for lead in leads}
            ]
            due_text, month = rng.choice(V.DUE_TEXTS)
            due_year = year + (1 if month < 4 else 0)
            kpi = rng.choice(V.KPIS).format(n=rng.randint(2, 40))
            tasks = [
                template.format(obj=words.obj, group=words.group, setting=words.setting)
                for template in rng.sample(TASKS, rng.randint(1, 3))
            ]
            status = rng.choice(V.STATUSES)
            b.node(
                action_id,
                NodeKind.ACTION,
                text if len(text) <= 120 else text[:117] + "...",
                {
                    "ref": ref,
                    "text": text,
                    "theme": theme[1],
                    "objective": objective[1],
                    "outcomes": [outcome_text],
                    "tasks": tasks,
                    "kpi": kpi,
                    "due": f"{due_year:04d}-{month:02d}-01",
                    "due_text": due_text,
                    "status": status,
                    "plan": plan_id,
                    "region": region,
                },
                line=number,
            )
            b.edge(action_id, plan_id, EdgeKind.PART_OF, line=number)
            b.edge(action_id, outcome_id, EdgeKind.FEEDS_INTO, line=number)
            b.edge(action_id, theme[0], EdgeKind.ABOUT, line=number)
            for lead in leads:
                b.actor(lead)
                b.edge(lead.node.id, action_id, EdgeKind.LEADS, line=number, confidence=0.9)
            for partner in partners:
                b.actor(partner)
                b.edge(partner.node.id, action_id, EdgeKind.PARTNER_IN, line=number, confidence=0.8)
            for actor in (*leads, *partners):
                self.mentions[actor.node.id] = self.mentions.get(actor.node.id, 0) + 1
            if rng.random() < 0.2:
                for step in range(1, rng.randint(2, 4)):
                    milestone_id = stable_id("milestone", action_id, str(step))
                    b.node(
                        milestone_id,
                        NodeKind.MILESTONE,
                        f"{rng.choice(V.VERBS)} {rng.choice(V.OBJECTS)}",
                        {"due_text": rng.choice(V.DUE_TEXTS)[0], "plan": plan_id},
                        line=number,
                    )
                    b.edge(action_id, milestone_id, EdgeKind.HAS_MILESTONE, line=number)
            if previous and rng.random() < 0.05:
                b.edge(action_id, rng.choice(previous[-30:]), EdgeKind.DEPENDS_ON, line=number)
            previous.append(action_id)
            plan.rows.append(
                ActionRow(
                    id=action_id,
                    ref=ref,
                    text=text,
                    tasks=tasks,
                    outcome=outcome_text,
                    objective=objective[1],
                    theme=theme[1],
                    leads=[a.node.name for a in leads],
                    partners=[a.node.name for a in partners],
                    kpi=kpi,
                    due_text=due_text,
                    status=status,
                )
            )
            if fresh:
                self.sources.append((words, region, action_id))
        plan.contribution = b.build()
        return plan

    def _structure(
        self, b: _Builder, plan_id: str, region: str
    ) -> list[tuple[tuple[str, str], tuple[str, str], str, str, str]]:
        """Themes, objectives and outcome chains; returns where actions can attach."""
        rng = self.rng
        attach = []
        for t_index, theme_name in enumerate(rng.sample(V.THEMES, rng.randint(4, 8)), 1):
            theme_id = stable_id("theme", plan_id, theme_name)
            b.node(theme_id, NodeKind.THEME, theme_name, {"text": theme_name, "plan": plan_id})
            b.edge(theme_id, plan_id, EdgeKind.PART_OF)
            for o_index in range(1, rng.randint(2, 4)):
                ref = f"{t_index}.{o_index}"
                text = (
                    f"Ensure that {rng.choice(V.GROUPS)} have access to "
                    f"{rng.choice(V.OBJECTS)} {rng.choice(V.SETTINGS)}"
                )
                objective_id = stable_id("objective", plan_id, ref)
                b.node(objective_id, NodeKind.OBJECTIVE, text, {"text": text, "plan": plan_id})
                b.edge(objective_id, theme_id, EdgeKind.PART_OF)
                b.edge(objective_id, plan_id, EdgeKind.PART_OF)
                upper: list[str] = []
                for u_index in range(1, rng.randint(3, 5)):
                    outcome_ref = f"{ref}.{u_index}"
                    outcome_text = (
                        f"{rng.choice(V.GROUPS).capitalize()} {rng.choice(V.PURPOSES)[3:]} "
                        f"{rng.choice(V.SETTINGS)}"
                    )
                    outcome_id = stable_id("outcome", plan_id, outcome_ref)
                    b.node(
                        outcome_id,
                        NodeKind.OUTCOME,
                        outcome_text,
                        {"text": outcome_text, "plan": plan_id},
                    )
                    b.edge(outcome_id, plan_id, EdgeKind.PART_OF)
                    if upper and rng.random() < 0.35:
                        b.edge(outcome_id, rng.choice(upper), EdgeKind.FEEDS_INTO)
                    else:
                        b.edge(outcome_id, objective_id, EdgeKind.FEEDS_INTO)
                        upper.append(outcome_id)
                    attach.append(
                        (
                            (theme_id, theme_name),
                            (objective_id, text),
                            outcome_id,
                            outcome_text,
                            ref,
                        )
                    )
        return attach

    def _actors(
        self, region: str, count: int, groups: list[Actor], board: Actor, people: list[Actor]
    ) -> list[Actor]:
        rng = self.rng
        chosen: dict[str, Actor] = {}
        for _ in range(count):
            roll = rng.random()
            if roll < 0.08 and groups:
                actor = rng.choice(groups)
            elif roll < 0.1:
                actor = board
            elif roll < 0.13 and people:
                actor = rng.choice(people)
            else:
                actor = self._body(region)
            chosen.setdefault(actor.node.id, actor)
        return list(chosen.values())

    def _fresh_words(self) -> Words:
        rng = self.rng
        while True:
            words = Words(
                verb=rng.choice(V.VERBS),
                obj=rng.choice(V.OBJECTS),
                group=rng.choice(V.GROUPS),
                purpose=rng.choice(V.PURPOSES),
                setting=rng.choice(V.SETTINGS),
                focus=rng.choice(FOCUS),
                delivery=rng.choice(DELIVERY),
            )
            key = (words.obj, words.group, words.focus, words.delivery)
            if key not in self.used_words:
                self.used_words.add(key)
                return words

    def _action_text(self, action_id: str, region: str) -> tuple[str, Words, bool]:
        """A fresh action or a paraphrase of an action in another region (recorded as a
        true pair), with its words and whether it is fresh (others may paraphrase it)."""
        rng = self.rng
        if self.sources and rng.random() < DUPLICATE_SHARE:
            for _ in range(8):
                words, _, source_id = self.sources[rng.randrange(len(self.sources))]
                cluster = self.cluster_of.get(source_id)
                members = self.clusters[cluster] if cluster is not None else [source_id]
                regions = {self.region_of[m] for m in members}
                if region not in regions and len(members) < MAX_CLUSTER:
                    if cluster is None:
                        cluster = len(self.clusters)
                        self.clusters.append([source_id])
                        self.cluster_of[source_id] = cluster
                    self.clusters[cluster].append(action_id)
                    self.cluster_of[action_id] = cluster
                    self.region_of[action_id] = region
                    return paraphrase(words, rng), words, False
        words = self._fresh_words()
        self.region_of[action_id] = region
        return _sentence(words), words, True

    def _probes(self) -> list[Probe]:
        rng = self.rng
        probes = []
        for _ in range(min(PROBES, len(self.sources))):
            words, region, source_id = self.sources[rng.randrange(len(self.sources))]
            cluster = self.cluster_of.get(source_id)
            matches = set(self.clusters[cluster]) if cluster is not None else {source_id}
            probes.append(Probe(paraphrase(words, rng), region, frozenset(matches)))
        return probes


class _Builder:
    """Collects one plan's nodes and edges, each with this plan's provenance."""

    def __init__(self, plan_id: str, document: str) -> None:
        self.plan_id = plan_id
        self.document = document
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, EdgeKind, str], Edge] = {}
        self._prov: dict[tuple[int | None, float], tuple[Provenance, ...]] = {}

    def provenance(self, line: int | None, confidence: float = 1.0) -> tuple[Provenance, ...]:
        key = (line, confidence)
        prov = self._prov.get(key)
        if prov is None:
            prov = (
                Provenance.model_construct(
                    plan=self.plan_id, document=self.document, line=line, confidence=confidence
                ),
            )
            self._prov[key] = prov
        return prov

    def node(
        self,
        node_id: str,
        kind: NodeKind,
        name: str,
        properties: dict[str, Any],
        line: int | None = None,
    ) -> None:
        if node_id not in self.nodes:
            self.nodes[node_id] = Node.model_construct(
                id=node_id,
                kind=kind,
                name=name,
                properties=properties,
                provenance=self.provenance(line),
            )

    def actor(self, actor: Actor) -> None:
        node = actor.node
        if node.id in self.nodes:
            return
        if actor.parent is not None:
            self.actor(actor.parent)
            self.edge(node.id, actor.parent.node.id, EdgeKind.PART_OF)
        self.node(node.id, node.kind, node.name, dict(node.properties))

    def edge(
        self,
        source: str,
        target: str,
        kind: EdgeKind,
        properties: dict[str, Any] | None = None,
        discriminator: str = "",
        *,
        line: int | None = None,
        confidence: float = 1.0,
    ) -> None:
        key = (source, target, kind, discriminator)
        if key not in self.edges:
            self.edges[key] = Edge.model_construct(
                source=source,
                target=target,
                kind=kind,
                properties=properties or {},
                provenance=self.provenance(line, confidence),
                discriminator=discriminator,
            )

    def build(self) -> Contribution:
        return contribution(self.plan_id, self.nodes.values(), self.edges.values())


def generate(actions: int, seed: int = 2024, *, people: bool = True) -> Corpus:
    """Plans totalling `actions` actions, the same for the same seed."""
    if actions < 1:
        raise ValueError("a corpus needs at least one action")
    corpus = _Generator(actions, seed, people).run()
    return Corpus(
        seed=seed,
        actions=corpus.actions,
        plans=corpus.plans,
        true_pairs=corpus.true_pairs,
        busiest=corpus.busiest,
        probes=corpus.probes,
        organisations=corpus.organisations,
    )
