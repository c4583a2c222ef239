"""Table understanding: a `Document` to the plan's action rows, before anyone is resolved.

Reads every action table through its column roles, and the text between tables for context:
headings give the theme, "Strategic Objective 13 ..." or "Core objective: ..." the objective.
Inside a table it knows the layouts plans use: header rows repeated after page breaks, rows
cut by a page break (merged back), outcome or objective cells that own the rows beneath them,
section rows (only the first cell filled) naming a theme, action numbers in their own column
or at the start of the action text. Plans with no action table but bulleted action items under
headings are read item by item. Pure: no resolution, no files, no store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from ingest.cells import ActorCell, Splitter, name_cut, parse_actors
from ingest.html_cells import make_cell
from ingest.regions import most_named_region, region_in
from ingest.roles import (
    ACTOR_ROLES,
    ColumnAssignment,
    ColumnRole,
    TableRoles,
    classify_table,
    header_text,
    is_header_row,
    role_of,
)
from ingest.structure import Structure, read_structure
from ingest.tablemodel import Cell, Document, Row, Table, TextBlock
from ingest.timescales import PlanYear, Timescale, parse_timescale

_SPACE = re.compile(r"\s+")
_CLOSING = (".", "!", "?", ";", ":", ")", '"', "”", "’")
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "from",
        "at",
        "as",
        "into",
        "that",
        "which",
        "who",
        "whose",
        "is",
        "are",
        "be",
        "its",
        "their",
        "our",
        "your",
        "this",
        "these",
        "those",
        "including",
        "such",
        "e.g",
        "eg",
        "via",
        "across",
        "between",
    ]
)
_REF_PREFIX = re.compile(
    r"^\s*(?:(?:action|recommendation|rec|objective|ref|no)\.?\s*)?"
    r"(\d{1,3}(?:\.\d{1,3})+[a-z]?|\d{1,3}[A-Z]|\d{1,3}[.)])\s+(?=\S)",
    re.I,
)
_REF_CELL = re.compile(
    r"^\s*(?:no\.?\s*)?([A-Za-z]?\d{1,3}(?:\.\d{1,3})*[A-Za-z]?|[A-Za-z])[.)]?\s*$"
)
_OBJECTIVE_HEADING = re.compile(
    r"^\s*(?:(strategic|core|key|overall|specific|priority)\s+)?"
    r"(objective|priority|aim|goal|outcome|key measure)s?\s*(\d{1,3}[A-Za-z]?)?\s*[:.\-–]?\s*(.*)$",
    re.I,
)
_CONTINUED = re.compile(r"\s*[,(]?\s*(?:continued|cont'?d?\.?|\(cont\.?\))\s*\)?\s*$", re.I)
_PERIOD = re.compile(r"\b((?:19|20)\d\d\s*[/\-–]\s*(?:(?:19|20)?\d\d))\b")
_MONTH_YEAR = re.compile(
    r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)\b", re.I
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_PLAN_WORDS = re.compile(
    r"(?i)\b(action plan|business plan|implementation plan|delivery plan|work ?plan|plan"
    r"|strategy|review|template|framework|programme of work|action tracker|tracker)\b"
)
_NOT_TITLE = re.compile(
    r"(?i)^(?:(?:\d+(?:st|nd|rd|th)?\s+)?(?:first |second |final )?draft\b|updated?\b|version\b"
    r"|v\d|appendix\b|annex\b|photo\b|image\b|isbn\b|published\b|contents\b|page \d|www\.|http"
    r"|(?:last |date )?updated\s*:|(?:year|date|review date|version|status|author)\s*:"
    r"|tel\b|telephone\b|e-?mail\b|copyright\b|©)"
)
_GENERIC_HEADING = re.compile(
    r"(?i)^(?:(?:our|the|key|detailed|full|proposed|agreed|summary of(?: the)?)\s+)*"
    r"(?:actions?|action plans?|plan|delivery plan|work ?plan|activities|what we will do"
    r"|actions? and (?:outcomes|milestones|timescales))(?:\s+(?:table|summary|for \d{4}.*))?$"
)
#: "Last updated: 01/02/2024", "Tracker owner: X": a labelled note, not a section title.
_LABEL_LINE = re.compile(r"^[\w’' ]{2,30}:\s")
_START_HEADER = re.compile(r"(?i)\b(?:start|from|begin|commence)")
_APPENDIX = re.compile(r"(?i)^(?:appendix|annex|annexe)\b")
_PUBLISHED_BY = re.compile(r"(?i)\b(?:published|produced|prepared|issued)\s+by\s*:?\s*(.*)$")
#: "This action plan has been agreed by X", "Agreed by X, March 2023", "Owned by: X".
_PLAN_BY = re.compile(
    r"(?i)(?:^|\b(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?(?:plan|document|strategy|framework|tracker)"
    r"\b[^.]{0,40}?)\b(?:agreed|approved|owned|adopted|endorsed|developed|written|compiled"
    r"|published|produced|prepared|issued|led|delivered)\s+by\s*:?\s*(?:the\s+)?(.*)$"
)
#: "Plan owner: X", "Tracker owner: X", "Lead organisation: X" among a plan's opening lines.
_OWNER_LABEL = re.compile(
    r"(?i)^(?:(?:plan|tracker|document|action plan|programme)\s+)?(?:owner|owned by"
    r"|lead (?:body|organisation|partner))\s*:\s*(.+)$"
)
_BODY_NAME = re.compile(
    r"^((?:[A-Z][\w’'&-]*|of|and|for|the|&|on|in|upon)(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the|&|on"
    r"|in|upon))*)"
)
_ORG_TAIL = re.compile(
    r"(?i)\b(partnership|council|councils|authority|forum|fora|board|project|group|network"
    r"|alliance|agency|service|commission|committee|trust)\b"
)
_ACRONYM_DEF = re.compile(
    r"((?:[A-Z][\w’'\-]*|of|and|for|the|&|to|in|on)(?:\s+(?:[A-Z][\w’'\-]*|of|and|for|the|&|to|in|on)){0,9})"
    r"\s*\(\s*([A-Z][A-Za-z]{1,9}?)s?\s*\)"
)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "&", "to", "in", "on"})


class PlanMeta(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    period: str | None = None
    year: int | None = None
    owner: str | None = None
    region: str | None = None
    place: str | None = None
    source: str
    format: str


class ActionRow(BaseModel):
    """One action as the plan states it; actors are still mentions, not entities."""

    model_config = ConfigDict(frozen=True)

    ref: str | None = None
    text: str
    theme: str | None = None
    objective: str | None = None
    objective_ref: str | None = None
    outcomes: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    kpi: str | None = None
    milestones: tuple[str, ...] = ()
    timescale: Timescale | None = None
    status: str | None = None
    comments: str | None = None
    resources: str | None = None
    actors: ActorCell = ActorCell()
    line: int | None = None
    confidence: float = 0.8


class TableSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    line: int | None
    kind: str
    roles: tuple[str, ...]
    reason: str


class Layout(BaseModel):
    """The plan read as a table of actions plus its narrative structure."""

    model_config = ConfigDict(frozen=True)

    plan: PlanMeta
    actions: tuple[ActionRow, ...]
    tables: tuple[TableSummary, ...]
    #: Acronyms the plan defines ("North East Migration Partnership (NEMP)").
    glossary: dict[str, str]
    structure: Structure
    warnings: tuple[str, ...] = ()


def _tidy(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


def _starts_lower(text: str) -> bool:
    text = text.lstrip(" •-–(\"'“‘")
    text = re.sub(r"^[a-z][.)]\s+(?=[a-z])", "", text)
    return bool(text) and text[0].isalpha() and text[0].islower()


def _milestones_due(milestones: list[str], year: PlanYear | None) -> Timescale | None:
    """With no timescale column, an action is due when its last dated milestone is."""
    dated = [t for t in (parse_timescale(m, year) for m in milestones) if t.due]
    if not dated:
        return None
    return max(dated, key=lambda t: t.due or "")


_THEME_LABEL = re.compile(
    r"(?i)^(?:theme|workstream|work stream|area|section|strand|pillar)\s*\d{0,2}[a-z]?\s*[:.\-–]\s+(?=\S)"
)


def _theme_name(text: str) -> str:
    """ "Theme 1: Housing and accommodation" -> "Housing and accommodation"."""
    return _THEME_LABEL.sub("", text).strip() or text


def _topic(text: str) -> bool:
    """A few words naming a subject ("Housing", "Employment and Skills"), not a sentence:
    a priority or objective heading like this is the theme of the actions under it."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and not text.rstrip().endswith((".", ":", ";"))
        and words[0].lower() not in {"to", "we", "by", "ensure", "improve", "increase"}
    )


