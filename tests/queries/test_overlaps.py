"""Duplicated effort across regions: pairs, clusters, filters, pages, stored runs."""

from __future__ import annotations

import pytest

from graphmodel import EdgeKind, GraphStore, Node, NodeKind, Provenance, contribution
from queries import (
    DEFAULT_MIN_SCORE,
    OVERLAPS_OWNER,
    InvalidQuery,
    overlaps,
    similar_to_text,
    stored_overlaps,
    write_overlaps,
)


def pair_refs(answer) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [tuple(sorted((p.a.ref or "", p.b.ref or ""))) for p in answer.pairs]


def test_hate_crime_training_in_crewe_and_hate_champions_in_stockton_overlap(
    samples: GraphStore,
) -> None:
    found = pair_refs(overlaps(samples))
    assert ("4.C.1", "hate-crime-training") in found
    assert ("4.C.2", "hate-crime-training") in found


def test_east_midlands_esol_mapping_and_london_esol_for_refugees_overlap(
    samples: GraphStore,
) -> None:
    answer = overlaps(samples)
    pair = next(p for p in answer.pairs if {p.a.ref, p.b.ref} == {"13.6", "3.3.1"})
    assert pair.score >= DEFAULT_MIN_SCORE
    assert "ESOL" in pair.shared_terms
    sides = {p.plan: p for p in (pair.a, pair.b)}
    assert [x.name for x in sides["plan-east-midlands"].leads] == [
        "East Midlands Strategic Migration Partnership",
        "emfec",
    ]
    assert [x.name for x in sides["plan-london"].leads] == ["GLA Diversity and Social Policy Team"]


def test_pairs_are_across_plans_and_regions_best_first_and_score_in_range(
    samples: GraphStore,
) -> None:
    answer = overlaps(samples, min_score=0.05)
    assert answer.total == len(answer.pairs) > 5
    for pair in answer.pairs:
        assert pair.a.plan != pair.b.plan
        assert pair.a.region != pair.b.region
        assert 0.05 <= pair.score <= 1.0
        assert pair.shared_terms
    scores = [p.score for p in answer.pairs]
    assert scores == sorted(scores, reverse=True)


def test_boilerplate_alone_never_makes_an_overlap(store: GraphStore) -> None:
    for plan, region, texts in (
        (
            "plan-a",
            "Region A",
            ["Work with partners as appropriate (ongoing)", "Map ESOL provision"],
        ),
        (
            "plan-b",
            "Region B",
            ["Continue to work with relevant partners where appropriate, as required", "Ongoing"],
        ),
    ):
        nodes = [
            Node(
                id=f"act-{plan}-{i}",
                kind=NodeKind.ACTION,
                name=text,
                properties={"text": text, "plan": plan, "region": region, "ref": str(i)},
                provenance=(Provenance(plan=plan, document=f"{plan}.txt", line=i),),
            )
            for i, text in enumerate(texts)
        ]
        store.write(contribution(plan, nodes, []))
    assert overlaps(store, min_score=0.01).total == 0


def test_filters_keep_pairs_touching_the_region_or_theme(samples: GraphStore) -> None:
    everything = overlaps(samples, min_score=0.1)
    crewe = overlaps(samples, region="North West", min_score=0.1)
    assert 0 < crewe.total < everything.total
    assert all("North West" in (p.a.region, p.b.region) for p in crewe.pairs)
    hate = overlaps(samples, theme="hate crime", min_score=0.1)
    assert hate.total >= 2
    assert all("hate crime" in ((p.a.theme or "") + (p.b.theme or "")).lower() for p in hate.pairs)


def test_pages_report_the_total_and_clusters_hold_every_page_pair(samples: GraphStore) -> None:
    everything = overlaps(samples, min_score=0.1)
    page = overlaps(samples, min_score=0.1, limit=2, offset=1)
    assert page.total == everything.total
    assert (page.limit, page.offset) == (2, 1)
    assert [(p.a.id, p.b.id) for p in page.pairs] == [
        (p.a.id, p.b.id) for p in everything.pairs[1:3]
    ]
    in_clusters = {a.id for c in page.clusters for a in c.actions}
    for pair in page.pairs:
        assert {pair.a.id, pair.b.id} <= in_clusters
    assert all(c.topic for c in page.clusters)


