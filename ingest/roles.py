"""Column roles: which column of a table holds the action, its lead, its timescale...

Decided by the header's words, from a general vocabulary of how action plans label their
columns ("Lead officer", "Responsibility", "By when", "Target/KPI"), never by one document's
wording. A table whose header has no action-plan vocabulary is classed by what it is instead
(budget, contents, membership list) so extraction can leave it alone.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ingest.tablemodel import Cell, Row, Table


class ColumnRole(StrEnum):
    REF = "ref"
    ACTION = "action"
    TASKS = "tasks"
    OUTCOME = "outcome"
    OBJECTIVE = "objective"
    THEME = "theme"
    LEAD = "lead"
    PARTNERS = "partners"
    #: Lead and partners in one cell ("Delivery Partners (lead in bold)", "Lead & partners").
    ACTORS = "actors"
    KPI = "kpi"
    MILESTONES = "milestones"
    TIMESCALE = "timescale"
    STATUS = "status"
    #: A month or "Progress 2017" column: dated progress notes.
    PROGRESS = "progress"
    COMMENTS = "comments"
    RESOURCES = "resources"
    UNKNOWN = "unknown"


#: How a lead is told apart from partners in an actors column.
LeadConvention = Literal["bold", "first", "labelled"]
TableKind = Literal["action", "budget", "contents", "membership", "other"]

_TAG = re.compile(r"<[^>]+>")
_NON_WORD = re.compile(r"[^a-z0-9£#&/ ]+")
_SPACE = re.compile(r"\s+")

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ABBR = {m[:3] for m in MONTHS} | {"sept"}

# (pattern on the normalised header, role, confidence). Checked in order: first match wins,
# so compound headers ("Lead & partners", "Status Outcome", "Milestone recommendations")
# come before their parts.
_VOCABULARY: tuple[tuple[str, ColumnRole, float], ...] = (
    (
        r"^(no|nos|number|ref|refs|reference|item|#|action no|action ref|rec no|id)$",
        ColumnRole.REF,
        0.95,
    ),
    (r"\blead\b.*\bpartners?\b|\bpartners?\b.*\blead\b", ColumnRole.ACTORS, 0.95),
    (
        r"\b(lead|responsib\w*|owner)\b.*\b(support|supporting|contributors?)\b",
        ColumnRole.ACTORS,
        0.85,
    ),
    (r"\bmilestones?\b", ColumnRole.MILESTONES, 0.9),
    (r"\b(status|rag|rag rating|rag status)\b", ColumnRole.STATUS, 0.9),
    (r"\bactions?\b.*\bprogress\b|\bprogress\b.*\bactions?\b", ColumnRole.TASKS, 0.7),
    (r"\b(key )?tasks?\b|\bactivit(y|ies)\b|\bsteps\b|\bhow\b", ColumnRole.TASKS, 0.85),
    (
        r"^(lead|leads|lead officer|lead body|lead organisation|lead agency|lead partner|lead person"
        r"|lead member|responsib\w*( officer| body| person| organisation| agency| lead)?"
        r"|owner|action owner|who|by whom|accountable( officer| body)?|champion)$",
        ColumnRole.LEAD,
        0.95,
    ),
    (r"^(lead|responsib\w*|owner|who|by whom)\b|\b(lead|leads|led by)\b", ColumnRole.LEAD, 0.8),
    (
        r"\b(partners?|partnership working|engagement|stakeholders|supported by|support from"
        r"|contributors?|contributing|involved|working with|supporting"
        r"|other (organisations|agencies|bodies))\b",
        ColumnRole.PARTNERS,
        0.85,
    ),
    (
        r"\b(target|due|completion|end|review|start) dates?\b|\bdeadlines?\b|\bby when\b",
        ColumnRole.TIMESCALE,
        0.95,
    ),
    (
        r"\b(success measures?|success criteria|measures? of success|kpis?|targets?|indicators?"
        r"|performance measures?|measures?|evidence|outputs?)\b",
        ColumnRole.KPI,
        0.85,
    ),
    (r"\b(outcomes?|impact|results?)\b", ColumnRole.OUTCOME, 0.85),
    (
        r"\b(proposed|required|agreed|key|planned|specific)? ?actions?\b|\brecommendations?\b"
        r"|\bwhat (we will|will we|will be) do(ne)?\b|\binterventions?\b|\bdeliverables?\b"
        r"|\bcommitments?\b|\binitiatives?\b",
        ColumnRole.ACTION,
        0.9,
    ),
    (r"\b(objectives?|aims?|priorit(y|ies)|goals?|purpose)\b", ColumnRole.OBJECTIVE, 0.85),
    (
        r"\b(themes?|workstreams?|work streams?|areas? of (work|need)|key areas?|issues?)\b"
        r"|\blink(ed)? to (the )?(strategy|plan|framework)\b",
        ColumnRole.THEME,
        0.8,
    ),
    (
        r"\b(timescales?|time ?frames?|timelines?|timing|dates?|deadlines?|by when|when|due"
        r"|completion|target dates?|start|end|year|quarter)\b",
        ColumnRole.TIMESCALE,
        0.9,
    ),
    (r"\b(progress|position|current position|achieved)\b", ColumnRole.STATUS, 0.8),
    (r"\b(comments?|notes?|updates?|remarks?|commentary)\b", ColumnRole.COMMENTS, 0.9),
    (r"\b(resources?|resourcing|budget|costs?|funding|finance)\b", ColumnRole.RESOURCES, 0.9),
)
_COMPILED = tuple((re.compile(p), role, conf) for p, role, conf in _VOCABULARY)

_BUDGET_WORDS = re.compile(r"\b(£|amount|income|expenditure|balance|spend|total|costs?|budget)\b|£")
_CONTENTS_WORDS = re.compile(r"\b(page|pages|contents|section)\b")
_MEMBERSHIP_WORDS = re.compile(r"\b(name|member|members|membership|representative|role|title)\b")

#: Roles that can carry an action's text.
ACTION_ROLES = frozenset({ColumnRole.ACTION, ColumnRole.TASKS, ColumnRole.MILESTONES})
#: Roles that say who does an action.
ACTOR_ROLES = frozenset({ColumnRole.LEAD, ColumnRole.PARTNERS, ColumnRole.ACTORS})


class ColumnAssignment(BaseModel):
    model_config = ConfigDict(frozen=True)

    index: int
    header: str
    role: ColumnRole
    confidence: float
    #: For actor columns: how the header says the lead is marked.
    lead_convention: LeadConvention | None = None


class TableRoles(BaseModel):
    """What a table is, and, for an action table, each column's role."""

    model_config = ConfigDict(frozen=True)

    kind: TableKind
    #: Indexes of the header row and of any group-header rows above it.
    header_rows: tuple[int, ...] = ()
    columns: tuple[ColumnAssignment, ...] = ()
    confidence: float = 0.0
    #: A section title found in a group-header row ("PROJECT MANAGEMENT").
    section: str | None = None
    reason: str = ""

    def column(self, role: ColumnRole) -> ColumnAssignment | None:
        return next((c for c in self.columns if c.role == role), None)

    def columns_for(self, *roles: ColumnRole) -> list[ColumnAssignment]:
        return [c for c in self.columns if c.role in roles]

    def signature(self) -> tuple[str, ...]:
        return tuple(c.role.value for c in self.columns)