_GENERIC_SHEET = re.compile(
    r"(?i)^(?:sheet|tab|table|page|data|export|summary|main|overview|master|all|list|log"
    r"|actions?|action plan|tracker|action tracker|plan|delivery plan|work ?plan|version|v)"
    r"\s*\d*$"
)


def _topic_sheet(name: str, title_words: set[str]) -> bool:
    """A worksheet named for a topic, not "Sheet1", "Actions" or the plan's own title."""
    words = set(header_text(name).split())
    return (
        bool(words)
        and not _GENERIC_SHEET.match(name.strip())
        and not words <= title_words
        and not re.search(r"(?i)\b(?:19|20)\d\d\b|\bq[1-4]\b", name)
    )


def _unfinished(text: str) -> bool:
    """Text that stops mid-sentence: no closing punctuation, or a trailing function word."""
    text = text.rstrip()
    if not text:
        return False
    last = text.split()[-1].lower().strip(",")
    return last in _FUNCTION_WORDS or text.endswith((",", "-", "–", "/", "&"))


@dataclass
class _Draft:
    """An action row being read; page-break continuations are merged into it."""

    line: int | None
    theme: str | None
    objective: str | None
    objective_ref: str | None
    roles: TableRoles
    confidence: float
    items: dict[int, list[str]] = field(default_factory=dict)
    bold: dict[int, list[str]] = field(default_factory=dict)
    inherited: dict[int, list[str]] = field(default_factory=dict)

    def add_row(self, row: Row, join: bool, page_break: bool = False) -> None:
        for col in self.roles.columns:
            if col.index >= len(row.cells):
                continue
            cell = row.cells[col.index]
            items = list(cell.items or ((cell.text,) if cell.text.strip() else ()))
            if not items:
                continue
            existing = self.items.setdefault(col.index, [])
            text_column = col.role not in ACTOR_ROLES and col.role != ColumnRole.TIMESCALE
            glue = (
                existing
                and join
                and (
                    _starts_lower(items[0])
                    or (text_column and not existing[-1].rstrip().endswith(_CLOSING))
                    or _unfinished(existing[-1])
                    or (page_break and col.role in ACTOR_ROLES and name_cut(existing[-1], items[0]))
                )
            )
            if glue:
                existing[-1] = f"{existing[-1].rstrip()} {items[0].lstrip()}"
                existing.extend(items[1:])
            else:
                existing.extend(items)
            self.bold.setdefault(col.index, []).extend(cell.bold)

    def values(self, role: ColumnRole) -> list[str]:
        out: list[str] = []
        for col in self.roles.columns_for(role):
            out.extend(self.items.get(col.index) or self.inherited.get(col.index) or [])
        return out

    def own(self, role: ColumnRole) -> list[str]:
        out: list[str] = []
        for col in self.roles.columns_for(role):
            out.extend(self.items.get(col.index, []))
        return out


