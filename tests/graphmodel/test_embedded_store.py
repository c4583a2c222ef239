"""What only the embedded store has to prove: its files survive crashes and bad disks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graphmodel import EmbeddedStore, StoreCorrupt, StoreNotWritable
from graphmodel.embedded import JOURNAL, SNAPSHOT
from tests.graphmodel.test_store_contract import EAST_MIDLANDS, LONDON


def test_a_reopened_store_holds_what_was_written(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path) as store:
        store.write(LONDON)
        store.write(EAST_MIDLANDS)
        counts = store.counts()
    with EmbeddedStore(tmp_path) as reopened:
        assert reopened.counts() == counts
        assert reopened.owners() == ["plan-east-midlands", "plan-london"]


def test_a_torn_last_journal_line_is_discarded_and_the_previous_state_loads(
    tmp_path: Path,
) -> None:
    with EmbeddedStore(tmp_path) as store:
        store.write(LONDON)
        counts = store.counts()
    with open(tmp_path / JOURNAL, "ab") as journal:
        journal.write(b'{"revision": 2, "op": "write", "owner": "plan-half", "nod')
    with EmbeddedStore(tmp_path) as store:
        assert store.counts() == counts
        store.write(EAST_MIDLANDS)
    with EmbeddedStore(tmp_path) as store:
        assert store.owners() == ["plan-east-midlands", "plan-london"]


def test_a_write_killed_mid_way_leaves_the_previous_state(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path) as store:
        store.write(LONDON)
        counts = store.counts()
    script = (
        "import os, sys\n"
        "from graphmodel import EmbeddedStore\n"
        "from graphmodel import embedded\n"
        "real = embedded.os.fsync\n"
        "def die(fd):\n"
        "    os._exit(9)\n"
        "embedded.os.fsync = die\n"
        "from tests.graphmodel.test_store_contract import EAST_MIDLANDS\n"
        f"EmbeddedStore({str(tmp_path)!r}).write(EAST_MIDLANDS)\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", script], cwd=root, check=False)
    assert result.returncode == 9
    journal = (tmp_path / JOURNAL).read_bytes()
    truncated = journal[: len(journal) - 40]
    (tmp_path / JOURNAL).write_bytes(truncated)
    with EmbeddedStore(tmp_path) as store:
        assert store.counts() == counts


def test_compaction_folds_the_journal_into_a_snapshot(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path) as store:
        store.write(LONDON)
        store.write(EAST_MIDLANDS)
        counts = store.counts()
        revision = store.revision()
        store.compact()
        assert (tmp_path / JOURNAL).stat().st_size == 0
    with EmbeddedStore(tmp_path) as store:
        assert store.counts() == counts
        assert store.revision() == revision


def test_a_corrupt_snapshot_is_reported_and_left_untouched(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path) as store:
        store.write(LONDON)
        store.compact()
    (tmp_path / SNAPSHOT).write_bytes(b"{not json")
    with pytest.raises(StoreCorrupt, match=SNAPSHOT):
        EmbeddedStore(tmp_path)
    assert (tmp_path / SNAPSHOT).read_bytes() == b"{not json"


def test_a_corrupt_journal_line_in_the_middle_is_reported(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path) as store:
        store.write(LONDON)
    content = (tmp_path / JOURNAL).read_bytes()
    (tmp_path / JOURNAL).write_bytes(b"garbage\n" + content)
    with pytest.raises(StoreCorrupt, match="line 1"):
        EmbeddedStore(tmp_path)


def test_a_directory_that_cannot_be_created_is_reported() -> None:
    # /proc refuses new entries even to root, so this holds wherever the tests run.
    with pytest.raises(StoreNotWritable, match="not writable"):
        EmbeddedStore("/proc/partnergraph-store")


def test_a_file_where_the_directory_should_be_is_reported(tmp_path: Path) -> None:
    target = tmp_path / "store"
    target.write_text("not a directory")
    with pytest.raises(StoreNotWritable, match="not a directory"):
        EmbeddedStore(target)


def test_another_process_sees_writes(tmp_path: Path) -> None:
    reader = EmbeddedStore(tmp_path)
    assert reader.counts() == {}
    with EmbeddedStore(tmp_path) as writer:
        writer.write(LONDON)
    assert reader.counts()["Action"] == 2
