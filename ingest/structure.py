"""Structure from narrative: boards, task groups, chairs and members, hosting, reporting lines.

Plans describe their governance in sentences ("X is hosted by and accountable to Y", "X is
led by the Z Board", "supported by ... task groups including A, B and C", "reports to") and
in membership lists ("Cllr Jo Bloggs (Chair) Leader, Example County Council"). These general
patterns become stated relations between names; resolution turns the names into entities.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ingest.cells import ORG_WORDS
from ingest.tablemodel import Document, Table, TextBlock

BodyKind = Literal["Organisation", "Board", "TaskGroup", "Person"]
RelationKind = Literal["HOSTED_BY", "FEEDS_INTO", "MEMBER_OF", "PART_OF"]

_SPACE = re.compile(r"\s+")
_WORD = r"(?:[A-Z][\w’'&\-/]*|of|and|for|the|on|to|in)"
_NAME = rf"(?:the\s+)?({_WORD}(?:\s+{_WORD}){{0,9}})"
_HONORIFICS = r"(?:Cllr|Councillor|Mayor|Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady|Baroness|Prof|Professor|Rev|Revd|Canon)"
_PERSON = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s+(?:Mc|Mac|O')?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"

_HOSTED = re.compile(
    rf"{_NAME}\s+(?:is|are|will be)\s+hosted\s+by(\s+and\s+accountable\s+to)?\s+{_NAME}"
)
_LED_BY = re.compile(rf"{_NAME}\s+(?:is|are|will be)\s+led\s+by\s+{_NAME}")
_REPORTS = re.compile(
    rf"{_NAME}\s+(?:reports?\s+to|feeds?\s+into|is\s+fed\s+into|(?:is|are)\s+accountable\s+to"
    rf"|(?:is|are)\s+a\s+sub-?group\s+of)\s+{_NAME}"
)
_REPORTING_VERB = (
    r"(?:reports?\s+to|feeds?\s+into|is\s+fed\s+into|(?:is|are)\s+accountable\s+to"
    r"|(?:is|are)\s+a\s+sub-?group\s+of)"
)
#: "... feed into it", "... reports to this Board": the body the last sentence was about.
_REPORTS_BACK = re.compile(
    rf"{_NAME}\s+{_REPORTING_VERB}\s+(?:it|them|this\s+(?:board|group|partnership|forum))\b"
)
#: "X is chaired by ..., and reports to Y": the verb's subject opens the sentence.
_OPENING_BODY = re.compile(rf"^{_NAME}\s+(?:is|are|will\s+be|has|meets)\b")
_SUPPORTED_GROUPS = re.compile(
    rf"{_NAME}\s+(?:is|are|remains?|will\s+be)\s+(?:also\s+)?supported\s+by\b.*?"
    r"\b(?:task|sub|working|steering|thematic)[ -]?groups?\s*(?:including|such as|namely|:|which are)\s*"
    r"(.+?)(?:\.(?:\s|$)|$)",
)
_CHAIRED = re.compile(
    rf"{_NAME}\s+(?:is|are|will be)\s+(vice[- ])?chaired\s+by\s+(?:{_HONORIFICS}\.?\s+)?({_PERSON})"
)
_HEADED = re.compile(
    rf"\b(?:headed|managed|coordinated|co-ordinated)\s+by\s+(?:{_HONORIFICS}\.?\s+)?({_PERSON})"
    r"\s*,\s*(?:the\s+)?([A-Z][\w&’' ]*?)['’]s\s+([A-Z][\w ]+?)(?=\s+and\b|[.,;]|$)"
)
_MEMBERSHIP_INTRO = re.compile(
    r"(?i)\b(membership|members|board members|comprises|made up of)\b.*(:|confirmed|follows|following|below)\s*$"
)
_PERSON_LINE = re.compile(
    rf"^(?:(?P<hon>{_HONORIFICS})\.?\s+)?(?P<name>{_PERSON})\s*"
    r"(?:\((?P<role>[^)]{1,30})\))?\s*(?P<rest>.*)$"
)
_NOT_NAME_WORDS = re.compile(
    r"(?i)\b(lead|leads|director|directors|chief|executive|member|members|officer|officers|council"
    r"|councils|board|group|team|services?|independent|conservative|labour|green|party|chair)\b"
)
_POSITION = re.compile(
    r"^(?:(?:deputy|cabinet|lead|vice|executive|assistant|chief)\s+)*"
    r"(?:leader|member|mayor|director|chief executive|executive|chair|officer)\b\s*",
    re.I,
)
_NUMBERED_PARAGRAPH = re.compile(r"^\s*\d+(\.\d+)+\s")
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z])")


class StatedRelation(BaseModel):
    """A relation the plan's narrative states between two named bodies or people."""

    model_config = ConfigDict(frozen=True)

    source: str
    source_kind: BodyKind
    kind: RelationKind
    target: str
    target_kind: BodyKind
    #: MEMBER_OF: "chair", "vice chair", "member"; PART_OF for people: their position.
    role: str | None = None
    line: int | None = None
    confidence: float = 0.8