class _Reader:
    def __init__(self, document: Document, splitter: Splitter | None) -> None:
        self.document = document
        self.splitter = splitter
        self.actions: list[ActionRow] = []
        self.tables: list[TableSummary] = []
        self.warnings: list[str] = []
        self.theme: str | None = None
        self.objective: str | None = None
        self.objective_ref: str | None = None
        self.objective_open = False
        self.heading_since_table: str | None = None
        self.roles: TableRoles | None = None
        self.width = 0
        self.draft: _Draft | None = None
        self.carried: dict[int, list[str]] = {}
        self.page_break = False
        self.last_line: int | None = None
        self.year: PlanYear | None = None
        self.title_words: set[str] = set()
        self.sheet: str | None = None

    # -- narrative context -------------------------------------------------------------------

    def text(self, block: TextBlock) -> None:
        text = _tidy(block.text)
        objective = _OBJECTIVE_HEADING.match(text)
        if objective and (objective.group(1) or objective.group(3) or ":" in text[:40]):
            self.finish()
            rest = objective.group(4).strip()
            self.objective_ref = objective.group(3)
            label = " ".join(w for w in (objective.group(1), objective.group(2)) if w).strip()
            self.objective = rest or None
            self.objective_open = not rest
            if not rest:
                self.objective = f"{label.title()} {self.objective_ref or ''}".strip()
            elif _topic(rest):
                self.heading_since_table = rest
            self.carried = {}
            return
        if self.objective_open and block.style in ("paragraph", "heading"):
            self.objective = text
            self.objective_open = False
            if _topic(text):
                self.heading_since_table = text
            return
        if block.style == "heading" and len(text) <= 100:
            heading = _CONTINUED.sub("", text).strip(" ,")
            if _APPENDIX.match(heading):
                # A new part of the document: the last section's heading no longer applies.
                self.heading_since_table = None
                self.theme = None
                return
            if not heading or _NOT_TITLE.match(heading) or self._is_title(heading):
                return
            if _PLAN_BY.search(heading) or _PUBLISHED_BY.search(heading):
                return
            if _OWNER_LABEL.match(heading):
                return
            if _GENERIC_HEADING.match(heading):
                # "Our actions", "Action plan": a new section that names no topic.
                self.heading_since_table = None
                self.theme = None
                return
            self.heading_since_table = _theme_name(heading)

    def _is_title(self, heading: str) -> bool:
        """A heading that repeats the plan's title, perhaps with its period or year."""
        words = set(header_text(_YEAR.sub(" ", _PERIOD.sub(" ", heading))).split())
        return bool(words) and words <= self.title_words

    # -- tables --------------------------------------------------------------------------

    def table(self, table: Table) -> None:
        roles = classify_table(table)
        width = max(len(r.cells) for r in table.rows)
        if table.sheet is not None and table.sheet != self.sheet:
            # A new worksheet never continues the last one; a sheet named for a topic
            # ("Health", "Community Safety") is the theme of its rows.
            self.sheet = table.sheet
            self.finish()
            self.roles = None
            if self.heading_since_table is None and _topic_sheet(table.sheet, self.title_words):
                self.heading_since_table = table.sheet.strip()
        continues = (
            self.roles is not None
            and roles.kind != "action"
            and width == self.width
            and self.heading_since_table is None
        )
        self.tables.append(
            TableSummary(
                line=table.line,
                kind="action" if continues else roles.kind,
                roles=self.roles.signature() if continues and self.roles else roles.signature(),
                reason="continues the table before it after a page break"
                if continues
                else roles.reason,
            )
        )
        if roles.kind != "action" and not continues:
            self.finish()
            self.roles = None
            return
        if continues:
            start = 0
            self.page_break = True
        else:
            same = self.roles is not None and roles.signature() == self.roles.signature()
            if same and self.heading_since_table is None:
                self.page_break = True
            else:
                self.finish()
                self.carried = {}
                self.page_break = False
            self.roles, self.width = roles, width
            start = max(roles.header_rows) + 1
            if roles.section:
                self.heading_since_table = roles.section
        if self.heading_since_table is not None:
            self.theme = self.heading_since_table
            self.heading_since_table = None
        if not continues:
            for index in range(min(roles.header_rows)):
                row = table.rows[index]
                title = self._section_title(row)
                note = _LABEL_LINE.match(title) or _NOT_TITLE.match(title)
                note = note or _GENERIC_HEADING.match(title)
                if self._section_row(row) and not note and not self._is_title(title):
                    self.theme = title
        for row in table.rows[start:]:
            self.row(row)

    def _section_row(self, row: Row) -> bool:
        filled = [c for c in row.cells if not c.empty]
        if not filled or row.cells[0].empty or len(row.cells) < 3:
            return False
        first = row.cells[0].text.strip()
        if _starts_lower(first) or _REF_CELL.match(first):
            return False
        others = [c.text.strip() for c in row.cells[1:] if not c.empty]
        return all(_YEAR.fullmatch(o) or header_text(o) in ("", "continued") for o in others)

    @staticmethod
    def _section_title(row: Row) -> str:
        return _theme_name(_CONTINUED.sub("", _tidy(row.cells[0].text)).strip(" ,"))

    def _is_repeated_header(self, row: Row) -> bool:
        """The header again, as tables print it at the top of each page."""
        if self.roles is None or not is_header_row(row):
            return False
        same = sum(
            1
            for cell, col in zip(row.cells, self.roles.columns, strict=False)
            if not cell.empty and role_of(cell.text)[0] == col.role
        )
        return same >= max(2, sum(not c.empty for c in row.cells) // 2)

    def row(self, row: Row) -> None:
        assert self.roles is not None
        if all(c.empty for c in row.cells):
            return
        if row.line is not None and self.last_line is not None and row.line > self.last_line + 1:
            # A gap in the source between two rows of one table: a page break.
            self.page_break = True
        self.last_line = row.line
        if self._is_repeated_header(row):
            self.page_break = True
            return
        if self._section_row(row) and not self._continues(row):
            self.finish()
            self.theme = self._section_title(row)
            self.carried = {}
            self.page_break = False
            return
        if self.draft is not None and self._continues(row):
            self.draft.add_row(row, join=True, page_break=self.page_break)
            self.page_break = False
            return
        self.page_break = False
        self.finish()
        self.draft = _Draft(
            line=row.line,
            theme=self.theme,
            objective=self.objective,
            objective_ref=self.objective_ref,
            roles=self.roles,
            confidence=self.roles.confidence or 0.8,
        )
        self.draft.add_row(row, join=False)
        for col in self.roles.columns_for(
            ColumnRole.OUTCOME, ColumnRole.OBJECTIVE, ColumnRole.THEME
        ):
            if col.index in self.draft.items:
                self.carried[col.index] = list(self.draft.items[col.index])
            elif col.index in self.carried:
                self.draft.inherited[col.index] = self.carried[col.index]

    def _cell(self, row: Row, col: ColumnAssignment | None) -> str:
        if col is None or col.index >= len(row.cells):
            return ""
        return row.cells[col.index].text.strip()

    def _continues(self, row: Row) -> bool:
        """A row that carries on the row above rather than starting a new action."""
        if self.draft is None or self.roles is None:
            return False
        roles = self.roles
        if self._cell(row, roles.column(ColumnRole.REF)):
            return False
        action_text = self._cell(row, roles.column(ColumnRole.ACTION))
        owners = [
            self._cell(row, c)
            for c in roles.columns_for(ColumnRole.OUTCOME, ColumnRole.OBJECTIVE, ColumnRole.THEME)
        ]
        if not action_text and not any(owners):
            return True
        if not self.page_break:
            return False
        filled = [
            (col, row.cells[col.index].text.strip())
            for col in roles.columns
            if col.index < len(row.cells) and not row.cells[col.index].empty
        ]
        if any(_starts_lower(text) and self.draft.items.get(col.index) for col, text in filled):
            return True
        if any(_starts_lower(o) for o in owners if o):
            return True
        identity = [
            self._cell(row, c)
            for c in roles.columns_for(ColumnRole.LEAD, ColumnRole.ACTORS, ColumnRole.TIMESCALE)
        ]
        previous = self.draft.own(ColumnRole.ACTION)
        return (
            not any(identity)
            and not any(owners)
            and bool(previous)
            and not previous[-1].rstrip().endswith(_CLOSING)
        )

    # -- finishing an action ---------------------------------------------------------------

    def finish(self) -> None:
        draft, self.draft = self.draft, None
        if draft is None:
            return
        action_items = draft.own(ColumnRole.ACTION)
        if not action_items:
            return
        ref = None
        ref_values = draft.own(ColumnRole.REF)
        if ref_values:
            match = _REF_CELL.match(ref_values[0])
            ref = match.group(1) if match else _tidy(ref_values[0]).rstrip(".")
        first = re.sub(r"(?i)^\s*actions?\s*:\s*", "", action_items[0])
        prefix = _REF_PREFIX.match(first)
        if prefix:
            ref = ref or prefix.group(1).rstrip(".)")
            first = first[prefix.end() :]
        action_items = [first, *action_items[1:]]
        text = _tidy(" ".join(action_items))
        if not text:
            return
        timescale_text = " ".join(draft.values(ColumnRole.TIMESCALE))
        progress = []
        for col in draft.roles.columns_for(ColumnRole.PROGRESS):
            value = " ".join(draft.items.get(col.index, []))
            if value:
                progress.append(f"{col.header.title()}: {value}" if col.header else value)
        status = " ".join(draft.values(ColumnRole.STATUS)).strip(" .") or None
        status_parts = [p for p in (status, "; ".join(progress)) if p]
        objective = draft.objective
        objective_cells = draft.values(ColumnRole.OBJECTIVE)
        if objective_cells:
            objective = _tidy(" ".join(objective_cells))
        theme = draft.theme
        theme_cells = draft.values(ColumnRole.THEME)
        if theme_cells:
            theme = _tidy(" ".join(theme_cells))
        self.actions.append(
            ActionRow(
                ref=ref,
                text=text,
                theme=theme,
                objective=objective,
                objective_ref=draft.objective_ref if not objective_cells else None,
                outcomes=tuple(_tidy(o) for o in draft.values(ColumnRole.OUTCOME)),
                tasks=tuple(_tidy(t) for t in draft.values(ColumnRole.TASKS)),
                kpi=_tidy(" ".join(draft.values(ColumnRole.KPI))) or None,
                milestones=tuple(_tidy(m) for m in draft.values(ColumnRole.MILESTONES)),
                timescale=self._timescale(draft, timescale_text),
                status="; ".join(status_parts) or None,
                comments=_tidy(" ".join(draft.values(ColumnRole.COMMENTS))) or None,
                resources=_tidy("; ".join(draft.values(ColumnRole.RESOURCES))) or None,
                actors=self._actors(draft),
                line=draft.line,
                confidence=round(min(1.0, draft.confidence), 2),
            )
        )

    def _timescale(self, draft: _Draft, text: str) -> Timescale | None:
        """The action's timescale: its timescale cells; a start column and an end column
        give the period and the end is when it is due; none, its last dated milestone."""
        if not text:
            return _milestones_due(draft.values(ColumnRole.MILESTONES), self.year)
        columns = draft.roles.columns_for(ColumnRole.TIMESCALE)
        starts = [c for c in columns if _START_HEADER.search(c.header)]
        ends = [c for c in columns if c not in starts]
        if not starts or not ends:
            return parse_timescale(text, self.year)
        start_text = " ".join(draft.items.get(starts[0].index, []))
        end_text = " ".join(v for c in ends for v in draft.items.get(c.index, []))
        end = parse_timescale(end_text or text, self.year)
        start = parse_timescale(start_text, self.year) if start_text else None
        return end.model_copy(
            update={
                "verbatim": " – ".join(t for t in (start_text, end_text) if t),
                "start": (start.start if start else None) or end.start,
            }
        )

    def _actors(self, draft: _Draft) -> ActorCell:
        leads, partners, pending, how = [], [], None, None
        for col in draft.roles.columns_for(*ACTOR_ROLES):
            items = draft.items.get(col.index)
            if not items:
                continue
            cell = make_cell(items, draft.bold.get(col.index, ()))
            parsed = parse_actors(cell, col.role, col.lead_convention, self.splitter)
            leads.extend(parsed.leads)
            partners.extend(parsed.partners)
            pending = pending or parsed.lead_pending
            how = how or parsed.how
        if (
            not leads
            and partners
            and not draft.roles.columns_for(ColumnRole.LEAD, ColumnRole.ACTORS)
        ):
            how = "partners only"
        return ActorCell(
            leads=tuple(leads), partners=tuple(partners), lead_pending=pending, how=how
        )

    # -- bulleted action lists -----------------------------------------------------------

    def action_list(self, blocks: list[TextBlock], need_lead: bool = False) -> None:
        """Each list item under a heading that says who or when is one action. In a plan whose
        actions are in tables (`need_lead`), only items that name their lead count: the rest
        of its lists are narrative."""
        theme = None
        for block in blocks:
            text = _tidy(block.text)
            if block.style == "heading":
                objective = _OBJECTIVE_HEADING.match(text)
                if objective and (objective.group(1) or objective.group(3)):
                    self.objective = objective.group(4) or text
                    self.objective_ref = objective.group(3)
                    if objective.group(4) and _topic(objective.group(4)):
                        theme = objective.group(4).strip()
                elif not (
                    _NOT_TITLE.match(text)
                    or self._is_title(text)
                    or _GENERIC_HEADING.match(text)
                    or _PLAN_BY.search(text)
                    or _PUBLISHED_BY.search(text)
                    or _OWNER_LABEL.match(text)
                ):
                    theme = _theme_name(_CONTINUED.sub("", text).strip(" ,"))
                continue
            if block.style != "list_item":
                continue
            parsed = _list_action(text, self.splitter, self.year)
            if parsed is None:
                continue
            ref, body, actors, when = parsed
            if need_lead and not actors.leads:
                continue
            self.actions.append(
                ActionRow(
                    ref=ref,
                    text=body,
                    theme=theme,
                    objective=self.objective,
                    objective_ref=self.objective_ref,
                    timescale=parse_timescale(when, self.year) if when else None,
                    actors=actors,
                    line=block.line,
                    confidence=0.6,
                )
            )


_INLINE_LEAD = re.compile(
    r"(?i)[(\[]?\s*\b(lead(?:s| body| officer| organisation)?|responsib(?:le|ility)|owner|who)\s*[:\-–]\s*"
    r"([^;()\[\]]+?)\s*(?=[;)\]]|\b(?:partners?|by|timescale|when|due|deadline|date)\s*[:\-–]|$)"
)
_INLINE_PARTNERS = re.compile(
    r"(?i)[(\[]?\s*\b(?:partners?|with|supported by)\s*:\s*([^;()\[\]]+?)\s*(?=[;)\]]|\b(?:lead|by|timescale|when|due)\s*[:\-–]|$)"
)
_INLINE_WHEN = re.compile(
    r"(?i)[(\[]?\s*\b(?:by|timescale|when|due|deadline|date|target date)\s*[:\-–]?\s*"
    r"((?:end\s+(?:of\s+)?)?(?:(?:q[1-4]|quarter\s+[1-4])(?:\s+(?:of\s+)?(?:19|20)\d\d(?:\s*[/\-–]\s*\d\d(?:\d\d)?)?)?|\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\w+\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d(?:/\d\d)?|ongoing|quarterly|monthly|annually|as required))\s*[)\]]?"
)
_INLINE_LEAD_SUFFIX = re.compile(
    r"\s*[(\[]\s*([^()\[\]]{2,80}?)\s*\(?\blead\b\)?\s*[)\]]\s*$", re.I
)
#: A bracketed note in a list item: "(Lead: X; Partners: A, B)", "(X lead)", "[by Q2]".
_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{2,240})[)\]]")
_NOTE_LABEL = re.compile(
    r"(?i)^\s*(?:(?P<lead>co-?leads?|joint leads?|leads?(?: body| officer| organisation| agency)?"
    r"|responsib(?:le|ility)|owner|who)|(?P<partners>partners?|supported by|support"
    r"|supporting(?: organisations| partners)?|with)|(?P<when>by|timescale|when|due|deadline"
    r"|date|target(?: date)?|completion))\s*(?::|[\-–](?=\s)|\s(?=(?-i:[A-Z])))\s*(?P<rest>.+)$"
)
_NOTE_LEAD_SUFFIX = re.compile(r"(?i)^(?P<rest>.{2,80}?)\s*\(?\b(?:as\s+)?(?:co-?)?lead\)?$")
#: A timescale after a dash at the end of an item: "... — by March 2024", "... - ongoing".
_DASH_WHEN = re.compile(r"\s+[—–-]+\s+(?P<when>[^—–]{2,40})$")
_WHEN_WORD = re.compile(r"(?i)^(?:by|due|deadline|timescale|target(?: date)?|from)\s*:?\s*")


