"""The questions over the five real sample plans as ingest reads them (both stores): the
answers a coordinator would check against the plans themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import EmbeddedStore, GraphStore, NodeKind, Settings
from ingest.pipeline import ingest_files
from queries import (
    commitments,
    dependent_outcomes,
    overlaps,
    search,
    similar_to_text,
    withdrawal,
)

_loaded: dict[int, int] = {}


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def ingested(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if request.param == "embedded":
        store = EmbeddedStore(tmp_path_factory.mktemp("samples") / "store")
        return store, Settings(store=store.uri)
    return request.getfixturevalue("_neo4j_session_store"), request.getfixturevalue(
        "neo4j_settings"
    )


@pytest.fixture
def real(ingested, sample_plans: list[Path]) -> GraphStore:  # type: ignore[no-untyped-def]
    """The five samples ingested once per store (again if another test emptied it)."""
    store, settings = ingested
    if _loaded.get(id(store)) != store.revision():
        store.clear()
        report = ingest_files(sample_plans, store, settings)
        assert not report.failed, [f.error for f in report.failed]
        _loaded[id(store)] = store.revision()
    return store


def action_with(store: GraphStore, words: str) -> str:
    [found] = [n.id for n in store.nodes(NodeKind.ACTION) if words in (n.get("text") or "")]
    return found


def test_ukba_partners_on_london_actions_and_leads_none(real: GraphStore) -> None:
    answer = commitments(real, "UKBA")
    assert answer.organisation.name == "UK Border Agency"
    assert answer.leads == []
    refs = [a.ref for a in answer.partners_in]
    assert {"3.3.1", "4.3.3"} <= set(refs)
    assert all(a.plan and "london" in a.plan for a in answer.partners_in)


def test_the_gla_rolls_up_its_diversity_and_social_policy_team(real: GraphStore) -> None:
    answer = commitments(real, "Greater London Authority")
    assert "GLA Diversity and Social Policy Team" in [t.name for t in answer.teams]
    led = {a.ref: a for a in answer.leads}
    for ref in ("3.3.1", "4.3.3"):
        assert led[ref].via is not None
        assert led[ref].via.name == "GLA Diversity and Social Policy Team"
    esol = led["3.3.1"]
    assert {"UK Border Agency", "Refugee Council"} <= {p.name for p in esol.partners}
    assert esol.source is not None
    assert esol.source.file == "london-enriched-implementation-plan.txt"


def test_emfec_leads_the_esol_mapping_and_emsmp_maps_vcs_provision(real: GraphStore) -> None:
    emfec = [a.text for a in commitments(real, "emfec").leads]
    assert any(t.startswith("Map provision across FE/HE") for t in emfec)
    assert any(t.startswith("Overlay ESOL provision mapping") for t in emfec)
    emsmp = [a.text for a in commitments(real, "EMSMP").leads]
    assert any(t.startswith("Map VCS provision") for t in emsmp)


def test_crewe_hate_crime_training_is_co_led_by_three_officers(real: GraphStore) -> None:
    training = action_with(real, "Hate Crime Training session")
    answer = commitments(real, "KK")
    [action] = [a for a in answer.leads if a.id == training]
    assert len(action.leads) == 3
    assert action.region == "North West"


def test_emfec_is_sole_lead_of_the_east_midlands_mapping_outcome(real: GraphStore) -> None:
    answer = dependent_outcomes(real, "emfec")
    first = answer.outcomes[0]
    assert first.outcome.name == "Mapping exercise conducted across the East Midlands"
    assert first.dependency == "sole_lead"
    above = [o for o in answer.outcomes if o.outcome.kind == "Objective"]
    assert any("ESOL" in o.outcome.name for o in above)


def test_northamptonshire_withdrawing_leaves_the_regional_migration_board_without_chair(
    real: GraphStore,
) -> None:
    answer = withdrawal(real, ["Northamptonshire County Council"])
    [board] = answer.bodies_affected
    assert board.body.name == "Regional Migration Board"
    assert board.lost_chair is True


def test_emfec_withdrawing_orphans_its_mapping_and_emsmp_could_step_in(
    real: GraphStore,
) -> None:
    revision = real.revision()
    answer = withdrawal(real, ["emfec"])
    orphaned = [a.text for a in answer.orphaned_actions]
    assert any(t.startswith("Map provision across FE/HE") for t in orphaned)
    weakened = [a.text for a in answer.weakened_actions]
    assert any(t.startswith("Overlay ESOL provision mapping") for t in weakened)
    for replacement in answer.replacements:
        names = [c.organisation.name for c in replacement.candidates]
        assert names[0] == "East Midlands Strategic Migration Partnership"
    assert real.revision() == revision


def test_the_sample_overlaps_are_found_at_the_default_threshold(real: GraphStore) -> None:
    pairs = {frozenset((p.a.id, p.b.id)): p for p in overlaps(real).pairs}
    esol = frozenset(
        (
            action_with(real, "Overlay ESOL provision mapping"),
            action_with(real, "new approach to ESOL"),
        )
    )
    assert esol in pairs
    assert "ESOL" in pairs[esol].shared_terms
    hate = frozenset(
        (
            action_with(real, "Hate Crime Training session"),
            action_with(real, "closer working with local voluntary"),
        )
    )
    assert hate in pairs
    assert {"hate", "training"} <= set(pairs[hate].shared_terms)


def test_search_and_a_new_action_check_work_on_the_samples(real: GraphStore) -> None:
    assert search(real, "UKBA").hits[0].name == "UK Border Agency"
    panna = search(real, "Panna football", kinds=["Action"]).hits[0]
    assert panna.name == "Develop and introduce Panna Football"
    check = similar_to_text(real, "Deliver hate crime awareness training to front line staff")
    assert check.matches[0].action.id == action_with(real, "Hate Crime Training session")
