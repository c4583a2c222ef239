"""A small hand-built graph modelled on the sample plans, for the exchange tests.

Names, refs and wording come from the plans in examples/plans (London, East Midlands,
Stockton, Crewe); nothing is invented about the people named. The graph deliberately covers
what a round trip must keep: every property type, lists with repeats and an empty list, a
node and an edge shared by two owners, parallel MEMBER_OF edges told apart by discriminator,
a missing line number, an id that needs escaping in an IRI, a derived owner, and people named
in other nodes' free text.
"""

from __future__ import annotations

from graphmodel import Contribution, Edge, EdgeKind, Node, NodeKind, Provenance, contribution

LONDON = "plan-london-enriched-2009"
EAST_MIDLANDS = "plan-east-midlands-smp-2018-19"
STOCKTON = "plan-stockton-asylum-review-2018"
CREWE = "plan-crewe-community-cohesion-2016-17"
SIMILARITY = "derived:similarity"

DOCUMENTS = {
    LONDON: "london-enriched-implementation-plan.txt",
    EAST_MIDLANDS: "east-midlands-smp-business-plan-2018-19.txt",
    STOCKTON: "stockton-asylum-seeker-services-review.txt",
    CREWE: "crewe-community-cohesion-action-plan-2016-17.txt",
}

#: People named in the plans and present as Person nodes here.
PEOPLE = ("Cllr Heather Smith", "Cllr David Liversidge", "Satnam Singh", "Steven Hume")


def _prov(owner: str, line: int | None, confidence: float = 1.0) -> tuple[Provenance, ...]:
    document = DOCUMENTS.get(owner, "overlap-detection")
    return (Provenance(plan=owner, document=document, line=line, confidence=confidence),)


def node(owner: str, kind: NodeKind, node_id: str, name: str, line: int | None, /, **props) -> Node:
    confidence = props.pop("confidence", 1.0)
    return Node(
        id=node_id,
        kind=kind,
        name=name,
        properties=props,
        provenance=_prov(owner, line, confidence),
    )


def edge(
    owner: str,
    kind: EdgeKind,
    source: str,
    target: str,
    line: int | None,
    discriminator: str = "",
    confidence: float = 1.0,
    **props,
) -> Edge:
    return Edge(
        source=source,
        target=target,
        kind=kind,
        properties=props,
        provenance=_prov(owner, line, confidence),
        discriminator=discriminator,
    )


def london() -> Contribution:
    o = LONDON
    gla, team = "org-greater-london-authority", "org-gla-diversity-and-social-policy-team"
    nodes = [
        node(
            o,
            NodeKind.PLAN,
            o,
            "London Enriched implementation plan",
            5,
            title="London Enriched implementation plan",
            region="London",
            owner="Greater London Authority",
            period="2009/10",
            year=2009,
            source_file=DOCUMENTS[o],
        ),
        node(o, NodeKind.REGION, "region-london", "London", 5),
        node(
            o,
            NodeKind.ORGANISATION,
            gla,
            "Greater London Authority",
            14,
            org_kind="local_authority",
            aliases=["GLA", "Greater London Authority", "GLA"],
            acronym="GLA",
            scope="national",
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            team,
            "GLA Diversity and Social Policy Team",
            62,
            org_kind="local_authority",
            parent=gla,
            scope=o,
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-refugee-council",
            "Refugee Council",
            62,
            org_kind="voluntary",
            identifier="GB-CHC-1014576",
            scope="national",
            aliases=[],
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-learning-and-skills-council",
            "Learning and Skills Council",
            62,
            org_kind="government",
            confidence=0.8,
        ),
        node(o, NodeKind.THEME, "theme-london-english-language", "English language", 56, plan=o),
        node(
            o,
            NodeKind.OBJECTIVE,
            "objective-london-esol",
            "Ensure that all refugees and asylum seekers have access to appropriate tuition "
            "in English for Speakers of Other Languages (ESOL).",
            58,
            plan=o,
        ),
        node(
            o,
            NodeKind.ACTION,
            "act-london-3-3-1",
            "3.3.1 Ensure that the new approach to ESOL for cohesion meets the needs of refugees.",
            62,
            ref="3.3.1",
            text='Ensure that the new approach to ESOL for "cohesion" meets the needs of refugees.',
            theme="English language",
            tasks=[
                "Support LSPs to develop evidence for identifying priority groups.",
                "Support LSPs to identify resources to deliver ESOL for priority groups.",
                "Support LSPs to identify resources to deliver ESOL for priority groups.",
            ],
            outcomes=["London boroughs and LSPs better able to identify priority groups."],
            plan=o,
            region="London",
            confidence=0.9,
        ),
        node(
            o,
            NodeKind.ACTION,
            "act-london-3-3-2",
            "3.3.2 Lobby with LSEB for government funding and policies that fill gaps.",
            63,
            ref="3.3.2",
            text="Lobby with LSEB for government funding and policies that fill gaps\n"
            "and shortfall in ESOL for refugees in London.",
            plan=o,
            region="London",
        ),
        node(
            o,
            NodeKind.OUTCOME,
            "outcome-london-improved-esol-provision",
            "Improved ESOL provision for all members of refugee communities in London.",
            62,
            plan=o,
        ),
    ]
    edges = [
        edge(o, EdgeKind.COVERS, o, "region-london", 5),
        edge(o, EdgeKind.PART_OF, team, gla, 62),
        edge(o, EdgeKind.LEADS, team, "act-london-3-3-1", 62, confidence=0.9),
        edge(o, EdgeKind.LEADS, team, "act-london-3-3-2", 63),
        edge(o, EdgeKind.PARTNER_IN, "org-refugee-council", "act-london-3-3-1", 62),
        edge(o, EdgeKind.PARTNER_IN, "org-learning-and-skills-council", "act-london-3-3-1", 62),
        edge(o, EdgeKind.PART_OF, "act-london-3-3-1", o, 62),
        edge(o, EdgeKind.PART_OF, "act-london-3-3-2", o, 63),
        edge(o, EdgeKind.ABOUT, "act-london-3-3-1", "theme-london-english-language", 62),
        edge(o, EdgeKind.FEEDS_INTO, "act-london-3-3-1", "objective-london-esol", 62),
        edge(
            o,
            EdgeKind.FEEDS_INTO,
            "act-london-3-3-1",
            "outcome-london-improved-esol-provision",
            62,
        ),
        edge(o, EdgeKind.DEPENDS_ON, "act-london-3-3-2", "act-london-3-3-1", 63),
    ]
    return contribution(o, nodes, edges)