def _is_timescale(text: str, year: PlanYear | None) -> bool:
    found = parse_timescale(text, year)
    return bool(found.due or found.recurrence or found.start)


def _bracket_note(
    content: str, year: PlanYear | None
) -> tuple[str | None, str | None, str | None] | None:
    """Lead, partners and timescale of a bracketed note; None when it is not such a note."""
    lead = partners = when = None
    for segment in (s.strip() for s in re.split(r"\s*;\s*", content) if s.strip()):
        label = _NOTE_LABEL.match(segment)
        if label is not None and label.group("lead"):
            lead = lead or label.group("rest")
        elif label is not None and label.group("partners"):
            partners = partners or label.group("rest")
        elif label is not None and _is_timescale(label.group("rest"), year):
            when = when or label.group("rest")
        elif (suffix := _NOTE_LEAD_SUFFIX.match(segment)) is not None:
            lead = lead or suffix.group("rest")
        elif _is_timescale(segment, year) and len(segment.split()) <= 5:
            when = when or segment
    if lead is None and partners is None and when is None:
        return None
    return lead, partners, when


def _list_action(
    text: str, splitter: Splitter | None, year: PlanYear | None = None
) -> tuple[str | None, str, ActorCell, str | None] | None:
    """An action item's number, text, actors and timescale, from inline labels."""
    ref = None
    prefix = _REF_PREFIX.match(text)
    if prefix:
        ref, text = prefix.group(1).rstrip(".)"), text[prefix.end() :]
    lead_text = partner_text = when = None
    for note in reversed(list(_BRACKET.finditer(text))):
        parsed = _bracket_note(note.group(1), year)
        if parsed is None:
            continue
        lead_text = lead_text or parsed[0]
        partner_text = partner_text or parsed[1]
        when = when or parsed[2]
        text = text[: note.start()] + text[note.end() :]
    dash = _DASH_WHEN.search(text.rstrip())
    if dash and when is None:
        candidate = _WHEN_WORD.sub("", dash.group("when").strip())
        if _is_timescale(candidate, year):
            when = candidate
            text = text.rstrip()[: dash.start()]
    if lead_text is None:
        match = _INLINE_LEAD.search(text)
        if match:
            lead_text = match.group(2)
            text = (text[: match.start()] + text[match.end() :]).strip()
    if partner_text is None:
        match = _INLINE_PARTNERS.search(text)
        if match:
            partner_text = match.group(1)
            text = (text[: match.start()] + text[match.end() :]).strip()
    if when is None:
        match = _INLINE_WHEN.search(text)
        if match:
            when = match.group(1)
            text = (text[: match.start()] + text[match.end() :]).strip()
    if lead_text is None:
        suffix = _INLINE_LEAD_SUFFIX.search(text)
        if suffix:
            lead_text = suffix.group(1)
            text = text[: suffix.start()]
    text = _tidy(text).strip(" -–—;,")
    if not text or (lead_text is None and when is None and partner_text is None):
        return None
    labelled = "; ".join(
        part
        for part in (
            f"Lead: {lead_text}" if lead_text else "",
            f"Partners: {partner_text}" if partner_text else "",
        )
        if part
    )
    actors = (
        parse_actors(
            Cell(text=labelled, items=(labelled,)), ColumnRole.ACTORS, "labelled", splitter
        )
        if labelled
        else ActorCell()
    )
    return ref, text, actors, when


