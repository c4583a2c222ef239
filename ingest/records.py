"""An `Extraction` to the one `Contribution` its plan puts in the graph.

Plan (COVERS its region, HOSTED_BY its owner), actions PART_OF the plan with LEADS and
PARTNER_IN from their actors, FEEDS_INTO their outcomes which FEED_INTO the objective, ABOUT
their theme, HAS_MILESTONE; organisations, people, boards and task groups as resolved with the
relations the narrative states. Every node and edge carries provenance: plan, file, line,
confidence. Ids come from content, so the same plan always yields the same records.
"""

from __future__ import annotations

from graphmodel import (
    EDGE_ENDPOINTS,
    Contribution,
    Edge,
    EdgeKind,
    Node,
    NodeKind,
    Provenance,
    contribution,
    stable_id,
)
from ingest.extraction import ActionOut, Extraction


class _Builder:
    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self.plan_id = extraction.plan.id
        self.document = extraction.plan.source
        self.nodes: dict[str, Node] = {}
        self.edges: dict[str, Edge] = {}
        self.skipped: list[str] = []

    def prov(self, line: int | None, confidence: float = 1.0) -> tuple[Provenance, ...]:
        return (
            Provenance(
                plan=self.plan_id,
                document=self.document,
                line=line,
                confidence=round(max(0.0, min(1.0, confidence)), 3),
            ),
        )

    def node(
        self,
        node_id: str,
        kind: NodeKind,
        name: str,
        props: dict,
        line: int | None,  # type: ignore[type-arg]
        confidence: float = 1.0,
    ) -> str:
        if node_id not in self.nodes:
            self.nodes[node_id] = Node(
                id=node_id,
                kind=kind,
                name=name,
                properties=props,
                provenance=self.prov(line, confidence),
            )
        return node_id

    def edge(
        self,
        source: str,
        kind: EdgeKind,
        target: str,
        line: int | None,
        confidence: float = 1.0,
        props: dict | None = None,
        discriminator: str = "",
    ) -> None:  # type: ignore[type-arg]
        pair = (self.nodes[source].kind, self.nodes[target].kind)
        if pair not in EDGE_ENDPOINTS[kind]:
            self.skipped.append(f"{kind} cannot join {pair[0]} {source!r} to {pair[1]} {target!r}")
            return
        edge = Edge(
            source=source,
            target=target,
            kind=kind,
            properties=props or {},
            provenance=self.prov(line, confidence),
            discriminator=discriminator,
        )
        self.edges.setdefault(edge.id, edge)

    def plan(self) -> None:
        plan = self.extraction.plan
        self.node(
            plan.id,
            NodeKind.PLAN,
            plan.title,
            {
                "title": plan.title,
                "region": plan.region,
                "owner": plan.owner,
                "period": plan.period,
                "year": plan.year,
                "place": plan.place,
                "source_file": plan.source,
            },
            1,
        )
        if plan.region:
            region = self.node(
                stable_id("region", plan.region), NodeKind.REGION, plan.region, {}, None
            )
            self.edge(plan.id, EdgeKind.COVERS, region, None)

    def entities(self, first_line: dict[str, int | None]) -> None:
        kinds = {
            "Organisation": NodeKind.ORGANISATION,
            "Person": NodeKind.PERSON,
            "Board": NodeKind.BOARD,
            "TaskGroup": NodeKind.TASK_GROUP,
        }
        names = {e.id: e.name for e in self.extraction.entities}
        employer: dict[str, str] = {}
        for relation in self.extraction.relations:
            if relation.type == "PART_OF" and relation.to in names:
                employer.setdefault(relation.from_, names[relation.to])
        for entity in self.extraction.entities:
            kind = kinds.get(entity.kind, NodeKind.ORGANISATION)
            props = {
                "aliases": list(entity.aliases),
                "acronym": entity.acronym,
                "scope": entity.scope,
                "identifier": entity.identifier,
                "parent": entity.parent,
                "generic": entity.generic,
            }
            if kind == NodeKind.ORGANISATION:
                props["org_kind"] = entity.org_kind
            if kind == NodeKind.PERSON:
                props = {
                    "role": entity.role,
                    "organisation": employer.get(entity.id),
                    "plan": self.plan_id,
                }
            if kind in (NodeKind.BOARD, NodeKind.TASK_GROUP):
                props["region"] = self.extraction.plan.region
            self.node(
                entity.id, kind, entity.name, props, first_line.get(entity.id), entity.confidence
            )
        plan = self.extraction.plan
        if plan.owner_id and plan.owner_id in self.nodes:
            self.edge(plan.id, EdgeKind.HOSTED_BY, plan.owner_id, 1, 0.9)
        for entity in self.extraction.entities:
            if entity.kind in ("Board", "TaskGroup"):
                self.edge(entity.id, EdgeKind.PART_OF, plan.id, first_line.get(entity.id))
        for relation in self.extraction.relations:
            if relation.from_ in self.nodes and relation.to in self.nodes:
                props = {"role": relation.role} if relation.role else {}
                self.edge(
                    relation.from_,
                    EdgeKind(relation.type),
                    relation.to,
                    relation.line,
                    relation.confidence,
                    props,
                    discriminator=relation.role or "",
                )

    def context(self, action: ActionOut) -> tuple[str | None, str | None]:
        plan_id = self.plan_id
        theme_id = objective_id = None
        line = action.source.line
        if action.theme:
            theme_id = self.node(
                stable_id("theme", plan_id, action.theme),
                NodeKind.THEME,
                action.theme,
                {"text": action.theme, "plan": plan_id},
                line,
            )
            self.edge(theme_id, EdgeKind.PART_OF, plan_id, line)
        if action.objective:
            key = action.objective_ref or action.objective
            objective_id = self.node(
                stable_id("objective", plan_id, key),
                NodeKind.OBJECTIVE,
                action.objective,
                {"text": action.objective, "plan": plan_id, "ref": action.objective_ref},
                line,
            )
            self.edge(objective_id, EdgeKind.PART_OF, plan_id, line)
            if theme_id:
                self.edge(objective_id, EdgeKind.PART_OF, theme_id, line)
        return theme_id, objective_id

    def action(self, action: ActionOut) -> None:
        line = action.source.line
        theme_id, objective_id = self.context(action)
        self.node(
            action.id,
            NodeKind.ACTION,
            action.text,
            {
                "ref": action.ref,
                "text": action.text,
                "theme": action.theme,
                "objective": action.objective,
                "outcomes": action.outcomes,
                "tasks": action.tasks,
                "kpi": action.kpi,
                "due": action.due,
                "due_text": action.due_text,
                "recurrence": action.recurrence,
                "status": action.status,
                "comments": action.comments,
                "resources": action.resources,
                "lead_pending": action.lead_pending,
                "plan": self.plan_id,
                "region": self.extraction.plan.region,
            },
            line,
            action.confidence,
        )
        self.edge(action.id, EdgeKind.PART_OF, self.plan_id, line)
        for actor in action.leads:
            self.edge(actor.id, EdgeKind.LEADS, action.id, line, actor.confidence)
        for actor in action.partners:
            self.edge(actor.id, EdgeKind.PARTNER_IN, action.id, line, actor.confidence)
        if theme_id:
            self.edge(action.id, EdgeKind.ABOUT, theme_id, line)
        for text in action.outcomes:
            outcome_id = self.node(
                stable_id("outcome", self.plan_id, text),
                NodeKind.OUTCOME,
                text,
                {"text": text, "plan": self.plan_id},
                line,
            )
            self.edge(outcome_id, EdgeKind.PART_OF, self.plan_id, line)
            self.edge(action.id, EdgeKind.FEEDS_INTO, outcome_id, line)
            if objective_id:
                self.edge(outcome_id, EdgeKind.FEEDS_INTO, objective_id, line)
        if objective_id and not action.outcomes:
            self.edge(action.id, EdgeKind.FEEDS_INTO, objective_id, line)
        for index, text in enumerate(action.milestones, start=1):
            milestone_id = self.node(
                stable_id("milestone", action.id, text),
                NodeKind.MILESTONE,
                text,
                {"text": text, "order": index, "plan": self.plan_id},
                line,
            )
            self.edge(action.id, EdgeKind.HAS_MILESTONE, milestone_id, line)

    def build(self) -> Contribution:
        self.plan()
        first_line: dict[str, int | None] = {}
        for action in self.extraction.actions:
            for actor in [*action.leads, *action.partners]:
                first_line.setdefault(actor.id, action.source.line)
        for relation in self.extraction.relations:
            first_line.setdefault(relation.from_, relation.line)
            first_line.setdefault(relation.to, relation.line)
        self.entities(first_line)
        for action in self.extraction.actions:
            self.action(action)
        for action in self.extraction.actions:
            for other in action.depends_on:
                if other in self.nodes:
                    self.edge(action.id, EdgeKind.DEPENDS_ON, other, action.source.line, 0.8)
        return contribution(self.plan_id, self.nodes.values(), self.edges.values())


def to_contribution(extraction: Extraction) -> Contribution:
    """The plan's records, ready for `store.write` (which replaces the plan's previous ones)."""
    return _Builder(extraction).build()