def east_midlands() -> Contribution:
    o = EAST_MIDLANDS
    board = "board-regional-migration-board"
    nodes = [
        node(
            o,
            NodeKind.PLAN,
            o,
            "East Midlands Strategic Migration Partnership business plan 2018/19",
            1,
            title="East Midlands Strategic Migration Partnership business plan 2018/19",
            region="East Midlands",
            period="2018/19",
            year=2018,
            draft=True,
        ),
        node(o, NodeKind.REGION, "region-east-midlands", "East Midlands", 1),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-east-midlands-councils",
            "East Midlands Councils",
            33,
            org_kind="local_authority",
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-home-office",
            "Home Office",
            290,
            org_kind="government",
            aliases=["HO"],
            scope="national",
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-uk-visas-and-immigration",
            "UK Visas and Immigration",
            290,
            org_kind="government",
            aliases=["UKVI"],
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-refugee-council",
            "Refugee Council",
            126,
            org_kind="voluntary",
            identifier="GB-CHC-1014576",
            scope="national",
            aliases=[],
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-northamptonshire-county-council",
            "Northamptonshire County Council",
            58,
            org_kind="local_authority",
        ),
        node(o, NodeKind.BOARD, board, "Regional Migration Board", 36),
        node(
            o,
            NodeKind.TASK_GROUP,
            "group-no-recourse-to-public-funds",
            "No Recourse to Public Funds",
            36,
        ),
        node(
            o,
            NodeKind.PERSON,
            "person-heather-smith",
            "Cllr Heather Smith",
            58,
            role="Leader",
            organisation="Northamptonshire County Council",
            aliases=["Heather Smith"],
        ),
        node(
            o,
            NodeKind.PERSON,
            "person-david-liversidge",
            "Cllr David Liversidge",
            70,
            organisation="Nottingham City Council",
        ),
        node(
            o,
            NodeKind.ACTION,
            "act-east-midlands-annual-report",
            "Annual report for 2017/18 to be submitted to Home Office",
            293,
            text="Annual report for 2017/18 to be submitted to Home Office",
            kpi="Final report completed & submitted by 30 June 2018",
            due="2018-04-01",
            due_text="1 st quarter",
            plan=o,
            region="East Midlands",
            comments="Chair Cllr Heather Smith to sign off; HEATHER SMITH agreed.",
            lead_text="Partnership Lead Officer",
        ),
        node(
            o,
            NodeKind.MILESTONE,
            "milestone-2018/19 report: 30 June",
            "Final report completed & submitted by 30 June 2018",
            None,
            due="2018-06-30",
            done=False,
        ),
    ]
    edges = [
        edge(o, EdgeKind.COVERS, o, "region-east-midlands", 1),
        edge(o, EdgeKind.PART_OF, "org-uk-visas-and-immigration", "org-home-office", 290),
        edge(o, EdgeKind.HOSTED_BY, o, "org-east-midlands-councils", 33),
        edge(o, EdgeKind.PART_OF, board, o, 36),
        edge(o, EdgeKind.FEEDS_INTO, "group-no-recourse-to-public-funds", board, 36),
        edge(o, EdgeKind.MEMBER_OF, "person-heather-smith", board, 58, role="chair"),
        edge(
            o,
            EdgeKind.MEMBER_OF,
            "person-heather-smith",
            board,
            58,
            discriminator="Conservative",
            role="member",
        ),
        edge(o, EdgeKind.MEMBER_OF, "person-david-liversidge", board, 70, role="vice chair"),
        edge(
            o,
            EdgeKind.PART_OF,
            "person-heather-smith",
            "org-northamptonshire-county-council",
            58,
        ),
        edge(o, EdgeKind.MEMBER_OF, "org-northamptonshire-county-council", board, 58),
        edge(o, EdgeKind.LEADS, board, "act-east-midlands-annual-report", 293),
        edge(o, EdgeKind.PARTNER_IN, "org-home-office", "act-east-midlands-annual-report", 293),
        edge(
            o,
            EdgeKind.PARTNER_IN,
            "org-refugee-council",
            "act-east-midlands-annual-report",
            None,
            confidence=0.55,
        ),
        edge(o, EdgeKind.PART_OF, "act-east-midlands-annual-report", o, 293),
        edge(
            o,
            EdgeKind.HAS_MILESTONE,
            "act-east-midlands-annual-report",
            "milestone-2018/19 report: 30 June",
            None,
        ),
    ]
    return contribution(o, nodes, edges)


