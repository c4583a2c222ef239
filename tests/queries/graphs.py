"""Hand-built graphs modelled closely on the five sample plans in examples/plans, for the
query tests: the same organisations, actions, leads, partners, outcomes and boards, with the
plans' own wording. Every name here appears in the sample plans; nothing is invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphmodel import (
    Contribution,
    Edge,
    EdgeKind,
    GraphStore,
    Node,
    NodeKind,
    Provenance,
    contribution,
    stable_id,
)


@dataclass
class PlanBuilder:
    """Collects one plan's nodes and edges with provenance pointing into its sample file."""

    plan: str
    title: str
    region: str
    document: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    line: int = 1

    def __post_init__(self) -> None:
        region_id = stable_id("region", self.region)
        self._node(
            self.plan, NodeKind.PLAN, self.title, region=self.region, source_file=self.document
        )
        self._node(region_id, NodeKind.REGION, self.region)
        self._edge(self.plan, region_id, EdgeKind.COVERS)

    def _prov(self, confidence: float = 1.0) -> tuple[Provenance, ...]:
        self.line += 1
        return (
            Provenance(
                plan=self.plan, document=self.document, line=self.line, confidence=confidence
            ),
        )

    def _node(self, node_id: str, kind: NodeKind, name: str, **props: Any) -> str:
        if node_id not in self.nodes:
            self.nodes[node_id] = Node(
                id=node_id, kind=kind, name=name, properties=props, provenance=self._prov()
            )
        return node_id

    def _edge(
        self, source: str, target: str, kind: EdgeKind, confidence: float = 1.0, **props: Any
    ) -> None:
        self.edges.append(
            Edge(
                source=source,
                target=target,
                kind=kind,
                properties=props,
                provenance=self._prov(confidence),
                discriminator=str(props.get("role", "")),
            )
        )

    def org(self, name: str, org_kind: str, scope: str = "national", **props: Any) -> str:
        node_id = stable_id("org", name)
        return self._node(
            node_id, NodeKind.ORGANISATION, name, org_kind=org_kind, scope=scope, **props
        )

    def team(self, name: str, parent: str, org_kind: str) -> str:
        node_id = self.org(name, org_kind, scope=self.plan, parent=parent)
        self._edge(node_id, parent, EdgeKind.PART_OF)
        return node_id

    def person(self, name: str, organisation: str | None = None, **props: Any) -> str:
        node_id = stable_id("person", self.plan, name)
        org_name = self.nodes[organisation].name if organisation else None
        self._node(node_id, NodeKind.PERSON, name, organisation=org_name, **props)
        if organisation:
            self._edge(node_id, organisation, EdgeKind.PART_OF)
        return node_id

    def body(self, kind: NodeKind, name: str) -> str:
        prefix = "board" if kind == NodeKind.BOARD else "group"
        node_id = self._node(stable_id(prefix, self.plan, name), kind, name, plan=self.plan)
        self._edge(node_id, self.plan, EdgeKind.PART_OF)
        return node_id

    def member(self, member: str, body: str, role: str) -> None:
        self._edge(member, body, EdgeKind.MEMBER_OF, role=role)

    def theme(self, name: str) -> str:
        node_id = self._node(
            stable_id("theme", self.plan, name), NodeKind.THEME, name, plan=self.plan
        )
        self._edge(node_id, self.plan, EdgeKind.PART_OF)
        return node_id

    def objective(self, text: str, theme: str | None = None) -> str:
        node_id = stable_id("objective", self.plan, text)
        self._node(node_id, NodeKind.OBJECTIVE, text, text=text, plan=self.plan)
        self._edge(node_id, self.plan, EdgeKind.PART_OF)
        if theme:
            self._edge(node_id, theme, EdgeKind.PART_OF)
        return node_id

    def outcome(self, text: str, *feeds: str) -> str:
        node_id = stable_id("outcome", self.plan, text)
        self._node(node_id, NodeKind.OUTCOME, text, text=text, plan=self.plan)
        self._edge(node_id, self.plan, EdgeKind.PART_OF)
        for target in feeds:
            self._edge(node_id, target, EdgeKind.FEEDS_INTO)
        return node_id

    def action(
        self,
        ref: str,
        text: str,
        leads: list[str],
        partners: list[str] = (),  # type: ignore[assignment]
        outcomes: list[str] = (),  # type: ignore[assignment]
        theme: str | None = None,
        objective: str | None = None,
        **props: Any,
    ) -> str:
        node_id = stable_id("act", self.plan.removeprefix("plan-"), ref, text[:30])
        self._node(
            node_id,
            NodeKind.ACTION,
            text,
            ref=ref,
            text=text,
            plan=self.plan,
            region=self.region,
            theme=self.nodes[theme].name if theme else None,
            objective=self.nodes[objective].name if objective else None,
            outcomes=[self.nodes[o].name for o in outcomes],
            **props,
        )
        self._edge(node_id, self.plan, EdgeKind.PART_OF)
        for lead in leads:
            self._edge(lead, node_id, EdgeKind.LEADS, confidence=0.9)
        for partner in partners:
            self._edge(partner, node_id, EdgeKind.PARTNER_IN, confidence=0.8)
        for outcome in outcomes:
            self._edge(node_id, outcome, EdgeKind.FEEDS_INTO)
        if objective and not outcomes:
            self._edge(node_id, objective, EdgeKind.FEEDS_INTO)
        if theme:
            self._edge(node_id, theme, EdgeKind.ABOUT)
        return node_id

    def build(self) -> Contribution:
        return contribution(self.plan, self.nodes.values(), self.edges)


