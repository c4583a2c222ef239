"""Indexes built from the whole graph (names, action text), kept per store and rebuilt only
when `store.revision()` moves, so each question after the first pays for lookups, not builds.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from graphmodel import GraphStore

T = TypeVar("T")

_entries: weakref.WeakKeyDictionary[Any, dict[str, tuple[int, Any]]] = weakref.WeakKeyDictionary()
_guard = threading.Lock()
_building: dict[tuple[int, str], threading.Lock] = {}


def _slot(store: GraphStore) -> dict[str, tuple[int, Any]]:
    with _guard:
        return _entries.setdefault(store, {})


def by_revision(
    store: GraphStore, name: str, build: Callable[[], T], revision: int | None = None
) -> T:
    """The index `name` for the store's current revision, built once by one thread."""
    current = store.revision() if revision is None else revision
    slot = _slot(store)
    entry = slot.get(name)
    if entry is not None and entry[0] == current:
        return entry[1]
    with _guard:
        lock = _building.setdefault((id(store), name), threading.Lock())
    with lock:
        entry = slot.get(name)
        if entry is not None and entry[0] == current:
            return entry[1]
        value = build()
        slot[name] = (current, value)
        return value


def carry_over(store: GraphStore, names: tuple[str, ...], before: int, after: int) -> None:
    """Keep indexes valid across a write known not to change what they index."""
    slot = _slot(store)
    for name in names:
        entry = slot.get(name)
        if entry is not None and entry[0] == before:
            slot[name] = (after, entry[1])


_pause_guard = threading.Lock()
_pauses = 0
_resume = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a large answer is built.

    A withdrawal of busy bodies allocates hundreds of thousands of short-lived records next
    to a graph held in memory, and the collector rescanned them all over and over (about a
    third of its time). Answers hold no cycles, so reference counting frees them anyway.
    Counted, so overlapping calls from several threads turn it back on only when the last
    one ends, and only if it was on when the first began."""
    global _pauses, _resume
    with _pause_guard:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_guard:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()
