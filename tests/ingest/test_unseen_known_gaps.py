"""Two gaps the samples showed, closed by general rules and checked on the samples themselves:
a lead's name cut by a page break ("Asylum" / "Support Group" after a repeated header), and a
plan that names no publisher but speaks for its own place's council."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import Settings
from ingest.pipeline import extract

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(store=str(tmp_path / "store"))


def _extract(name: str, settings: Settings):  # type: ignore[no-untyped-def]
    return extract((PLANS / name).read_bytes(), name, settings)


def test_a_lead_cut_across_a_page_break_is_one_body_again(settings: Settings) -> None:
    plan = _extract("east-midlands-smp-business-plan-2018-19.txt", settings)
    action = next(a for a in plan.actions if a.text.startswith("Provide a scrutiny mechanism"))
    leads = [lead.name for lead in action.leads]
    assert "Asylum Support Group" in leads
    assert "Asylum" not in leads and "Support Group" not in leads


def test_the_council_a_review_speaks_for_owns_it(settings: Settings) -> None:
    plan = _extract("stockton-asylum-seeker-services-review.txt", settings).plan
    assert plan.owner == "Stockton-on-Tees Borough Council"
    assert plan.owner_id == "org-stockton-on-tees-borough-council"


def test_a_template_that_names_no_body_of_its_place_still_has_no_owner(
    settings: Settings,
) -> None:
    assert _extract("east-of-england-maf-template.txt", settings).plan.owner is None
