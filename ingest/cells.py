"""Cell patterns: who leads and who partners, read from the wording of one cell.

The patterns are the ones plans use, whatever their subject: labels ("Lead: X  Partners: A,
B", underlined or not), markers ("X (lead)"), the header's convention ("lead in bold", where
converted text has lost the bold the first body listed is the lead, as those plans state),
co-leads joined by "/" or "&", staff initials ("KK/SAC", "InspKW"), named people, people of an
organisation ("Jo Bloggs - Example School"), role titles ("Partnership Lead Officer", "EMC
Officers", "MAF Chair") and placeholders ("to be nominated"). Splitting run-together names
is delegated to a splitter (the resolution engineer's `split_bodies`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ingest.gazetteer import Gazetteer
from ingest.organisations import looks_like_person as person_like
from ingest.regions import PLACES, REGIONS
from ingest.roles import ColumnRole, LeadConvention
from ingest.tablemodel import Cell

Splitter = Callable[[str], list[str]]
MentionShape = Literal["name", "person_of_organisation", "initials", "role_title"]

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_LABEL = re.compile(
    r"(?i)(?<![\w-])(co-?leads?|joint leads?|leads?(?: (?:body|officer|organisation|agency|partner))?"
    r"|responsib(?:le|ility)|owner|delivery partners?|other partners?|partners?|supported by"
    r"|support(?:ing)?(?: organisations| partners)?)\s*:"
)
#: "Lead – X, Support – Y": a label with a dash, where an item or a listed part starts.
_DASH_LABEL = re.compile(
    r"(?i)(?:^|(?<=[\n,;/]))\s*(co-?leads?|joint leads?|leads?|partners?|support(?:ing)?"
    r"|supported by)\s+[-–—]\s+(?=\S)"
)
#: "X with support from Y", "X supported by Y": the lead, then its partners.
_WITH_PARTNERS = re.compile(
    r"(?i)\s+(?:with\s+(?:support|help)\s+from|supported\s+by|in\s+partnership\s+with"
    r"|working\s+with|with\s+(?:the\s+)?(?:support|help)\s+of|with)\s+(?=[A-Z])"
)
#: Words in a list that name nobody: "etc.", "e.g.", "and partners", "others".
_FILLER = re.compile(r"(?i)^(?:etc|e\.?g|i\.?e|eg|ie|and others|others|partners|and partners)\.?$")
_LIST_LEAD_IN = re.compile(r"(?i)^(?:e\.?g\.?|eg|i\.?e\.?|including|such as)\s+")
_LEAD_MARK = re.compile(
    r"\s*[(\[]\s*(?:co-?|joint\s+)?leads?(?: partners?| body| bodies| agency| agencies)?\s*[)\]]",
    re.I,
)
_PLACEHOLDER = re.compile(
    r"(?i)^(?:to be\b|tbc\b|tbd\b|not yet\b|none\b|n/?a\b|unknown\b|vacant\b"
    r"|(?:yet )?to be (?:nominated|designated|confirmed|agreed|identified|appointed|decided))"
)
_PLACEHOLDER_PART = re.compile(
    r"^(?:or |and )?(?:a |an |the )?(?:designated|nominated|appropriate|relevant|other|any)\b"
)
_RANKS = {
    "insp": "Inspector",
    "inspector": "Inspector",
    "sgt": "Sergeant",
    "pc": "Police Constable",
    "pcso": "Police Community Support Officer",
    "ds": "Detective Sergeant",
    "di": "Detective Inspector",
    "supt": "Superintendent",
    "ch insp": "Chief Inspector",
    "cllr": "Councillor",
    "dr": "Doctor",
}
_RANKED_INITIALS = re.compile(
    r"^(Ch\.? ?Insp|Insp(?:ector)?|Sgt|PCSO|PC|DS|DI|Supt|Cllr|Dr)\.?\s*([A-Z]{2,3})$"
)
_INITIALS = re.compile(r"^[A-Z]{1,3}$")
_ROLE_WORDS = (
    r"(?:lead |senior |principal |chief |deputy |assistant |executive |strategic |policy"
    r" |project |programme |partnership |community |development |regional )*"
    r"(?:officers?|chair(?:man|woman|person)?|vice[- ]chair|director|chief executive|manager"
    r"|co-?ordinators?|coordinators?|head|lead member|secretary|advisers?|advisors?|workers?"
    r"|leads?|staff|team leader|commissioner|cdo|members?)"
)
_ROLE_TITLE = re.compile(rf"(?i)\b{_ROLE_WORDS}\b")
_ROLE_ONLY_FILLERS = re.compile(
    r"(?i)\b(?:the|of|for|and|&|partnership|partnerships|lead|policy|senior|project|programme"
    r"|our|its|team|staff)\b"
)
_PERSON_NAME = re.compile(
    r"^(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?: [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}$"
)
_PERSON_OF_ORG = re.compile(r"^(?P<person>[^-–—,()]{3,40}?)\s+[-–—]\s+(?P<org>.{3,})$")
#: Words that mark a name as a body rather than a person ("Hope Church Central").
ORG_WORDS = re.compile(
    r"(?i)\b(council|councils|authority|authorities|team|group|groups|forum|board|partnership"
    r"|service|services|police|office|church|school|college|university|trust|nhs|health"
    r"|centre|center|network|agency|department|unit|association|society|foundation|charity"
    r"|project|programme|commission|committee|alliance|providers?|organisations?|ltd|limited"
    r"|plc|cic|club|bank|library|hospital|surgery|practice|hub|panel|federation|union|unions"
    r"|jobcentre|housing|fund|fora|members|sector|communities|community)\b"
)


class ActorMention(BaseModel):
    """One body or person named in an actor cell, before resolution."""

    model_config = ConfigDict(frozen=True)

    #: The words as the cell gives them.
    text: str
    #: The name to resolve (role words and markers removed; for a role title, its body).
    name: str
    shape: MentionShape = "name"
    #: For a person of an organisation, or a role title naming its body.
    organisation: str | None = None
    #: "Inspector", "Partnership Lead Officer", "officers"...
    role: str | None = None
    #: True when a role title names no body: it is the plan owner's own officer.
    owner_role: bool = False
    confidence: float = 0.9


class ActorCell(BaseModel):
    model_config = ConfigDict(frozen=True)

    leads: tuple[ActorMention, ...] = ()
    partners: tuple[ActorMention, ...] = ()
    #: The lead slot holds a placeholder ("to be nominated"): there is no lead yet.
    lead_pending: str | None = None
    #: How the lead was told apart: "labelled", "marked", "bold", "first", "column".
    how: str | None = None


def tidy(text: str) -> str:
    return _SPACE.sub(" ", _TAG.sub(" ", text).replace("\xa0", " ")).strip(" \t\n;,.-–•")


def _bare_role(text: str) -> bool:
    """True when a role title has nothing left once role words and fillers are gone."""
    rest = _ROLE_TITLE.sub(" ", text)
    rest = _ROLE_ONLY_FILLERS.sub(" ", rest)
    return not re.sub(r"[\W_]+", "", rest)


def interpret(text: str, confidence: float = 0.9) -> ActorMention:
    """What one mention is, by its shape: initials, a person of a body, a role title, a name."""
    text = tidy(text)
    worker = person_of_body(text)
    if worker is not None:
        return ActorMention(
            text=text,
            name=worker[0],
            shape="person_of_organisation",
            organisation=worker[1],
            confidence=confidence,
        )
    post = role_of_body(text)
    if post is not None:
        return ActorMention(
            text=text,
            name=post[1],
            shape="role_title",
            organisation=post[1],
            role=post[0],
            confidence=confidence * 0.9,
        )
    ranked = _RANKED_INITIALS.match(text.replace(" ", "") if len(text) <= 10 else text)
    if ranked:
        rank = _RANKS.get(ranked.group(1).lower().replace(".", "").strip(), ranked.group(1))
        return ActorMention(
            text=text, name=ranked.group(2), shape="initials", role=rank, confidence=confidence
        )
    if _INITIALS.fullmatch(text) and len(text) >= 2:
        # Staff initials or an acronym: resolution decides (a known acronym is a body).
        return ActorMention(text=text, name=text, shape="initials", confidence=confidence * 0.8)
    person_org = _PERSON_OF_ORG.match(text)
    if person_org and _PERSON_NAME.match(person_org.group("person").strip()):
        person = person_org.group("person").strip()
        if not ORG_WORDS.search(person):
            return ActorMention(
                text=text,
                name=person,
                shape="person_of_organisation",
                organisation=tidy(person_org.group("org")),
                confidence=confidence,
            )
    role = _ROLE_TITLE.search(text)
    if role is not None and Gazetteer.default().lookup(text) is None:
        # A known body's name ending in a post ("... Services Commissioner") stays a name.
        at_edge = role.start() == 0 or role.end() == len(text)
        body_words = ORG_WORDS.search(_ROLE_TITLE.sub(" ", text))
        short_title = role.end() == len(text) and len(text.split()) <= 6
        if _bare_role(text) or (at_edge and not body_words) or short_title:
            return _role_title(text, confidence)
    return ActorMention(text=text, name=text, confidence=confidence)


def _role_title(text: str, confidence: float) -> ActorMention:
    """ "EMC Officers" -> the body EMC via its officers; "Partnership Lead Officer" -> owner."""
    if _bare_role(text):
        return ActorMention(
            text=text,
            name=text,
            shape="role_title",
            role=text,
            owner_role=True,
            confidence=confidence * 0.8,
        )
    match = re.match(r"(?i)^(.*?)\s+of\s+(?:the\s+)?(.+)$", text)
    if match and _ROLE_TITLE.fullmatch(match.group(1).strip()):
        body, role = match.group(2), match.group(1)
    else:
        roles = [m.group(0) for m in _ROLE_TITLE.finditer(text)]
        body = tidy(_ROLE_TITLE.sub(" ", text))
        role = " ".join(roles)
    body = tidy(re.sub(r"(?i)\b(the|'s|’s)\b|^(?:all|other|any|relevant|each)\s+", " ", body))
    body = re.sub(
        r"(?i)^(?:(?:and|or|of|for|&)\s+)+|(?:\s+(?:and|or|of|for|&))+$", "", body
    ).strip()
    if body and not re.search(r"[A-Z]", body):
        # "cohesion officers": a role with no named body; resolution classes it.
        return ActorMention(text=text, name=text, shape="role_title", role=text, confidence=0.6)
    if not body or _bare_role(body):
        return ActorMention(
            text=text,
            name=text,
            shape="role_title",
            role=text,
            owner_role=True,
            confidence=confidence * 0.8,
        )
    return ActorMention(
        text=text,
        name=body,
        shape="role_title",
        organisation=body,
        role=role.strip(),
        confidence=confidence * 0.85,
    )


def _slash_parts(text: str) -> list[str]:
    """Co-leads joined by "/": "emfec/EMSMP", "Public Health/KK/DC", "Policy officer/emfec".

    A slash between two lower-case words of one title ("inclusion/diversity manager") or
    inside a short acronym pair ("FE/HE providers") joins alternatives, not bodies.
    """
    pieces = [p.strip() for p in re.split(r"\s*/\s*", text)]
    if len(pieces) == 1:
        return pieces
    out: list[str] = [pieces[0]]
    for piece in pieces[1:]:
        previous = out[-1]
        last_word = previous.split()[-1] if previous.split() else ""
        alternation = (
            piece[:1].islower() and last_word[:1].islower() and _ROLE_TITLE.search(piece)
        ) or (
            len(last_word) <= 3
            and last_word.isupper()
            and len(previous.split()) == 1
            and len(piece.split()) > 1
            and piece.split()[0].isupper()
            and len(piece.split()[0]) <= 3
            and not piece.split()[1].isupper()
        )
        if alternation or not piece:
            out[-1] = f"{previous}/{piece}"
        else:
            out.append(piece)
    return [p for p in out if p]


def _joined_by_slash(text: str, left: str, right: str) -> bool:
    start = text.find(left)
    if start < 0:
        return False
    between = text[start + len(left) :]
    return between.lstrip().startswith("/") and right in between[: len(right) + 4]


_JOIN_END = re.compile(
    r"(?i)^(?:board|council|councils|group|team|office|partnership|forum|network|services?"
    r"|agency|authority|trust|officers?|lead|leads|chair|director|manager|co-?ordinator)$"
)


def _ends_name(text: str) -> bool:
    """Text whose last word closes a body's name: an acronym or a body word."""
    words = tidy(text).split()
    if not words:
        return False
    last = words[-1]
    return (
        (last.isupper() and len(last) >= 2)
        or bool(_JOIN_END.match(last) or ORG_WORDS.fullmatch(last))
        or Gazetteer.default().lookup(tidy(text)) is not None
    )


