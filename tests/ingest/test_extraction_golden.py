"""Golden JSON of each stage's output for two samples, so any change in what ingest reads is
seen in review. Regenerate deliberately with PARTNERGRAPH_UPDATE_GOLDEN=1 and read the diff."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from graphmodel import Settings
from ingest.pipeline import extract_document, layout_of, make_resolver
from ingest.readers import read_document
from ingest.records import to_contribution
from ingest.roles import classify_table

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = {
    "stockton": "stockton-asylum-seeker-services-review.txt",
    "crewe": "crewe-community-cohesion-action-plan-2016-17.txt",
}


def _stages(name: str, tmp_path: Path) -> dict[str, Any]:
    document = read_document((PLANS / name).read_bytes(), name)
    settings = Settings(store=str(tmp_path / "store"))
    extraction = extract_document(document, settings, make_resolver(settings))
    contribution = to_contribution(extraction)
    return {
        "roles": [classify_table(t).model_dump(mode="json") for t in document.tables],
        "layout": layout_of(document).model_dump(mode="json"),
        "extraction": extraction.model_dump(mode="json"),
        "records": {
            "owner": contribution.owner,
            "nodes": sorted(
                (n.model_dump(mode="json") for n in contribution.nodes), key=lambda n: n["id"]
            ),
            "edges": sorted(
                ({**e.model_dump(mode="json"), "id": e.id} for e in contribution.edges),
                key=lambda e: e["id"],
            ),
        },
    }


@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize("stage", ["roles", "layout", "extraction", "records"])
def test_stage_output_matches_golden(sample: str, stage: str, tmp_path: Path) -> None:
    produced = _stages(SAMPLES[sample], tmp_path)[stage]
    path = GOLDEN / f"{sample}.{stage}.json"
    if os.environ.get("PARTNERGRAPH_UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(produced, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden {path.name}; run with PARTNERGRAPH_UPDATE_GOLDEN=1 once"
    assert produced == json.loads(path.read_text(encoding="utf-8"))
