"""Two more unseen plans: a Word plan whose columns run in an unusual order with sections as
headings between tables, and a forum's CSV work plan with a "Link to strategy" theme column
and Welsh bodies ("Traumatic Stress Wales, Public Health Wales" are two bodies, not a person
of a body)."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, by_ref, check_actions
from tests.ingest.unseen.plans import CARDIFF_FILE, HULL_FILE, cardiff_csv, hull_word

HOUSING, CHILDREN = "Housing", "Children and young people"
HULL = {
    "Inspect all private rented properties offered to resettled families": Expected(
        theme=HOUSING,
        leads=["Hull City Council Housing Options"],
        partners=["Humberside Fire and Rescue Service", "Goodwin Development Trust"],
        due="2025-05-31",
        status="Green",
    ),
    "Support families to open bank accounts and claim Universal Credit": Expected(
        theme=HOUSING,
        leads=["Hull City Council"],
        partners=["Citizens Advice Hull & East Riding", "Department for Work and Pensions"],
        due="2025-03-31",
        status="Amber",
    ),
    "Publish a housing guide in Arabic, Dari and Pashto": Expected(
        theme=HOUSING, leads=["Refugee Council"], partners=[], due=None, status="Red"
    ),
    "Secure school places within 20 school days of arrival": Expected(
        theme=CHILDREN,
        leads=["Hull City Council Admissions Team", "Humber Teaching NHS Foundation Trust"],
        recurrence="ongoing",
    ),
    "Offer holiday activities (HAF) to every resettled child": Expected(
        theme=CHILDREN,
        leads=["Hull City Council"],
        partners=["Goodwin Development Trust"],
        due="2025-08-31",
    ),
}

CARDIFF = {
    "1a": Expected(
        theme="Safe homes",
        leads=["Cardiff Council"],
        partners=["Clearsprings Ready Homes", "Welsh Refugee Council", "Shelter Cymru"],
        due="2024-03-31",
    ),
    "1b": Expected(
        theme="Safe homes",
        leads=["Welsh Refugee Council"],
        partners=["Cardiff Council", "Department for Work and Pensions", "Home Office"],
        due="2024-11-30",
    ),
    "2a": Expected(
        theme="Health",
        leads=["Cardiff and Vale University Health Board"],
        partners=["Traumatic Stress Wales", "Public Health Wales"],
        recurrence="ongoing",
    ),
    "2b": Expected(
        theme="Health",
        leads=["Oasis Cardiff"],
        partners=["Cardiff and Vale University Health Board"],
        due="2023-12-31",
    ),
}


def _extract(data: bytes, name: str, tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(data, name, settings)


@pytest.fixture(scope="module")
def hull(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract(hull_word(), HULL_FILE, tmp_path_factory)


@pytest.fixture(scope="module")
def cardiff(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract(cardiff_csv(), CARDIFF_FILE, tmp_path_factory)


def test_columns_in_any_order_with_sections_as_headings(hull: Extraction) -> None:
    check_actions({a.text: a for a in hull.actions}, HULL)


def test_the_body_that_prepared_the_plan_owns_it(hull: Extraction) -> None:
    assert (hull.plan.owner, hull.plan.period, hull.plan.region) == (
        "Hull City Council",
        "2025-2026",
        "Yorkshire and the Humber",
    )


def test_link_to_strategy_is_the_theme_and_welsh_bodies_stay_bodies(cardiff: Extraction) -> None:
    check_actions(by_ref(cardiff), CARDIFF)
    assert cardiff.plan.region == "Wales"
    people = [e.name for e in cardiff.entities if e.kind == "Person"]
    assert people == []