def header_text(cell: Cell | str) -> str:
    """A header cell's words, lower case, without HTML tags, punctuation or spare spaces."""
    text = cell if isinstance(cell, str) else cell.text
    text = _TAG.sub(" ", text).lower().replace("’", "'")
    return _SPACE.sub(" ", _NON_WORD.sub(" ", text)).strip()


def _is_period_header(text: str) -> bool:
    """Month, quarter or year headers ("DECEMBER", "Q1", "Progress 2017", "Apr-Jun")."""
    words = text.replace("/", " ").split()
    if not words:
        return False
    datelike = [
        w
        for w in words
        if w in MONTHS
        or w in _MONTH_ABBR
        or re.fullmatch(r"(19|20)\d\d", w)
        or re.fullmatch(r"q[1-4]", w)
        or w in {"progress", "quarter", "qtr", "month", "update", "updates"}
    ]
    has_period = any(
        w in MONTHS or w in _MONTH_ABBR or re.fullmatch(r"q[1-4]|(19|20)\d\d", w) for w in words
    )
    return has_period and len(datelike) >= max(1, len(words) - 1)


def role_of(header: str) -> tuple[ColumnRole, float]:
    """The role a header's words name, with how sure the vocabulary is."""
    text = header_text(header)
    if not text:
        return ColumnRole.UNKNOWN, 0.0
    if _is_period_header(text):
        return ColumnRole.PROGRESS, 0.8
    for pattern, role, confidence in _COMPILED:
        if pattern.search(text):
            return role, confidence
    return ColumnRole.UNKNOWN, 0.0