class Structure(BaseModel):
    model_config = ConfigDict(frozen=True)

    relations: tuple[StatedRelation, ...] = ()


def body_kind(name: str) -> BodyKind:
    low = name.lower()
    if re.search(r"\bboard\b", low):
        return "Board"
    if re.search(
        r"\b(task ?group|sub-?group|working group|steering group|task force|taskforce)\b", low
    ):
        return "TaskGroup"
    return "Organisation"


def _clean_name(name: str) -> str:
    words = _SPACE.sub(" ", name).strip(" ,.;:").split()
    while words and words[-1].lower() in {"of", "and", "for", "the", "on", "to", "in"}:
        words.pop()
    while words and words[0].lower() in {"the", "and"}:
        words.pop(0)
    return " ".join(words)


def _list_items(text: str) -> list[str]:
    """ "A, B/C, D and E" -> items; every " and " in the last item separates items too."""
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", text) if p.strip()]
    if parts:
        last = parts.pop()
        parts.extend(p.strip() for p in re.split(r"\s+and\s+", last) if p.strip())
    return [_clean_name(p) for p in parts if _clean_name(p)]


def _role(text: str | None) -> str:
    low = (text or "").lower().strip(" .")
    if re.match(r"vice[- ]?c", low) or "deputy chair" in low:
        return "vice chair"
    if re.match(r"(co-?)?chair", low):
        return "chair"
    return "member"


class _Reader:
    def __init__(self, owner: str | None) -> None:
        self.owner = owner
        self.relations: list[StatedRelation] = []
        self.last_board: str | None = None
        self.members_of: str | None = None
        #: The body the last sentence was about, for "it" and for verbs without a subject.
        self.topic: tuple[str, BodyKind] | None = None

    def subject(self, name: str) -> tuple[str, BodyKind] | None:
        name = _clean_name(name)
        low = name.lower()
        if low in {"board", "the board"}:
            return (self.last_board, "Board") if self.last_board else None
        if low in {"partnership", "the partnership"}:
            return (self.owner, "Organisation") if self.owner else None
        if not name or not name[0].isupper() or len(name) < 2:
            return None
        kind = body_kind(name)
        if kind == "Board":
            self.last_board = name
        return name, kind

    def subjects(self, text: str) -> list[tuple[str, BodyKind]]:
        """ "The ESOL Task Group and the Hate Crime Working Group": each body of a list."""
        parts = [p for p in re.split(r"\s*,\s*|\s+and\s+(?=the\s|[A-Z])", text) if p.strip()]
        if len(parts) > 1 and all(
            body_kind(_clean_name(p)) != "Organisation" or ORG_WORDS.search(p.split()[-1])
            for p in parts
        ):
            found = [self.subject(p) for p in parts]
            return [f for f in found if f is not None]
        single = self.subject(text)
        return [single] if single is not None else []

    def add(self, source, kind: RelationKind, target, line, role=None, confidence=0.8) -> None:  # type: ignore[no-untyped-def]
        if source is None or target is None or source[0] == target[0]:
            return
        self.relations.append(
            StatedRelation(
                source=source[0],
                source_kind=source[1],
                kind=kind,
                target=target[0],
                target_kind=target[1],
                role=role,
                line=line,
                confidence=confidence,
            )
        )

    def sentence(self, text: str, line: int | None) -> None:
        for match in _HOSTED.finditer(text):
            a, b = self.subject(match.group(1)), self.subject(match.group(3))
            self.add(a, "HOSTED_BY", b, line, confidence=0.9)
            if match.group(2):
                self.add(a, "FEEDS_INTO", b, line, role="accountable to", confidence=0.85)
        for match in _LED_BY.finditer(text):
            a, b = self.subject(match.group(1)), self.subject(match.group(2))
            if b and b[1] in ("Board", "TaskGroup", "Organisation"):
                self.add(b, "FEEDS_INTO", a, line, role="leads", confidence=0.85)
        opening = _OPENING_BODY.match(text)
        topic = self.subject(opening.group(1)) if opening else None
        for match in _REPORTS.finditer(text):
            b = self.subject(match.group(2))
            for a in self.subjects(match.group(1)) or ([topic] if topic else []):
                self.add(a, "FEEDS_INTO", b, line, confidence=0.8)
        for match in _REPORTS_BACK.finditer(text):
            for a in self.subjects(match.group(1)):
                self.add(a, "FEEDS_INTO", self.topic, line, confidence=0.75)
        if topic is not None and topic[1] != "Person":
            self.topic = topic
        for match in _SUPPORTED_GROUPS.finditer(text):
            a = self.subject(match.group(1))
            for item in _list_items(match.group(2)):
                group = (item[0].upper() + item[1:], "TaskGroup")
                self.add(group, "FEEDS_INTO", a, line, confidence=0.75)  # type: ignore[arg-type]
        for match in _CHAIRED.finditer(text):
            body = self.subject(match.group(1))
            role = "vice chair" if match.group(2) else "chair"
            self.add((match.group(3), "Person"), "MEMBER_OF", body, line, role=role)
        for match in _HEADED.finditer(text):
            org = self.subject(match.group(2))
            self.add((match.group(1), "Person"), "PART_OF", org, line, role=match.group(3).strip())

    def member_grid(self, table: Table, intro: TextBlock) -> None:
        """A grid of short names after "our key partners ... are:": each is a member."""
        target = _grid_target(self, intro)
        if target is None:
            return
        cells = [c for r in table.rows for c in r.cells if not c.empty]
        if not cells or any(len(c.text) > 60 or "\n" in c.text.strip() for c in cells):
            return
        for row in table.rows:
            for cell in row.cells:
                name = _clean_name(cell.text)
                if name and name[0].isupper():
                    self.add(
                        (name, body_kind(name)),
                        "MEMBER_OF",
                        target,
                        row.line,
                        role="member",
                        confidence=0.7,
                    )

    def member_line(self, text: str, line: int | None) -> bool:
        match = _PERSON_LINE.match(text)
        if not match or _NOT_NAME_WORDS.search(match.group("name")):
            return False
        rest = match.group("rest").strip(" ,")
        if not rest or not ORG_WORDS.search(rest):
            return False
        if "," in rest:
            position, org = rest.rsplit(",", 1)
        else:
            lead = _POSITION.match(rest)
            position, org = (lead.group(0), rest[lead.end() :]) if lead else ("", rest)
        person = (match.group("name"), "Person")
        board = (self.members_of, body_kind(self.members_of)) if self.members_of else None
        role = _role(match.group("role"))
        if board is not None:
            self.add(person, "MEMBER_OF", board, line, role=role, confidence=0.85)  # type: ignore[arg-type]
        org_name = _clean_name(org)
        if org_name:
            self.add(
                person,
                "PART_OF",
                (org_name, "Organisation"),
                line,
                role=_clean_name(position) or None,
                confidence=0.8,
            )
            if board is not None:
                self.add(
                    (org_name, "Organisation"),
                    "MEMBER_OF",
                    board,
                    line,
                    role="member",
                    confidence=0.75,
                )  # type: ignore[arg-type]
        return True


