"""Concrete facts each real sample plan must yield. Row counts were made by hand from the
files (one action per table row or action item; page-break continuations merged)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import EmbeddedStore, NodeKind, Settings
from ingest.extraction import ActionOut, Extraction
from ingest.pipeline import extract, ingest_files

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
LONDON = "london-enriched-implementation-plan.txt"
EAST_MIDLANDS = "east-midlands-smp-business-plan-2018-19.txt"
EAST_OF_ENGLAND = "east-of-england-maf-template.txt"
CREWE = "crewe-community-cohesion-action-plan-2016-17.txt"
STOCKTON = "stockton-asylum-seeker-services-review.txt"

#: Counted by hand: London 3.3.1-10.3.3 (2+4+5+5+5+5+5+3); East Midlands objectives 1-13
#: (11+5+3+5+7+2+2+1+1+4+18+14+17, rows cut by page breaks counted once); East of England
#: three sections (2+5+2); Crewe nine sections (3+1+4+3+6+2+1+3+3); Stockton seven
#: recommendations (4 and 5 run over four and two pages).
ACTION_COUNTS = {LONDON: 34, EAST_MIDLANDS: 90, EAST_OF_ENGLAND: 9, CREWE: 26, STOCKTON: 7}


@pytest.fixture(scope="module")
def extractions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Extraction]:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return {name: extract((PLANS / name).read_bytes(), name, settings) for name in ACTION_COUNTS}


def _action(
    extraction: Extraction, *, ref: str | None = None, text: str | None = None
) -> ActionOut:
    found = [
        a
        for a in extraction.actions
        if (ref is None or a.ref == ref) and (text is None or text.lower() in a.text.lower())
    ]
    assert len(found) == 1, f"{len(found)} actions match ref={ref!r} text={text!r}"
    return found[0]


def _entity(extraction: Extraction, entity_id: str):  # type: ignore[no-untyped-def]
    return next(e for e in extraction.entities if e.id == entity_id)


@pytest.mark.parametrize("name", sorted(ACTION_COUNTS))
def test_every_action_row_appears_exactly_once(
    extractions: dict[str, Extraction], name: str
) -> None:
    extraction = extractions[name]
    assert len(extraction.actions) == ACTION_COUNTS[name]
    assert len({a.id for a in extraction.actions}) == len(extraction.actions)


def test_london_refs_are_the_plans_own_numbers(extractions: dict[str, Extraction]) -> None:
    refs = [a.ref for a in extractions[LONDON].actions]
    assert refs[:3] == ["3.3.1", "3.3.2", "4.3.1"]
    assert refs[-1] == "10.3.3"
    assert len(set(refs)) == 34


def test_london_4_3_3_led_by_the_gla_team_with_homeless_link_partnering(
    extractions: dict[str, Extraction],
) -> None:
    london = extractions[LONDON]
    action = _action(london, ref="4.3.3")
    assert [lead.name for lead in action.leads] == ["GLA Diversity and Social Policy Team"]
    team = _entity(london, action.leads[0].id)
    gla = _entity(london, team.parent)
    assert gla.name == "Greater London Authority"
    assert {"from": team.id, "type": "PART_OF", "to": gla.id} in [
        {"from": r.from_, "type": r.type, "to": r.to} for r in london.relations
    ]
    assert "Homeless Link" in [p.name for p in action.partners]
    assert action.theme == "Housing"


def test_london_3_3_1_names_six_partners(extractions: dict[str, Extraction]) -> None:
    action = _action(extractions[LONDON], ref="3.3.1")
    assert len(action.partners) == 6
    assert "Refugee Council" in [p.name for p in action.partners]


def test_london_plan_metadata(extractions: dict[str, Extraction]) -> None:
    plan = extractions[LONDON].plan
    assert plan.region == "London"
    assert plan.owner == "Greater London Authority"
    assert plan.period == "December 2009"
    assert "implementation plan" in plan.title.lower()


def test_london_dependency_on_the_baseline_assessment(extractions: dict[str, Extraction]) -> None:
    london = extractions[LONDON]
    baseline = _action(london, ref="10.3.1")
    assert baseline.id in _action(london, ref="10.3.3").depends_on


def test_east_midlands_esol_mapping_leads(extractions: dict[str, Extraction]) -> None:
    em = extractions[EAST_MIDLANDS]
    owner_id = em.plan.owner_id
    fe_he = [
        a
        for a in em.actions
        if a.objective_ref == "13" and "FE/HE" in a.text and "map" in a.text.lower()
    ]
    assert len(fe_he) == 2
    for action in fe_he:
        assert [lead.name.lower() for lead in action.leads] == ["emfec"]
    vcs = _action(em, text="Map VCS provision")
    assert [lead.id for lead in vcs.leads] == [owner_id]
    assert em.plan.owner == "East Midlands Strategic Migration Partnership"


def test_east_midlands_board_chair_hosting_and_leadership(
    extractions: dict[str, Extraction],
) -> None:
    em = extractions[EAST_MIDLANDS]
    names = {e.id: e.name for e in em.entities}
    kinds = {e.id: e.kind for e in em.entities}
    relations = {(names[r.from_], r.type, names[r.to], r.role) for r in em.relations}
    board = next(
        e for e in em.entities if e.kind == "Board" and "Regional Migration Board" in e.name
    )
    assert ("Heather Smith", "MEMBER_OF", board.name, "chair") in relations
    assert ("David Liversidge", "MEMBER_OF", board.name, "vice chair") in relations
    partnership = "East Midlands Strategic Migration Partnership"
    assert (partnership, "HOSTED_BY", "East Midlands Councils", None) in relations
    assert (board.name, "FEEDS_INTO", partnership, "leads") in relations
    groups = {
        names[r.from_] for r in em.relations if kinds[r.from_] == "TaskGroup" and r.to == board.id
    }
    assert {"No Recourse to Public Funds", "Asylum Support/Housing"} <= groups


def test_east_midlands_objectives_and_quarters(extractions: dict[str, Extraction]) -> None:
    em = extractions[EAST_MIDLANDS]
    report = _action(em, text="Half yearly report submitted to Home Office")
    assert report.objective_ref == "1"
    assert report.due == "2018-12-31"
    assert report.due_text == "3 rd quarter"
    assert {a.objective_ref for a in em.actions} == {str(n) for n in range(1, 14)}


def test_east_midlands_page_break_rows_are_merged(extractions: dict[str, Extraction]) -> None:
    funding = _action(extractions[EAST_MIDLANDS], text="Identify sources of funding for ESOL")
    assert "emfec" in [lead.name.lower() for lead in funding.leads]


def test_crewe_panna_football_is_led_by_the_plans_own_police(
    extractions: dict[str, Extraction],
) -> None:
    crewe = extractions[CREWE]
    action = _action(crewe, text="Develop and introduce Panna Football")
    assert [lead.name for lead in action.leads] == ["Police"]
    police = _entity(crewe, action.leads[0].id)
    assert police.scope == crewe.plan.id
    assert action.objective is not None and "sport" in action.objective.lower()
    assert action.theme == "Managing diversity and tackling racism and hate crime"


def test_crewe_plan_metadata_and_progress_columns(extractions: dict[str, Extraction]) -> None:
    crewe = extractions[CREWE]
    assert crewe.plan.period == "2016/17"
    assert crewe.plan.region == "North West"
    steering = _action(crewe, text="Establish calendar of monthly meetings")
    assert steering.status is not None and "19.01.17" in steering.status
    assert steering.theme is not None and steering.theme.lower() == "project management"


def test_stockton_recommendation_5_is_nemps(extractions: dict[str, Extraction]) -> None:
    stockton = extractions[STOCKTON]
    action = _action(stockton, ref="5")
    assert [lead.name for lead in action.leads] == ["North East Migration Partnership"]
    assert "NEMP" in action.leads[0].aliases
    assert action.due == "2018-10-31"


def test_stockton_recommendation_4_runs_over_three_pages_as_one_action(
    extractions: dict[str, Extraction],
) -> None:
    action = _action(extractions[STOCKTON], ref="4")
    assert "hate crime reporting" in action.text
    assert any("Hate Champions training to front line staff" in t for t in action.tasks)


def test_east_of_england_placeholder_leads_are_warnings(extractions: dict[str, Extraction]) -> None:
    eoe = extractions[EAST_OF_ENGLAND]
    first = eoe.actions[0]
    assert first.leads == []
    assert first.lead_pending == "to be nominated"
    assert any("to be nominated" in w for w in eoe.warnings)
    assert eoe.plan.region == "East of England"


def test_refugee_council_is_one_node_across_london_and_east_midlands(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = ingest_files(
            [PLANS / LONDON, PLANS / EAST_MIDLANDS], store, Settings(store=store.uri)
        )
        assert not report.failed
        nodes = store.find_by_name("Refugee Council", [NodeKind.ORGANISATION])
        assert len(nodes) == 1
        assert len({p.plan for p in nodes[0].provenance}) == 2
    finally:
        store.close()
