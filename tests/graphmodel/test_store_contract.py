"""The store contract: every test here runs on the embedded store and on a real Neo4j,
so the two backends cannot drift apart."""

from __future__ import annotations

import pytest

from graphmodel import (
    Contribution,
    Edge,
    EdgeKind,
    GraphStore,
    InvalidRecord,
    Node,
    NodeKind,
    PlanNotFound,
    Provenance,
    contribution,
)


def prov(owner: str, line: int | None = 1, confidence: float = 1.0) -> tuple[Provenance, ...]:
    return (Provenance(plan=owner, document=f"{owner}.txt", line=line, confidence=confidence),)


def org(owner: str, node_id: str, name: str, **props: object) -> Node:
    return Node(
        id=node_id, kind=NodeKind.ORGANISATION, name=name, properties=props, provenance=prov(owner)
    )


def plan_graph(owner: str, actions: dict[str, tuple[str, list[str], list[str]]]) -> Contribution:
    """A plan whose actions map ref -> (text, lead ids, partner ids); organisations are named
    after their ids, and every action feeds one outcome that feeds one objective."""
    nodes = [
        Node(id=owner, kind=NodeKind.PLAN, name=f"Plan {owner}", provenance=prov(owner)),
        Node(
            id=f"{owner}-objective",
            kind=NodeKind.OBJECTIVE,
            name="Objective",
            provenance=prov(owner, 2),
        ),
    ]
    edges = []
    orgs: set[str] = set()
    for line, (ref, (text, leads, partners)) in enumerate(actions.items(), start=10):
        action_id = f"{owner}-act-{ref}"
        outcome_id = f"{owner}-outcome-{ref}"
        nodes.append(
            Node(
                id=action_id,
                kind=NodeKind.ACTION,
                name=text,
                properties={"ref": ref, "text": text, "plan": owner, "outcomes": ["o"]},
                provenance=prov(owner, line, 0.9),
            )
        )
        nodes.append(
            Node(
                id=outcome_id, kind=NodeKind.OUTCOME, name=f"Outcome {ref}", provenance=prov(owner)
            )
        )
        edges += [
            Edge(source=action_id, target=owner, kind=EdgeKind.PART_OF, provenance=prov(owner)),
            Edge(
                source=action_id,
                target=outcome_id,
                kind=EdgeKind.FEEDS_INTO,
                provenance=prov(owner),
            ),
            Edge(
                source=outcome_id,
                target=f"{owner}-objective",
                kind=EdgeKind.FEEDS_INTO,
                provenance=prov(owner),
            ),
        ]
        for kind, members in ((EdgeKind.LEADS, leads), (EdgeKind.PARTNER_IN, partners)):
            for member in members:
                orgs.add(member)
                edges.append(
                    Edge(source=member, target=action_id, kind=kind, provenance=prov(owner, line))
                )
    nodes += [org(owner, o, o.removeprefix("org-").replace("-", " ").title()) for o in sorted(orgs)]
    return contribution(owner, nodes, edges)


LONDON = plan_graph(
    "plan-london",
    {
        "3.3.1": ("ESOL for refugees", ["org-gla"], ["org-refugee-council", "org-ukba"]),
        "4.3.3": ("End rough sleeping", ["org-gla"], ["org-homeless-link"]),
    },
)
EAST_MIDLANDS = plan_graph(
    "plan-east-midlands",
    {"13.1": ("Map ESOL provision", ["org-emfec"], ["org-refugee-council"])},
)


def test_write_stores_nodes_edges_and_counts(store: GraphStore) -> None:
    summary = store.write(LONDON)
    assert summary.nodes_created == len(LONDON.nodes)
    assert summary.edges_created == len(LONDON.edges)
    counts = store.counts()
    assert counts["Action"] == 2
    assert counts["Organisation"] == 4
    assert counts["LEADS"] == 2
    assert counts["PARTNER_IN"] == 3
    assert store.owners() == ["plan-london"]


def test_writing_the_same_contribution_twice_changes_nothing(store: GraphStore) -> None:
    store.write(LONDON)
    before_counts = store.counts()
    before_nodes = store.nodes()
    before_edges = sorted(store.edges(), key=lambda e: e.id)
    revision = store.revision()
    summary = store.write(LONDON)
    assert summary.replaced
    assert summary.unchanged
    assert store.revision() == revision
    assert store.counts() == before_counts
    assert store.nodes() == before_nodes
    assert sorted(store.edges(), key=lambda e: e.id) == before_edges


