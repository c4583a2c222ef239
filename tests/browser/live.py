"""A live Partnergraph app for the browser tests and the screenshot script: an embedded store
holding the five sample plans plus a plan naming a hostile organisation, served by uvicorn on
127.0.0.1 and a free port in a background thread; and Debian's Chromium driven by Playwright.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from api.app import create_app
from graphmodel import (
    Contribution,
    Edge,
    EdgeKind,
    EmbeddedStore,
    GraphStore,
    Node,
    NodeKind,
    Provenance,
    Settings,
    contribution,
)
from ingest.pipeline import ingest_files
from visualisations.bench import CHROMIUM_ARGS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "plans"
CHROMIUM = os.environ.get("PARTNERGRAPH_CHROMIUM", "/usr/bin/chromium")
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_ID = "org-hostile-test-organisation"
HOSTILE_PLAN = "plan-hostile-names-test"
#: The upload limit of the live app, small so the oversized-upload test stays quick.
UPLOAD_LIMIT = 256 * 1024
INSTALL_HINT = (
    "the browser tests need Debian's Chromium at {path}: install it with "
    "`sudo apt-get install -y chromium` (or `make browser`), or set PARTNERGRAPH_CHROMIUM"
)


def chromium_missing(path: str = CHROMIUM) -> str | None:
    """Why the browser cannot be started, or None when it can."""
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        return INSTALL_HINT.format(path=path)
    return None


def hostile_plan(partner_id: str) -> Contribution:
    """A plan whose organisation is named like an HTML injection, partnering a real body."""
    prov = (Provenance(plan=HOSTILE_PLAN, document="hostile-names.txt", line=3),)
    action = "act-hostile-test-1"
    return contribution(
        HOSTILE_PLAN,
        [
            Node(
                id=HOSTILE_PLAN,
                kind=NodeKind.PLAN,
                name="Hostile names test plan </script><script>alert(2)</script>",
                properties={"region": "London"},
                provenance=prov,
            ),
            Node(
                id=HOSTILE_ID,
                kind=NodeKind.ORGANISATION,
                name=HOSTILE_NAME,
                properties={"org_kind": "voluntary", "aliases": ['"><svg onload=alert(3)>']},
                provenance=prov,
            ),
            Node(
                id=action,
                kind=NodeKind.ACTION,
                name="Run drop-in ESOL <b>sessions</b> for refugees",
                properties={"ref": "1.1", "plan": HOSTILE_PLAN, "region": "London"},
                provenance=prov,
            ),
        ],
        [
            Edge(source=HOSTILE_ID, target=action, kind=EdgeKind.LEADS, provenance=prov),
            Edge(source=partner_id, target=action, kind=EdgeKind.PARTNER_IN, provenance=prov),
        ],
        references=[partner_id],
    )


def load_samples(store: GraphStore, settings: Settings, hostile: bool = True) -> GraphStore:
    """The five sample plans through the real ingest pipeline, then the hostile plan."""
    report = ingest_files(sorted(EXAMPLES.glob("*.txt")), store, settings)
    if report.failed:
        raise RuntimeError(f"sample plans failed to ingest: {report.failed[0].error}")
    if hostile:
        (council,) = store.find_by_name("Refugee Council", [NodeKind.ORGANISATION])
        store.write(hostile_plan(council.id))
    return store


@dataclass
class LiveApp:
    url: str
    store: GraphStore
    settings: Settings


@contextlib.contextmanager
def live_app(directory: Path, hostile: bool = True) -> Iterator[LiveApp]:
    """Serve the app over a fresh store in `directory` until the block ends; `hostile` adds
    the plan naming an organisation like an HTML injection."""
    settings = Settings(store=str(directory / "store"), max_upload_bytes=UPLOAD_LIMIT)
    store = load_samples(EmbeddedStore(settings.store), settings, hostile)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(settings, store), log_level="warning", lifespan="on", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the app did not start within 30 seconds")
        time.sleep(0.05)
    try:
        yield LiveApp(url=f"http://127.0.0.1:{port}", store=store, settings=settings)
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
        store.close()


def launch_chromium(playwright):  # type: ignore[no-untyped-def]
    return playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
