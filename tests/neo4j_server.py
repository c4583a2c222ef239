"""A throw-away Neo4j Community test server for the test suite (stdlib only).

``running_neo4j()`` is a context manager yielding a :class:`Neo4jServer`
(``uri``, ``user``, ``password``) for tests that need a real Neo4j over Bolt.

* If ``NEO4J_URI`` is set, that server is used as it is (user from
  ``NEO4J_USER``, default ``neo4j``; password from ``NEO4J_PASSWORD``) and
  nothing is started or stopped.
* Otherwise the small Java launcher in ``tests/neo4j_launcher`` (an embedded
  Neo4j Community 5.26 with the Bolt connector on 127.0.0.1 and authentication
  on) is built with Maven if needed, started in a fresh temporary directory,
  and stopped and removed again when the ``with`` block ends. Needs Java 17+
  and Maven; the first build downloads about 170 MB from Maven Central into
  the usual ``~/.m2`` cache, later builds work offline.

Command line (run from the repository root)::

    python -m tests.neo4j_server --build   # only build the launcher (CI pre-build)
    python -m tests.neo4j_server           # start a server, print its URI, wait for Ctrl-C
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX only; without it concurrent builds are merely not serialised
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

__all__ = ["Neo4jServer", "build_launcher", "launcher_command", "running_neo4j"]

LAUNCHER_DIR = Path(__file__).resolve().parent / "neo4j_launcher"
TARGET_DIR = LAUNCHER_DIR / "target"
LAUNCHER_JAR = TARGET_DIR / "neo4j-launcher.jar"
LIB_DIR = TARGET_DIR / "lib"
BUILD_STAMP = TARGET_DIR / ".build-stamp"
BUILD_LOCK = LAUNCHER_DIR / ".build.lock"
MAIN_CLASS = "partnergraph.testserver.Launcher"
WORKDIR_PREFIX = "partnergraph-neo4j-"

_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
READY_RE = re.compile(r"^NEO4J READY (bolt://\S+)\s*$", re.MULTILINE)
DEFAULT_START_TIMEOUT = 120.0
STOP_TIMEOUT = 30.0
BUILD_TIMEOUT = 900.0

# Small footprint for a shared 2-core CI machine: 1 GiB heap (plus the 256 MiB
# page cache the launcher configures off-heap). Extra options, e.g. a different
# -Xmx, can be appended through NEO4J_LAUNCHER_JAVA_OPTS.
JVM_OPTIONS = [
    "-Xms256m",
    "-Xmx1g",
    "-XX:MaxDirectMemorySize=256m",
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",  # C1 only: ~1 s faster start, and faster for short test workloads
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dlog4j2.disable.jmx=true",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
]

_HOW_TO_FIX = (
    "To run the Neo4j tests against a server of your own instead, set NEO4J_URI "
    "(e.g. bolt://localhost:7687), NEO4J_USER and NEO4J_PASSWORD; to let the tests "
    "start one themselves, install Java 17+ and Maven 3.8+ (the first build of "
    "tests/neo4j_launcher needs Maven Central, later builds work offline; "
    "pre-build with `python -m tests.neo4j_server --build`)."
)


@dataclasses.dataclass(frozen=True)
class Neo4jServer:
    """Where to reach a Neo4j server over Bolt."""

    uri: str
    user: str
    password: str

    @property
    def auth(self) -> tuple:
        return (self.user, self.password)


def _fail(what: str, details: str = "") -> RuntimeError:
    message = f"Could not provide a Neo4j test server: {what}. {_HOW_TO_FIX}"
    if details.strip():
        message += "\n\n" + details.rstrip()
    return RuntimeError(message)


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


# --------------------------------------------------------------------------- build


def _source_files() -> list[Path]:
    files = [LAUNCHER_DIR / "pom.xml"]
    files += sorted(p for p in (LAUNCHER_DIR / "src").rglob("*") if p.is_file())
    return files


def _sources_digest() -> str:
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(path.relative_to(LAUNCHER_DIR).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _artifacts_fresh() -> bool:
    """True if the jar and its libraries exist and were built from the current sources."""
    if not LAUNCHER_JAR.is_file() or not LIB_DIR.is_dir():
        return False
    if not any(LIB_DIR.glob("neo4j-*.jar")):
        return False
    stamp = _read(BUILD_STAMP).strip()
    if stamp:
        return stamp == _sources_digest()
    # No stamp (e.g. built by hand with mvn): fall back to comparing times.
    newest_source = max(p.stat().st_mtime for p in _source_files())
    return LAUNCHER_JAR.stat().st_mtime >= newest_source


def _java_executable() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / ("java.exe" if os.name == "nt" else "java")
        if candidate.is_file():
            return str(candidate)
    java = shutil.which("java")
    if not java:
        raise _fail("no `java` executable was found on PATH (or in JAVA_HOME)")
    return java


def _check_java_version(java: str) -> None:
    try:
        result = subprocess.run(
            [java, "-version"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise _fail(f"`{java} -version` could not be run ({exc})") from exc
    match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stdout)
    if not match:
        raise _fail(f"could not read the Java version from `{java} -version`", _tail(result.stdout))
    major = int(match.group(1))
    if major == 1 and match.group(2):  # "1.8.0_x" style
        major = int(match.group(2))
    if major < 17:
        raise _fail(f"Java {major} was found at {java}, but Neo4j 5.26 needs Java 17 or newer")


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    if fcntl is None:
        yield
        return
    LAUNCHER_DIR.mkdir(parents=True, exist_ok=True)
    with open(BUILD_LOCK, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _run_maven(mvn: str, offline: bool) -> subprocess.CompletedProcess:
    command = [mvn, "-B", "-q", "-Dstyle.color=never", "package"]
    if offline:
        command.insert(1, "-o")
    try:
        return subprocess.run(
            command,
            cwd=LAUNCHER_DIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=BUILD_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        output = (
            exc.stdout
            if isinstance(exc.stdout, str)
            else (exc.stdout or b"").decode(errors="replace")
        )
        return subprocess.CompletedProcess(
            command, 124, output + f"\n(timed out after {BUILD_TIMEOUT:.0f} s)"
        )
    except OSError as exc:
        return subprocess.CompletedProcess(command, 127, f"could not run {mvn}: {exc}")


def build_launcher(force: bool = False) -> None:
    """Build tests/neo4j_launcher with Maven unless its artefacts are up to date."""
    with _build_lock():
        if not force and _artifacts_fresh():
            return
        _check_java_version(_java_executable())
        mvn = shutil.which("mvn")
        if not mvn:
            raise _fail(
                "the Neo4j launcher must be built but no `mvn` (Maven) executable was found on PATH"
            )
        # Start from a clean target/ so jars of an older Neo4j version never linger in lib/.
        had_jar = LAUNCHER_JAR.is_file()
        shutil.rmtree(TARGET_DIR, ignore_errors=True)
        # With a complete ~/.m2 cache an offline build is fastest and needs no network;
        # otherwise build online. Fall back to the other mode if the first one fails.
        modes = [True, False] if had_jar else [False, True]
        outputs = []
        for offline in modes:
            result = _run_maven(mvn, offline)
            if result.returncode == 0 and LAUNCHER_JAR.is_file() and LIB_DIR.is_dir():
                BUILD_STAMP.write_text(_sources_digest() + "\n", encoding="utf-8")
                return
            output = _ANSI_ESCAPE.sub("", result.stdout or "")
            outputs.append(
                f"$ {' '.join(result.args)}  (exit {result.returncode})\n{_tail(output, 20)}"
            )
            if "COMPILATION ERROR" in output or "Compilation failure" in output:
                break  # the other mode would fail the same way
        raise _fail("building the Neo4j launcher with Maven failed", "\n\n".join(outputs))


def launcher_command(home: Path, port: int, password: str) -> list[str]:
    """The java command line that runs the launcher (after build_launcher())."""
    classpath = os.pathsep.join([str(LAUNCHER_JAR), str(LIB_DIR / "*")])
    extra = os.environ.get("NEO4J_LAUNCHER_JAVA_OPTS", "").split()
    return [
        _java_executable(),
        *JVM_OPTIONS,
        *extra,
        "-cp",
        classpath,
        MAIN_CLASS,
        str(home),
        str(port),
        password,
    ]


# --------------------------------------------------------------------------- run


def _remove_stale_workdirs(min_age: float = 300.0) -> None:
    """Remove temp dirs left by test sessions that were killed (their owner pid is gone)."""
    now = time.time()
    for path in Path(tempfile.gettempdir()).glob(WORKDIR_PREFIX + "*"):
        try:
            if now - path.stat().st_mtime < min_age:
                continue
            owner = int(_read(path / "owner.pid").strip() or "0")
            if owner <= 0:
                continue
            os.kill(owner, 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except (OSError, ValueError):
            continue


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        with contextlib.suppress(OSError):
            process.terminate()  # SIGTERM: the launcher's shutdown hook stops Neo4j cleanly
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()  # EOF on stdin makes the launcher exit as well
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT)


@contextlib.contextmanager
def running_neo4j(
    password: str | None = None,
    port: int = 0,
    start_timeout: float = DEFAULT_START_TIMEOUT,
) -> Iterator[Neo4jServer]:
    """Yield a Neo4jServer: the one named by NEO4J_URI, or a fresh local one.

    ``port=0`` (the default) lets the server bind a free port itself, which
    avoids the race of picking a port first; the URI tells which one it got.
    ``password`` defaults to a random one.
    """
    uri = os.environ.get("NEO4J_URI", "").strip()
    if uri:
        yield Neo4jServer(
            uri=uri,
            user=os.environ.get("NEO4J_USER", "neo4j"),
            password=os.environ.get("NEO4J_PASSWORD", ""),
        )
        return

    build_launcher()
    if password is None:
        password = secrets.token_urlsafe(16)

    _remove_stale_workdirs()
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX))
    (workdir / "owner.pid").write_text(f"{os.getpid()}\n", encoding="utf-8")
    out_path = workdir / "launcher.out"
    err_path = workdir / "launcher.err"
    process: subprocess.Popen | None = None
    try:
        command = launcher_command(workdir / "home", port, password)
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            try:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=out,
                    stderr=err,
                    cwd=workdir,
                    start_new_session=True,  # Ctrl-C goes to Python, which stops the JVM
                )
            except OSError as exc:
                raise _fail(f"the Java process could not be started ({exc})") from exc

        deadline = time.monotonic() + start_timeout
        server_uri = None
        while server_uri is None:
            match = READY_RE.search(_read(out_path))
            if match:
                server_uri = match.group(1)
                break
            if process.poll() is not None:
                raise _fail(
                    f"the Neo4j launcher exited with code {process.returncode} before it was ready",
                    _startup_diagnostics(workdir),
                )
            if time.monotonic() > deadline:
                raise _fail(
                    f"the Neo4j launcher was not ready within {start_timeout:.0f} s",
                    _startup_diagnostics(workdir),
                )
            time.sleep(0.05)

        yield Neo4jServer(uri=server_uri, user="neo4j", password=password)
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


def _startup_diagnostics(workdir: Path) -> str:
    parts = []
    out = _read(workdir / "launcher.out")
    if out.strip():
        parts.append("--- launcher stdout (last lines) ---\n" + _tail(out))
    err = _read(workdir / "launcher.err")
    if err.strip():
        parts.append("--- launcher stderr (last lines) ---\n" + _tail(err))
    debug_log = _read(workdir / "home" / "logs" / "debug.log")
    if debug_log.strip():
        parts.append("--- Neo4j debug.log (last lines) ---\n" + _tail(debug_log, 15))
    return "\n".join(parts)


# --------------------------------------------------------------------------- CLI


def _raise_keyboard_interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.neo4j_server",
        description="Build and/or run the throw-away Neo4j Community test server.",
    )
    parser.add_argument(
        "--build", action="store_true", help="only build the launcher (if needed), then exit"
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="build even if the artefacts look up to date"
    )
    parser.add_argument("--port", type=int, default=0, help="Bolt port (default: any free port)")
    parser.add_argument("--password", default=None, help="password of user neo4j (default: random)")
    args = parser.parse_args(argv)

    try:
        if args.build or args.rebuild:
            started = time.monotonic()
            build_launcher(force=args.rebuild)
            print(f"Neo4j launcher ready in {TARGET_DIR} ({time.monotonic() - started:.1f} s)")
            return 0

        # Make SIGTERM unwind the with-block like Ctrl-C does, so the server is stopped.
        signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
        started = time.monotonic()
        with running_neo4j(password=args.password, port=args.port) as server:
            print(f"NEO4J_URI={server.uri}")
            print(f"NEO4J_USER={server.user}")
            print(f"NEO4J_PASSWORD={server.password}")
            print(f"(ready in {time.monotonic() - started:.1f} s; Ctrl-C stops it)", flush=True)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
