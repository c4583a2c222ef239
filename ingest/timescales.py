"""Timescale cells to dates: "Q3", "1st quarter", "June 2018", "30th May 2017", "Ongoing"...

The verbatim text is always kept; `due` is filled only when the text names a point or a
period. Quarters are read in the plan's own year: a plan for "2018/19" runs on the UK
financial year, so its first quarter is April to June 2018.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from pydantic import BaseModel, ConfigDict

from ingest.roles import MONTHS


class PlanYear(BaseModel):
    """The year a plan's relative timescales are read in."""

    model_config = ConfigDict(frozen=True)

    start_year: int
    #: True for "2018/19" style periods (April to March).
    financial: bool = False

    @classmethod
    def from_period(cls, period: str | None) -> PlanYear | None:
        if not period:
            return None
        match = re.search(r"\b((?:19|20)\d\d)\s*[/\-–]\s*((?:19|20)?\d\d)\b", period)
        if match:
            return cls(start_year=int(match.group(1)), financial=True)
        match = re.search(r"\b((?:19|20)\d\d)\b", period)
        return cls(start_year=int(match.group(1))) if match else None

    def quarter(self, number: int) -> tuple[date, date]:
        if self.financial:
            first_month = 4 + 3 * (number - 1)
            year = self.start_year + (first_month - 1) // 12
            first_month = (first_month - 1) % 12 + 1
        else:
            first_month, year = 1 + 3 * (number - 1), self.start_year
        last_month = first_month + 2
        return date(year, first_month, 1), _month_end(year, last_month)

    def year_of_month(self, month: int) -> int:
        if self.financial and month < 4:
            return self.start_year + 1
        return self.start_year


class Timescale(BaseModel):
    model_config = ConfigDict(frozen=True)

    verbatim: str
    #: ISO date the action is due by (the end of a named period), if the text names one.
    due: str | None = None
    start: str | None = None
    end: str | None = None
    #: "quarterly", "monthly", "ongoing", "as required", "4 per year"...
    recurrence: str | None = None


_MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)} | {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_MONTH_NUM["sept"] = 9
_MONTH_RE = r"(" + "|".join(sorted(_MONTH_NUM, key=len, reverse=True)) + r")\b\.?"
_ORDINAL = r"(\d{1,2})\s*(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d\d)"

_RECURRENCES = (
    (r"\bfortnightly\b", "fortnightly"),
    (r"\bweekly\b", "weekly"),
    (r"\bbi-?monthly\b", "bimonthly"),
    (r"\bmonthly\b.*\bquarterly\b", "monthly and quarterly"),
    (r"\bmonthly\b", "monthly"),
    (r"\bquarterly\b", "quarterly"),
    (r"\b(annually|annual|yearly|each year|every year)\b", "annually"),
    (r"\b(\d+)\s*x\s*(?:per|a|each)\s*year\b", "{0} per year"),
    (r"\bon\s*-?\s*going\b|\bcontinuous\b|\bthroughout\b", "ongoing"),
    (r"\bas (required|needed|necessary|appropriate)\b|\bwhen required\b", "as required"),
    (r"\bas per\b|\bas scheduled\b", "as scheduled"),
)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


def _month_end(year: int, month: int) -> date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _full_year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _period(start: date, end: date, verbatim: str, recurrence: str | None) -> Timescale:
    return Timescale(
        verbatim=verbatim,
        due=end.isoformat(),
        start=start.isoformat(),
        end=end.isoformat(),
        recurrence=recurrence,
    )


def _recurrence(low: str) -> str | None:
    for pattern, name in _RECURRENCES:
        match = re.search(pattern, low)
        if match:
            return name.format(*match.groups()) if "{0}" in name else name
    return None


def _exact_date(low: str) -> date | None:
    match = re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b", low)
    if match:
        day, month, year = int(match.group(1)), int(match.group(2)), _full_year(match.group(3))
        try:
            return date(year, month, day)
        except ValueError:
            return None
    match = re.search(rf"\b{_ORDINAL}\s*(?:of\s+)?{_MONTH_RE}\s*,?\s*{_YEAR}", low)
    if match:
        try:
            return date(int(match.group(3)), _MONTH_NUM[match.group(2)], int(match.group(1)))
        except ValueError:
            return None
    match = re.search(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", low)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    return None


def _stated_year(low: str, plan: PlanYear | None) -> PlanYear | None:
    """The year a cell names for its own quarters: "Q2 2024/25" is the financial year
    2024/25 whatever the plan's period; "Q3 2024" follows the plan's kind of year."""
    match = re.search(rf"\b{_YEAR}\s*[/\-–]\s*(\d\d)\b", low)
    if match:
        return PlanYear(start_year=int(match.group(1)), financial=True)
    match = re.search(rf"\b{_YEAR}\b", low)
    if match:
        return PlanYear(start_year=int(match.group(1)), financial=bool(plan and plan.financial))
    return None


def parse_timescale(text: str, year: PlanYear | None = None) -> Timescale:
    """Read a timescale cell; never fails, unknown wording keeps only the verbatim text."""
    verbatim = " ".join(text.split())
    low = verbatim.lower()
    recurrence = _recurrence(low)
    exact = _exact_date(low)
    if exact:
        return _period(exact, exact, verbatim, recurrence)
    match = re.search(rf"{_MONTH_RE}\s*,?\s*{_YEAR}", low)
    if match:
        month, year_value = _MONTH_NUM[match.group(1)], int(match.group(2))
        return _period(
            date(year_value, month, 1), _month_end(year_value, month), verbatim, recurrence
        )
    match = re.search(
        r"\b(?:q([1-4])|([1-4])\s*(?:st|nd|rd|th)?\s*(?:quarter|qtr)|quarter\s*([1-4]))\b", low
    )
    stated = _stated_year(low, year)
    if match and (stated or year) is not None:
        number = int(next(g for g in match.groups() if g))
        start, end = (stated or year).quarter(number)  # type: ignore[union-attr]
        return _period(start, end, verbatim, recurrence)
    match = re.search(rf"\b{_YEAR}\s*(?:onwards|and beyond|on)\b", low)
    if match:
        return Timescale(
            verbatim=verbatim,
            start=date(int(match.group(1)), 1, 1).isoformat(),
            recurrence="ongoing",
        )
    match = re.search(rf"\b(spring|summer|autumn|winter)\s*{_YEAR}", low)
    if match:
        first, last = _SEASONS[match.group(1)]
        year_value = int(match.group(2))
        end_year = year_value + 1 if last < first else year_value
        return _period(date(year_value, first, 1), _month_end(end_year, last), verbatim, recurrence)
    match = re.search(rf"\b{_MONTH_RE}", low)
    if match and year is not None and (match.group(1) != "may" or len(low.split()) <= 3):
        month = _MONTH_NUM[match.group(1)]
        year_value = year.year_of_month(month)
        return _period(
            date(year_value, month, 1), _month_end(year_value, month), verbatim, recurrence
        )
    match = re.search(rf"\b{_YEAR}\s*[/\-–]\s*(\d\d)\b", low)
    if match:
        start_year = int(match.group(1))
        return _period(date(start_year, 4, 1), date(start_year + 1, 3, 31), verbatim, recurrence)
    match = re.search(rf"\b{_YEAR}\b", low)
    if match:
        value = int(match.group(1))
        return _period(date(value, 1, 1), date(value, 12, 31), verbatim, recurrence)
    return Timescale(verbatim=verbatim, recurrence=recurrence)