# -- plan metadata ---------------------------------------------------------------------------


def _title_case(text: str) -> str:
    if text.isupper():
        words = []
        for word in text.split():
            lower = word.lower()
            words.append(lower if lower in _SMALL_WORDS and words else word.capitalize())
        return " ".join(words)
    return text


def _body_name(text: str) -> str | None:
    """The name at the start of `text` ("Norfolk Strategic Migration Forum, March 2023")."""
    match = _BODY_NAME.match(re.sub(r"(?i)^the\s+", "", text.strip()))
    if match is None:
        return None
    words = match.group(1).split()
    while words and (words[-1].lower() in _SMALL_WORDS or _MONTH_YEAR.match(words[-1])):
        words.pop()
    name = " ".join(words)
    return name if len(name) >= 2 else None


_COUNCIL_NAME = re.compile(
    r"\b((?:[A-Z][\w’'-]*|of|upon|on|and)(?:\s+(?:[A-Z][\w’'-]*|of|upon|on|and)){0,6}\s+Council)\b"
)


def _council_of_place(document: Document, place: str | None) -> str | None:
    """A plan that names no owner but speaks of the council of its own place ("how Rochdale
    Borough Council and its partners will ...", "the views of Stockton-on-Tees Borough
    Council ... SBC's position") is that council's plan. Actor cells do not count: a council
    leading actions is a partner, not the plan's author. The council named most often, with
    its initials ("SBC"), wins."""
    if not place:
        return None
    texts = [b.text for b in document.blocks if isinstance(b, TextBlock)]
    for table in document.tables:
        roles = classify_table(table)
        actors = {c.index for c in roles.columns if c.role in ACTOR_ROLES}
        for row in table.rows[max(roles.header_rows, default=-1) + 1 :]:
            texts.extend(c.text for i, c in enumerate(row.cells) if i not in actors)
    text = _tidy(" ".join(texts))
    counts: dict[str, int] = {}
    for found in _COUNCIL_NAME.finditer(text):
        name = re.sub(r"^(?:(?:of|upon|on|and|The)\s+)+", "", found.group(1))
        if place.lower() in name.lower() and len(name.split()) >= 2:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    for name in list(counts):
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if len(initials) >= 2:
            counts[name] += len(re.findall(rf"\b{initials}\b", text))
    return max(counts, key=lambda n: (counts[n], len(n)))