def lead_convention(header: str) -> LeadConvention | None:
    text = header_text(header)
    if "bold" in text:
        return "bold"
    if re.search(r"\blead\b.*\b(first|named first|listed first)\b", text):
        return "first"
    if re.search(r"\blead\b", text) and re.search(r"\bpartner", text):
        return "labelled"
    return None


#: How far down a table its header may be: spreadsheets put titles, dates and a RAG key first.
_HEADER_SEARCH = 8


def is_group_row(row: Row) -> bool:
    """A row of group labels above the header ("Progress | | | Resources"), not a note
    ("Tracker owner: | X", "RAG key: | Red = off track | ...")."""
    filled = [c.text.strip() for c in row.cells if not c.empty]
    return len(filled) >= 2 and not any(t.endswith(":") or "=" in t for t in filled)


_DATE_WORD = re.compile(
    r"(?i)\b(?:(?:19|20)\d\d|q[1-4]|" + "|".join([*MONTHS, *sorted(_MONTH_ABBR)]) + r")\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
)


def _dated(texts: list[str]) -> bool:
    """Cells that are mostly dates: months, quarters, years, day/month/year."""
    dated = [t for t in texts if _DATE_WORD.search(t) and len(t.split()) <= 6]
    return bool(texts) and len(dated) >= 0.6 * len(texts)


def header_score(row: Row) -> float:
    """How much a row looks like a header: the share of its filled cells that are vocabulary."""
    filled = [c for c in row.cells if not c.empty]
    if len(filled) < 2:
        return 0.0
    if any(len(header_text(c)) > 70 for c in filled):
        return 0.0
    known = [c for c in filled if role_of(c.text)[0] != ColumnRole.UNKNOWN]
    if len(known) < 2:
        return 0.0
    return len(known) / len(filled)


def is_header_row(row: Row) -> bool:
    return header_score(row) >= 0.6


def _content_role(table: Table, index: int, start: int) -> tuple[ColumnRole, float]:
    """Role of a column with no header, from what its cells hold (action numbers)."""
    values = [
        r.cells[index].text.strip()
        for r in table.rows[start:]
        if index < len(r.cells) and not r.cells[index].empty
    ]
    pattern = re.compile(r"[A-Za-z]?\d{1,3}(\.\d{1,3})*[a-z]?\.?|[A-Za-z]\.?")
    refs = [v for v in values if pattern.fullmatch(v)]
    if refs and len(refs) >= 0.75 * len(values):
        return ColumnRole.REF, 0.75
    return ColumnRole.UNKNOWN, 0.0


def _resolve_conflicts(columns: list[ColumnAssignment]) -> list[ColumnAssignment]:
    """One action column: the first keeps the role, later ones hold its tasks."""
    seen_action = False
    out = []
    for col in columns:
        if col.role == ColumnRole.ACTION:
            if seen_action:
                col = col.model_copy(
                    update={"role": ColumnRole.TASKS, "confidence": col.confidence * 0.9}
                )
            seen_action = True
        out.append(col)
    if not seen_action:
        # No column says "action": the task or milestone column carries the action text.
        for role in (ColumnRole.TASKS, ColumnRole.MILESTONES):
            for i, col in enumerate(out):
                if col.role == role:
                    out[i] = col.model_copy(
                        update={"role": ColumnRole.ACTION, "confidence": col.confidence * 0.8}
                    )
                    return out
    return out