#: National bodies several plans name; each plan contributes the ones it names.
NATIONAL: dict[str, tuple[str, str, dict[str, Any]]] = {
    "ukba": ("UK Border Agency", "government", {"acronym": "UKBA", "aliases": ["UKBA"]}),
    "refugee_council": ("Refugee Council", "voluntary", {"identifier": "GB-CHC-1014576"}),
    "home_office": ("Home Office", "government", {"acronym": "HO", "aliases": ["HO"]}),
}


def national(builder: PlanBuilder, key: str) -> str:
    name, org_kind, props = NATIONAL[key]
    return builder.org(name, org_kind, **props)


def london() -> Contribution:
    b = PlanBuilder(
        "plan-london",
        "London Enriched implementation plan",
        "London",
        "london-enriched-implementation-plan.txt",
    )
    nat = {k: national(b, k) for k in ("ukba", "refugee_council")}
    gla = b.org(
        "Greater London Authority",
        "local_authority",
        scope="plan-london",
        acronym="GLA",
        aliases=["GLA"],
    )
    dspt = b.team("GLA Diversity and Social Policy Team", gla, "local_authority")
    housing_unit = b.team("GLA Housing Unit", gla, "local_authority")
    lsc = b.org("Learning and Skills Council", "government", acronym="LSC")
    lsmp = b.org(
        "London Strategic Migration Partnership", "partnership", acronym="LSMP", aliases=["LSMP"]
    )
    homeless_link = b.org("Homeless Link", "voluntary")
    sertuc = b.org("SERTUC", "other")
    london_councils = b.org("London Councils", "local_authority", scope="plan-london")

    english = b.theme("English language")
    esol_objective = b.objective(
        "Ensure that all refugees and asylum seekers have access to appropriate tuition in "
        "English for Speakers of Other Languages (ESOL).",
        english,
    )
    housing = b.theme("Housing")
    housing_objective = b.objective(
        "Ensure that refugees have access to channels for housing provision.", housing
    )
    employment = b.theme("Employment, skills and enterprise")
    employment_objective = b.objective(
        "Improve the ability of all refugees to find employment, reduce underemployment and "
        "enhance progression in work.",
        employment,
    )

    b.action(
        "3.3.1",
        "Ensure that the new approach to ESOL for cohesion meets the needs of refugees.",
        leads=[dspt],
        partners=[lsc, nat["ukba"], nat["refugee_council"]],
        outcomes=[
            b.outcome(
                "London boroughs and LSPs better able to identify priority groups.",
                esol_objective,
            ),
            b.outcome(
                "Improved ESOL provision for all members of refugee communities in London.",
                esol_objective,
            ),
        ],
        theme=english,
        objective=esol_objective,
        tasks=[
            "Support LSPs to develop evidence for identifying priority groups.",
            "Support LSPs to identify resources to deliver ESOL for priority groups.",
            "Work with LSPs and ESOL providers to develop courses that meet the diverse needs "
            "of refugees.",
            "Develop mechanism for monitoring how well the new approach to ESOL meets diverse "
            "refugee needs.",
        ],
    )
    b.action(
        "3.3.2",
        "Lobby with LSEB for government funding and policies that fill gaps and shortfall in "
        "ESOL for refugees in London.",
        leads=[dspt],
        partners=[lsmp],
        outcomes=[
            b.outcome(
                "Funders and policy makers committed to action to improve ESOL offer for refugees.",
                esol_objective,
            )
        ],
        theme=english,
        objective=esol_objective,
    )
    b.action(
        "4.3.3",
        "Help the Mayor to end rough sleeping in London by supporting the London Delivery "
        "Board to tackle rough sleeping by asylum seekers and refugees.",
        leads=[dspt],
        partners=[housing_unit, homeless_link, nat["refugee_council"], nat["ukba"]],
        outcomes=[
            b.outcome(
                "Reduced impact of case resolution on rough sleeping among asylum seekers, "
                "refused asylum seekers and refugees.",
                housing_objective,
            ),
            b.outcome(
                "Mayor more likely to meet target of ending rough sleeping.", housing_objective
            ),
        ],
        theme=housing,
        objective=housing_objective,
    )
    b.action(
        "5.3.5",
        "Make refugees and advice workers who support them more aware of refugee employment "
        "rights and existing sources of advice and support.",
        leads=[sertuc],
        partners=[london_councils],
        outcomes=[
            b.outcome(
                "Refugees and advice workers more aware of refugee employment rights and "
                "available advice and support.",
                employment_objective,
            )
        ],
        theme=employment,
        objective=employment_objective,
    )
    return b.build()


