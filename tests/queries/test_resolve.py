"""Names as coordinators type them resolve to one organisation, or say why not."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore, Node, NodeKind, Provenance, contribution
from queries import AmbiguousName, InvalidQuery, OrganisationNotFound, resolve_actor


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("org-uk-border-agency", "org-uk-border-agency"),
        ("UK Border Agency", "org-uk-border-agency"),
        ("ukba", "org-uk-border-agency"),
        ("LSC", "org-learning-and-skills-council"),
        ("Refugee Councl", "org-refugee-council"),
        ("Heather Smith", "person-plan-east-midlands-cllr-heather-smith"),
        ("Regional Migration Board", "board-plan-east-midlands-regional-migration-board"),
    ],
)
def test_ids_names_aliases_acronyms_and_near_spellings_resolve(
    samples: GraphStore, typed: str, expected: str
) -> None:
    assert resolve_actor(samples, typed).id == expected


def test_an_unknown_name_is_not_found_with_the_closest_names(samples: GraphStore) -> None:
    with pytest.raises(OrganisationNotFound) as caught:
        resolve_actor(samples, "Refugee Action Trust")
    error = caught.value
    assert error.status_code == 404
    assert "Refugee Action Trust" in error.message
    closest = [c["id"] for c in error.details["closest"]]
    assert "org-refugee-council" in closest
    assert len(closest) <= 5
    assert "\n" not in error.message


def test_a_name_two_organisations_share_is_ambiguous_with_both_candidates(
    samples: GraphStore,
) -> None:
    other = Node(
        id="org-police-stockton",
        kind=NodeKind.ORGANISATION,
        name="Police",
        properties={"scope": "plan-extra"},
        provenance=(Provenance(plan="plan-extra", document="extra.txt"),),
    )
    samples.write(contribution("plan-extra", [other], []))
    with pytest.raises(AmbiguousName) as caught:
        resolve_actor(samples, "police")
    assert caught.value.status_code == 409
    assert [c["id"] for c in caught.value.details["candidates"]] == [
        "org-police",
        "org-police-stockton",
    ]


def test_an_empty_name_is_an_invalid_query(samples: GraphStore) -> None:
    with pytest.raises(InvalidQuery) as caught:
        resolve_actor(samples, "   ")
    assert caught.value.details == {"field": "organisation"}