def test_new_version_of_a_plan_replaces_it_without_touching_other_plans(
    store: GraphStore,
) -> None:
    store.write(LONDON)
    store.write(EAST_MIDLANDS)
    newer = plan_graph(
        "plan-london", {"3.3.1": ("ESOL for refugees", ["org-gla"], ["org-refugee-council"])}
    )
    store.write(newer)
    assert store.node("plan-london-act-4.3.3") is None
    assert store.node("org-homeless-link") is None
    assert store.node("org-ukba") is None
    assert store.node("plan-east-midlands-act-13.1") is not None
    shared = store.node("org-refugee-council")
    assert shared is not None
    assert sorted(shared.plans) == ["plan-east-midlands", "plan-london"]
    assert store.counts()["Action"] == 2


def test_removing_a_plan_keeps_shared_organisations_and_other_plans(store: GraphStore) -> None:
    store.write(LONDON)
    store.write(EAST_MIDLANDS)
    summary = store.remove("plan-london")
    assert summary.nodes_deleted > 0
    assert store.node("plan-london") is None
    assert store.node("org-gla") is None
    refugee_council = store.node("org-refugee-council")
    assert refugee_council is not None
    assert refugee_council.plans == ("plan-east-midlands",)
    partners = store.edges_of(["org-refugee-council"], [EdgeKind.PARTNER_IN])
    assert [e.target for e in partners] == ["plan-east-midlands-act-13.1"]
    assert store.owners() == ["plan-east-midlands"]


def test_removing_an_unknown_plan_is_an_error_and_changes_nothing(store: GraphStore) -> None:
    store.write(LONDON)
    before = store.counts()
    with pytest.raises(PlanNotFound, match="plan-nowhere"):
        store.remove("plan-nowhere")
    assert store.counts() == before


def test_provenance_and_properties_round_trip(store: GraphStore) -> None:
    store.write(LONDON)
    action = store.node("plan-london-act-3.3.1")
    assert action is not None
    assert action.kind == NodeKind.ACTION
    assert action.properties == {
        "ref": "3.3.1",
        "text": "ESOL for refugees",
        "plan": "plan-london",
        "outcomes": ["o"],
    }
    assert action.provenance == (
        Provenance(plan="plan-london", document="plan-london.txt", line=10, confidence=0.9),
    )
    [lead] = store.edges_of(["plan-london-act-3.3.1"], [EdgeKind.LEADS], direction="in")
    assert lead.source == "org-gla"
    assert lead.provenance[0].line == 10


def test_missing_line_round_trips_as_none(store: GraphStore) -> None:
    node = Node(id="org-x", kind=NodeKind.ORGANISATION, name="X", provenance=prov("p", None))
    store.write(contribution("p", [node], []))
    stored = store.node("org-x")
    assert stored is not None
    assert stored.provenance[0].line is None


def test_edges_of_reads_a_neighbourhood_in_each_direction(store: GraphStore) -> None:
    store.write(LONDON)
    out = store.edges_of(["org-gla"], [EdgeKind.LEADS])
    assert sorted(e.target for e in out) == ["plan-london-act-3.3.1", "plan-london-act-4.3.3"]
    into = store.edges_of(["plan-london-act-3.3.1"], [EdgeKind.LEADS, EdgeKind.PARTNER_IN], "in")
    assert sorted(e.source for e in into) == ["org-gla", "org-refugee-council", "org-ukba"]
    both = store.edges_of(["plan-london-act-3.3.1"], None, "both")
    assert {e.kind for e in both} == {
        EdgeKind.LEADS,
        EdgeKind.PARTNER_IN,
        EdgeKind.PART_OF,
        EdgeKind.FEEDS_INTO,
    }


def test_reachable_follows_feeds_into_at_any_depth(store: GraphStore) -> None:
    store.write(LONDON)
    reached = store.reachable(["plan-london-act-3.3.1"], [EdgeKind.FEEDS_INTO])
    assert reached == {"plan-london-outcome-3.3.1": 1, "plan-london-objective": 2}
    upward = store.reachable(["plan-london-objective"], [EdgeKind.FEEDS_INTO], direction="in")
    assert upward["plan-london-act-4.3.3"] == 2
    assert store.reachable(["plan-london-act-3.3.1"], [EdgeKind.FEEDS_INTO], max_depth=1) == {
        "plan-london-outcome-3.3.1": 1
    }