def _and_parts(text: str) -> list[str]:
    """Split "X and Y" / "X & Y" only where X plainly ends a name: an acronym ("EMSMP and
    Home Office"), a role ("Lead Officer and UKVI") or a body word ("EMSMP Board and ...");
    "Learning and Skills Council" stays one name."""
    pieces = re.split(r"\s+(?:and|&)\s+", text)
    if len(pieces) == 1:
        return pieces
    out = [pieces[0]]
    for piece in pieces[1:]:
        left = out[-1]
        last = left.split()[-1] if left.split() else ""
        left_ends = (last.isupper() and len(last) >= 2) or bool(_JOIN_END.match(last))
        if left_ends and piece[:1].isupper():
            out.append(piece)
        else:
            out[-1] = f"{left} and {piece}"
    return out


#: Words naming what kind of body something is, never which one ("NHS Foundation Trust").
_TYPE_WORDS = frozenset(
    re.split(
        r"\s+",
        """nhs foundation trust trusts health board boards icb icbs integrated care university
        hospital hospitals teaching partnership ccg county borough city district metropolitan
        council task group groups working steering sub sub-group subgroup team teams unit units
        forum network panel committee service services project and & of the""",
    )
)
#: Service areas a council runs: after the council's name they are its team, not a new body.
_SERVICE_AREA = re.compile(
    r"(?i)^(?:public health|adult (?:learning|education|social care|services)|social care"
    r"|social services|children'?s services|children and families|early help|community safety"
    r"|housing(?: options| solutions| advice| needs| strategy| services?)?|homelessness"
    r"|libraries|library service|education|admissions|youth service|communities"
    r"|community cohesion|environmental health|trading standards|regeneration"
    r"|revenues and benefits|benefits|resettlement|refugee resettlement|employment and skills"
    r"|skills|economic development|migration)"
    r"(?: (?:team|service|services|unit|department|directorate|programme))?$"
)
_COUNCIL_END = re.compile(r"(?i)\b(?:council|authority)$")
_ROLE_IN_BRACKETS = re.compile(r"^(?P<role>[^,;()]{2,60}?)\s*\(\s*(?P<body>[^,;()]{2,80})\s*\)$")
_ROLE_OF_BODY = re.compile(r"^(?P<role>[^,;]{2,60}?)\s*,\s*(?P<body>[^,;]{2,80})$")


