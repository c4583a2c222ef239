"""Withholding named individuals from an export.

Leaving Person nodes out is not enough: plans name people in free text too (an action's lead
column, comments, a task group named after its convener). Every stored person's name and
aliases are therefore also removed from the text of everything else that is exported, and a
node whose id was derived from a person's name gets a pseudonymous id instead.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from graphmodel.ids import slug
from graphmodel.records import Edge, Node, Provenance
from graphmodel.schema import NodeKind

#: What a withheld name is replaced with in text.
WITHHELD = "[name withheld]"
#: Names this short are initials ("KH", "DC"): matched case-sensitively so that ordinary
#: words are left alone.
_INITIALS_LENGTH = 3
#: Ids are pseudonymised only for names with a slug at least this long, so initials do not
#: rename unrelated nodes.
_MIN_ID_SLUG = 4


class PeopleWithheld:
    """Filters nodes, edges and provenance so that the given people appear nowhere."""

    def __init__(self, people: Iterable[Node]) -> None:
        self.person_ids: set[str] = set()
        names: set[str] = set()
        for person in people:
            self.person_ids.add(person.id)
            names.add(person.name)
            aliases = person.get("aliases") or []
            names.update(a for a in aliases if isinstance(a, str))
        names = {variant for name in names for variant in name_variants(name)}
        self._pattern = _names_pattern(names)
        self._slugs = {s for s in (slug(n) for n in names) if len(s) >= _MIN_ID_SLUG}
        self._ids: dict[str, str] = {}

    def text(self, value: str) -> str:
        if self._pattern is None:
            return value
        return self._pattern.sub(WITHHELD, value)

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.text(v) if isinstance(v, str) else v for v in value]
        return value

    def ident(self, node_id: str) -> str:
        """The id to export: unchanged, unless it spells a person's name."""
        known = self._ids.get(node_id)
        if known is not None:
            return known
        result = node_id
        padded = f"-{slug(node_id)}-"
        if any(f"-{s}-" in padded for s in self._slugs):
            prefix = node_id.split("-", 1)[0] if "-" in node_id else "node"
            digest = hashlib.blake2b(node_id.encode(), digest_size=6).hexdigest()
            result = f"{prefix}-withheld-{digest}"
        self._ids[node_id] = result
        return result

    def provenance(self, entries: Iterable[Provenance]) -> tuple[Provenance, ...]:
        return tuple(
            Provenance.model_construct(
                plan=self.ident(p.plan),
                document=self.text(p.document),
                line=p.line,
                confidence=p.confidence,
            )
            for p in entries
        )

    def node(self, node: Node) -> Node | None:
        if node.kind == NodeKind.PERSON or node.id in self.person_ids:
            return None
        return Node.model_construct(
            id=self.ident(node.id),
            kind=node.kind,
            name=self.text(node.name),
            properties={k: self.value(v) for k, v in node.properties.items()},
            provenance=self.provenance(node.provenance),
        )

    def edge(self, edge: Edge) -> Edge | None:
        if edge.source in self.person_ids or edge.target in self.person_ids:
            return None
        return Edge.model_construct(
            source=self.ident(edge.source),
            target=self.ident(edge.target),
            kind=edge.kind,
            properties={k: self.value(v) for k, v in edge.properties.items()},
            provenance=self.provenance(edge.provenance),
            discriminator=self.text(edge.discriminator),
        )


#: Words that precede a name in plans ("Cllr Heather Smith", "Inspector KW").
TITLES = frozenset(
    [
        "cllr",
        "councillor",
        "mayor",
        "inspector",
        "insp",
        "sgt",
        "sergeant",
        "pc",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "revd",
    ]
)
_PARENTHESISED = re.compile(r"\(([^()]*)\)")


def name_variants(name: str) -> set[str]:
    """The ways a person's name may appear in text: as written, without a title in front,
    and split around a parenthesis ("Mayor (Kit Malthouse)" gives "Kit Malthouse")."""
    name = " ".join(name.split())
    found = {name}
    inner = [" ".join(m.split()) for m in _PARENTHESISED.findall(name)]
    outer = " ".join(_PARENTHESISED.sub(" ", name).split())
    for candidate in (*inner, outer):
        found.add(candidate)
    for candidate in list(found):
        words = candidate.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
            words = words[1:]
            found.add(" ".join(words))
    return {f for f in found if len(f) >= 2 and f.lower().rstrip(".") not in TITLES}


def _names_pattern(names: set[str]) -> re.Pattern[str] | None:
    """One regex for every name, longest first, whole words only, any spacing between words."""
    if not names:
        return None
    alternatives = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        body = r"\s+".join(re.escape(word) for word in name.split())
        alternatives.append(body if len(name) <= _INITIALS_LENGTH else f"(?i:{body})")
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
