"""A small HTTP/1.1 load client on asyncio: `clients` keep-alive connections to 127.0.0.1
share a fixed list of requests, each timing its own; it stops when the list is done.

Kept minimal (no redirects, no TLS) so the client costs little of the CPU the server needs
on a small machine; httpx would spend more per request than the server does.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import orjson


@dataclass
class LoadResult:
    requests: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: bytes = b""


def get(path: str) -> Request:
    return Request("GET", path)


def post_json(path: str, payload: object) -> Request:
    return Request("POST", path, orjson.dumps(payload))


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            key, value = line.split(":", 1)
            headers[key.strip().lower()] = value.strip()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


def _encode(request: Request, host: str) -> bytes:
    head = f"{request.method} {request.path} HTTP/1.1\r\nHost: {host}\r\n"
    if request.body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(request.body)}\r\n"
    return (head + "\r\n").encode("latin-1") + request.body


async def _load(host: str, port: int, requests: list[Request], clients: int) -> LoadResult:
    encoded = [_encode(r, host) for r in requests]
    result = LoadResult(len(requests), 0.0)
    cursor = iter(range(len(encoded)))

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            for index in cursor:
                begin = time.perf_counter()
                writer.write(encoded[index])
                status = await _read_response(reader)
                result.latencies_ms.append((time.perf_counter() - begin) * 1000.0)
                result.statuses[status] = result.statuses.get(status, 0) + 1
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    result.seconds = time.perf_counter() - started
    return result


def load(host: str, port: int, requests: list[Request], clients: int) -> LoadResult:
    """Send every request once over `clients` concurrent connections."""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"the load client only talks to loopback, not {host!r}")
    return asyncio.run(_load(host, port, requests, clients))