def _place_words() -> frozenset[str]:
    words = {w.lower() for name in [*PLACES, *REGIONS] for w in re.split(r"[\s-]+", name)}
    return frozenset(words | {"and", "&", "of", "the", "upon", "on", "north", "south", "east"})


_PLACE_WORDS = _place_words()


def _fragment(name: str) -> bool:
    """A piece no body is called by alone: only places ("Kent and Medway") or only words
    of a body's type ("NHS Foundation Trust", "Health Board", "ICB")."""
    words = [w.lower().strip("(),.") for w in re.split(r"[\s-]+", name) if w.strip("(),.")]
    if not words:
        return True
    return all(w in _PLACE_WORDS for w in words) or all(w in _TYPE_WORDS for w in words)


def _rejoin(pieces: list[str], whole: str) -> list[str]:
    """Undo a run-together split that cut one name: place-only and type-only pieces rejoin
    their neighbours, and a council's service area stays its team ("X Council Public Health")."""
    if len(pieces) < 2:
        return pieces
    out: list[str] = []
    for piece in pieces:
        if out and _dangling(out[-1]):
            # "Horton" + "Housing Association": one unknown word starts the next name.
            out[-1] = f"{out[-1]} {piece}"
            continue
        # One acronym ("NHS", "ICB") is a body of its own unless it ends a place's name
        # ("NHS South Yorkshire ICB").
        lone_acronym = (
            piece.isupper()
            and len(piece.split()) == 1
            and bool(out)
            and not _fragment(out[-1].split()[-1])
        )
        part_of_last = out and (
            (_fragment(piece) and not lone_acronym)
            or (_SERVICE_AREA.match(piece) and _COUNCIL_END.search(out[-1]))
            or (len(out) == 1 and _fragment(out[0]))
        )
        if part_of_last:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out if len(out) > 1 or tidy(out[0]) != tidy(whole) else [whole]


