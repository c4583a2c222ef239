"""A plan's layout, resolved: the `Extraction` of plan, actions, entities and relations.

Every mention in an actor cell or a governance sentence becomes an entity through the
`Resolver` (gazetteer, decisions, acronyms the plan itself defines), so the same body is one
node across plans while generic mentions ("Police", "Council") stay scoped to their plan.
Role titles name their body ("EMC Officers" -> EMC) or, with none, the plan's owner
("Partnership Lead Officer" -> the partnership). People are kept only when settings allow.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel, ConfigDict, Field

from graphmodel import NodeKind, normalise_name, stable_id
from ingest.cells import ActorMention
from ingest.gazetteer import Gazetteer
from ingest.layout import ActionRow, Layout
from ingest.organisations import classify_mention
from ingest.resolution import Entity, MergeProposal, Resolver
from ingest.structure import StatedRelation

_DEPENDS = re.compile(
    r"(?i)\b(?:see|action|actions|part of action|following)\s+(\d{1,3}(?:\.\d{1,3})+[a-z]?)\b"
)


class ActorRef(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kind: str
    aliases: list[str] = Field(default_factory=list)
    #: The role the mention gave ("Officers", "Inspector"), if any.
    role: str | None = None
    confidence: float = 0.8


class SourceRef(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    line: int | None = None


class PlanOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    region: str | None = None
    owner: str | None = None
    owner_id: str | None = None
    period: str | None = None
    year: int | None = None
    place: str | None = None
    source: str


class ActionOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    ref: str | None = None
    text: str
    theme: str | None = None
    objective: str | None = None
    objective_ref: str | None = None
    outcomes: list[str] = Field(default_factory=list)
    tasks: list[str] = Field(default_factory=list)
    kpi: str | None = None
    milestones: list[str] = Field(default_factory=list)
    due: str | None = None
    due_text: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    recurrence: str | None = None
    status: str | None = None
    comments: str | None = None
    resources: str | None = None
    leads: list[ActorRef] = Field(default_factory=list)
    partners: list[ActorRef] = Field(default_factory=list)
    lead_pending: str | None = None
    depends_on: list[str] = Field(default_factory=list)
    source: SourceRef
    confidence: float = 0.8


class EntityOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kind: str
    aliases: list[str] = Field(default_factory=list)
    parent: str | None = None
    org_kind: str | None = None
    acronym: str | None = None
    scope: str | None = None
    identifier: str | None = None
    generic: bool = False
    #: For people: their position; for initials, the rank they were given.
    role: str | None = None
    confidence: float = 0.8


class RelationOut(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True, serialize_by_alias=True)

    from_: str = Field(alias="from")
    type: str
    to: str
    role: str | None = None
    line: int | None = None
    confidence: float = 0.8


class Extraction(BaseModel):
    """Everything ingest read from one plan, resolved, before it becomes graph records."""

    model_config = ConfigDict(frozen=True)

    plan: PlanOut
    actions: list[ActionOut]
    entities: list[EntityOut]
    relations: list[RelationOut]
    warnings: list[str] = Field(default_factory=list)
    #: Uncertain merges the resolver proposed while reading this plan (for `orgs review`).
    proposals: list[MergeProposal] = Field(default_factory=list)


def plan_id_for(title: str, period: str | None) -> str:
    """A plan's id from its title and period, never its file name, so renames change nothing."""
    return stable_id("plan", title, period or "")


