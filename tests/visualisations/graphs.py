"""Small partnership graphs built by hand as graphmodel contributions, in the sample plans'
vocabulary (London Enriched and the East Midlands SMP business plan), plus a hostile
organisation name. Used by the diagram, web and browser tests.

Two plans share the Refugee Council and the Home Office (acronym UKBA); the East Midlands plan
has a board with members; an ESOL action in each region is similar enough to overlap.
"""

from __future__ import annotations

from graphmodel import (
    Contribution,
    Edge,
    EdgeKind,
    GraphStore,
    Node,
    NodeKind,
    Provenance,
    contribution,
)

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_ID = "org-img-src-x-onerror-alert-1"

LONDON = "plan-london-enriched-implementation-plan"
EAST_MIDLANDS = "plan-east-midlands-smp-business-plan-2018-19"

GLA = "org-greater-london-authority"
GLA_TEAM = "org-gla-diversity-and-social-policy-team"
LSC = "org-learning-and-skills-council"
REFUGEE_COUNCIL = "org-refugee-council"
HOME_OFFICE = "org-home-office"
EMC = "org-east-midlands-councils"
NHS_EM = "org-nhs-england-east-midlands"
BOARD = "board-east-midlands-strategic-migration-board"


def _prov(plan: str, line: int, document: str | None = None) -> tuple[Provenance, ...]:
    return (Provenance(plan=plan, document=document or f"{plan}.txt", line=line),)


def _org(plan: str, node_id: str, name: str, kind: str, line: int, **props: object) -> Node:
    return Node(
        id=node_id,
        kind=NodeKind.ORGANISATION,
        name=name,
        properties={"org_kind": kind, **props},
        provenance=_prov(plan, line),
    )


def _action(
    plan: str, node_id: str, ref: str, text: str, theme: str, line: int, region: str
) -> Node:
    return Node(
        id=node_id,
        kind=NodeKind.ACTION,
        name=text,
        properties={"ref": ref, "text": text, "theme": theme, "plan": plan, "region": region},
        provenance=_prov(plan, line),
    )


def _edge(plan: str, source: str, kind: EdgeKind, target: str, line: int, **props: object) -> Edge:
    return Edge(
        source=source, target=target, kind=kind, properties=props, provenance=_prov(plan, line)
    )


def london() -> Contribution:
    p = LONDON
    nodes = [
        Node(
            id=p,
            kind=NodeKind.PLAN,
            name="London Enriched implementation plan",
            properties={
                "title": "London Enriched implementation plan",
                "region": "London",
                "year": 2009,
            },
            provenance=_prov(p, 1),
        ),
        Node(id="region-london", kind=NodeKind.REGION, name="London", provenance=_prov(p, 1)),
        _org(p, GLA, "Greater London Authority", "local_authority", 9, acronym="GLA"),
        _org(p, GLA_TEAM, "GLA Diversity and Social Policy Team", "government", 63, parent=GLA),
        _org(p, LSC, "Learning and Skills Council", "government", 63),
        _org(p, REFUGEE_COUNCIL, "Refugee Council", "voluntary", 63, scope="national"),
        _org(p, HOME_OFFICE, "Home Office", "government", 70, acronym="UKBA", scope="national"),
        _org(p, HOSTILE_ID, HOSTILE_NAME, "voluntary", 75),
        _action(
            p,
            "act-london-3-3-1",
            "3.3.1",
            "Ensure that the new approach to ESOL for cohesion meets the needs of refugees.",
            "English language",
            63,
            "London",
        ),
        _action(
            p,
            "act-london-3-3-2",
            "3.3.2",
            "Improve access to ESOL for asylum seekers awaiting a decision.",
            "English language",
            70,
            "London",
        ),
        _action(
            p,
            "act-london-4-1-1",
            "4.1.1",
            "Support refugee community organisations to build capacity.",
            "Community development",
            75,
            "London",
        ),
        Node(
            id="outcome-london-improved-esol-provision",
            kind=NodeKind.OUTCOME,
            name="Improved ESOL provision for all members of refugee communities in London.",
            properties={
                "text": "Improved ESOL provision for all members of refugee communities in London.",
                "plan": p,
            },
            provenance=_prov(p, 63),
        ),
    ]
    edges = [
        _edge(p, p, EdgeKind.COVERS, "region-london", 1),
        _edge(p, GLA_TEAM, EdgeKind.PART_OF, GLA, 63),
        _edge(p, GLA_TEAM, EdgeKind.LEADS, "act-london-3-3-1", 63),
        _edge(p, LSC, EdgeKind.PARTNER_IN, "act-london-3-3-1", 63),
        _edge(p, REFUGEE_COUNCIL, EdgeKind.PARTNER_IN, "act-london-3-3-1", 63),
        _edge(p, HOME_OFFICE, EdgeKind.PARTNER_IN, "act-london-3-3-1", 63),
        _edge(p, HOME_OFFICE, EdgeKind.LEADS, "act-london-3-3-2", 70),
        _edge(p, REFUGEE_COUNCIL, EdgeKind.PARTNER_IN, "act-london-3-3-2", 70),
        _edge(p, HOSTILE_ID, EdgeKind.LEADS, "act-london-4-1-1", 75),
        _edge(p, REFUGEE_COUNCIL, EdgeKind.PARTNER_IN, "act-london-4-1-1", 75),
        _edge(
            p, "act-london-3-3-1", EdgeKind.FEEDS_INTO, "outcome-london-improved-esol-provision", 63
        ),
        _edge(
            p, "act-london-3-3-2", EdgeKind.FEEDS_INTO, "outcome-london-improved-esol-provision", 70
        ),
        *(
            _edge(p, a, EdgeKind.PART_OF, p, line)
            for a, line in (
                ("act-london-3-3-1", 63),
                ("act-london-3-3-2", 70),
                ("act-london-4-1-1", 75),
            )
        ),
    ]
    return contribution(p, nodes, edges)