def assign_columns(table: Table, header_index: int) -> tuple[list[ColumnAssignment], str | None]:
    """Roles for each column under the header at `header_index`, and any group-header section."""
    header = table.rows[header_index]
    width = max(len(r.cells) for r in table.rows)
    group: list[str] = [""] * width
    section = None
    above = table.rows[header_index - 1] if header_index > 0 else None
    if above is not None and is_group_row(above):
        current = ""
        for i in range(width):
            text = above.cells[i].text.strip() if i < len(above.cells) else ""
            if text:
                current = text
            group[i] = current
        first = above.cells[0].text.strip() if above.cells else ""
        if first and role_of(first)[0] == ColumnRole.UNKNOWN:
            section = first
    columns = []
    for i in range(width):
        own = header.cells[i].text.strip() if i < len(header.cells) else ""
        role, confidence = role_of(own)
        label = own
        if role == ColumnRole.UNKNOWN and group[i] and group[i] != section:
            role, confidence = role_of(group[i])
            confidence *= 0.8
            label = own or group[i]
        if role == ColumnRole.UNKNOWN and not own:
            role, confidence = _content_role(table, i, header_index + 1)
        if role == ColumnRole.KPI and re.fullmatch(r"targets?", header_text(own)):
            # A "Target" column of dates is when, not what.
            values = [
                r.cells[i].text.strip()
                for r in table.rows[header_index + 1 :]
                if i < len(r.cells) and not r.cells[i].empty
            ]
            if _dated(values):
                role, confidence = ColumnRole.TIMESCALE, 0.8
        convention = lead_convention(own) if role in ACTOR_ROLES else None
        if role == ColumnRole.ACTORS and convention is None:
            convention = "first"
        columns.append(
            ColumnAssignment(
                index=i,
                header=_TAG.sub("", label).strip(),
                role=role,
                confidence=round(confidence, 2),
                lead_convention=convention,
            )
        )
    return _resolve_conflicts(columns), section


def _kind_without_header(table: Table) -> tuple[TableKind, str]:
    texts = [header_text(c) for r in table.rows[:3] for c in r.cells if not c.empty]
    joined = " ".join(texts)
    if _BUDGET_WORDS.search(joined):
        return "budget", "money columns, no action-plan header"
    if _CONTENTS_WORDS.search(joined):
        return "contents", "section and page columns"
    if _MEMBERSHIP_WORDS.search(joined):
        return "membership", "names and roles, no actions"
    return "other", "no header row with action-plan vocabulary"


def classify_table(table: Table) -> TableRoles:
    """Find the header row and assign column roles; class non-action tables by what they hold."""
    best_index, best_score = -1, 0.0
    for index, row in enumerate(table.rows[:_HEADER_SEARCH]):
        score = header_score(row)
        if score > best_score + 0.05:
            best_index, best_score = index, score
    if best_index < 0 or best_score < 0.6:
        kind, reason = _kind_without_header(table)
        return TableRoles(kind=kind, reason=reason)
    columns, section = assign_columns(table, best_index)
    roles = {c.role for c in columns}
    header_words = " ".join(header_text(c) for c in table.rows[best_index].cells)
    grouped = best_index > 0 and is_group_row(table.rows[best_index - 1])
    header_rows = (best_index - 1, best_index) if grouped else (best_index,)
    if not roles & {ColumnRole.ACTION}:
        kind, reason = _kind_without_header(table)
        if kind == "other" and _BUDGET_WORDS.search(header_words):
            kind = "budget"
        return TableRoles(kind=kind, header_rows=header_rows, columns=tuple(columns), reason=reason)
    if not roles & (ACTOR_ROLES | {ColumnRole.TIMESCALE, ColumnRole.OUTCOME, ColumnRole.KPI}):
        return TableRoles(
            kind="other",
            header_rows=header_rows,
            columns=tuple(columns),
            reason="an action column but no lead, outcome or timescale column",
        )
    known = [c.confidence for c in columns if c.role != ColumnRole.UNKNOWN]
    return TableRoles(
        kind="action",
        header_rows=header_rows,
        columns=tuple(columns),
        confidence=round(best_score * (sum(known) / len(known)), 2),
        section=section,
        reason="header vocabulary",
    )