def test_find_by_name_matches_normalised_names_and_aliases(store: GraphStore) -> None:
    node = org("p", "org-ukba", "UK Border Agency", aliases=["UKBA", "U.K. Border Agency"])
    store.write(contribution("p", [node], []))
    assert [n.id for n in store.find_by_name("uk border  AGENCY")] == ["org-ukba"]
    assert [n.id for n in store.find_by_name("ukba")] == ["org-ukba"]
    assert store.find_by_name("ukba", [NodeKind.PERSON]) == []
    assert store.find_by_name("border") == []


def test_a_shared_body_is_found_by_every_plans_name_and_aliases(store: GraphStore) -> None:
    store.write(contribution("p", [org("p", "org-ukba", "UK Border Agency")], []))
    store.write(contribution("q", [org("q", "org-ukba", "UK Border Agency")], []))
    assert [n.id for n in store.find_by_name("uk border agency")] == ["org-ukba"]
    store.write(contribution("r", [org("r", "org-ukba", "Border Force", aliases=["UKBA"])], []))
    assert [n.id for n in store.find_by_name("border force")] == ["org-ukba"]
    assert [n.id for n in store.find_by_name("ukba")] == ["org-ukba"]
    assert store.find_by_name("uk border agency") == []


def test_nodes_filters_by_kind_and_ids(store: GraphStore) -> None:
    store.write(LONDON)
    assert [n.id for n in store.nodes(NodeKind.PLAN)] == ["plan-london"]
    picked = store.nodes(ids=["org-gla", "org-nowhere", "org-ukba"])
    assert [n.id for n in picked] == ["org-gla", "org-ukba"]


def test_revision_changes_on_every_write(store: GraphStore) -> None:
    first = store.revision()
    store.write(LONDON)
    second = store.revision()
    store.remove("plan-london")
    assert first < second < store.revision()


def test_a_node_cannot_change_kind(store: GraphStore) -> None:
    store.write(LONDON)
    before = store.counts()
    clash = Node(id="org-gla", kind=NodeKind.PERSON, name="GLA", provenance=prov("other"))
    with pytest.raises(InvalidRecord, match="org-gla"):
        store.write(contribution("other", [clash], []))
    assert store.counts() == before
    assert store.owners() == ["plan-london"]


def test_references_to_missing_nodes_are_rejected_and_nothing_is_written(
    store: GraphStore,
) -> None:
    store.write(LONDON)
    before = store.counts()
    similar = Edge(
        source="plan-london-act-3.3.1",
        target="plan-x-act-1",
        kind=EdgeKind.SIMILAR_TO,
        properties={"score": 0.8},
        provenance=prov("derived:overlaps"),
    )
    with pytest.raises(InvalidRecord, match="plan-x-act-1"):
        store.write(
            contribution(
                "derived:overlaps", [], [similar], ["plan-london-act-3.3.1", "plan-x-act-1"]
            )
        )
    assert store.counts() == before


def test_derived_edges_join_stored_nodes_and_go_when_a_plan_goes(store: GraphStore) -> None:
    store.write(LONDON)
    store.write(EAST_MIDLANDS)
    similar = Edge(
        source="plan-london-act-3.3.1",
        target="plan-east-midlands-act-13.1",
        kind=EdgeKind.SIMILAR_TO,
        properties={"score": 0.72, "shared_terms": ["esol", "provision"]},
        provenance=prov("derived:overlaps"),
    )
    refs = ["plan-london-act-3.3.1", "plan-east-midlands-act-13.1"]
    store.write(contribution("derived:overlaps", [], [similar], refs))
    [edge] = list(store.edges(EdgeKind.SIMILAR_TO))
    assert edge.properties == {"score": 0.72, "shared_terms": ["esol", "provision"]}
    store.remove("plan-east-midlands")
    assert list(store.edges(EdgeKind.SIMILAR_TO)) == []


def test_edge_kinds_are_checked_against_stored_node_kinds(store: GraphStore) -> None:
    store.write(LONDON)
    wrong = Edge(
        source="plan-london",
        target="org-gla",
        kind=EdgeKind.LEADS,
        provenance=prov("x"),
    )
    with pytest.raises(InvalidRecord, match="LEADS cannot join Plan"):
        store.write(contribution("x", [], [wrong], ["plan-london", "org-gla"]))


def test_hostile_text_is_stored_as_data(store: GraphStore) -> None:
    hostile = "x'}) DETACH DELETE n //` <script>"
    node = org("p", "org-hostile", hostile, aliases=[hostile], note="MATCH (n) DELETE n")
    store.write(contribution("p", [node], []))
    stored = store.node("org-hostile")
    assert stored is not None
    assert stored.name == hostile
    assert stored.properties["note"] == "MATCH (n) DELETE n"
    assert [n.id for n in store.find_by_name(hostile)] == ["org-hostile"]