def _title_rows(table: Table) -> list[TextBlock]:
    """Rows above a spreadsheet's header with one filled cell (a merged title row, a note):
    the lines a document would have before its first table."""
    roles = classify_table(table)
    if not roles.header_rows:
        return []
    out = []
    for row in table.rows[: min(roles.header_rows)]:
        filled = [c for c in row.cells if not c.empty]
        if len(filled) == 1:
            out.append(TextBlock(text=filled[0].text, line=row.line, style="heading"))
        elif len(filled) == 2 and filled[0].text.strip().endswith(":"):
            # "Tracker owner: | Resettlement Programme Board": a labelled line.
            text = f"{filled[0].text.strip()} {filled[1].text.strip()}"
            out.append(TextBlock(text=text, line=row.line, style="paragraph"))
    return out


def _plan_meta(document: Document) -> PlanMeta:
    lines: list[str] = []
    found_plan_word = False
    period = None
    owner = None
    texts = [b for b in document.blocks if isinstance(b, TextBlock)]
    leading: list[TextBlock] = []
    for block in document.blocks:
        if not isinstance(block, TextBlock):
            break
        leading.append(block)
    if not leading and document.tables:
        leading = _title_rows(document.tables[0])
        texts = [*leading, *texts]
    for index, block in enumerate(texts[:60]):
        text = _tidy(block.text)
        published = _PLAN_BY.search(text) or _PUBLISHED_BY.search(text) or _OWNER_LABEL.match(text)
        if published and owner is None:
            named = published.group(1).strip() or (
                _tidy(texts[index + 1].text).split("\n")[0] if index + 1 < len(texts) else ""
            )
            owner = _body_name(named)
    for block in leading[:25]:
        text = _tidy(block.text)
        if period is None and not re.search(r"(?i)\be\.?g\.?", text):
            found = _PERIOD.search(text) or _MONTH_YEAR.search(text)
            if found and (block.style == "heading" or len(text) < 40):
                period = found.group(1)
        if found_plan_word or len(lines) >= 5:
            continue
        if len(text) > 160 or block.style == "list_item" or _PUBLISHED_BY.search(text):
            if lines:
                found_plan_word = True
            continue
        if _NOT_TITLE.match(text) or (_MONTH_YEAR.search(text) and len(text.split()) <= 6):
            continue
        cleaned = _PERIOD.sub(" ", text)
        cleaned = _tidy(re.sub(r"\s[-–]\s*$|^\s*[-–]\s", " ", cleaned)).strip(" -–:")
        if not cleaned or re.fullmatch(r"[\d\W]+", cleaned):
            continue
        if block.style != "heading" and len(text) > 100 and lines:
            continue
        lines.append(cleaned)
        if _PLAN_WORDS.search(cleaned):
            found_plan_word = True
    title = _tidy(" ".join(_title_case(line) for line in lines))
    title = _tidy(re.sub(r"\s[-–]\s", " – ", title)) or document.metadata.get("title") or ""
    if not title:
        stem = re.sub(r"\.[A-Za-z0-9]+$", "", document.source)
        in_name = _PERIOD.search(stem.replace("_", "-"))
        if in_name and period is None:
            period = re.sub(r"\s+", "", in_name.group(1))
        stem = _PERIOD.sub(" ", stem.replace("_", "-"))
        title = _tidy(re.sub(r"[-_]+", " ", stem)).title()
    if owner is None:
        body = _PLAN_WORDS.split(title)[0] if _PLAN_WORDS.search(title) else ""
        body = _tidy(re.sub(r"(?i)\b(generic|first|draft|the)\b", " ", body)).strip(" -–:")
        if body and _ORG_TAIL.search(body.split()[-1] if body.split() else ""):
            owner = body
    if owner:
        owner = _title_case(_tidy(owner))
    year = None
    if period:
        year_match = _YEAR.search(period)
        year = int(year_match.group(1)) if year_match else None
    match = region_in(title) or (region_in(owner) if owner else None)
    if match is None:
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        match = most_named_region([b.text for b in texts] + cells)
    if owner is None:
        owner = _council_of_place(document, match.place if match else None)
    return PlanMeta(
        title=title,
        period=period,
        year=year,
        owner=owner,
        region=match.region if match else None,
        place=match.place if match else None,
        source=document.source,
        format=document.format,
    )