def _dangling(piece: str) -> bool:
    """One capitalised word no gazetteer or place list knows: a name's first word cut off
    from the rest ("Horton" of "Horton Housing Association", "Asylum" of "Asylum Support
    Group"), not a body of its own."""
    words = piece.split()
    return (
        len(words) == 1
        and piece[:1].isupper()
        and not piece.isupper()
        and not ORG_WORDS.search(piece)
        and piece.lower() not in _PLACE_WORDS
        and Gazetteer.default().lookup(piece) is None
    )


def name_cut(before: str, after: str) -> bool:
    """Whether a page break cut one name in two: `before` ends with capitalised words that
    end no name ("... and Asylum") and `after` starts with the name's end ("Support Group")."""
    tail = re.split(r"\s*[,;/]\s*|\s+(?:and|&)\s+", tidy(before))[-1]
    head = re.split(r"\s*[,;/]\s*|\s+(?:and|&)\s+", tidy(after))[0]
    words = tail.split()
    if not words or not head[:1].isupper() or not 1 <= len(words) <= 3:
        return False
    tail_open = (
        all(w[:1].isupper() for w in words)
        and not words[-1].isupper()
        and not ORG_WORDS.search(words[-1])
        and not _fragment(tail)
        and Gazetteer.default().lookup(tail) is None
    )
    last = head.split()[-1]
    return tail_open and bool(ORG_WORDS.fullmatch(last)) and len(head.split()) <= 4


