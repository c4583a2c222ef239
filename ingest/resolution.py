"""Entity resolution: a name in a plan becomes one entity, the same one wherever it means the
same body, and a different one wherever it might not.

Rules, in order (docs/gazetteer.md explains them with examples):

1. Decisions a person made (`AliasDecisions`, saved as `aliases.json` in the data directory)
   come first: an accepted merge always merges, a rejected one is never proposed again.
2. Known names: the gazetteer's canonical names, aliases and acronyms, then the bodies the
   store already holds, resolve to that body. Well-known bodies get one id across all plans
   (`org-refugee-council`); categories ("London boroughs") are scoped to the plan.
3. Teams and officers of a known body ("GLA Diversity and Social Policy Team", "EMC
   Officers") become a team with the body as parent, or the body itself.
4. Generic names ("Police", "Council", "Communities Team") and names no one else knows are
   scoped to their plan: the id includes the plan id, so they never merge across plans by
   name alone. Names with a place in them are distinctive and keep one id.
5. Spelling variants: a very close spelling of a known name merges; a middling one does not,
   but leaves a `MergeProposal` with evidence for a person to accept or reject.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz, process

from graphmodel import Node, NodeKind, OrganisationKind, PartnergraphError, stable_id
from ingest.gazetteer import Body, Gazetteer, name_key, sorted_tokens
from ingest.organisations import (
    BODY_END_WORDS,
    TEAM_END_WORDS,
    MentionKind,
    classify_mention,
    is_acronym_like,
    is_generic,
)

#: token_sort_ratio at or above which a spelling variant merges without asking.
MERGE_SCORE = 96.0
#: token_sort_ratio at or above which a spelling variant is proposed for review.
PROPOSE_SCORE = 85.0
DECISIONS_FILE = "aliases.json"
NATIONAL = "national"

_ACRONYM_NOTE = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9&.]{1,11})\s*\)\s*$")
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_DASH = re.compile(r"\s+[-–—]\s+")
_ROLE_REMAINDER = re.compile(
    r"(?i)^(?:(?:lead|senior|principal|chief|policy|project|partnership|link|liaison|other"
    r"|relevant|all|key|executive)\s+)*(?:officers?|staff|members?|representatives?|reps?"
    r"|leads?|contacts?|manager|director|co-?ordinators?|chair|team leader)$"
)
_BOARD_WORDS = frozenset({"board", "boards", "panel", "committee", "forum", "fora"})
_LEADING_PREPOSITION = re.compile(
    r"(?i)^(?:within|from|with|by|via|through|including|among|amongst)\s+(?:the\s+)?"
)
_ORG_KIND_WORDS = (
    (re.compile(r"(?i)\b(?:police|policing|constabulary)\b"), OrganisationKind.POLICE),
    (re.compile(r"(?i)\b(?:health|nhs|gp|hospital|surgery|ccg|pct)\b"), OrganisationKind.NHS),
    (re.compile(r"(?i)\b(?:council|authority|borough)\b"), OrganisationKind.LOCAL_AUTHORITY),
    (re.compile(r"(?i)\b(?:school|college|university|academy)\b"), OrganisationKind.EDUCATION),
    (re.compile(r"(?i)\b(?:church|mosque|temple|faith|gurdwara)\b"), OrganisationKind.FAITH),
)


class DecisionsUnreadable(PartnergraphError):
    """The saved merge decisions file cannot be read back."""

    status_code = 500


class EmptyMention(PartnergraphError):
    """A name to resolve has no letters or digits in it."""

    status_code = 422


class Entity(BaseModel):
    """What a mention resolved to: a body, team, board, task group or person."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kind: NodeKind = NodeKind.ORGANISATION
    org_kind: OrganisationKind | None = None
    aliases: tuple[str, ...] = ()
    acronym: str | None = None
    #: Id of the body this one is a team or sub-body of.
    parent: str | None = None
    parent_name: str | None = None
    #: "national" when the id is shared across plans, else the plan (or region) it is scoped to.
    scope: str = NATIONAL
    identifier: str | None = None
    #: A generic mention ("Police"): scoped to its plan, never merged by name.
    generic: bool = False
    confidence: float = Field(default=0.9, ge=0.0, le=1.0)