def _initials_match(words: list[str], acronym: str) -> list[str] | None:
    """The trailing words whose initials spell `acronym` ("Multi-Cultural Forum" for MCF)."""
    letters = acronym.upper()
    for start in range(len(words)):
        chosen = words[start:]
        if chosen[0].lower() in _SMALL_WORDS:
            continue
        initials = "".join(
            part[0].upper()
            for w in chosen
            if w.lower() not in _SMALL_WORDS
            for part in w.split("-")
            if part
        )
        plain = "".join(w[0].upper() for w in chosen if w.lower() not in _SMALL_WORDS)
        if letters in (initials, plain):
            return chosen
    return None


def glossary_of(document: Document) -> dict[str, str]:
    """Acronyms the document defines in the "Long Name (ACR)" pattern."""
    texts = [b.text for b in document.blocks if isinstance(b, TextBlock)]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    glossary: dict[str, str] = {}
    for text in texts:
        for match in _ACRONYM_DEF.finditer(_tidy(text)):
            acronym = match.group(2)
            if (
                acronym in glossary
                or not acronym[0].isupper()
                or sum(ch.isupper() for ch in acronym) < 2
            ):
                continue
            words = _initials_match(match.group(1).split(), acronym.rstrip("s"))
            if words:
                glossary[
                    acronym.rstrip("s")
                    if acronym.endswith("s") and acronym[:-1].isupper()
                    else acronym
                ] = _title_case(" ".join(words))
    return glossary


