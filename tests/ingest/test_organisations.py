"""Splitting run-together bodies and classifying mentions, on the sample plans' own cells."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.gazetteer import Gazetteer
from ingest.organisations import JOINERS, MentionKind, classify_mention, split_bodies

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"


def _london_partner_cells() -> dict[str, str]:
    """Proposed action ref -> its "Delivery Partners" cell, tags removed, as plain text."""
    cells: dict[str, str] = {}
    text = (PLANS / "london-enriched-implementation-plan.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        match = re.match(r"^(?:<p>)?(\d+\.\d+\.\d+)", line)
        if match and line.count("\t") >= 4:
            cell = re.sub(r"<[^>]+>", " ", line.split("\t")[3])
            cells[match.group(1)] = " ".join(cell.split())
    return cells


LONDON = _london_partner_cells()
WORDS = sorted({w for cell in LONDON.values() for w in cell.split()})


def _words(text: str) -> Counter[str]:
    return Counter(w for w in re.findall(r"[A-Za-z0-9]+", text) if w not in JOINERS)


def test_every_london_action_has_its_partner_cell() -> None:
    assert len(LONDON) == 34


def test_london_3_3_1_cell_is_seven_bodies() -> None:
    assert split_bodies(LONDON["3.3.1"]) == [
        "GLA Diversity and Social Policy Team",
        "Learning and Skills Council",
        "ESOL providers",
        "CLG",
        "GOL",
        "UKBA",
        "Refugee Council",
    ]


def test_london_4_3_3_cell_splits_at_every_body() -> None:
    assert split_bodies(LONDON["4.3.3"]) == [
        "GLA Diversity and Social Policy Team",
        "GLA Housing Unit",
        "Homeless Link",
        "Refugee Council",
        "Other migrant and refugee organisations",
        "London Councils",
        "No Recourse to Public Funds Network",
        "Faith Groups",
        "local Asylum Seeker Day Centres",
        "UKBA",
        "JobcentrePlus",
        "London Homelessness Partnership",
    ]


def test_parenthesised_acronyms_stay_with_their_names_across_a_slash() -> None:
    assert split_bodies(LONDON["3.3.2"]) == [
        "GLA Diversity and Social Policy Team",
        "LSEB",
        "London Strategic Migration Partnership (LSMP)",
        "Migrant and Refugee Advisory Panel (MRAP)",
    ]


def test_notes_in_brackets_stay_with_their_body() -> None:
    bodies = split_bodies(LONDON["9.3.4"])
    assert "No Recourse to Public Funds Network (LB Islington)" in bodies
    assert "GLA Housing Unit (advisory role)" in split_bodies(LONDON["4.3.1"])


def test_a_body_named_within_another_joins_it_by_a_dash() -> None:
    assert "UKBA - Office of the Chief Inspector" in split_bodies(LONDON["7.3.5"])


def test_unknown_bodies_split_by_capitalisation() -> None:
    assert split_bodies(LONDON["9.3.5"])[-2:] == [
        "Time Together",
        "Mainstream volunteering and mentoring project",
    ]


def test_every_london_cell_keeps_every_word() -> None:
    for ref, cell in LONDON.items():
        bodies = split_bodies(cell)
        assert _words(" ".join(bodies)) >= _words(cell), ref


@pytest.mark.parametrize(
    "name",
    [
        "Oadby & Wigston Borough Council",
        "Asylum Support/Housing",
        "FE/HE providers",
        "Department for Business, Energy and Industrial Strategy",
        "Learning and Skills Council",
        "London Chamber of Commerce and Industry",
        "Hope Church Central",
        "South Cheshire Multi-Cultural Forum (MCF)",
    ],
)
def test_separators_inside_a_name_do_not_split_it(name: str) -> None:
    assert split_bodies(name) == [name]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("LDA/GLA Diversity and Social Policy Team", ["LDA", "GLA Diversity and Social Policy Team"]),
        ("Public Health/KK/DC", ["Public Health", "KK", "DC"]),
        ("EMSMP/LAs/ADCS", ["EMSMP", "LAs", "ADCS"]),
        ("Policy officer/emfec", ["Policy officer", "emfec"]),
        ("Steven Hume/Janine Hartley", ["Steven Hume", "Janine Hartley"]),
        ("GLA Events Team/ GLA Diversity and Social Policy Team",
         ["GLA Events Team", "GLA Diversity and Social Policy Team"]),
        ("VCAS, Cleveland Police and RRF", ["VCAS", "Cleveland Police", "RRF"]),
        ("Home Office and G4S", ["Home Office", "G4S"]),
        ("Refugee Council; Migrant Help\nBaca", ["Refugee Council", "Migrant Help", "Baca"]),
    ],
)  # fmt: skip
def test_co_leads_and_lists_split_into_bodies(text: str, bodies: list[str]) -> None:
    assert split_bodies(text) == bodies


def test_empty_text_names_no_body() -> None:
    assert split_bodies("") == []
    assert split_bodies("  ,; / ") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cllr Heather Smith", MentionKind.PERSON),
        ("Mayor (Kit Malthouse)", MentionKind.PERSON),
        ("Steven Hume", MentionKind.PERSON),
        ("Satnam Singh", MentionKind.PERSON),
        ("Rebecca Stubbs", MentionKind.PERSON),
        ("KK", MentionKind.INITIALS),
        ("SAC", MentionKind.INITIALS),
        ("InspKW", MentionKind.INITIALS),
        ("Insp KW", MentionKind.INITIALS),
        ("UKBA", MentionKind.ORGANISATION),
        ("emfec", MentionKind.ORGANISATION),
        ("Refugee Council", MentionKind.ORGANISATION),
        ("G4S", MentionKind.ORGANISATION),
        ("Hope Church Central", MentionKind.ORGANISATION),
        ("Upbeat Communities", MentionKind.ORGANISATION),
        ("Refugee Council Specialist Team", MentionKind.TEAM),
        ("GLA Diversity and Social Policy Team", MentionKind.TEAM),
        ("GLA Housing Unit", MentionKind.TEAM),
        ("London boroughs", MentionKind.CATEGORY),
        ("PCTs", MentionKind.CATEGORY),
        ("ESOL providers", MentionKind.CATEGORY),
        ("Police", MentionKind.GENERIC),
        ("Public Health", MentionKind.GENERIC),
        ("Communities Team", MentionKind.GENERIC),
        ("Community Cohesion Team", MentionKind.GENERIC),
        ("Local Authority", MentionKind.GENERIC),
        ("Council", MentionKind.GENERIC),
        ("the Council", MentionKind.GENERIC),
        ("Regional Migration Board", MentionKind.BOARD),
        ("Youth Multi Cultural Forum", MentionKind.BOARD),
        ("Community Cohesion Steering Group", MentionKind.TASK_GROUP),
        ("Community Cohesion Schools Working Group", MentionKind.TASK_GROUP),
        ("anti-trafficking sub-group", MentionKind.TASK_GROUP),
        ("Partnership Lead Officer", MentionKind.ROLE_TITLE),
        ("EMC Officers", MentionKind.ROLE_TITLE),
        ("Lead DCS", MentionKind.ROLE_TITLE),
        ("", MentionKind.UNKNOWN),
        ("--", MentionKind.UNKNOWN),
    ],
)
def test_mentions_are_classified_by_general_rules(text: str, kind: MentionKind) -> None:
    assert classify_mention(text) == kind


names = st.sampled_from([n for b in Gazetteer.default().bodies for n in b.names])
cell_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from([",", ";", "/", "&", "and", "\n", "-"])),
    max_size=40,
).map(" ".join)


@given(st.one_of(cell_text, st.text(max_size=200)))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_splitting_never_crashes_nor_loses_a_word(text: str) -> None:
    bodies = split_bodies(text)
    assert all(body.strip() for body in bodies)
    assert _words(" ".join(bodies)) >= _words(text)


@given(names)
@settings(max_examples=300, deadline=None)
def test_a_single_known_name_splits_into_itself(name: str) -> None:
    assert split_bodies(name) == [name]


@given(cell_text)
@settings(max_examples=200, deadline=None)
def test_splitting_a_split_body_again_changes_nothing(text: str) -> None:
    for body in split_bodies(text):
        assert split_bodies(body) == [body]


@given(st.one_of(cell_text, st.text(max_size=120)))
@settings(max_examples=300, deadline=None)
def test_classifying_never_crashes(text: str) -> None:
    assert isinstance(classify_mention(text), MentionKind)


@given(names)
@settings(max_examples=200, deadline=None)
def test_known_names_are_bodies_teams_or_categories(name: str) -> None:
    assert classify_mention(name) in (
        MentionKind.ORGANISATION,
        MentionKind.TEAM,
        MentionKind.CATEGORY,
    )


def test_a_dropped_and_keeps_two_names_apart() -> None:
    assert split_bodies("Local Authority & delivery partners") == [
        "Local Authority",
        "delivery partners",
    ]