class MergeProposal(BaseModel):
    """A middling match left for a person to accept or reject (`orgs review`)."""

    model_config = ConfigDict(frozen=True)

    id: str
    mention: str
    plan_id: str | None = None
    #: The entity the mention was given meanwhile (kept apart from the candidate).
    mention_id: str | None = None
    candidate_id: str
    candidate_name: str
    score: float
    evidence: list[str] = Field(default_factory=list)


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    mention: str
    candidate_id: str
    candidate_name: str


class AliasDecisions:
    """Accepted and rejected merges; every later resolve respects them."""

    def __init__(
        self, accepted: Iterable[Decision] = (), rejected: Iterable[Decision] = ()
    ) -> None:
        self.accepted: dict[str, Decision] = {}
        self.rejected: dict[tuple[str, str], Decision] = {}
        for decision in accepted:
            self.accepted[name_key(decision.mention)] = decision
        for decision in rejected:
            self.rejected[(name_key(decision.mention), decision.candidate_id)] = decision

    def accept(self, proposal: MergeProposal) -> Decision:
        decision = _decision(proposal)
        key = name_key(proposal.mention)
        self.rejected.pop((key, proposal.candidate_id), None)
        self.accepted[key] = decision
        return decision

    def reject(self, proposal: MergeProposal) -> Decision:
        decision = _decision(proposal)
        key = name_key(proposal.mention)
        existing = self.accepted.get(key)
        if existing is not None and existing.candidate_id == proposal.candidate_id:
            del self.accepted[key]
        self.rejected[(key, proposal.candidate_id)] = decision
        return decision

    def accepted_for(self, mention: str) -> Decision | None:
        return self.accepted.get(name_key(mention))

    def is_rejected(self, mention: str, candidate_id: str) -> bool:
        return (name_key(mention), candidate_id) in self.rejected

    def to_json(self) -> dict[str, Any]:
        return {
            "accepted": [d.model_dump() for d in self.accepted.values()],
            "rejected": [d.model_dump() for d in self.rejected.values()],
        }

    def __len__(self) -> int:
        return len(self.accepted) + len(self.rejected)


def _decision(proposal: MergeProposal) -> Decision:
    return Decision(
        mention=proposal.mention,
        candidate_id=proposal.candidate_id,
        candidate_name=proposal.candidate_name,
    )


def load_decisions(data_dir: str | Path | None) -> AliasDecisions:
    """The decisions saved in `data_dir/aliases.json`; none when there is no such file."""
    if data_dir is None:
        return AliasDecisions()
    path = Path(data_dir) / DECISIONS_FILE
    if not path.is_file():
        return AliasDecisions()
    try:
        data = orjson.loads(path.read_bytes())
        return AliasDecisions(
            accepted=[Decision.model_validate(d) for d in data.get("accepted", [])],
            rejected=[Decision.model_validate(d) for d in data.get("rejected", [])],
        )
    except (OSError, orjson.JSONDecodeError, ValidationError, AttributeError) as exc:
        reason = type(exc).__name__
        raise DecisionsUnreadable(
            f"{path.name}: merge decisions cannot be read ({reason})"
        ) from None


