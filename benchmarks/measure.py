"""How figures are taken and recorded: timings, percentiles, peak memory, and the `Figure`
record that carries each number with its goal and the baseline measured in the same run."""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import psutil

Better = Literal["lower", "higher"]


@dataclass
class Figure:
    """One measured number, the goal it is held to, and the naive baseline beside it.

    `ratio` is always "times better than the baseline": baseline/value when lower is better
    (latency, time, memory), value/baseline when higher is better (throughput, precision).
    """

    name: str
    value: float | None
    unit: str
    better: Better = "lower"
    goal: float | None = None
    baseline: float | None = None
    baseline_method: str = ""
    samples: int = 0
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.baseline is None:
            return None
        if self.better == "lower":
            return self.baseline / self.value if self.value > 0 else None
        return self.value / self.baseline if self.baseline > 0 else None

    @property
    def met(self) -> bool | None:
        if self.goal is None or self.value is None:
            return None
        return self.value <= self.goal if self.better == "lower" else self.value >= self.goal

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["met"] = self.met
        for key in ("value", "goal", "baseline"):
            if isinstance(data[key], float):
                data[key] = round(data[key], 6)
        return data


@dataclass
class Section:
    """What one section of the harness measured, or why it could not."""

    name: str
    status: Literal["ok", "not available", "failed"] = "ok"
    reason: str = ""
    seconds: float = 0.0
    figures: list[Figure] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "reason": self.reason,
            "seconds": round(self.seconds, 3),
            "figures": [f.as_dict() for f in self.figures],
            "details": self.details,
        }


class Unavailable(Exception):
    """The code a section measures is not in the project (yet)."""


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation, as numpy's default."""
    if not values:
        raise ValueError("no samples")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low = math.floor(position)
    high = math.ceil(position)
    if low == high:
        return ordered[low]
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds `fn` took, and what it returned."""
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def latencies_ms(calls: list[Callable[[], Any]], rounds: int, budget_seconds: float) -> list[float]:
    """Milliseconds of each call, `rounds` times over `calls`, stopping early (after at
    least one full round) when the budget is spent, so a slow figure cannot stall a run."""
    samples: list[float] = []
    started = time.perf_counter()
    for _ in range(rounds):
        for call in calls:
            begin = time.perf_counter()
            call()
            samples.append((time.perf_counter() - begin) * 1000.0)
        if time.perf_counter() - started > budget_seconds:
            break
    return samples


def latency_figures(
    name: str,
    samples: list[float],
    *,
    goal_p95: float | None = None,
    baseline: list[float] | None = None,
    baseline_method: str = "",
    note: str = "",
) -> list[Figure]:
    """p50 and p95 figures for one question, each beside the baseline's same percentile."""
    figures = []
    for q, goal in ((50, None), (95, goal_p95)):
        figures.append(
            Figure(
                name=f"{name} p{q}",
                value=percentile(samples, q),
                unit="ms",
                goal=goal,
                baseline=percentile(baseline, q) if baseline else None,
                baseline_method=baseline_method,
                samples=len(samples),
                note=note,
            )
        )
    return figures


class PeakMemory:
    """Peak resident memory of a process above where it started, sampled on a thread.

    RSS sampling (psutil, every `interval` seconds) sees numpy and scipy buffers that
    tracemalloc would miss, at the cost of missing peaks shorter than the interval.
    """

    METHOD = "psutil RSS sampled every 5 ms, peak minus RSS at start"

    def __init__(self, pid: int | None = None, interval: float = 0.005) -> None:
        self.process = psutil.Process(pid or os.getpid())
        self.interval = interval
        self.start_bytes = 0
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                rss = self.process.memory_info().rss
            except psutil.Error:
                return
            self.peak_bytes = max(self.peak_bytes, rss)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self.start_bytes = self.process.memory_info().rss
        self.peak_bytes = self.start_bytes
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with suppress(psutil.Error):
            self.peak_bytes = max(self.peak_bytes, self.process.memory_info().rss)

    @property
    def increase_bytes(self) -> int:
        return max(0, self.peak_bytes - self.start_bytes)


@contextmanager
def section_clock(section: Section) -> Iterator[Section]:
    started = time.perf_counter()
    try:
        yield section
    finally:
        section.seconds = time.perf_counter() - started