def east_midlands() -> Contribution:
    b = PlanBuilder(
        "plan-east-midlands",
        "East Midlands Strategic Migration Partnership Business Plan 2018/19",
        "East Midlands",
        "east-midlands-smp-business-plan-2018-19.txt",
    )
    nat = {"home_office": national(b, "home_office")}
    emc = b.org(
        "East Midlands Councils", "local_authority", scope="plan-east-midlands", acronym="EMC"
    )
    emsmp = b.org(
        "East Midlands Strategic Migration Partnership",
        "partnership",
        scope="plan-east-midlands",
        acronym="EMSMP",
        aliases=["EMSMP", "EMSSMP"],
    )
    b._edge(emsmp, emc, EdgeKind.HOSTED_BY)
    emfec = b.org("emfec", "education", scope="plan-east-midlands", aliases=["EMFEC"])
    northamptonshire = b.org(
        "Northamptonshire County Council", "local_authority", scope="plan-east-midlands"
    )
    nottingham = b.org("Nottingham City Council", "local_authority", scope="plan-east-midlands")

    board = b.body(NodeKind.BOARD, "Regional Migration Board")
    chair = b.person("Cllr Heather Smith", northamptonshire, role="Leader")
    vice = b.person("Cllr David Liversidge", nottingham)
    b.member(chair, board, "chair")
    b.member(vice, board, "vice chair")
    b.member(emc, board, "member")
    subgroup = b.body(NodeKind.TASK_GROUP, "Syrian resettlement subgroup")
    b._edge(subgroup, board, EdgeKind.FEEDS_INTO)
    b.member(emsmp, subgroup, "chair")
    b.member(emfec, subgroup, "member")
    b.member(nat["home_office"], subgroup, "member")

    so9 = b.objective(
        "Strategic Objective 9 Refugees are supported to integrate into local communities"
    )
    so13 = b.objective("Strategic Objective 13 Regional ESOL Coordination")
    understanding = b.outcome(
        "A better understanding of ESOL provision in the East Midlands in order to address "
        "gaps in provision.",
        so9,
    )
    mapping = b.outcome("Mapping exercise conducted across the East Midlands", so13)
    gaps = b.outcome("Gap analysis is undertaken following mapping exercise.", so13)

    b.action(
        "9.1",
        "Continued joint work with EMFEC to map changes to ESOL funding and provision within "
        "the East Midlands",
        leads=[emsmp],
        partners=[emfec],
        outcomes=[understanding],
        objective=so9,
        kpi="Mapping exercise complete",
        due_text="1st quarter",
    )
    b.action(
        "13.1",
        "Research existence of FE/HE and VCS mapping exercises",
        leads=[emfec],
        outcomes=[mapping],
        objective=so13,
        kpi="Current mapping exercises collated and reviewed",
        due="2017-06-30",
        due_text="30 June 2017",
    )
    b.action(
        "13.2",
        "Map provision across FE/HE and Adult learning sector to include level of "
        "qualification, availability of provision, child care, waiting lists etc.",
        leads=[emfec],
        outcomes=[mapping],
        objective=so13,
        kpi="Mapping complete",
        due="2017-06-30",
        due_text="30 June 2017",
    )
    b.action(
        "13.3",
        "Map VCS provision",
        leads=[emsmp],
        outcomes=[mapping],
        objective=so13,
        kpi="Mapping complete",
        due="2017-06-30",
        due_text="30 June 2017",
    )
    b.action(
        "13.4",
        "Present progress to Syrian resettlement subgroup meeting",
        leads=[emfec, emsmp],
        outcomes=[mapping],
        objective=so13,
        kpi="Report produced",
        due="2017-05-30",
        due_text="30th May 2017",
    )
    b.action(
        "13.6",
        "Overlay ESOL provision mapping with distribution of refugees/asylum seekers across "
        "the East Midlands to identify gaps in provision",
        leads=[emsmp, emfec],
        outcomes=[
            b.outcome(
                "Produce a map to show the distribution of resettled Syrian refugees and future "
                "pledges against ESOL mapping exercise; include dispersal areas to show asylum "
                "and refugee population.",
                so13,
            )
        ],
        objective=so13,
        kpi="Map showing ESOL provision against Syrian resettlement/asylum seekers is produced",
        due="2017-06-30",
        due_text="30 June 2017",
    )
    b.action(
        "13.5",
        "Identify any gaps in provision in areas participating in the SVPRS programme.",
        leads=[emsmp],
        outcomes=[gaps],
        objective=so13,
        kpi="Gaps identified",
        due_text="2nd quarter",
    )
    return b.build()