class _Resolving:
    def __init__(self, layout: Layout, resolver: Resolver, include_people: bool) -> None:
        self.layout = layout
        self.resolver = resolver
        self.include_people = include_people
        meta = layout.plan
        self.plan_id = plan_id_for(meta.title, meta.period)
        self.region = meta.region
        self.entities: dict[str, EntityOut] = {}
        self.relations: list[RelationOut] = []
        self.relation_keys: set[tuple[str, str, str, str | None]] = set()
        self.warnings: list[str] = list(layout.warnings)
        self.glossary = dict(layout.glossary)
        self.long_to_acronym = {normalise_name(v): k for k, v in self.glossary.items()}
        self.owner: EntityOut | None = None
        if meta.owner:
            self.owner = self._owner(meta.owner)

    # -- entities ------------------------------------------------------------------------

    def _keep(self, entity: EntityOut) -> EntityOut:
        existing = self.entities.get(entity.id)
        if existing is None:
            self.entities[entity.id] = entity
            return entity
        aliases = list(dict.fromkeys([*existing.aliases, *entity.aliases]))
        aliases = [a for a in aliases if normalise_name(a) != normalise_name(existing.name)]
        merged = existing.model_copy(
            update={
                "aliases": aliases,
                "acronym": existing.acronym or entity.acronym,
                "parent": existing.parent or entity.parent,
                "confidence": max(existing.confidence, entity.confidence),
            }
        )
        self.entities[entity.id] = merged
        return merged

    def relate(
        self,
        source: str,
        kind: str,
        target: str,
        role: str | None = None,
        line: int | None = None,
        confidence: float = 0.8,
    ) -> None:
        key = (source, kind, target, role)
        if source == target or key in self.relation_keys:
            return
        self.relation_keys.add(key)
        self.relations.append(
            RelationOut(
                from_=source, type=kind, to=target, role=role, line=line, confidence=confidence
            )
        )

    def _from_entity(
        self, entity: Entity, extra_aliases: list[str], confidence: float
    ) -> EntityOut:
        aliases = list(dict.fromkeys([*entity.aliases, *extra_aliases]))
        aliases = [a for a in aliases if a and normalise_name(a) != normalise_name(entity.name)]
        kept = self._keep(
            EntityOut(
                id=entity.id,
                name=entity.name,
                kind=NodeKind(entity.kind).value,
                aliases=aliases,
                parent=entity.parent,
                org_kind=entity.org_kind.value
                if hasattr(entity.org_kind, "value")
                else entity.org_kind,
                acronym=entity.acronym,
                scope=entity.scope,
                identifier=entity.identifier,
                generic=entity.generic,
                confidence=round(min(confidence, entity.confidence), 2),
            )
        )
        if entity.parent and entity.parent_name:
            parent = self.organisation(entity.parent_name, confidence=confidence)
            if parent.id == entity.parent:
                self.relate(kept.id, "PART_OF", parent.id, confidence=confidence)
        return kept

    def _owner(self, name: str) -> EntityOut:
        """The body that owns the plan. A partnership or forum that publishes a plan is an
        organisation (like the SMPs the gazetteer knows), never a board: the plan is hosted
        by it, and its other mentions in the plan are the same node."""
        entity = self.organisation(name, confidence=0.9)
        if entity.kind == NodeKind.ORGANISATION.value:
            return entity
        self.entities.pop(entity.id, None)
        distinctive = Gazetteer.default().names_place(entity.name)
        parts = (entity.name,) if distinctive else (self.plan_id, entity.name)
        return self._keep(
            entity.model_copy(
                update={
                    "id": stable_id("org", *parts),
                    "kind": NodeKind.ORGANISATION.value,
                    "org_kind": "partnership",
                    "scope": "national" if distinctive else self.plan_id,
                }
            )
        )

    def organisation(self, name: str, confidence: float = 0.8) -> EntityOut:
        """Resolve a body's name, expanding an acronym the plan defines."""
        if self.owner is not None and normalise_name(name) in {
            normalise_name(n) for n in (self.owner.name, *self.owner.aliases)
        }:
            return self.owner
        extra: list[str] = []
        full = name
        if name in self.glossary:
            full = self.glossary[name]
            extra.append(name)
        elif normalise_name(name) in self.long_to_acronym:
            extra.append(self.long_to_acronym[normalise_name(name)])
        entity = self.resolver.resolve(
            full,
            plan_id=self.plan_id,
            plan_owner=self.layout.plan.owner,
            region=self.region,
        )
        if full != name and normalise_name(entity.name) != normalise_name(full):
            extra.append(full)
        return self._from_entity(entity, extra, confidence)

    def person(self, name: str, role: str | None, confidence: float) -> EntityOut | None:
        if not self.include_people:
            return None
        return self._keep(
            EntityOut(
                id=stable_id("person", self.plan_id, name),
                name=name,
                kind=NodeKind.PERSON.value,
                scope=self.plan_id,
                role=role,
                confidence=confidence,
            )
        )

    def body(self, name: str, kind: str, confidence: float) -> EntityOut:
        """A board or task group: named in this plan, scoped to its region unless it names one."""
        if kind == "Organisation":
            return self.organisation(name, confidence)
        if kind == "Person":
            person = self.person(name, None, confidence)
            assert person is not None
            return person
        if name in self.glossary:
            name = self.glossary[name]
        prefix = "board" if kind == "Board" else "group"
        scope = self.region or self.plan_id
        named_place = self.region and normalise_name(self.region) in normalise_name(name)
        entity_id = stable_id(prefix, name) if named_place else stable_id(prefix, scope, name)
        acronym = self.long_to_acronym.get(normalise_name(name))
        return self._keep(
            EntityOut(
                id=entity_id,
                name=name,
                kind=kind,
                aliases=[acronym] if acronym else [],
                acronym=acronym,
                scope=self.region or self.plan_id,
                confidence=confidence,
            )
        )

    def mention(self, mention: ActorMention) -> list[tuple[EntityOut, str | None]]:
        """Entities a mention stands for (a person of a body gives the person, or the body)."""
        conf = mention.confidence
        if mention.shape == "role_title":
            if mention.owner_role or not mention.organisation:
                if mention.owner_role and self.owner is not None:
                    return [(self.owner, mention.role)]
                return [(self.organisation(mention.name, conf * 0.8), mention.role)]
            return [(self.organisation(mention.organisation, conf), mention.role)]
        if mention.shape == "person_of_organisation" and mention.organisation:
            org = self.organisation(mention.organisation, conf)
            person = self.person(mention.name, None, conf)
            if person is None:
                return [(org, None)]
            self.relate(person.id, "PART_OF", org.id, confidence=conf)
            return [(person, None)]
        kind = classify_mention(mention.name)
        kind_value = getattr(kind, "value", kind)
        if mention.shape == "initials" and (
            mention.role or (kind_value == "initials" and mention.name not in self.glossary)
        ):
            label = f"{mention.role} {mention.name}" if mention.role else mention.name
            person = self.person(label, mention.role or "staff initials", conf * 0.8)
            return [(person, mention.role)] if person else []
        if kind_value == "person":
            person = self.person(mention.name, None, conf)
            return [(person, None)] if person else []
        return [(self.organisation(mention.name, conf), mention.role)]

    # -- actions ------------------------------------------------------------------------

    def actors(self, mentions: tuple[ActorMention, ...]) -> list[ActorRef]:
        refs: dict[str, ActorRef] = {}
        for mention in mentions:
            for entity, role in self.mention(mention):
                if entity.id not in refs:
                    refs[entity.id] = ActorRef(
                        id=entity.id,
                        name=entity.name,
                        kind=entity.kind,
                        aliases=entity.aliases,
                        role=role,
                        confidence=round(mention.confidence, 2),
                    )
        return list(refs.values())

    def action_ids(self, rows: tuple[ActionRow, ...]) -> list[str]:
        refs = Counter(r.ref for r in rows if r.ref)
        ids: list[str] = []
        seen: Counter[str] = Counter()
        for row in rows:
            if row.ref and refs[row.ref] == 1:
                base = stable_id("act", self.plan_id, row.ref)
            elif row.ref:
                base = stable_id(
                    "act",
                    self.plan_id,
                    row.objective_ref or row.theme or row.objective or "",
                    row.ref,
                )
            else:
                base = stable_id(
                    "act",
                    self.plan_id,
                    row.objective_ref or row.objective or row.theme or "",
                    row.text,
                )
            seen[base] += 1
            ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
        return ids

    def action(self, row: ActionRow, action_id: str, ref_ids: dict[str, str]) -> ActionOut:
        leads = self.actors(row.actors.leads)
        lead_ids = {a.id for a in leads}
        partners = [p for p in self.actors(row.actors.partners) if p.id not in lead_ids]
        mentioned = " ".join([row.text, *row.tasks, row.resources or "", *row.outcomes])
        depends = [
            ref_ids[ref]
            for ref in dict.fromkeys(m.group(1) for m in _DEPENDS.finditer(mentioned))
            if ref in ref_ids and ref != row.ref
        ]
        timescale = row.timescale
        return ActionOut(
            id=action_id,
            ref=row.ref,
            text=row.text,
            theme=row.theme,
            objective=row.objective,
            objective_ref=row.objective_ref,
            outcomes=list(row.outcomes),
            tasks=list(row.tasks),
            kpi=row.kpi,
            milestones=list(row.milestones),
            due=timescale.due if timescale else None,
            due_text=timescale.verbatim if timescale else None,
            period_start=timescale.start if timescale else None,
            period_end=timescale.end if timescale else None,
            recurrence=timescale.recurrence if timescale else None,
            status=row.status,
            comments=row.comments,
            resources=row.resources,
            leads=leads,
            partners=partners,
            lead_pending=row.actors.lead_pending,
            depends_on=depends,
            source=SourceRef(file=self.layout.plan.source, line=row.line),
            confidence=row.confidence,
        )

    def structure(self, relation: StatedRelation) -> None:
        source = self.body(relation.source, relation.source_kind, relation.confidence)
        target = self.body(relation.target, relation.target_kind, relation.confidence)
        if source.kind == NodeKind.PERSON.value and relation.kind == "PART_OF":
            self._keep(source.model_copy(update={"role": relation.role}))
        self.relate(
            source.id, relation.kind, target.id, relation.role, relation.line, relation.confidence
        )

    def run(self) -> Extraction:
        rows = self.layout.actions
        ids = self.action_ids(rows)
        ref_ids = {r.ref: i for r, i in zip(rows, ids, strict=True) if r.ref}
        actions = [self.action(r, i, ref_ids) for r, i in zip(rows, ids, strict=True)]
        for relation in self.layout.structure.relations:
            if not self.include_people and "Person" in (relation.source_kind, relation.target_kind):
                continue
            self.structure(relation)
        meta = self.layout.plan
        proposals = list(self.resolver.proposals)
        return Extraction(
            plan=PlanOut(
                id=self.plan_id,
                title=meta.title,
                region=meta.region,
                owner=self.owner.name if self.owner else meta.owner,
                owner_id=self.owner.id if self.owner else None,
                period=meta.period,
                year=meta.year,
                place=meta.place,
                source=meta.source,
            ),
            actions=actions,
            entities=sorted(self.entities.values(), key=lambda e: (e.kind, e.id)),
            relations=self.relations,
            warnings=self.warnings,
            proposals=proposals,
        )


def resolve_layout(
    layout: Layout, resolver: Resolver, *, include_people: bool = True
) -> Extraction:
    """Resolve every mention in a plan's layout into entities and relations."""
    return _Resolving(layout, resolver, include_people).run()
