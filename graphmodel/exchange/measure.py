"""How long exports and imports take at scale, on a synthetic graph shaped like the plans.

`measure_exchange` is what the benchmarks call; it builds its own stores (embedded by default,
or whatever `open_empty` returns, e.g. a cleared Neo4j store) so it never touches real data.
The synthetic text is generic policy wording and the graph holds no people.
"""

from __future__ import annotations

import random
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graphmodel.embedded import EmbeddedStore
from graphmodel.exchange.formats import RDF_EXPORTS, ExportFormat, export_to_path
from graphmodel.exchange.rdf_import import import_rdf_file
from graphmodel.records import DERIVED_PREFIX, Contribution, Edge, Node, Provenance, contribution
from graphmodel.schema import EdgeKind, NodeKind, OrganisationKind
from graphmodel.store import GraphStore

_WORDS = [
    "support",
    "refugees",
    "asylum",
    "seekers",
    "access",
    "housing",
    "employment",
    "advice",
    "ESOL",
    "provision",
    "local",
    "authorities",
    "partners",
    "monitor",
    "improve",
    "develop",
    "information",
    "services",
    "health",
    "education",
    "community",
    "cohesion",
    "integration",
    "resettlement",
    "training",
    "volunteers",
    "funding",
    "review",
    "plan",
    "regional",
    "strategic",
    "coordinate",
    "deliver",
    "outcomes",
    "evidence",
    "priority",
    "groups",
]


@dataclass(frozen=True)
class ExchangeTiming:
    """One format's export (and, for RDF, import into an empty store) at one size."""

    format: str
    actions: int
    #: Wall-clock seconds, and this process's CPU seconds (the machine may be shared; work
    #: done inside a Neo4j server is not counted in CPU seconds).
    export_seconds: float
    export_cpu_seconds: float
    export_bytes: int
    import_seconds: float | None
    import_cpu_seconds: float | None
    #: The process's peak resident memory so far, in MiB (it only ever grows).
    peak_rss_mib: float