def crewe() -> Contribution:
    b = PlanBuilder(
        "plan-crewe",
        "Crewe Community Cohesion Project 2016/17 - Action Plan",
        "North West",
        "crewe-community-cohesion-action-plan-2016-17.txt",
    )
    police = b.org("Police", "police", scope="plan-crewe")
    cec = b.org("Cheshire East Council", "local_authority", scope="plan-crewe", acronym="CEC")
    kw = b.person("InspKW", police)
    dc = b.person("DC")
    kk = b.person("KK")
    steering = b.body(NodeKind.TASK_GROUP, "Community Cohesion Steering Group")
    b.member(dc, steering, "member")
    b.member(kk, steering, "member")
    b.member(cec, steering, "member")

    hate = b.theme("Managing diversity and tackling racism and hate crime")
    sport = b.objective(
        "Increase migrant participation in sport and maximise opportunities to engage through "
        "sport",
        hate,
    )
    training = b.objective("Hate Crime Training for Front Line staff and volunteers", hate)
    communication = b.theme("Improving communication")
    esol = b.objective("Access to ESOL provision", communication)

    b.action(
        "panna",
        "Develop and introduce Panna Football",
        leads=[police],
        theme=hate,
        objective=sport,
        comments="Panna has arrived. Now with the Police and Sgt Wilcox testing on 6th Dec.",
    )
    b.action(
        "hate-crime-training",
        "Explore the potential to fund and run Hate Crime Training session for staff",
        leads=[kw, dc, kk],
        theme=hate,
        objective=training,
        comments="Need to review in line with wider Hate Crime training now available to VCF "
        "sector.",
    )
    b.action(
        "esol-classes",
        "Development of ESOL classes within the community",
        leads=[kk],
        theme=communication,
        objective=esol,
    )
    return b.build()