def person_of_body(text: str) -> tuple[str, str] | None:
    """ "Jo Bloggs (Bradford Council)", "Jo Bloggs, Bradford Council": a person and the body
    they work for."""
    match = re.match(
        r"^(?P<person>[^,;()]{3,40}?)\s*(?:,\s*|\(\s*)(?P<body>[^,;()]{2,80}?)\)?$", tidy(text)
    )
    if match is None:
        return None
    person, body = match.group("person").strip(), match.group("body").strip()
    if not _PERSON_NAME.match(person) or ORG_WORDS.search(person):
        return None
    if Gazetteer.default().lookup(person) is not None or not person_like(person):
        return None
    known = Gazetteer.default().lookup(body) is not None
    if not (known or ORG_WORDS.search(body) or re.fullmatch(r"[A-Z]{2,8}", body)):
        return None
    return person, body


def role_of_body(text: str) -> tuple[str, str] | None:
    """ "Housing Solutions Manager, Sheffield City Council", "Head of Service, X": a post held
    in a named body. Not a list of two bodies, nor a post that names its own body."""
    match = _ROLE_OF_BODY.match(tidy(text)) or _ROLE_IN_BRACKETS.match(tidy(text))
    if match is None:
        return None
    role, body = match.group("role").strip(), match.group("body").strip()
    gazetteer = Gazetteer.default()
    if gazetteer.lookup(role) is not None or re.search(r"\b[A-Z]{2,}\b", role):
        # "Association of Chief Police Officers, X" lists bodies; "County LAA coordinator"
        # names its own.
        return None
    role_word = _ROLE_TITLE.search(role)
    if role_word is None or len(role.split()) > 6:
        return None
    if role_word.end() != len(role) and not re.match(rf"(?i)^{_ROLE_WORDS}\s+(?:of|for)\s", role):
        # The post ends on its title ("Service Manager") or reads "Head of Service".
        return None
    if gazetteer.lookup(body) is not None:
        return role, body
    body_role = _ROLE_TITLE.search(body)
    if (body_role is not None and body_role.end() == len(body)) or re.search(
        r"(?i)\b(?:teams|partners|providers|organisations|groups)$", body
    ):
        # "..., LSP teams", "..., Project Officers": a list of people or groups follows.
        return None
    acronym = re.fullmatch(r"[A-Z][A-Za-z]{1,7}", body) and sum(c.isupper() for c in body) >= 2
    if not (ORG_WORDS.search(body) or acronym or re.search(r"\b[A-Z]{2,}\b", body)):
        return None
    return role, body


