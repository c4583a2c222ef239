"""What the figures were measured on, recorded with every run so they can be compared."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import sys
from pathlib import Path
from typing import Any

import psutil


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def describe() -> dict[str, Any]:
    """CPU, memory, OS, Python and the versions of the libraries on the measured paths."""
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "packages": {
            name: _version(name)
            for name in (
                "neo4j",
                "neo4j-rust-ext",
                "networkx",
                "pydantic",
                "orjson",
                "numpy",
                "scipy",
                "fastapi",
                "uvicorn",
                "rapidfuzz",
            )
        },
    }


def neo4j_description(store: Any) -> dict[str, Any]:
    """Server version and edition, and whether the driver's Rust extension is loaded."""
    info: dict[str, Any] = {"driver": _version("neo4j"), "rust_extension": _rust_extension()}
    try:
        server = store._driver.get_server_info()
        info["server"] = server.agent
        info["bolt_protocol"] = ".".join(map(str, server.protocol_version))
    except Exception as exc:  # a description must never fail a run
        info["server_error"] = str(exc).splitlines()[0]
    info["launcher_java_opts"] = os.environ.get("NEO4J_LAUNCHER_JAVA_OPTS", "")
    return info


def _rust_extension() -> bool:
    if _version("neo4j-rust-ext") is None:
        return False
    try:
        import neo4j._rust  # noqa: F401
    except ImportError:
        return False
    return True
