"""GET /organisations, /organisations/{organisation}/commitments and /dependent-outcomes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api import create_app
from graphmodel import GraphStore, Node, NodeKind, Provenance, Settings, contribution
from queries import commitments, dependent_outcomes
from tests.queries.graphs import load_samples


@pytest.fixture
def client(store: GraphStore) -> Iterator[TestClient]:
    load_samples(store)
    with TestClient(create_app(Settings(), store)) as client:
        yield client


def test_commitments_by_acronym_list_the_partnered_actions(client: TestClient) -> None:
    response = client.get("/organisations/UKBA/commitments")
    assert response.status_code == 200
    body = response.json()
    assert body["organisation"]["id"] == "org-uk-border-agency"
    assert [a["ref"] for a in body["partners_in"]] == ["3.3.1", "4.3.3"]
    assert body["leads"] == []
    action = body["partners_in"][0]
    assert set(action) >= {
        "id", "ref", "text", "plan", "region", "theme", "outcomes", "due", "status",
        "leads", "partners", "source",
    }  # fmt: skip
    assert action["source"]["file"] == "london-enriched-implementation-plan.txt"


def test_commitments_by_full_name_roll_up_teams_with_via(client: TestClient) -> None:
    body = client.get("/organisations/Greater London Authority/commitments").json()
    assert [a["ref"] for a in body["leads"]] == ["3.3.1", "3.3.2", "4.3.3"]
    assert {a["via"]["name"] for a in body["leads"]} == {"GLA Diversity and Social Policy Team"}


def test_a_name_with_a_slash_still_reaches_the_organisation(client: TestClient) -> None:
    body = client.get("/organisations/FE/HE providers/commitments")
    assert body.status_code == 404
    assert body.json()["error"]["type"] == "OrganisationNotFound"


def test_an_unknown_organisation_is_404_with_the_closest_names(client: TestClient) -> None:
    response = client.get("/organisations/Refugee Councel Trust/commitments")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["type"] == "OrganisationNotFound"
    assert "Refugee Councel Trust" in error["message"]
    assert "org-refugee-council" in [c["id"] for c in error["details"]["closest"]]


def test_an_ambiguous_name_is_409_with_the_candidates(
    client: TestClient, store: GraphStore
) -> None:
    other = Node(
        id="org-police-elsewhere",
        kind=NodeKind.ORGANISATION,
        name="Police",
        provenance=(Provenance(plan="plan-extra", document="extra.txt"),),
    )
    store.write(contribution("plan-extra", [other], []))
    response = client.get("/organisations/police/dependent-outcomes")
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["type"] == "AmbiguousName"
    assert [c["id"] for c in error["details"]["candidates"]] == [
        "org-police",
        "org-police-elsewhere",
    ]


def test_dependent_outcomes_say_how_each_outcome_relies_on_it(client: TestClient) -> None:
    body = client.get("/organisations/emfec/dependent-outcomes").json()
    first = body["outcomes"][0]
    assert first["outcome"]["name"] == "Mapping exercise conducted across the East Midlands"
    assert first["dependency"] == "sole_lead"
    assert [a["ref"] for a in first["via"]] == ["13.1", "13.2", "13.4"]
    assert {o["dependency"] for o in body["outcomes"]} == {"sole_lead", "co_lead", "partner"}


def test_organisations_are_listed_and_matched(client: TestClient) -> None:
    listed = client.get("/organisations", params={"limit": 3, "offset": 1}).json()
    assert listed["total"] == 24
    assert len(listed["organisations"]) == 3
    matched = client.get("/organisations", params={"q": "police"}).json()
    assert matched["organisations"][0]["name"] == "Police"


def test_a_bad_page_size_is_422_naming_the_field(client: TestClient) -> None:
    response = client.get("/organisations", params={"limit": 0})
    assert response.status_code == 422
    assert "limit" in response.json()["error"]["message"]


@pytest.mark.parametrize("question", ["commitments", "dependent-outcomes"])
def test_answers_are_the_query_layers_json_as_documented(
    client: TestClient, store: GraphStore, question: str
) -> None:
    """Routes return pydantic's own JSON (no FastAPI re-encoding) on either store: the body is
    exactly the query's answer, and the OpenAPI document still names its model."""
    ask = commitments if question == "commitments" else dependent_outcomes
    response = client.get(f"/organisations/Greater London Authority/{question}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == ask(store, "Greater London Authority").model_dump(mode="json")
    schema = client.get("/openapi.json").json()["paths"][
        f"/organisations/{{organisation}}/{question}"
    ]
    ref = schema["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.endswith("Commitments" if question == "commitments" else "DependentOutcomes")
