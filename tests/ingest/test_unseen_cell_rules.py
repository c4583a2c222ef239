"""The general rules unseen plans needed, on their own: names cut by page breaks, posts in
named bodies, pieces of one name the body splitter cut apart, inline notes on list items and
quarters of named financial years. Hypothesis checks they never merge two known bodies, lose a
name, or misdate a quarter."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.cells import interpret, name_cut, parse_actors, split_names
from ingest.gazetteer import Gazetteer
from ingest.layout import _list_action
from ingest.organisations import split_bodies
from ingest.roles import ColumnRole
from ingest.tablemodel import Cell
from ingest.timescales import PlanYear, parse_timescale

#: Known bodies whose names carry no separator of their own, to build cells from.
KNOWN = sorted(
    {
        body.canonical
        for body in Gazetteer.default().bodies
        if not body.is_category
        and not any(ch in body.canonical for ch in ",;/()&+")
        and " and " not in body.canonical
        and len(body.canonical.split()) >= 2
    }
)
POSTS = ["Housing Solutions Manager", "Head of Service", "Service Manager", "Project Officer"]
MONTHS = ["January", "March", "June", "September", "December"]


def test_a_name_cut_by_a_page_break_is_seen_only_when_both_halves_are_parts() -> None:
    assert name_cut("EMC officers, EMSMP Board and Asylum", "Support Group")
    assert name_cut("Mears Group, Migrant Help and Asylum", "Seekers Support Group")
    assert not name_cut("Refugee Council, Home Office", "Migrant Help")
    assert not name_cut("Bradford Council", "Support Group")
    assert not name_cut("EMSMP and", "Home Office")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(KNOWN), min_size=2, max_size=2, unique=True))
def test_two_known_bodies_either_side_of_a_page_break_are_never_joined(pair: list[str]) -> None:
    assert not name_cut(pair[0], pair[1])


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(KNOWN), min_size=1, max_size=4, unique=True),
    st.sampled_from([", ", "; ", "\n"]),
)
def test_known_bodies_listed_with_separators_come_back_as_listed(
    names: list[str], separator: str
) -> None:
    assert split_names(separator.join(names), split_bodies) == names


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(POSTS), st.sampled_from(KNOWN))
def test_a_post_in_a_named_body_is_that_body(post: str, body: str) -> None:
    mention = interpret(f"{post}, {body}")
    assert (mention.shape, mention.organisation, mention.role) == ("role_title", body, post)


def test_pieces_no_body_is_called_by_alone_rejoin_their_name() -> None:
    for name in [
        "Sheffield Teaching Hospitals NHS Foundation Trust",
        "NHS Norfolk and Waveney ICB",
        "City of Sanctuary Sheffield",
        "Horton Housing Association",
        "ESOL Task Group",
        "Kent County Council Public Health",
    ]:
        assert split_names(name, split_bodies) == [name]


def test_bold_marks_the_lead_even_when_the_header_does_not_say_so() -> None:
    cell = Cell(
        text="Sheffield College\nSheffield City Council\nRefugee Council",
        items=("Sheffield College", "Sheffield City Council", "Refugee Council"),
        bold=("Sheffield City Council",),
    )
    parsed = parse_actors(cell, ColumnRole.ACTORS, "labelled")
    assert [m.name for m in parsed.leads] == ["Sheffield City Council"]
    assert [m.name for m in parsed.partners] == ["Sheffield College", "Refugee Council"]


def test_a_lead_marker_mid_cell_makes_what_follows_partners() -> None:
    cell = Cell(
        text="West Yorkshire Police (lead) and Bradford Council",
        items=("West Yorkshire Police (lead) and Bradford Council",),
    )
    parsed = parse_actors(cell, ColumnRole.LEAD)
    assert [m.name for m in parsed.leads] == ["West Yorkshire Police"]
    assert [m.name for m in parsed.partners] == ["Bradford Council"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Map ESOL provision", "Publish a welcome guide", "Run employer events"]),
    st.sampled_from(KNOWN),
    st.lists(st.sampled_from(KNOWN), min_size=1, max_size=2, unique=True),
    st.sampled_from(MONTHS),
    st.integers(min_value=2019, max_value=2030),
    st.sampled_from([" — by ", " – by ", " - by ", " (by ", " — "]),
)
def test_a_list_item_note_gives_lead_partners_and_date(
    text: str, lead: str, partners: list[str], month: str, year: int, dash: str
) -> None:
    if lead in partners:
        return
    when = f"{month} {year}"
    tail = f"{dash}{when})" if dash.strip().startswith("(") else f"{dash}{when}"
    item = f"{text} (Lead: {lead}; Partners: {', '.join(partners)}){tail}"
    parsed = _list_action(item, split_bodies)
    assert parsed is not None
    _, body, actors, found_when = parsed
    assert body == text
    assert [m.name for m in actors.leads] == [lead]
    assert [m.name for m in actors.partners] == partners
    assert found_when is not None and parse_timescale(found_when).due is not None


@given(
    st.integers(min_value=1, max_value=4),
    st.integers(min_value=2000, max_value=2040),
    st.integers(min_value=2000, max_value=2040),
)
def test_a_quarter_of_a_named_financial_year_lies_in_that_year(
    quarter: int, stated: int, plan: int
) -> None:
    text = f"Q{quarter} {stated}/{(stated + 1) % 100:02d}"
    due = date.fromisoformat(parse_timescale(text, PlanYear.from_period(f"{plan}/{plan + 1}")).due)
    assert date(stated, 4, 1) < due <= date(stated + 1, 3, 31)


def _cell(text: str, role: ColumnRole):  # type: ignore[no-untyped-def]
    convention = "labelled" if role == ColumnRole.ACTORS else None
    return parse_actors(Cell(text=text, items=(text,)), role, convention, split_bodies)


def test_a_named_officer_with_their_body_in_brackets_or_after_a_comma() -> None:
    for text in ("Jo Bloggs (Bradford Council)", "Jo Bloggs, Bradford Council"):
        (lead,) = _cell(text, ColumnRole.LEAD).leads
        assert (lead.shape, lead.name, lead.organisation) == (
            "person_of_organisation",
            "Jo Bloggs",
            "Bradford Council",
        )
    (post,) = _cell("Head of Housing (Leeds City Council)", ColumnRole.LEAD).leads
    assert (post.organisation, post.role) == ("Leeds City Council", "Head of Housing")


def test_support_words_after_a_lead_name_its_partners() -> None:
    for joiner in ("with support from", "supported by", "working with"):
        parsed = _cell(f"Leeds City Council {joiner} Refugee Action", ColumnRole.LEAD)
        assert [m.name for m in parsed.leads] == ["Leeds City Council"]
        assert [m.name for m in parsed.partners] == ["Refugee Action"]
    assert [m.name for m in _cell("Working with Families Team", ColumnRole.LEAD).leads] == [
        "Working with Families Team"
    ]


def test_labels_with_dashes_and_words_that_name_nobody() -> None:
    parsed = _cell("Lead – Leeds City Council, Support – Refugee Action", ColumnRole.ACTORS)
    assert [m.name for m in parsed.leads] == ["Leeds City Council"]
    assert [m.name for m in parsed.partners] == ["Refugee Action"]
    listed = _cell("e.g. Refugee Action, Migrant Help etc.", ColumnRole.PARTNERS)
    assert [m.name for m in listed.partners] == ["Refugee Action", "Migrant Help"]
    assert [m.name for m in _cell("Leeds City Council and partners", ColumnRole.LEAD).leads] == [
        "Leeds City Council"
    ]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(KNOWN))
def test_a_known_body_alone_in_a_lead_cell_is_that_body(body: str) -> None:
    assert [m.name for m in _cell(body, ColumnRole.LEAD).leads] == [body]


@pytest.mark.parametrize(
    "lead",
    [
        "Hull City Council Housing Options",
        "Leeds City Council Revenues and Benefits",
        "Bristol City Council Refugee Resettlement Team",
        "Kent County Council Children and Families",
    ],
)
def test_a_council_service_area_after_its_council_is_its_team(lead: str) -> None:
    assert [e.name for e in _cell(lead, ColumnRole.LEAD).leads] == [lead]


def test_a_known_body_after_a_council_stays_a_body_of_its_own() -> None:
    parsed = _cell("Hull City Council Refugee Council", ColumnRole.LEAD)
    assert [e.name for e in parsed.leads] == ["Hull City Council", "Refugee Council"]
