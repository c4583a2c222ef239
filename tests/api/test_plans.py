"""Plans, health, the JSON error shape, and 503 while Neo4j is unreachable."""

from __future__ import annotations

import socket

from fastapi.testclient import TestClient

from api import create_app
from graphmodel import GraphStore, Settings
from tests.graphmodel.test_store_contract import EAST_MIDLANDS, LONDON


def test_health_reports_the_store_and_its_counts(store: GraphStore) -> None:
    store.write(LONDON)
    with TestClient(create_app(Settings(), store)) as client:
        body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["counts"]["Action"] == 2


def test_plans_are_listed_and_read_by_id(store: GraphStore) -> None:
    store.write(LONDON)
    store.write(EAST_MIDLANDS)
    with TestClient(create_app(Settings(), store)) as client:
        listed = client.get("/plans").json()
        one = client.get("/plans/plan-london")
    assert [p["id"] for p in listed] == ["plan-east-midlands", "plan-london"]
    assert one.status_code == 200
    assert one.json()["title"] == "Plan plan-london"


def test_an_unknown_plan_is_a_404_in_the_one_error_shape(store: GraphStore) -> None:
    with TestClient(create_app(Settings(), store)) as client:
        response = client.get("/plans/plan-nowhere")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["type"] == "PlanNotFound"
    assert "plan-nowhere" in error["message"]


def test_an_unknown_route_is_a_404_in_the_one_error_shape(embedded_store: GraphStore) -> None:
    with TestClient(create_app(Settings(), embedded_store)) as client:
        response = client.get("/no/such/thing")
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "NotFound"


def test_an_unreachable_neo4j_gives_503_with_the_reason_not_a_traceback() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = Settings(store=f"bolt://127.0.0.1:{port}", neo4j_password="x")
    with TestClient(create_app(settings)) as client:
        response = client.get("/plans")
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["type"] == "StoreUnavailable"
    assert f"127.0.0.1:{port}" in error["message"]