_MEMBER_GRID_INTRO = re.compile(
    r"(?i)\b(partners|members|membership|represented|participants)\b[^.]*:\s*$"
)
_BOARD_IN_TEXT = re.compile(r"\b((?:[A-Z][\w’'&-]*\s+){0,5}(?:Board|Partnership))\b")


def _grid_target(reader: _Reader, intro: TextBlock) -> tuple[str, BodyKind] | None:
    boards = [m.group(1) for m in _BOARD_IN_TEXT.finditer(intro.text) if m.group(1)[0].isupper()]
    if boards:
        return reader.subject(boards[0])
    if reader.last_board:
        return reader.last_board, "Board"
    return (reader.owner, "Organisation") if reader.owner else None


def read_structure(document: Document, *, owner: str | None, region: str | None) -> Structure:
    """Relations stated in the narrative between the tables."""
    reader = _Reader(owner)
    intro: TextBlock | None = None
    for block in document.blocks:
        if isinstance(block, Table):
            reader.members_of = None
            if intro is not None and _MEMBER_GRID_INTRO.search(intro.text):
                reader.member_grid(block, intro)
            intro = None
            continue
        intro = block
        assert isinstance(block, TextBlock)
        for raw in block.text.split("\n"):
            text = _SPACE.sub(" ", raw).strip()
            if not text:
                continue
            if reader.members_of is not None:
                if reader.member_line(text, block.line):
                    continue
                if _NUMBERED_PARAGRAPH.match(text) or len(text) > 160:
                    reader.members_of = None
            for sentence in _SENTENCE.split(text):
                reader.sentence(sentence, block.line)
            if _MEMBERSHIP_INTRO.search(text) and reader.last_board:
                reader.members_of = reader.last_board
    seen: set[tuple[str, str, str, str | None]] = set()
    unique = []
    for relation in reader.relations:
        key = (relation.source, relation.kind, relation.target, relation.role)
        if key not in seen:
            seen.add(key)
            unique.append(relation)
    return Structure(relations=tuple(unique))