def test_clear_empties_the_store(store: GraphStore) -> None:
    store.write(LONDON)
    store.clear()
    assert store.counts() == {}
    assert store.owners() == []


def test_neighbours_reads_edges_with_their_far_nodes_in_each_direction(
    store: GraphStore,
) -> None:
    store.write(LONDON)
    out = store.neighbours(["org-gla"], [EdgeKind.LEADS])
    assert sorted((e.kind, e.target, n.id, n.get("ref")) for e, n in out) == [
        (EdgeKind.LEADS, "plan-london-act-3.3.1", "plan-london-act-3.3.1", "3.3.1"),
        (EdgeKind.LEADS, "plan-london-act-4.3.3", "plan-london-act-4.3.3", "4.3.3"),
    ]
    into = store.neighbours(["plan-london-act-3.3.1"], [EdgeKind.LEADS, EdgeKind.PARTNER_IN], "in")
    assert sorted((e.kind.value, n.id, n.name) for e, n in into) == [
        ("LEADS", "org-gla", "Gla"),
        ("PARTNER_IN", "org-refugee-council", "Refugee Council"),
        ("PARTNER_IN", "org-ukba", "Ukba"),
    ]
    [(edge, far)] = [
        (e, n)
        for e, n in store.neighbours(["plan-london-act-3.3.1"], None, "both")
        if e.kind == EdgeKind.FEEDS_INTO
    ]
    assert (edge.source, far.id, far.kind) == (
        "plan-london-act-3.3.1",
        "plan-london-outcome-3.3.1",
        NodeKind.OUTCOME,
    )
    assert far.provenance == prov("plan-london")


def test_neighbours_lists_an_edge_once_per_far_end(store: GraphStore) -> None:
    store.write(LONDON)
    ends = ["plan-london-act-3.3.1", "plan-london-outcome-3.3.1"]
    rows = store.neighbours(ends, [EdgeKind.FEEDS_INTO], "both")
    assert sorted((e.source, e.target, n.id) for e, n in rows) == [
        ("plan-london-act-3.3.1", "plan-london-outcome-3.3.1", "plan-london-act-3.3.1"),
        ("plan-london-act-3.3.1", "plan-london-outcome-3.3.1", "plan-london-outcome-3.3.1"),
        ("plan-london-outcome-3.3.1", "plan-london-objective", "plan-london-objective"),
    ]
    assert store.neighbours(["org-nowhere"], [EdgeKind.LEADS]) == []
    assert store.neighbours([], [EdgeKind.LEADS]) == []


def test_revision_keeps_counting_across_clear_so_caches_never_see_a_repeat(
    store: GraphStore,
) -> None:
    store.write(LONDON)
    filled = store.revision()
    store.clear()
    cleared = store.revision()
    store.write(EAST_MIDLANDS)
    assert filled < cleared < store.revision()


def test_owned_reads_back_what_one_owner_contributed(store: GraphStore) -> None:
    store.write(LONDON)
    store.write(EAST_MIDLANDS)
    similar = Edge(
        source="plan-london-act-3.3.1",
        target="plan-east-midlands-act-13.1",
        kind=EdgeKind.SIMILAR_TO,
        provenance=prov("derived:overlaps"),
    )
    refs = ["plan-london-act-3.3.1", "plan-east-midlands-act-13.1"]
    store.write(contribution("derived:overlaps", [], [similar], refs))
    nodes, edges = store.owned("plan-east-midlands")
    assert [n.id for n in nodes] == sorted(n.id for n in EAST_MIDLANDS.nodes)
    assert [e.id for e in edges] == sorted(e.id for e in EAST_MIDLANDS.edges)
    [shared] = [n for n in nodes if n.id == "org-refugee-council"]
    assert shared.plans == ("plan-london", "plan-east-midlands")
    [action] = [n for n in nodes if n.id == "plan-east-midlands-act-13.1"]
    assert action.properties == {
        "ref": "13.1",
        "text": "Map ESOL provision",
        "plan": "plan-east-midlands",
        "outcomes": ["o"],
    }
    assert action.provenance == prov("plan-east-midlands", 10, 0.9)
    assert store.owned("derived:overlaps") == (
        [],
        [store.edges_of(refs[:1], [EdgeKind.SIMILAR_TO])[0]],
    )
    assert store.owned("plan-nowhere") == ([], [])
