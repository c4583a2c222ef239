"""Search over organisations, bodies, people, plans and actions."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from queries import InvalidQuery, list_organisations, search


def test_an_acronym_finds_its_organisation_first(samples: GraphStore) -> None:
    answer = search(samples, "UKBA")
    assert answer.hits[0].id == "org-uk-border-agency"
    assert answer.hits[0].kind == "Organisation"
    assert answer.hits[0].score == 1.0


def test_a_plan_number_finds_its_action(samples: GraphStore) -> None:
    [hit] = search(samples, "3.3.1", kinds=["Action"]).hits
    assert hit.detail == "3.3.1"
    assert hit.plan == "plan-london"


def test_words_find_actions_by_what_they_are_about(samples: GraphStore) -> None:
    answer = search(samples, "hate crime training", kinds=["action"])
    assert {h.kind for h in answer.hits} == {"Action"}
    assert answer.hits[0].detail == "hate-crime-training"
    assert answer.total >= 3


def test_kinds_narrow_the_search_and_people_can_be_left_out(samples: GraphStore) -> None:
    people = search(samples, "Heather Smith", kinds=["Person"])
    assert [h.name for h in people.hits] == ["Cllr Heather Smith"]
    assert search(samples, "Heather Smith", kinds=["Person"], include_people=False).hits == []
    plans = search(samples, "London", kinds=["Plan"])
    assert [h.id for h in plans.hits] == ["plan-london"]


def test_a_misspelt_name_still_finds_it(samples: GraphStore) -> None:
    assert search(samples, "Refugee Councl").hits[0].id == "org-refugee-council"


def test_hits_are_best_first_and_limited(samples: GraphStore) -> None:
    answer = search(samples, "refugee", limit=3)
    assert len(answer.hits) == 3
    assert answer.total > 3
    scores = [h.score for h in answer.hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"q": " "}, "q"), ({"q": "x", "limit": 0}, "limit"), ({"q": "x", "kinds": ["Dog"]}, "kind")],
)
def test_bad_search_parameters_are_refused_naming_the_field(
    samples: GraphStore, kwargs: dict, field: str
) -> None:
    with pytest.raises(InvalidQuery) as caught:
        search(samples, **kwargs)
    assert caught.value.details == {"field": field}


def test_organisations_are_listed_by_name_or_by_match(samples: GraphStore) -> None:
    everyone = list_organisations(samples, limit=5)
    assert everyone.total == 24
    names = [o.name for o in everyone.organisations]
    assert names == sorted(names, key=str.lower)
    police = list_organisations(samples, "police")
    assert [o.name for o in police.organisations] == [
        "Police",
        "Cleveland Police",
        "Police hate crime team",
    ]
    assert police.organisations[0].plans == ["plan-crewe"]