def stockton() -> Contribution:
    b = PlanBuilder(
        "plan-stockton",
        "Action Plan - Review of Asylum Seeker Services",
        "North East",
        "stockton-asylum-seeker-services-review.txt",
    )
    nat = {"home_office": national(b, "home_office")}
    sbc = b.org(
        "Stockton-on-Tees Borough Council",
        "local_authority",
        scope="plan-stockton",
        acronym="SBC",
        aliases=["SBC"],
    )
    vcas = b.org("VCAS", "voluntary", scope="plan-stockton")
    cleveland = b.org("Cleveland Police", "police", scope="plan-stockton")
    rrf = b.org(
        "Regional Refugee Forum North East", "voluntary", scope="plan-stockton", aliases=["RRF"]
    )
    nemp = b.org(
        "North East Migration Partnership",
        "partnership",
        scope="plan-stockton",
        acronym="NEMP",
        aliases=["NEMP"],
    )
    b.member(sbc, nemp, "member")
    satnam = b.person("Satnam Singh", sbc)
    steven = b.person("Steven Hume", sbc)

    closer = b.objective(
        "That there should be closer working with local voluntary and community sector (VCS) "
        "organisations"
    )
    reporting = b.outcome(
        "To have an increase of hate crime/incidents reports from people seeking asylum and "
        "refugees communities.",
        closer,
    )
    b.action(
        "4.C.1",
        "To work with VCAS, Cleveland Police and RRF to deliver a further 'Hate Champions' "
        "training session to RCOs during Refugee Week 2018 (June 18th – 24th)",
        leads=[satnam],
        partners=[vcas, cleveland, rrf],
        outcomes=[reporting],
        objective=closer,
        kpi="Number of training sessions offered to refugee-led community organisations",
        due="2018-10-01",
        due_text="October 2018",
    )
    b.action(
        "4.C.2",
        "Work with VCAS and Police to arrange delivery of Hate Champions training to front "
        "line staff and volunteers in all refugee-assisting VCS (drop in's etc)",
        leads=[satnam],
        partners=[vcas, cleveland],
        outcomes=[reporting],
        objective=closer,
        due="2018-10-01",
        due_text="October 2018",
    )
    b.action(
        "3",
        "SBC representation to continue on NEMP both on the officer group and the elected "
        "members group.",
        leads=[steven],
        partners=[nemp],
        due="2018-01-01",
        due_text="January 2018",
    )
    b.action(
        "2",
        "Issue of Committee position on room sharing has been reiterated with Home Office as "
        "part of the wider consultation on the new contract.",
        leads=[steven],
        partners=[nat["home_office"]],
        due="2018-01-01",
        due_text="January 2018",
    )
    return b.build()


def east_of_england() -> Contribution:
    b = PlanBuilder(
        "plan-east-of-england",
        "Generic Action Plan template for Multi Agency Fora (MAF) in the East of England",
        "East of England",
        "east-of-england-maf-template.txt",
    )
    hate_team = b.org("Police hate crime team", "police", scope="plan-east-of-england")
    b.action(
        "safety-2",
        "Raise racism awareness amongst MAF members and immigrant communities",
        leads=[hate_team],
        outcomes=[b.outcome("Promotes community understanding and counters prejudice")],
    )
    return b.build()


SAMPLES = (london, east_midlands, crewe, stockton, east_of_england)


def load_samples(store: GraphStore) -> None:
    for build in SAMPLES:
        store.write(build())


def action_id(plan: str, ref: str, text: str) -> str:
    """The id `PlanBuilder.action` gives an action, for tests to name one."""
    return stable_id("act", plan.removeprefix("plan-"), ref, text[:30])


def ids_by_ref(contribution: Contribution) -> dict[str, str]:
    return {str(n.get("ref")): n.id for n in contribution.nodes if n.kind == NodeKind.ACTION}