def split_names(text: str, splitter: Splitter | None, *, co_leads: bool = False) -> list[str]:
    """One run of actor text to names: commas and semicolons, then run-together bodies."""
    if role_of_body(text) is not None or person_of_body(text) is not None:
        return [tidy(text)]
    names: list[str] = []
    for chunk in re.split(r"\s*[;,\n]\s*|\s+\+\s+", text):
        chunk = tidy(_LIST_LEAD_IN.sub("", tidy(chunk)))
        if not chunk or _FILLER.match(chunk):
            continue
        parts = [chunk]
        if co_leads:
            pieces = re.split(r"\s+or\s+", chunk)
            parts = [q for piece in pieces for p in _slash_parts(piece) for q in _and_parts(p)]
            parts = [p for p in parts if not _PLACEHOLDER_PART.match(p)]
        for part in parts:
            short_title = len(part.split()) <= 4 and _ROLE_TITLE.search(part)
            if splitter is not None and len(part.split()) > 2 and not short_title:
                names.extend(_rejoin([tidy(n) for n in splitter(part) if tidy(n)], part))
            else:
                names.append(part)
    kept = (
        _undouble(n)
        for n in names
        if len(n) >= 2 and re.search(r"[A-Za-z]", n) and not _FILLER.match(n)
    )
    return list(dict.fromkeys(kept))


def _undouble(name: str) -> str:
    """ "EMSMP EMSMP" (two paragraphs flattened into one line) is one name."""
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _labelled(text: str) -> list[tuple[str, str]] | None:
    """("lead"|"partner", text) segments when the cell labels them, else None."""
    marks = sorted([*_LABEL.finditer(text), *_DASH_LABEL.finditer(text)], key=lambda m: m.start())
    if not marks:
        return None
    segments = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        label = mark.group(1).lower()
        kind = "partner" if ("partner" in label or "support" in label) else "lead"
        segments.append((kind, text[mark.end() : end].strip(" \t\n/|")))
    return segments


def _mentions(names: Sequence[str], confidence: float) -> tuple[ActorMention, ...]:
    return tuple(interpret(n, confidence) for n in names)


def _pending(text: str) -> str | None:
    cleaned = tidy(text)
    if not cleaned:
        return None
    return cleaned if _PLACEHOLDER.search(cleaned) and len(cleaned.split()) <= 12 else None