def save_decisions(data_dir: str | Path, decisions: AliasDecisions) -> Path:
    """Write the decisions atomically (a crash leaves the old file or the new, never half)."""
    directory = Path(data_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / DECISIONS_FILE
    payload = orjson.dumps(decisions.to_json(), option=orjson.OPT_INDENT_2)
    handle, temp = tempfile.mkstemp(dir=directory, prefix=".aliases-", suffix=".json")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


class _Mention(BaseModel):
    """A mention split into the name to resolve, an acronym it gives, and what it writes."""

    model_config = ConfigDict(frozen=True)

    written: str
    name: str
    acronym: str | None = None


def _parse(text: str) -> _Mention:
    written = " ".join(text.split()).strip(" \t,;.:•")
    if _LEADING_PREPOSITION.match(written) and _LEADING_PREPOSITION.sub("", written):
        written = _LEADING_PREPOSITION.sub("", written)
    name, acronym = written, None
    match = _ACRONYM_NOTE.search(name)
    if match and is_acronym_like(match.group(1).replace(".", "")):
        acronym = match.group(1).replace(".", "")
        name = name[: match.start()].strip()
    while _NOTE.search(name) and _NOTE.sub("", name).strip():
        name = _NOTE.sub("", name).strip()
    return _Mention(written=written, name=name or written, acronym=acronym)


def _org_kind_of(name: str) -> OrganisationKind:
    for pattern, kind in _ORG_KIND_WORDS:
        if pattern.search(name):
            return kind
    return OrganisationKind.OTHER


def _distinct_numbers(a: str, b: str) -> bool:
    return set(re.findall(r"\d+", a)) != set(re.findall(r"\d+", b))


class Resolver:
    """Resolves names in plans to entities; collects `proposals` for uncertain merges."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        decisions: AliasDecisions | None = None,
        known: Iterable[Node] = (),
    ) -> None:
        self.gazetteer = gazetteer or Gazetteer.default()
        self.decisions = decisions if decisions is not None else AliasDecisions()
        self.proposals: list[MergeProposal] = []
        self._proposed: set[str] = set()
        self._known_by_key: dict[str, Node] = {}
        self._known_by_id: dict[str, Node] = {}
        for node in known:
            if node.kind != NodeKind.ORGANISATION:
                continue
            self._known_by_id[node.id] = node
            if node.get("generic") or node.get("scope", NATIONAL) != NATIONAL:
                continue
            aliases = node.get("aliases") or []
            for name in (node.name, *aliases):
                self._known_by_key.setdefault(name_key(name), node)
        self._known_keys = [sorted_tokens(k) for k in self._known_by_key]
        self._known_nodes = list(self._known_by_key.values())
        self._cache: dict[tuple[str, str, str | None, str | None], Entity] = {}

    # -- public --------------------------------------------------------------------------

    def resolve(
        self,
        name: str,
        *,
        plan_id: str,
        plan_owner: str | None = None,
        region: str | None = None,
    ) -> Entity:
        """The entity `name` stands for in the plan `plan_id` (covering `region`)."""
        if not re.search(r"[A-Za-z0-9]", name or ""):
            raise EmptyMention(f"{name!r} in plan {plan_id!r}: no name to resolve")
        key = (name, plan_id, plan_owner, region)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._resolve(_parse(name), plan_id, plan_owner, region)
            self._cache[key] = cached
        return cached

    def body_entity(self, body: Body, *, plan_id: str, written: str | None = None) -> Entity:
        """The entity of a gazetteer body (categories are scoped to the plan)."""
        aliases = [*body.aliases, *body.acronyms]
        if written and name_key(written) != name_key(body.canonical):
            aliases.append(written)
        parent = self.gazetteer.parent_of(body)
        category = body.is_category
        return Entity(
            id=stable_id("org", plan_id, body.canonical) if category else _body_id(body),
            name=body.canonical,
            org_kind=body.org_kind,
            aliases=tuple(dict.fromkeys(a for a in aliases if a != body.canonical)),
            acronym=body.acronyms[0] if body.acronyms else None,
            parent=_body_id(parent) if parent else None,
            parent_name=parent.canonical if parent else None,
            scope=plan_id if category else NATIONAL,
            identifier=body.identifier,
            generic=category,
            confidence=0.95,
        )

    # -- rules ---------------------------------------------------------------------------

    def _resolve(
        self, mention: _Mention, plan_id: str, owner: str | None, region: str | None
    ) -> Entity:
        decided = self._decided(mention, plan_id)
        if decided is not None:
            return decided
        known = self._known(mention, plan_id, region)
        if known is not None:
            return known
        if mention.written != mention.name and (
            classify_mention(mention.written, self.gazetteer) == MentionKind.PERSON
        ):
            return self._person(re.sub(r"[()]", "", mention.written), plan_id, generic=False)
        kind = classify_mention(mention.name, self.gazetteer)
        if kind == MentionKind.PERSON:
            return self._person(mention.name, plan_id, generic=False)
        if is_acronym_like(mention.name):
            garbled = self._garbled_acronym(mention, plan_id, region)
            if garbled is not None:
                return garbled
        if kind == MentionKind.INITIALS:
            return self._person(mention.name, plan_id, generic=True)
        sub = self._team_of(mention, plan_id, region)
        if sub is not None:
            return sub
        if kind in (MentionKind.ROLE_TITLE,) and owner:
            owner_entity = self._owner(owner, plan_id, region)
            if owner_entity is not None:
                return owner_entity.model_copy(update={"confidence": 0.7})
        if kind == MentionKind.GENERIC or is_generic(mention.name):
            return self._generic(mention, plan_id, owner, region)
        if kind in (MentionKind.BOARD, MentionKind.TASK_GROUP):
            return self._board(mention, kind, plan_id, region)
        unknown = self._unknown(mention, plan_id)
        if unknown.scope == NATIONAL:
            return unknown
        stored = self._stored(mention)
        if stored is not None:
            return stored
        return self._similar(mention, plan_id, region) or unknown

    def _decided(self, mention: _Mention, plan_id: str) -> Entity | None:
        decision = self.decisions.accepted_for(mention.name) or self.decisions.accepted_for(
            mention.written
        )
        if decision is None:
            return None
        entity = self._entity_by_id(decision.candidate_id, decision.candidate_name, plan_id)
        return _with_alias(entity, mention.name, confidence=0.95)

    def _entity_by_id(self, entity_id: str, name: str, plan_id: str) -> Entity:
        body = self.gazetteer.by_canonical(name)
        if body is not None and _body_id(body) == entity_id:
            return self.body_entity(body, plan_id=plan_id)
        node = self._known_by_id.get(entity_id)
        if node is not None:
            return self._node_entity(node)
        return Entity(id=entity_id, name=name, org_kind=OrganisationKind.OTHER)

    def _lookup(self, text: str, region: str | None) -> Body | None:
        body = self.gazetteer.lookup(text)
        if body is None or body.national or body.is_category or region is None:
            return body
        if body.region is None or body.region == region:
            return body
        # A local body of another region: only a name distinctive in itself still matches.
        written_is_acronym = is_acronym_like(text) or self.gazetteer.lookup_acronym(text)
        distinctive = (
            body.org_kind == OrganisationKind.LOCAL_AUTHORITY
            or self.gazetteer.names_place(body.canonical)
        )
        return body if distinctive and not written_is_acronym else None

    def _known(self, mention: _Mention, plan_id: str, region: str | None) -> Entity | None:
        for text in (mention.name, mention.written, mention.acronym):
            if not text:
                continue
            body = self._lookup(text, region)
            if body is not None:
                entity = self.body_entity(body, plan_id=plan_id, written=mention.name)
                if mention.acronym and mention.acronym not in entity.aliases:
                    entity = _with_alias(entity, mention.acronym, confidence=entity.confidence)
                return entity
        return None

    def _garbled_acronym(
        self, mention: _Mention, plan_id: str, region: str | None
    ) -> Entity | None:
        """ "EMSM" one letter off a known acronym is that body mistyped, not staff initials:
        a plan-scoped body with a proposal to merge, never a silent merge."""
        for body in self.gazetteer.near_acronyms(mention.name):
            if body.is_category or self._lookup(body.canonical, region) is None:
                continue
            if self.decisions.is_rejected(mention.name, _body_id(body)):
                continue
            own = self._unknown(mention, plan_id)
            score = fuzz.ratio(mention.name, body.acronyms[0])
            self._propose(mention, plan_id, own.id, _body_id(body), body.canonical, score)
            return own
        return None

    def _stored(self, mention: _Mention) -> Entity | None:
        """A body the store holds under this name or alias (merged earlier, or imported)."""
        for text in (mention.name, mention.written, mention.acronym):
            node = self._known_by_key.get(name_key(text)) if text else None
            if node is not None:
                return _with_alias(self._node_entity(node), mention.name, confidence=0.9)
        return None

    def _node_entity(self, node: Node) -> Entity:
        entity = _node_entity(node)
        parent = self._known_by_id.get(entity.parent) if entity.parent else None
        if parent is not None:
            entity = entity.model_copy(update={"parent_name": parent.name})
        return entity

    def _owner(self, owner: str, plan_id: str, region: str | None) -> Entity | None:
        entity = self._known(_parse(owner), plan_id, region)
        if entity is None or entity.generic:
            return None
        return entity

    def _team_of(self, mention: _Mention, plan_id: str, region: str | None) -> Entity | None:
        """ "GLA Housing Unit" -> a team of the GLA; "EMC Officers" -> EMC itself."""
        name = mention.name
        dashed = _DASH.split(name, maxsplit=1)
        candidates: list[tuple[str, str]] = []
        if len(dashed) == 2:
            candidates.append((dashed[0], dashed[1]))
        words = name.split()
        for size in range(min(len(words) - 1, 6), 0, -1):
            candidates.append((" ".join(words[:size]), " ".join(words[size:])))
        for head, rest in candidates:
            parent = self._lookup(head, region)
            if parent is None or parent.is_category or not rest.strip():
                continue
            rest_words = rest.split()
            if _ROLE_REMAINDER.match(rest):
                return _with_alias(self.body_entity(parent, plan_id=plan_id), name, confidence=0.8)
            if rest_words[-1].lower() in _BOARD_WORDS:
                return self._board(
                    _Mention(written=name, name=name), MentionKind.BOARD, plan_id, region
                )
            if (
                len(rest_words) == 1
                and is_acronym_like(rest)
                and self._lookup(rest, region) is None
            ):
                return self._team(parent, rest, name, plan_id)
            within = self._lookup(rest, region)
            if within is not None and len(dashed) == 2 and not within.is_category:
                return self.body_entity(within, plan_id=plan_id, written=name)
            ends_team = rest_words[-1].lower() in TEAM_END_WORDS | BODY_END_WORDS
            if not ends_team or not rest[:1].isupper():
                continue
            return self._team(parent, rest, name, plan_id)
        return None

    def _team(self, parent: Body, rest: str, written: str, plan_id: str) -> Entity:
        parent_entity = self.body_entity(parent, plan_id=plan_id)
        short = parent.acronyms[0] if parent.acronyms else parent.canonical
        aliases = {f"{short} {rest}", f"{parent.canonical} {rest}"} - {written}
        return Entity(
            id=stable_id("org", short, rest),
            name=written,
            org_kind=parent.org_kind,
            aliases=tuple(sorted(aliases)),
            parent=parent_entity.id,
            parent_name=parent.canonical,
            scope=NATIONAL,
            confidence=0.85,
        )

    def _generic(
        self, mention: _Mention, plan_id: str, owner: str | None, region: str | None
    ) -> Entity:
        """A generic name, scoped to its plan; a generic team hangs off the plan's owner."""
        parent: Entity | None = None
        if owner and mention.name.split()[-1].lower() in TEAM_END_WORDS:
            parent = self._owner(owner, plan_id, region)
        return Entity(
            id=stable_id("org", plan_id, mention.name),
            name=mention.name,
            org_kind=_org_kind_of(mention.name),
            aliases=(mention.acronym,) if mention.acronym else (),
            acronym=mention.acronym,
            parent=parent.id if parent else None,
            parent_name=parent.name if parent else None,
            scope=plan_id,
            generic=True,
            confidence=0.7,
        )

    def _board(
        self, mention: _Mention, kind: MentionKind, plan_id: str, region: str | None
    ) -> Entity:
        """Boards and task groups are scoped to the plan's region unless they name it."""
        node_kind = NodeKind.BOARD if kind == MentionKind.BOARD else NodeKind.TASK_GROUP
        prefix = "board" if node_kind == NodeKind.BOARD else "group"
        scope = region or plan_id
        named_place = region is not None and name_key(region) in name_key(mention.name)
        entity_id = (
            stable_id(prefix, mention.name)
            if named_place
            else stable_id(prefix, scope, mention.name)
        )
        return Entity(
            id=entity_id,
            name=mention.name,
            kind=node_kind,
            aliases=(mention.acronym,) if mention.acronym else (),
            acronym=mention.acronym,
            scope=scope,
            confidence=0.8,
        )

    def _person(self, name: str, plan_id: str, *, generic: bool) -> Entity:
        return Entity(
            id=stable_id("person", plan_id, name),
            name=name,
            kind=NodeKind.PERSON,
            scope=plan_id,
            generic=generic,
            confidence=0.8 if generic else 0.85,
        )

    def _unknown(self, mention: _Mention, plan_id: str) -> Entity:
        """A body nobody knows: scoped to its plan, unless a place in its name makes it
        distinctive ("Crewe Community Connectors Project")."""
        distinctive = self.gazetteer.names_place(mention.name) and len(mention.name.split()) > 1
        return Entity(
            id=stable_id("org", mention.name)
            if distinctive
            else stable_id("org", plan_id, mention.name),
            name=mention.name,
            org_kind=_org_kind_of(mention.name),
            aliases=(mention.acronym,) if mention.acronym else (),
            acronym=mention.acronym,
            scope=NATIONAL if distinctive else plan_id,
            confidence=0.75,
        )

    def _similar(self, mention: _Mention, plan_id: str, region: str | None) -> Entity | None:
        """Merge a near-identical spelling; propose a middling one and keep it apart."""
        if len(name_key(mention.name)) < 5:
            return None
        candidates: list[tuple[str, str, float, Body | Node]] = []
        for body, score in self.gazetteer.fuzzy(mention.name, limit=5):
            if body.is_category or self._lookup(body.canonical, region) is None:
                continue
            candidates.append((_body_id(body), body.canonical, score, body))
        if self._known_keys:
            keys = self._known_keys
            for _, score, index in process.extract(
                sorted_tokens(name_key(mention.name)),
                keys,
                scorer=fuzz.ratio,
                score_cutoff=PROPOSE_SCORE,
                limit=5,
            ):
                node = self._known_nodes[index]
                candidates.append((node.id, node.name, float(score), node))
        candidates.sort(key=lambda c: -c[2])
        for candidate_id, candidate_name, score, source in candidates:
            if score < PROPOSE_SCORE:
                break
            if self.decisions.is_rejected(mention.name, candidate_id):
                continue
            guarded = _distinct_numbers(mention.name, candidate_name)
            if score >= MERGE_SCORE and not guarded:
                entity = (
                    self.body_entity(source, plan_id=plan_id)
                    if isinstance(source, Body)
                    else self._node_entity(source)
                )
                return _with_alias(entity, mention.name, confidence=round(score / 100 * 0.9, 2))
            own = self._unknown(mention, plan_id)
            self._propose(mention, plan_id, own.id, candidate_id, candidate_name, score)
            return own
        return None

    def _propose(
        self,
        mention: _Mention,
        plan_id: str,
        mention_id: str,
        candidate_id: str,
        candidate_name: str,
        score: float,
    ) -> None:
        proposal_id = stable_id("merge", mention.name, candidate_id)
        if proposal_id in self._proposed:
            return
        self._proposed.add(proposal_id)
        a, b = name_key(mention.name), name_key(candidate_name)
        evidence = [
            f"spelling {fuzz.token_sort_ratio(a, b):.0f}/100 (token sort)",
            f"weighted ratio {fuzz.WRatio(a, b):.0f}/100",
        ]
        shared = sorted(set(a.split()) & set(b.split()))
        if shared:
            evidence.append("shared words: " + ", ".join(shared))
        differing = sorted(set(a.split()) ^ set(b.split()))
        if differing:
            evidence.append("differing words: " + ", ".join(differing))
        self.proposals.append(
            MergeProposal(
                id=proposal_id,
                mention=mention.name,
                plan_id=plan_id,
                mention_id=mention_id,
                candidate_id=candidate_id,
                candidate_name=candidate_name,
                score=round(score, 1),
                evidence=evidence,
            )
        )


def _body_id(body: Body) -> str:
    return stable_id("org", body.canonical)


def _node_entity(node: Node) -> Entity:
    aliases = node.get("aliases") or []
    org_kind = node.get("org_kind")
    try:
        kind = OrganisationKind(org_kind) if org_kind else None
    except ValueError:
        kind = None
    parent = node.get("parent")
    return Entity(
        id=node.id,
        name=node.name,
        org_kind=kind,
        aliases=tuple(str(a) for a in aliases),
        acronym=node.get("acronym"),
        parent=str(parent) if parent else None,
        scope=str(node.get("scope") or NATIONAL),
        identifier=node.get("identifier"),
        generic=bool(node.get("generic", False)),
        confidence=0.9,
    )


def _with_alias(entity: Entity, alias: str, *, confidence: float) -> Entity:
    aliases = entity.aliases
    if alias and name_key(alias) != name_key(entity.name) and alias not in aliases:
        aliases = (*aliases, alias)
    return entity.model_copy(update={"aliases": aliases, "confidence": confidence})
