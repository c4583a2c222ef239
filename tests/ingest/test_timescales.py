"""Timescale cells: dates, quarters in the plan's year, recurrences; verbatim always kept."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.timescales import PlanYear, parse_timescale

FY_2018 = PlanYear.from_period("2018/19")


@pytest.mark.parametrize(
    ("text", "due", "recurrence"),
    [
        ("1st quarter", "2018-06-30", None),
        ("1 st quarter", "2018-06-30", None),
        ("Q3", "2018-12-31", None),
        ("4th quarter", "2019-03-31", None),
        ("Quarterly", None, "quarterly"),
        ("Monthly/Quarterly", None, "monthly and quarterly"),
        ("Ongoing", None, "ongoing"),
        ("On going as per meeting schedule", None, "ongoing"),
        ("As required", None, "as required"),
        ("4 x per year", None, "4 per year"),
        ("June 2018", "2018-06-30", None),
        ("30 June 2017", "2017-06-30", None),
        ("30th May 2017", "2017-05-30", None),
        ("31 st October 2018", "2018-10-31", None),
        ("end June 2017", "2017-06-30", None),
        ("06.01.2017", "2017-01-06", None),
        ("14.1.17", "2017-01-14", None),
        ("1st quarter and ongoing", "2018-06-30", "ongoing"),
    ],
)
def test_timescale_wordings_normalise(text: str, due: str | None, recurrence: str | None) -> None:
    parsed = parse_timescale(text, FY_2018)
    assert parsed.due == due
    assert parsed.recurrence == recurrence
    assert parsed.verbatim == text


def test_open_ended_year_starts_a_period_with_no_due_date() -> None:
    parsed = parse_timescale("2019 onwards", FY_2018)
    assert parsed.start == "2019-01-01"
    assert parsed.due is None


def test_financial_year_quarters_run_april_to_march() -> None:
    assert FY_2018 is not None
    assert FY_2018.quarter(1) == (date(2018, 4, 1), date(2018, 6, 30))
    assert FY_2018.quarter(4) == (date(2019, 1, 1), date(2019, 3, 31))


def test_calendar_year_quarters_when_the_plan_names_one_year() -> None:
    parsed = parse_timescale("Q2", PlanYear.from_period("December 2009"))
    assert (parsed.start, parsed.due) == ("2009-04-01", "2009-06-30")


def test_quarter_without_plan_year_keeps_only_the_words() -> None:
    parsed = parse_timescale("Q2", None)
    assert parsed.due is None
    assert parsed.verbatim == "Q2"


@given(st.text(max_size=60))
def test_any_text_parses_without_error_and_is_kept(text: str) -> None:
    parsed = parse_timescale(text, FY_2018)
    assert parsed.verbatim == " ".join(text.split())


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)), st.booleans())
def test_day_month_year_dates_round_trip(day: date, ordinal: bool) -> None:
    suffix = "th" if ordinal else ""
    text = f"{day.day}{suffix} {calendar.month_name[day.month]} {day.year}"
    assert parse_timescale(text, None).due == day.isoformat()
    assert parse_timescale(day.strftime("%d.%m.%Y"), None).due == day.isoformat()


@given(st.integers(min_value=1990, max_value=2090), st.integers(min_value=1, max_value=12))
def test_month_and_year_is_due_at_month_end(year: int, month: int) -> None:
    parsed = parse_timescale(f"{calendar.month_name[month]} {year}", None)
    assert parsed.due == date(year, month, calendar.monthrange(year, month)[1]).isoformat()


@given(st.integers(min_value=1990, max_value=2090), st.integers(min_value=1, max_value=4))
def test_quarters_fall_inside_the_financial_year(year: int, quarter: int) -> None:
    plan_year = PlanYear(start_year=year, financial=True)
    parsed = parse_timescale(f"Q{quarter}", plan_year)
    assert parsed.start is not None and parsed.due is not None
    assert date(year, 4, 1) <= date.fromisoformat(parsed.start) <= date.fromisoformat(parsed.due)
    assert date.fromisoformat(parsed.due) <= date(year + 1, 3, 31)