def test_the_hate_crime_training_pairs_form_one_cluster(samples: GraphStore) -> None:
    answer = overlaps(samples)
    cluster = next(c for c in answer.clusters if any(a.ref == "4.C.1" for a in c.actions))
    assert sorted(a.ref for a in cluster.actions) == ["4.C.1", "4.C.2", "hate-crime-training"]
    assert cluster.plans == ["plan-crewe", "plan-stockton"]
    assert "training" in cluster.topic or "hate" in cluster.topic


def test_written_overlaps_read_back_the_same_and_a_new_run_replaces_them(
    samples: GraphStore,
) -> None:
    computed = overlaps(samples, min_score=0.2)
    write_overlaps(samples, computed)
    assert OVERLAPS_OWNER in samples.owners()
    stored = stored_overlaps(samples, min_score=0.2)
    assert stored.source == "stored"
    assert stored.total == computed.total
    assert [(p.a.id, p.b.id, p.score, p.shared_terms) for p in stored.pairs] == [
        (p.a.id, p.b.id, p.score, p.shared_terms) for p in computed.pairs
    ]
    assert [sorted(a.id for a in c.actions) for c in stored.clusters] == [
        sorted(a.id for a in c.actions) for c in computed.clusters
    ]
    write_overlaps(samples, overlaps(samples, min_score=0.35))
    assert len(list(samples.edges(EdgeKind.SIMILAR_TO))) == overlaps(samples, min_score=0.35).total
    write_overlaps(samples, [])
    assert list(samples.edges(EdgeKind.SIMILAR_TO)) == []


@pytest.mark.parametrize(
    ("region", "theme", "found"),
    [
        ("North West", None, True),
        ("region north west", None, True),
        ("London", None, True),
        (None, "hate crime", True),
        ("North West", "hate crime", True),
        ("North East", "esol", False),
        ("Nowhere", None, False),
        (None, "no such theme", False),
    ],
)
def test_stored_overlaps_of_a_region_or_theme_are_the_computed_ones(
    samples: GraphStore, region: str | None, theme: str | None, found: bool
) -> None:
    write_overlaps(samples, overlaps(samples, min_score=0.1))
    for limit in (None, 3):
        computed = overlaps(samples, region=region, theme=theme, min_score=0.15, limit=limit)
        stored = stored_overlaps(samples, region=region, theme=theme, min_score=0.15, limit=limit)
        assert (stored.total > 0) is found
        assert stored.total == computed.total
        assert [(p.a.id, p.b.id, p.score) for p in stored.pairs] == [
            (p.a.id, p.b.id, p.score) for p in computed.pairs
        ]
        assert [sorted(a.id for a in c.actions) for c in stored.clusters] == [
            sorted(a.id for a in c.actions) for c in computed.clusters
        ]


def test_writing_overlaps_keeps_the_similarity_index_warm(samples: GraphStore) -> None:
    from queries.actions import participation_index
    from queries.dependencies import feeds_index
    from queries.overlaps import similarity_index

    index = similarity_index(samples)
    roles, feeds = participation_index(samples), feeds_index(samples)
    write_overlaps(samples, overlaps(samples))
    assert similarity_index(samples) is index
    assert participation_index(samples) is roles
    assert feeds_index(samples) is feeds


def test_a_new_action_text_is_checked_against_everything(samples: GraphStore) -> None:
    answer = similar_to_text(samples, "Deliver hate crime awareness training for front line staff")
    assert answer.matches[0].action.ref == "hate-crime-training"
    assert {"training", "front line"} <= set(answer.matches[0].shared_terms)
    assert [m.score for m in answer.matches] == sorted(
        (m.score for m in answer.matches), reverse=True
    )


def test_a_cached_index_follows_new_plans(samples: GraphStore) -> None:
    before = overlaps(samples).total
    text = "Deliver Hate Champions training to front line staff and volunteers"
    node = Node(
        id="act-extra-1",
        kind=NodeKind.ACTION,
        name=text,
        properties={"text": text, "plan": "plan-extra", "region": "Wales", "ref": "1"},
        provenance=(Provenance(plan="plan-extra", document="extra.txt", line=3),),
    )
    samples.write(contribution("plan-extra", [node], []))
    assert overlaps(samples).total > before


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("min_score", {"min_score": 0}),
        ("min_score", {"min_score": 1.5}),
        ("offset", {"offset": -1}),
        ("limit", {"limit": -2}),
    ],
)
def test_out_of_range_parameters_are_refused_naming_the_field(
    samples: GraphStore, field: str, kwargs: dict
) -> None:
    with pytest.raises(InvalidQuery) as caught:
        overlaps(samples, **kwargs)
    assert caught.value.details == {"field": field}