def east_midlands() -> Contribution:
    """Shares the Refugee Council and Home Office with London (referenced, not redefined)."""
    p = EAST_MIDLANDS
    nodes = [
        Node(
            id=p,
            kind=NodeKind.PLAN,
            name="East Midlands SMP business plan 2018-19",
            properties={
                "title": "East Midlands SMP business plan 2018-19",
                "region": "East Midlands",
            },
            provenance=_prov(p, 1),
        ),
        Node(
            id="region-east-midlands",
            kind=NodeKind.REGION,
            name="East Midlands",
            provenance=_prov(p, 1),
        ),
        _org(p, EMC, "East Midlands Councils", "local_authority", 12),
        _org(p, NHS_EM, "NHS England East Midlands", "nhs", 40),
        Node(
            id=BOARD,
            kind=NodeKind.BOARD,
            name="East Midlands Strategic Migration Board",
            provenance=_prov(p, 8),
        ),
        _action(
            p,
            "act-em-2-1",
            "2.1",
            "Coordinate ESOL provision for resettled refugees across the region.",
            "English language",
            40,
            "East Midlands",
        ),
        _action(
            p,
            "act-em-3-4",
            "3.4",
            "Map health services for asylum seekers in dispersal areas.",
            "Health",
            52,
            "East Midlands",
        ),
        Node(
            id="outcome-em-refugees-access-esol",
            kind=NodeKind.OUTCOME,
            name="Resettled refugees access ESOL within a month of arrival.",
            properties={
                "text": "Resettled refugees access ESOL within a month of arrival.",
                "plan": p,
            },
            provenance=_prov(p, 41),
        ),
    ]
    edges = [
        _edge(p, p, EdgeKind.COVERS, "region-east-midlands", 1),
        _edge(p, EMC, EdgeKind.LEADS, "act-em-2-1", 40),
        _edge(p, REFUGEE_COUNCIL, EdgeKind.PARTNER_IN, "act-em-2-1", 40),
        _edge(p, HOME_OFFICE, EdgeKind.PARTNER_IN, "act-em-2-1", 40),
        _edge(p, NHS_EM, EdgeKind.LEADS, "act-em-3-4", 52),
        _edge(p, EMC, EdgeKind.PARTNER_IN, "act-em-3-4", 52),
        _edge(p, HOME_OFFICE, EdgeKind.PARTNER_IN, "act-em-3-4", 52),
        _edge(p, "act-em-2-1", EdgeKind.FEEDS_INTO, "outcome-em-refugees-access-esol", 41),
        _edge(p, EMC, EdgeKind.MEMBER_OF, BOARD, 8, role="chair"),
        _edge(p, HOME_OFFICE, EdgeKind.MEMBER_OF, BOARD, 9, role="member"),
        _edge(p, BOARD, EdgeKind.FEEDS_INTO, EMC, 8),
        *(
            _edge(p, a, EdgeKind.PART_OF, p, line)
            for a, line in (("act-em-2-1", 40), ("act-em-3-4", 52))
        ),
    ]
    return contribution(p, nodes, edges, references=[REFUGEE_COUNCIL, HOME_OFFICE])


def load_partnerships(store: GraphStore) -> GraphStore:
    """Write both plans; returns the store for chaining."""
    for part in (london(), east_midlands()):
        store.write(part)
    return store
