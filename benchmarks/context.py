"""What every section is handed: the corpus, the store under test and the run's options."""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.generator import Corpus
from benchmarks.measure import Unavailable
from benchmarks.stores import StoreHandle
from graphmodel import GraphStore


@dataclass
class Context:
    size: int
    corpus: Corpus
    handle: StoreHandle | None
    workdir: Path
    quick: bool = False
    seed: int = 2024
    #: Smallest possible work per figure, for the test that keeps the harness from rotting.
    smoke: bool = False
    #: Facts one section leaves for later ones (e.g. whether overlaps were stored).
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def store(self) -> GraphStore:
        if self.handle is None:
            raise RuntimeError("this section runs without a store")
        return self.handle.store

    @property
    def store_name(self) -> str:
        return self.handle.name if self.handle is not None else "none"

    @property
    def rounds(self) -> int:
        """How many times each latency question is asked of each subject."""
        return 1 if self.smoke else 3 if self.quick else 10

    @property
    def budget(self) -> float:
        """Seconds a single figure may take before sampling stops early."""
        return 2.0 if self.smoke else 10.0 if self.quick else 45.0

    def requests(self, full: int) -> int:
        """How many of `full` requests or writes a figure makes at this run's depth."""
        return max(1, full // 50) if self.smoke else full // 5 if self.quick else full

    def rng(self, salt: str) -> random.Random:
        return random.Random(f"{self.seed}/{self.size}/{salt}")

    def subjects(self, count: int = 20) -> list[str]:
        """Organisations to ask about: a seeded sample across the whole ranking, so the
        percentiles describe a typical organisation, not only the busiest."""
        count = min(count, 5) if self.smoke else count
        busiest = list(self.corpus.busiest)
        if len(busiest) <= count:
            return busiest
        return self.rng("subjects").sample(busiest, count)


def need(module: str, *names: str) -> Any:
    """Import `names` from `module`, or report the section as not available (yet)."""
    try:
        loaded = importlib.import_module(module)
    except ImportError as exc:
        raise Unavailable(f"{module} cannot be imported ({exc})") from None
    found = []
    for name in names:
        if not hasattr(loaded, name):
            raise Unavailable(f"{module}.{name} does not exist")
        found.append(getattr(loaded, name))
    return found[0] if len(found) == 1 else tuple(found)
