"""Naive ways to answer the same questions, measured in the same run as the real ones.

A first implementation would load the whole graph into networkx and walk it for each
question, scan every node for a search, and vectorise every action's text again to compare
one new text. These do exactly that through the public store API, so they run unchanged on
both stores; the ratio to them is what the indexes and server-side queries buy.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graphmodel import EdgeKind, GraphStore, NodeKind

_WORD = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "this",
        "that",
    ]
)


def load_graph(store: GraphStore) -> nx.MultiDiGraph:
    """The whole graph, read through the store API into a fresh networkx graph."""
    graph = nx.MultiDiGraph()
    for node in store.nodes():
        graph.add_node(node.id, kind=node.kind, name=node.name, props=node.properties)
    for edge in store.edges():
        graph.add_edge(edge.source, edge.target, kind=edge.kind, props=edge.properties)
    return graph


def _out(graph: nx.MultiDiGraph, node: str, kinds: Iterable[EdgeKind]) -> list[str]:
    wanted = set(kinds)
    return [v for _, v, kind in graph.out_edges(node, data="kind") if kind in wanted]


def _in(graph: nx.MultiDiGraph, node: str, kinds: Iterable[EdgeKind]) -> list[str]:
    wanted = set(kinds)
    return [u for u, _, kind in graph.in_edges(node, data="kind") if kind in wanted]


def commitments(graph: nx.MultiDiGraph, org: str) -> dict[str, set[str]]:
    """Actions the organisation, its teams and the bodies it sits on lead or partner in."""
    if org not in graph:
        return {"leads": set(), "partners": set()}
    holders = {org, *_in(graph, org, [EdgeKind.PART_OF])}
    holders |= {b for h in list(holders) for b in _out(graph, h, [EdgeKind.MEMBER_OF])}
    return {
        "leads": {a for h in holders for a in _out(graph, h, [EdgeKind.LEADS])},
        "partners": {a for h in holders for a in _out(graph, h, [EdgeKind.PARTNER_IN])},
    }


def dependent_outcomes(graph: nx.MultiDiGraph, org: str) -> set[str]:
    """Outcomes and objectives reachable over FEEDS_INTO from the organisation's actions."""
    held = commitments(graph, org)
    frontier = list(held["leads"] | held["partners"])
    seen: set[str] = set()
    while frontier:
        node = frontier.pop()
        for up in _out(graph, node, [EdgeKind.FEEDS_INTO]):
            if up not in seen:
                seen.add(up)
                frontier.append(up)
    return seen


def withdrawal(graph: nx.MultiDiGraph, orgs: list[str]) -> dict[str, int]:
    """Actions left without a lead, partner places lost, and outcomes those actions serve."""
    gone = set(orgs)
    led = {a for o in orgs if o in graph for a in _out(graph, o, [EdgeKind.LEADS])}
    partnered = {a for o in orgs if o in graph for a in _out(graph, o, [EdgeKind.PARTNER_IN])}
    orphaned = {a for a in led if not set(_in(graph, a, [EdgeKind.LEADS])) - gone}
    outcomes: set[str] = set()
    frontier = list(orphaned)
    while frontier:
        node = frontier.pop()
        for up in _out(graph, node, [EdgeKind.FEEDS_INTO]):
            if up not in outcomes:
                outcomes.add(up)
                frontier.append(up)
    return {
        "orphaned": len(orphaned),
        "partner_places": len(partnered),
        "outcomes": len(outcomes),
    }


def search(graph: nx.MultiDiGraph, query: str, limit: int = 20) -> list[str]:
    """Every node scanned: names and texts containing all the query's words, most first."""
    words = _WORD.findall(query.lower())
    hits = []
    for node, data in graph.nodes(data=True):
        text = f"{data['name']} {data['props'].get('text', '')}".lower()
        found = sum(1 for w in words if w in text)
        if found:
            hits.append((-found, node))
    hits.sort()
    return [node for _, node in hits[:limit]]


def stored_overlaps(graph: nx.MultiDiGraph, region: str, limit: int = 50) -> list[tuple]:
    """Every SIMILAR_TO edge scanned, kept when either end is in the region, best first."""
    found = []
    for u, v, data in graph.edges(data=True):
        if data["kind"] != EdgeKind.SIMILAR_TO:
            continue
        regions = {graph.nodes[u]["props"].get("region"), graph.nodes[v]["props"].get("region")}
        if region in regions:
            found.append((-float(data["props"].get("score", 0.0)), u, v))
    found.sort()
    return found[:limit]


def tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


def tfidf(texts: list[str]) -> tuple[sp.csr_matrix, dict[str, int], np.ndarray]:
    """Plain TF-IDF rows (raw counts, smooth IDF, unit length), no stemming or synonyms."""
    bags = [Counter(tokens(t)) for t in texts]
    vocabulary: dict[str, int] = {}
    for bag in bags:
        for word in bag:
            vocabulary.setdefault(word, len(vocabulary))
    df = np.zeros(len(vocabulary))
    indptr, indices, data = [0], [], []
    for bag in bags:
        for word, count in bag.items():
            indices.append(vocabulary[word])
            data.append(float(count))
            df[vocabulary[word]] += 1
        indptr.append(len(indices))
    idf = np.log((1 + len(texts)) / (1 + df)) + 1
    matrix = sp.csr_matrix(
        (np.asarray(data), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(texts), len(vocabulary)),
    )
    matrix = matrix.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1 / norms) @ matrix), vocabulary, idf


def similar_to_text(graph: nx.MultiDiGraph, text: str, limit: int = 10) -> list[str]:
    """Every action's text vectorised again, then cosine against the new text."""
    ids = [n for n, kind in graph.nodes(data="kind") if kind == NodeKind.ACTION]
    texts = [str(graph.nodes[n]["props"].get("text") or graph.nodes[n]["name"]) for n in ids]
    matrix, vocabulary, idf = tfidf(texts)
    bag = Counter(w for w in tokens(text) if w in vocabulary)
    if not bag:
        return []
    cols = [vocabulary[w] for w in bag]
    weights = np.array([bag[w] * idf[vocabulary[w]] for w in bag])
    vector = sp.csr_matrix(
        (weights / math.sqrt(float((weights**2).sum())), cols, [0, len(cols)]),
        shape=(1, len(vocabulary)),
    )
    scores = np.asarray((matrix @ vector.T).todense()).ravel()
    best = np.argsort(-scores)[:limit]
    return [ids[i] for i in best]
