"""Listing and forgetting people on the five real sample plans, on both stores: what the
graph keeps about each person, and that forgetting takes out the person, their edges and
their name in the plan's texts, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from graphmodel import (
    EdgeKind,
    EmbeddedStore,
    GraphStore,
    Node,
    NodeKind,
    PlanNotFound,
    Provenance,
    Settings,
    contribution,
)
from ingest.pipeline import ingest_files
from queries import AmbiguousName, overlaps, stored_overlaps, write_overlaps
from queries import people as people_module
from queries.errors import GraphChanged, PersonNotFound
from queries.people import _read_owners, forget, list_people

LONDON = "plan-london-enriched-implementation-plan-december-200-cacd377c42"
CREWE = "plan-crewe-community-cohesion-project-action-plan-201-e2c3901e2b"
EAST_MIDLANDS = "plan-east-midlands-strategic-migration-partnership-bu-95d3bbe3fa"


@pytest.fixture
def real(store: GraphStore, sample_plans: list[Path]) -> GraphStore:
    report = ingest_files(sample_plans, store, Settings(store=store.uri, include_people=True))
    assert not report.failed, [f.error for f in report.failed]
    return store


def snapshot(store: GraphStore) -> dict[str, Any]:
    """The whole graph, with provenance as a set (a rewrite may append an owner's entry after
    another owner's instead of before)."""

    def prov(record: Any) -> frozenset[tuple[Any, ...]]:
        return frozenset((p.plan, p.document, p.line, p.confidence) for p in record.provenance)

    nodes = {
        n.id: (n.kind, n.name, tuple(sorted(map(repr, n.properties.items()))), prov(n))
        for n in store.nodes()
    }
    edges = {
        e.id: (e.kind, e.source, e.target, tuple(sorted(map(repr, e.properties.items()))), prov(e))
        for e in store.edges()
    }
    return {"nodes": nodes, "edges": edges}


def person_named(store: GraphStore, name: str) -> str:
    [found] = [n.id for n in store.nodes(NodeKind.PERSON) if n.name == name]
    return found


def test_people_lists_role_body_source_and_seats(real: GraphStore) -> None:
    people = {p.name: p for p in list_people(real).people}
    assert len(people) == 32
    heather = people["Heather Smith"]
    assert heather.body is not None and heather.body.name == "Northamptonshire County Council"
    assert heather.plan == EAST_MIDLANDS
    assert heather.source is not None
    assert (heather.source.file, heather.source.line) == (
        "east-midlands-smp-business-plan-2018-19.txt",
        55,
    )
    assert [(m.body.name, m.role) for m in heather.memberships] == [
        ("Regional Migration Board", "chair")
    ]
    assert (people["KK"].role, people["KK"].leads) == ("staff initials", 13)
    assert people["Mayor (Kit Malthouse)"].partners_in == 1


def test_people_of_one_plan(real: GraphStore) -> None:
    assert [p.name for p in list_people(real, LONDON).people] == ["Mayor (Kit Malthouse)"]
    crewe = [p.name for p in list_people(real, CREWE).people]
    assert crewe[:3] == ["KH", "SAC", "KK"]
    assert len(crewe) == 8
    with pytest.raises(PlanNotFound, match="'plan-nowhere'"):
        list_people(real, "plan-nowhere")


def test_forgetting_the_mayor_removes_him_and_only_him(real: GraphStore) -> None:
    before = snapshot(real)
    person = person_named(real, "Mayor (Kit Malthouse)")
    [edge] = [e for e in real.edges_of([person]) if e.kind == EdgeKind.PARTNER_IN]
    answer = forget(real, ["Kit Malthouse"])
    assert [p.name for p in answer.forgotten] == ["Mayor (Kit Malthouse)"]
    assert [(r.owner, r.people_removed, r.edges_removed) for r in answer.plans] == [(LONDON, 1, 1)]
    after = snapshot(real)
    assert set(before["nodes"]) - set(after["nodes"]) == {person}
    assert set(before["edges"]) - set(after["edges"]) == {edge.id}
    assert set(after["nodes"]) <= set(before["nodes"])
    assert {k: v for k, v in before["nodes"].items() if k != person} == after["nodes"]
    assert {k: v for k, v in before["edges"].items() if k != edge.id} == after["edges"]
    partners = {far.name for _, far in real.neighbours([edge.target], [EdgeKind.PARTNER_IN], "in")}
    assert {"Refugee Council", "Anti-Slavery International"} <= partners


def test_forgetting_staff_initials_redacts_them_in_the_plans_texts(real: GraphStore) -> None:
    comments = {
        n.id: n.get("comments") for n in real.nodes(NodeKind.ACTION) if n.get("plan") == CREWE
    }
    before_people = {p.name for p in list_people(real).people}
    answer = forget(real, ["KK", "DC"])
    assert {p.name for p in answer.forgotten} == {"KK", "DC"}
    [crewe] = answer.plans
    assert (crewe.owner, crewe.people_removed, crewe.edges_removed) == (CREWE, 2, 20)
    assert crewe.texts_redacted == 8
    assert {p.name for p in list_people(real).people} == before_people - {"KK", "DC"}
    texts = {n.id: n for n in real.nodes(NodeKind.ACTION) if n.get("plan") == CREWE}
    assert set(texts) == set(comments)
    changed = {i for i in texts if texts[i].get("comments") != comments[i]}
    assert len(changed) == 8
    for node in texts.values():
        words = " ".join(str(v) for v in (node.name, node.get("text"), node.get("comments")))
        assert not re.search(r"\b(KK|DC)\b", words), words
    [programme] = [n for n in texts.values() if "agreed the programme" in (n.get("comments") or "")]
    assert programme.get("comments").startswith("MK and [name withheld] have agreed")
    [chair] = [n for n in texts.values() if "to meet with Chair" in n.name]
    assert chair.name.startswith("[name withheld] to meet with Chair")
    assert chair.get("text") == chair.name
    # Another plan's body whose alias spells the same initials keeps it.
    bassetlaw = real.node("org-bassetlaw-district-council")
    assert bassetlaw is not None and "Bassetlaw DC" in bassetlaw.get("aliases")


def test_forget_by_id_and_every_plan_naming_someone(real: GraphStore) -> None:
    person = person_named(real, "Heather Smith")
    answer = forget(real, [person])
    assert [p.id for p in answer.forgotten] == [person]
    assert real.node(person) is None
    board = real.find_by_name("Regional Migration Board", [NodeKind.BOARD])
    assert board, "the board stays"
    council = real.find_by_name("Northamptonshire County Council", [NodeKind.ORGANISATION])
    assert council, "their body stays"
    with pytest.raises(PersonNotFound, match="'Heather Smith'"):
        forget(real, ["Heather Smith"])


def test_unknown_or_ambiguous_names_change_nothing(real: GraphStore) -> None:
    revision = real.revision()
    with pytest.raises(PersonNotFound, match="no person called 'Nobody Known'") as missing:
        forget(real, ["KK", "Nobody Known"])
    assert missing.value.details["query"] == "Nobody Known"
    with pytest.raises(AmbiguousName) as ambiguous:
        forget(real, ["Sarah"])
    names = [c["name"] for c in ambiguous.value.details["candidates"]]
    assert names == ["Sarah Russell", "Sarah Short"]
    with pytest.raises(PersonNotFound) as near:
        forget(real, ["Malthouse"])
    assert near.value.details["closest"][0]["name"] == "Mayor (Kit Malthouse)"
    assert real.revision() == revision
    assert len(list_people(real).people) == 32


def test_stored_overlaps_survive_forgetting(real: GraphStore) -> None:
    write_overlaps(real, overlaps(real))

    def pairs() -> list[tuple[str, str, float]]:
        return [(p.a.id, p.b.id, p.score) for p in stored_overlaps(real).pairs]

    def leads() -> set[str]:
        pairs = stored_overlaps(real).pairs
        return {lead.name for p in pairs for a in (p.a, p.b) for lead in a.leads}

    stored = pairs()
    assert stored and "KK" in leads()
    similar = sorted(e.id for e in real.edges(EdgeKind.SIMILAR_TO))
    assert similar
    answer = forget(real, ["KK", "Kit Malthouse"])
    assert "derived:overlaps" in [r.owner for r in answer.plans]
    assert sorted(e.id for e in real.edges(EdgeKind.SIMILAR_TO)) == similar
    # The same pairs, now without KK among their leads.
    assert pairs() == stored
    assert "KK" not in leads()


def test_writing_an_owners_records_back_changes_nothing(real: GraphStore) -> None:
    """What `forget` relies on: an owner's records, read back and written again, are the
    graph it was (both stores), so only what forgetting drops can change."""
    before = snapshot(real)
    rewrites = _read_owners(real, set(real.owners()))
    for owner in sorted(rewrites):
        built, summary = rewrites[owner].build(set(), None)
        real.write(built)
        assert (summary.people_removed, summary.edges_removed) == (0, 0)
    assert snapshot(real) == before


def test_no_copy_of_a_forgotten_name_stays_in_the_embedded_stores_files(
    embedded_store: EmbeddedStore, sample_plans: list[Path]
) -> None:
    ingest_files(
        sample_plans, embedded_store, Settings(store=embedded_store.uri, include_people=True)
    )
    files = [p for p in Path(embedded_store.uri).iterdir() if p.is_file()]
    assert any(b"Kit Malthouse" in p.read_bytes() for p in files)
    forget(embedded_store, ["Kit Malthouse"])
    assert not any(b"Kit Malthouse" in p.read_bytes() for p in files)
    assert EmbeddedStore(embedded_store.uri).find_by_name("Refugee Council")


def test_a_write_while_forgetting_is_noticed_and_nothing_is_removed(
    real: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = people_module._read_owners

    def read_then_someone_writes(store: GraphStore, owners: set[str]) -> Any:
        found = read(store, owners)
        if not store.find_by_name("Late Arrival"):
            late = Node(
                id="org-late-arrival",
                kind=NodeKind.ORGANISATION,
                name="Late Arrival",
                provenance=(Provenance(plan="plan-late", document="late.txt"),),
            )
            store.write(contribution("plan-late", [late], []))
        return found

    monkeypatch.setattr(people_module, "_read_owners", read_then_someone_writes)
    with pytest.raises(GraphChanged, match="nothing was removed"):
        forget(real, ["KK"])
    assert real.find_by_name("KK", [NodeKind.PERSON])
    assert real.find_by_name("Late Arrival")