def parse_actors(
    cell: Cell,
    role: ColumnRole,
    convention: LeadConvention | None = None,
    splitter: Splitter | None = None,
) -> ActorCell:
    """Leads and partners named in one actor cell, read by the column's role and convention."""
    items = [tidy(i) for i in (cell.items or (cell.text,)) if tidy(i)]
    if not items:
        return ActorCell()
    joined = "\n".join(items)
    segments = _labelled(joined)
    if segments:
        leads: list[ActorMention] = []
        partners: list[ActorMention] = []
        pending = None
        for kind, text in segments:
            if kind == "lead":
                waiting = _pending(text)
                if waiting:
                    pending = waiting
                    continue
                leads.extend(_mentions(split_names(text, splitter, co_leads=True), 0.95))
            else:
                partners.extend(_mentions(split_names(text, splitter), 0.9))
        return ActorCell(
            leads=tuple(leads), partners=tuple(partners), lead_pending=pending, how="labelled"
        )
    marked = [i for i in items if _LEAD_MARK.search(i)]
    if marked:
        leads_m: list[ActorMention] = []
        partners_m: list[ActorMention] = []
        for item in items:
            for name in split_names(item, None):
                mark = _LEAD_MARK.search(name)
                if mark is None:
                    partners_m.extend(_mentions(split_names(name, splitter), 0.9))
                    continue
                # "X (lead) and Y", "X (Lead) / Y": what follows the marker partners X.
                after = re.sub(r"^\s*(?:and|&|with|/|\+)\s*", "", name[mark.end() :])
                lead = _LEAD_MARK.sub("", name[: mark.end()])
                leads_m.extend(_mentions(split_names(lead, splitter, co_leads=True), 0.95))
                if tidy(after):
                    partners_m.extend(_mentions(split_names(after, splitter), 0.9))
        return ActorCell(leads=tuple(leads_m), partners=tuple(partners_m), how="marked")
    if role == ColumnRole.PARTNERS:
        return ActorCell(partners=_mentions(split_names(joined, splitter), 0.85), how="column")
    if role == ColumnRole.LEAD:
        waiting = _pending(joined)
        if waiting:
            return ActorCell(lead_pending=waiting, how="column")
        helped = _WITH_PARTNERS.search(joined)
        if helped and _ends_name(joined[: helped.start()]):
            # "X with support from Y": X leads, Y partners.
            before, after = joined[: helped.start()], joined[helped.end() :]
            return ActorCell(
                leads=_mentions(split_names(before, splitter, co_leads=True), 0.9),
                partners=_mentions(split_names(after, splitter), 0.85),
                how="column",
            )
        return ActorCell(
            leads=_mentions(split_names(joined, splitter, co_leads=True), 0.9), how="column"
        )
    # Lead and partners in one cell, lead marked by bold or named first. Bold on some items
    # but not all marks the lead whatever the header says; the header's word alone is enough.
    bold_items = {tidy(b) for b in cell.bold} & set(items)
    if cell.bold and (convention == "bold" or (bold_items and len(bold_items) < len(items))):
        bold = {tidy(b) for b in cell.bold}
        lead_names = [n for b in cell.bold for n in split_names(b, splitter, co_leads=True)]
        rest = [i for i in items if tidy(i) not in bold]
        rest_names = [n for i in rest for n in split_names(i, splitter)]
        lead_keys = {n.lower() for n in lead_names}
        return ActorCell(
            leads=_mentions(lead_names, 0.95),
            partners=_mentions([n for n in rest_names if n.lower() not in lead_keys], 0.9),
            how="bold",
        )
    first, rest_items = items[0], items[1:]
    if len(items) > 1:
        lead_names = split_names(first, None, co_leads=True)
        if len(lead_names) == 1 and splitter is not None:
            split = [tidy(n) for n in splitter(first) if tidy(n)]
            if len(split) > 1:
                # The first paragraph itself runs several bodies together: the first leads.
                lead_names, rest_items = [split[0]], [", ".join(split[1:]), *rest_items]
    else:
        bodies = split_names(first, splitter) or [first]
        lead_names = _slash_parts(bodies[0])
        taken = 1
        # "X/ Y Z ..." where the splitter cut at the slash: X and Y lead together.
        while taken < len(bodies) and _joined_by_slash(first, bodies[taken - 1], bodies[taken]):
            lead_names.append(bodies[taken])
            taken += 1
        rest_items = [", ".join(bodies[taken:])] if len(bodies) > taken else []
    partner_names = [n for i in rest_items for n in split_names(i, splitter)]
    return ActorCell(
        leads=_mentions(lead_names, 0.8),
        partners=_mentions(partner_names, 0.85),
        how="bold-lost-first" if convention == "bold" else "first",
    )
