"""POST /scenarios/withdrawal, GET /overlaps, POST /overlaps/similar, GET /search; bad input
is 422 naming the field, an unreachable store is 503, and never a 500."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api import create_app
from graphmodel import GraphStore, Settings
from queries import DEFAULT_MIN_SCORE, overlaps, write_overlaps
from tests.queries.graphs import load_samples


@pytest.fixture
def client(store: GraphStore) -> Iterator[TestClient]:
    load_samples(store)
    with TestClient(create_app(Settings(), store)) as client:
        yield client


def test_withdrawal_reports_orphans_bodies_and_replacements(client: TestClient) -> None:
    response = client.post("/scenarios/withdrawal", json={"organisations": ["emfec"]})
    assert response.status_code == 200
    body = response.json()
    assert [o["name"] for o in body["withdrawn"]] == ["emfec"]
    assert [a["ref"] for a in body["orphaned_actions"]] == ["13.1", "13.2"]
    assert [a["ref"] for a in body["weakened_actions"]] == ["9.1", "13.4", "13.6"]
    assert body["bodies_affected"][0]["body"]["name"] == "Syrian resettlement subgroup"
    assert body["replacements"][0]["candidates"][0]["organisation"]["acronym"] == "EMSMP"
    assert body["severity"]["level"] == "medium"


def test_withdrawal_of_a_chairs_council_flags_the_board(client: TestClient) -> None:
    body = client.post(
        "/scenarios/withdrawal", json={"organisations": ["Northamptonshire County Council"]}
    ).json()
    [board] = body["bodies_affected"]
    assert board["lost_chair"] is True


@pytest.mark.parametrize(
    "payload", [{"organisations": []}, {}, {"organisations": [""]}, {"organisations": "GLA"}]
)
def test_a_bad_withdrawal_body_is_422_naming_organisations(
    client: TestClient, payload: dict
) -> None:
    response = client.post("/scenarios/withdrawal", json=payload)
    assert response.status_code == 422
    assert "organisations" in response.json()["error"]["message"]


def test_withdrawing_an_unknown_organisation_is_404(client: TestClient) -> None:
    response = client.post("/scenarios/withdrawal", json={"organisations": ["GLA", "Nobody"]})
    assert response.status_code == 404
    assert response.json()["error"]["details"]["query"] == "Nobody"


def test_overlaps_find_the_cross_region_duplicates_and_page(client: TestClient) -> None:
    body = client.get("/overlaps").json()
    assert body["min_score"] == DEFAULT_MIN_SCORE
    refs = [{p["a"]["ref"], p["b"]["ref"]} for p in body["pairs"]]
    assert {"4.C.2", "hate-crime-training"} in refs
    assert {"13.6", "3.3.1"} in refs
    page = client.get("/overlaps", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == body["total"]
    assert page["pairs"] == body["pairs"][1:2]


def test_overlaps_filter_by_region_and_theme(client: TestClient) -> None:
    body = client.get("/overlaps", params={"region": "North East", "min_score": 0.2}).json()
    assert body["total"] > 0
    assert all("North East" in (p["a"]["region"], p["b"]["region"]) for p in body["pairs"])


def test_stored_overlaps_are_read_back(client: TestClient, store: GraphStore) -> None:
    assert client.get("/overlaps", params={"stored": True}).json()["total"] == 0
    write_overlaps(store, overlaps(store))
    stored = client.get("/overlaps", params={"stored": True}).json()
    computed = client.get("/overlaps").json()
    assert stored["source"] == "stored"
    assert stored["pairs"] == computed["pairs"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"min_score": 0}, "min_score"),
        ({"min_score": 2}, "min_score"),
        ({"min_score": "high"}, "min_score"),
        ({"limit": -1}, "limit"),
        ({"offset": -5}, "offset"),
    ],
)
def test_bad_overlap_parameters_are_422_naming_the_field(
    client: TestClient, params: dict, field: str
) -> None:
    response = client.get("/overlaps", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["type"] == "InvalidParameter"
    assert field in error["message"]


def test_a_new_action_is_checked_against_existing_ones(client: TestClient) -> None:
    response = client.post(
        "/overlaps/similar",
        json={"text": "Map ESOL provision and identify gaps in the region", "limit": 3},
    )
    assert response.status_code == 200
    matches = response.json()["matches"]
    assert 0 < len(matches) <= 3
    assert "ESOL" in matches[0]["shared_terms"]
    assert client.post("/overlaps/similar", json={"text": ""}).status_code == 422


def test_search_finds_organisations_and_actions_with_kinds_and_scores(
    client: TestClient,
) -> None:
    body = client.get("/search", params={"q": "UKBA"}).json()
    assert body["hits"][0]["id"] == "org-uk-border-agency"
    actions = client.get("/search", params={"q": "hate crime training", "kind": "Action"}).json()
    assert {h["kind"] for h in actions["hits"]} == {"Action"}
    assert actions["hits"][0]["detail"] == "hate-crime-training"
    both = client.get(
        "/search", params=[("q", "police"), ("kind", "Organisation"), ("kind", "Action")]
    )
    assert {h["kind"] for h in both.json()["hits"]} == {"Organisation", "Action"}


def test_search_leaves_people_out_when_the_deployment_says_so(store: GraphStore) -> None:
    load_samples(store)
    with TestClient(create_app(Settings(include_people=False), store)) as client:
        body = client.get("/search", params={"q": "Heather Smith"}).json()
    assert all(h["kind"] != "Person" for h in body["hits"])


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "q"),
        ({"q": ""}, "q"),
        ({"q": "x", "kind": "Dog"}, "kind"),
        ({"q": "x", "limit": 0}, "limit"),
    ],
)
def test_bad_search_parameters_are_422_naming_the_field(
    client: TestClient, params: dict, field: str
) -> None:
    response = client.get("/search", params=params)
    assert response.status_code == 422
    assert field in response.json()["error"]["message"]


def test_the_openapi_document_describes_every_question(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/organisations",
        "/organisations/{organisation}/commitments",
        "/organisations/{organisation}/dependent-outcomes",
        "/scenarios/withdrawal",
        "/overlaps",
        "/overlaps/similar",
        "/search",
    ):
        assert path in paths
    assert "404" in paths["/organisations/{organisation}/commitments"]["get"]["responses"]


@pytest.mark.parametrize(
    ("method", "path", "payload"),
    [
        ("get", "/organisations/UKBA/commitments", None),
        ("get", "/organisations/UKBA/dependent-outcomes", None),
        ("get", "/organisations", None),
        ("post", "/scenarios/withdrawal", {"organisations": ["UKBA"]}),
        ("get", "/overlaps", None),
        ("post", "/overlaps/similar", {"text": "ESOL"}),
        ("get", "/search?q=ukba", None),
    ],
)
def test_an_unreachable_neo4j_is_503_for_every_question(
    method: str, path: str, payload: dict | None
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = Settings(store=f"bolt://127.0.0.1:{port}", neo4j_password="x")
    with TestClient(create_app(settings)) as client:
        response = client.request(method, path, json=payload)
    assert response.status_code == 503
    assert response.json()["error"]["type"] == "StoreUnavailable"