def _prov(owner: str, line: int, confidence: float = 1.0) -> tuple[Provenance, ...]:
    return (Provenance(plan=owner, document=f"{owner}.txt", line=line, confidence=confidence),)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def synthetic_plans(
    actions: int, *, plans: int = 10, organisations: int = 400, seed: int = 7
) -> Iterator[Contribution]:
    """`plans` plan contributions holding `actions` actions in all, each with a lead, two
    partners, a theme, an outcome and its plan; then one derived owner with SIMILAR_TO edges
    for one action in a hundred."""
    rng = random.Random(seed)
    org_ids = [f"org-partner-{i}" for i in range(organisations)]
    per_plan = [actions // plans + (1 if i < actions % plans else 0) for i in range(plans)]
    action_ids: list[str] = []
    for p, count in enumerate(per_plan):
        owner = f"plan-synthetic-{p}"
        region = f"region-synthetic-{p}"
        nodes: dict[str, Node] = {
            owner: Node(
                id=owner,
                kind=NodeKind.PLAN,
                name=f"Synthetic plan {p}",
                properties={"title": f"Synthetic plan {p}", "region": f"Region {p}", "year": 2018},
                provenance=_prov(owner, 1),
            ),
            region: Node(
                id=region, kind=NodeKind.REGION, name=f"Region {p}", provenance=_prov(owner, 1)
            ),
        }
        edges: list[Edge] = [
            Edge(source=owner, target=region, kind=EdgeKind.COVERS, provenance=_prov(owner, 1))
        ]
        for index in range(count):
            line = 10 + index
            action = f"act-synthetic-{p}-{index}"
            theme = f"theme-synthetic-{p}-{index // 50}"
            outcome = f"outcome-synthetic-{p}-{index // 10}"
            action_ids.append(action)
            for node_id, kind in ((theme, NodeKind.THEME), (outcome, NodeKind.OUTCOME)):
                if node_id not in nodes:
                    nodes[node_id] = Node(
                        id=node_id,
                        kind=kind,
                        name=_sentence(rng, 4),
                        properties={"plan": owner},
                        provenance=_prov(owner, line),
                    )
            nodes[action] = Node(
                id=action,
                kind=NodeKind.ACTION,
                name=_sentence(rng, 12),
                properties={
                    "ref": f"{p}.{index}",
                    "text": _sentence(rng, 20),
                    "tasks": [_sentence(rng, 8) for _ in range(3)],
                    "outcomes": [_sentence(rng, 8)],
                    "due": "2018-06-30",
                    "due_text": "June 2018",
                    "status": "ongoing",
                    "plan": owner,
                    "region": f"Region {p}",
                },
                provenance=_prov(owner, line, 0.9),
            )
            lead, *partners = rng.sample(org_ids, 3)
            for org in (lead, *partners):
                if org not in nodes:
                    nodes[org] = Node(
                        id=org,
                        kind=NodeKind.ORGANISATION,
                        name=f"Partner organisation {org.rsplit('-', 1)[1]}",
                        properties={"org_kind": OrganisationKind.VOLUNTARY.value},
                        provenance=_prov(owner, line),
                    )
            edges.append(
                Edge(source=lead, target=action, kind=EdgeKind.LEADS, provenance=_prov(owner, line))
            )
            edges += [
                Edge(
                    source=org,
                    target=action,
                    kind=EdgeKind.PARTNER_IN,
                    provenance=_prov(owner, line),
                )
                for org in partners
            ]
            edges += [
                Edge(
                    source=action,
                    target=owner,
                    kind=EdgeKind.PART_OF,
                    provenance=_prov(owner, line),
                ),
                Edge(
                    source=action, target=theme, kind=EdgeKind.ABOUT, provenance=_prov(owner, line)
                ),
                Edge(
                    source=action,
                    target=outcome,
                    kind=EdgeKind.FEEDS_INTO,
                    provenance=_prov(owner, line),
                ),
            ]
        yield contribution(owner, nodes.values(), edges)
    derived = f"{DERIVED_PREFIX}similarity"
    similar = {}
    for _ in range(len(action_ids) // 100):
        a, b = rng.sample(action_ids, 2)
        edge = Edge(
            source=a,
            target=b,
            kind=EdgeKind.SIMILAR_TO,
            properties={"score": round(rng.random(), 3), "shared_terms": rng.sample(_WORDS, 3)},
            provenance=(Provenance(plan=derived, document="overlap-detection", confidence=0.5),),
        )
        similar[edge.id] = edge
    touched = {e.source for e in similar.values()} | {e.target for e in similar.values()}
    yield contribution(derived, [], similar.values(), references=touched)


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_exchange(
    workdir: Path,
    *,
    actions: int = 100_000,
    formats: tuple[ExportFormat, ...] = tuple(ExportFormat),
    open_empty: Callable[[str], GraphStore] | None = None,
) -> list[ExchangeTiming]:
    """Fill a store with `actions` synthetic actions, then time each format's export to a file
    under `workdir` and, for RDF, its import into an empty store.

    `open_empty(name)` returns an empty store to use (default: a new embedded store under
    `workdir`); it is called once for the source and, after every export is written, once
    per RDF import, so a single Neo4j database can serve as all of them.
    """
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    opener = open_empty or (lambda name: EmbeddedStore(workdir / name))
    source = opener("source")
    for item in synthetic_plans(actions):
        source.write(item)
    exports: list[tuple[ExportFormat, Path, float, float, float]] = []
    for fmt in (ExportFormat(f) for f in formats):
        suffix = ".zip" if fmt == ExportFormat.CSV else f".{fmt.value}"
        target = workdir / f"export-{fmt.value}{suffix}"
        started, cpu = time.perf_counter(), time.process_time()
        export_to_path(source, fmt, target)
        exports.append(
            (
                fmt,
                target,
                time.perf_counter() - started,
                time.process_time() - cpu,
                _peak_rss_mib(),
            )
        )
    source.close()
    del source  # so the imports' peak memory is their own
    results = []
    for fmt, target, export_seconds, export_cpu, peak in exports:
        import_seconds = import_cpu = None
        if fmt in RDF_EXPORTS:
            copy = opener(f"import-{fmt.value}")
            started, cpu = time.perf_counter(), time.process_time()
            import_rdf_file(copy, target, fmt.value)
            import_seconds = round(time.perf_counter() - started, 2)
            import_cpu = round(time.process_time() - cpu, 2)
            copy.close()
            peak = _peak_rss_mib()
        results.append(
            ExchangeTiming(
                format=fmt.value,
                actions=actions,
                export_seconds=round(export_seconds, 2),
                export_cpu_seconds=round(export_cpu, 2),
                export_bytes=target.stat().st_size,
                import_seconds=import_seconds,
                import_cpu_seconds=import_cpu,
                peak_rss_mib=round(peak, 1),
            )
        )
    return results