def read_layout(document: Document, splitter: Splitter | None = None) -> Layout:
    """The plan's metadata, its action rows and its narrative structure."""
    meta = _plan_meta(document)
    reader = _Reader(document, splitter)
    reader.year = PlanYear.from_period(meta.period)
    reader.title_words = set(header_text(meta.title).split()) | {"action", "plan", "appendix"}
    for block in document.blocks:
        if isinstance(block, Table):
            reader.table(block)
        else:
            reader.text(block)
    reader.finish()
    had_tables = bool(reader.actions)
    reader.objective = reader.objective_ref = None
    reader.action_list(
        [b for b in document.blocks if isinstance(b, TextBlock)], need_lead=had_tables
    )
    warnings = list(reader.warnings)
    for action in reader.actions:
        where = f"line {action.line}" if action.line else "an action"
        label = f"action {action.ref}" if action.ref else f"the action at {where}"
        if action.actors.lead_pending:
            warnings.append(f"{label} has no lead yet ({action.actors.lead_pending!r})")
        elif not action.actors.leads:
            warnings.append(f"{label} names no lead")
    structure = read_structure(document, owner=meta.owner, region=meta.region)
    return Layout(
        plan=meta,
        actions=tuple(reader.actions),
        tables=tuple(reader.tables),
        glossary=glossary_of(document),
        structure=structure,
        warnings=tuple(warnings),
    )