def stockton() -> Contribution:
    o = STOCKTON
    nodes = [
        node(
            o,
            NodeKind.PLAN,
            o,
            "Action Plan – Review of Asylum Seeker Services",
            4,
            title="Action Plan – Review of Asylum Seeker Services",
            region="North East",
            year=2018,
        ),
        node(o, NodeKind.REGION, "region-north-east", "North East", 4),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-home-office",
            "Home Office",
            9,
            org_kind="government",
            aliases=["HO"],
            scope="national",
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-uk-visas-and-immigration",
            "UK Visas and Immigration",
            9,
            org_kind="government",
            aliases=["UKVI"],
        ),
        node(
            o,
            NodeKind.ORGANISATION,
            "org-north-east-migration-partnership",
            "North East Migration Partnership",
            15,
            org_kind="partnership",
            aliases=["NEMP"],
        ),
        node(o, NodeKind.PERSON, "person-satnam-singh", "Satnam Singh", 8),
        node(o, NodeKind.PERSON, "person-steven-hume", "Steven Hume", 9),
        node(
            o,
            NodeKind.ACTION,
            "act-stockton-1",
            "That a clear pathway and information about what asylum seeker services are on "
            "offer in Stockton-on-Tees is provided.",
            8,
            ref="1.",
            text="Multi-agency Meetings established to ensure that there are clear links with "
            "the local offer.",
            due_text="June 2018",
            lead_text="Satnam Singh",
            plan=o,
            region="North East",
        ),
        node(
            o,
            NodeKind.ACTION,
            "act-stockton-6",
            "That there is a need for additional opportunities for asylum seekers to access "
            "ESOL classes.",
            34,
            ref="6.",
            text="Additional informal support for asylum seekers awaiting a decision will be "
            "explored through the Multi-Agency Meetings.",
            due_text="January 2018",
            lead_text="Steven Hume",
            comments="Discussed with Steven  Hume and satnam singh.",
            plan=o,
            region="North East",
        ),
    ]
    edges = [
        edge(o, EdgeKind.COVERS, o, "region-north-east", 4),
        edge(o, EdgeKind.PART_OF, "org-uk-visas-and-immigration", "org-home-office", 9),
        edge(o, EdgeKind.LEADS, "person-satnam-singh", "act-stockton-1", 8),
        edge(o, EdgeKind.LEADS, "person-steven-hume", "act-stockton-6", 34),
        edge(o, EdgeKind.PARTNER_IN, "org-home-office", "act-stockton-1", 9),
        edge(o, EdgeKind.PARTNER_IN, "org-north-east-migration-partnership", "act-stockton-1", 15),
        edge(o, EdgeKind.PART_OF, "act-stockton-1", o, 8),
        edge(o, EdgeKind.PART_OF, "act-stockton-6", o, 34),
    ]
    return contribution(o, nodes, edges)


def crewe() -> Contribution:
    o = CREWE
    nodes = [
        node(o, NodeKind.PLAN, o, "Crewe Community Cohesion Project 2016/17 - Action Plan", 2),
        node(
            o,
            NodeKind.ACTION,
            "act-crewe-fund-raising",
            "Fund Raising",
            24,
            text="Research funding streams, develop and submit funding bids to create "
            "sustainable activities",
            status="Ongoing task",
            plan=o,
            region="North West",
        ),
    ]
    edges = [edge(o, EdgeKind.PART_OF, "act-crewe-fund-raising", o, 24)]
    return contribution(o, nodes, edges)


def similarity() -> Contribution:
    """A derived owner: refers to other owners' actions without contributing nodes."""
    return contribution(
        SIMILARITY,
        [],
        [
            edge(
                SIMILARITY,
                EdgeKind.SIMILAR_TO,
                "act-london-3-3-1",
                "act-stockton-6",
                None,
                confidence=0.42,
                score=0.42,
                shared_terms=["esol", "asylum"],
            )
        ],
        references=["act-london-3-3-1", "act-stockton-6"],
    )


def all_contributions() -> list[Contribution]:
    """In an order the store accepts (the derived owner after the plans it refers to)."""
    return [london(), east_midlands(), stockton(), crewe(), similarity()]


def build(store) -> None:  # type: ignore[no-untyped-def]
    for item in all_contributions():
        store.write(item)
