"""API throughput: requests per second and p95 latency of an organisation's commitments with
32 concurrent clients over loopback, against uvicorn in a subprocess (one worker process, as
`partnergraph serve` runs it). The baseline is the same requests from a single client, one
after another: what concurrency adds.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from benchmarks.client import LoadResult, get, load
from benchmarks.context import Context, need
from benchmarks.measure import Figure, Section, percentile

HOST = "127.0.0.1"
CLIENTS = 32
GOAL_RPS = {"neo4j": 1000.0, "embedded": 3000.0}
GOAL_P95_MS = 25.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(ctx: Context, workers: int = 1) -> Iterator[int]:
    """uvicorn on a free loopback port, stopped (by its pid) when the block ends."""
    assert ctx.handle is not None
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "benchmarks.serve:create",
            "--factory",
            "--host",
            HOST,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=ctx.handle.subprocess_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 300
        while True:
            if process.poll() is not None:
                error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                tail = error.strip().splitlines()[-1:] or ["no output"]
                raise RuntimeError(f"uvicorn exited with code {process.returncode}: {tail[0]}")
            try:
                with urllib.request.urlopen(f"http://{HOST}:{port}/health", timeout=30) as reply:
                    if reply.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not answer /health within 300 s")
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def run(ctx: Context, section: Section) -> None:
    need("api", "create_app")
    subjects = ctx.subjects()
    total = ctx.requests(10_000)
    paths = [f"/organisations/{subjects[i % len(subjects)]}/commitments" for i in range(total)]
    requests = [get(p) for p in paths]
    with serving(ctx) as port:
        load(HOST, port, requests[: len(subjects) * 3], CLIENTS)
        serial = load(HOST, port, requests[: max(len(subjects), total // 10)], 1)
        concurrent = load(HOST, port, requests, CLIENTS)
    _check(concurrent)
    method = "the same requests from 1 client, one after another"
    section.add(
        Figure(
            name=f"commitments with {CLIENTS} concurrent clients",
            value=concurrent.per_second,
            unit="req/s",
            better="higher",
            goal=GOAL_RPS[ctx.store_name],
            baseline=serial.per_second,
            baseline_method=method,
            samples=concurrent.requests,
            note=f"{concurrent.requests:,} requests in {concurrent.seconds:.2f} s, "
            f"uvicorn with 1 worker process",
        )
    )
    section.add(
        Figure(
            name=f"commitments p95 with {CLIENTS} concurrent clients",
            value=percentile(concurrent.latencies_ms, 95),
            unit="ms",
            goal=GOAL_P95_MS,
            baseline=percentile(serial.latencies_ms, 95),
            baseline_method=method,
            samples=concurrent.requests,
            note="latency as each client sees it, queueing included",
        )
    )
    section.details.update(
        {
            "statuses": {str(k): v for k, v in concurrent.statuses.items()},
            "p50_ms": round(percentile(concurrent.latencies_ms, 50), 3),
            "serial_p50_ms": round(percentile(serial.latencies_ms, 50), 3),
            "paths": sorted(set(paths))[:3],
        }
    )


def _check(result: LoadResult) -> None:
    bad = {k: v for k, v in result.statuses.items() if k != 200}
    if bad and sum(bad.values()) > result.requests // 100:
        raise RuntimeError(f"commitments answered non-200 statuses {bad}")
