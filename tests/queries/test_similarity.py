"""The text analysis and the pair search behind overlaps: properties over generated text,
and exactness of the pruned pair search against brute force."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from graphmodel import Node, NodeKind, Provenance
from queries.similarity import SimilarityIndex, stem, terms
from queries.vocabulary import BOILERPLATE, STOP_WORDS

WORDS = [
    "map", "mapping", "ESOL", "provision", "hate", "crime", "training", "front", "line",
    "staff", "volunteers", "housing", "rough", "sleeping", "refugees", "asylum", "seekers",
    "work", "with", "partners", "ongoing", "as", "appropriate", "English", "language",
    "classes", "VCS", "voluntary", "sector", "gaps", "funding", "schools", "police",
]  # fmt: skip
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=14).map(" ".join)


@given(st.text(max_size=200))
def test_terms_are_lowercase_words_without_stop_words_or_boilerplate(text: str) -> None:
    found = terms(text)
    for term in found:
        assert term == term.lower() or term in {"ESOL", "VCS"}
        assert term not in STOP_WORDS
        assert term not in BOILERPLATE
        assert not any(ch.isdigit() for ch in term)
    assert terms(text) == found


@given(texts)
def test_terms_ignore_case_and_punctuation(text: str) -> None:
    assert terms(text.upper()) == terms(text)
    assert terms(text.replace(" ", ", ")) == terms(text)


@given(st.sampled_from([w.lower() for w in WORDS]))
def test_plural_and_verb_forms_meet(word: str) -> None:
    assert stem(word + "s") == stem(word) or word.endswith(("s", "y"))


def test_the_fields_phrases_and_synonyms_meet() -> None:
    assert terms("English for Speakers of Other Languages") == terms("ESOL")
    assert terms("English language classes") == terms("ESOL")
    assert terms("mapping exercise") == terms("map")
    assert terms("Front-line staff") == terms("front line staff")
    assert terms("voluntary and community sector") == terms("VCS")
    assert terms("Work with partners as appropriate, ongoing, as required") == []


def corpus(docs: list[str]) -> SimilarityIndex:
    nodes = [
        Node(
            id=f"act-{i:03d}",
            kind=NodeKind.ACTION,
            name=text or "x",
            properties={"text": text or "x", "plan": f"plan-{i % 4}", "region": f"R{i % 3}"},
            provenance=(Provenance(plan=f"plan-{i % 4}", document="p.txt"),),
        )
        for i, text in enumerate(docs)
    ]
    return SimilarityIndex.build(nodes, {})


def brute_force(index: SimilarityIndex, min_score: float) -> set[tuple[int, int]]:
    dense = index.matrix.toarray()
    found = set()
    for i, j in itertools.combinations(range(len(index)), 2):
        if index.plans[i] == index.plans[j] or index.regions[i] == index.regions[j]:
            continue
        if float(dense[i] @ dense[j]) >= min_score:
            found.add((i, j))
    return found


@settings(max_examples=60, deadline=None)
@given(
    st.lists(texts, min_size=2, max_size=24),
    st.floats(min_value=0.05, max_value=0.95),
)
def test_pruned_pair_search_finds_exactly_the_brute_force_pairs(
    docs: list[str], min_score: float
) -> None:
    index = corpus(docs)
    found = index.pairs(min_score)
    got = set(zip(found.rows_a.tolist(), found.rows_b.tolist(), strict=True))
    expected = brute_force(index, min_score)
    # Scores a hair from the threshold may fall either side through rounding.
    dense = index.matrix.toarray()
    borderline = {
        (i, j) for i, j in got ^ expected if abs(float(dense[i] @ dense[j]) - min_score) < 1e-9
    }
    assert got ^ expected == borderline
    assert np.all(found.scores[:-1] >= found.scores[1:] - 1e-6)
    assert np.all((found.scores >= min_score - 1e-9) & (found.scores <= 1 + 1e-9))


@given(texts, texts)
def test_scores_are_symmetric_and_bounded(a: str, b: str) -> None:
    index = corpus([a, b])
    forward = index.scores_for(index.vector(a))
    backward = index.scores_for(index.vector(b))
    assert abs(forward[1] - backward[0]) < 1e-9
    assert -1e-9 <= forward[1] <= 1 + 1e-9
    if terms(a):
        assert abs(forward[0] - 1.0) < 1e-9
