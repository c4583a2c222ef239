"""Streaming RDF writers: N-Triples, Turtle and JSON-LD, one subject description at a time.

rdflib's serialisers need the whole graph in memory first (tens of millions of triples for a
large store); these write as they read, so an export's memory does not grow with its size.
Tests parse every output back with rdflib to prove it is well formed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any, TextIO

import orjson

from graphmodel.exchange import vocabulary as v
from graphmodel.exchange.rdf_mapping import Description, Iri, Items

_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r"}
_ESCAPES |= {ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"}
_ESCAPES |= {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in _ESCAPES}
#: Local names Turtle and JSON-LD accept after a prefix without escaping.
_LOCAL = re.compile(r"[A-Za-z0-9_](?:(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2})*[A-Za-z0-9_-])?")
_BY_LENGTH = sorted(v.PREFIXES.items(), key=lambda item: -len(item[1]))
_MAX_SAFE_JSON_INT = 2**53


def _string(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


def _double(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    return repr(float(value))


def _compact(iri: str) -> str | None:
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if _LOCAL.fullmatch(local):
                return f"{prefix}:{local}"
            return None
    return None


def _nt_literal(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{v.XSD_BOOLEAN}>'
    if isinstance(value, int):
        return f'"{value}"^^<{v.XSD_INTEGER}>'
    if isinstance(value, float):
        return f'"{_double(value)}"^^<{v.XSD_DOUBLE}>'
    raise TypeError(f"cannot write {type(value).__name__} as an RDF literal")


def nt_term(term: Any) -> str:
    """A term as N-Triples writes it (also used to quote offending triples in errors)."""
    if isinstance(term, Iri):
        return f"<{term}>"
    return _nt_literal(term)


def write_ntriples(descriptions: Iterable[Description], out: TextIO) -> None:
    lists = 0
    for subject, pairs in descriptions:
        s = f"<{subject}>"
        lines = []
        for predicate, obj in pairs:
            if isinstance(obj, Items):
                if not obj.values:
                    lines.append(f"{s} <{predicate}> <{v.RDF_NIL}> .\n")
                    continue
                lists += 1
                cell = f"_:l{lists}x0"
                lines.append(f"{s} <{predicate}> {cell} .\n")
                for index, item in enumerate(obj.values):
                    rest = (
                        f"_:l{lists}x{index + 1}"
                        if index + 1 < len(obj.values)
                        else f"<{v.RDF_NIL}>"
                    )
                    lines.append(f"{cell} <{v.RDF_FIRST}> {_nt_literal(item)} .\n")
                    lines.append(f"{cell} <{v.RDF_REST}> {rest} .\n")
                    cell = rest
            else:
                lines.append(f"{s} <{predicate}> {nt_term(obj)} .\n")
        out.write("".join(lines))


def _ttl_iri(iri: str) -> str:
    return _compact(iri) or f"<{iri}>"


def _ttl_literal(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f'"{_double(value)}"^^xsd:double'
    raise TypeError(f"cannot write {type(value).__name__} as an RDF literal")


def _ttl_object(obj: Any) -> str:
    if isinstance(obj, Iri):
        return _ttl_iri(obj)
    if isinstance(obj, Items):
        return "(" + "".join(" " + _ttl_literal(item) for item in obj.values) + " )"
    return _ttl_literal(obj)


def write_turtle(descriptions: Iterable[Description], out: TextIO) -> None:
    out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in v.PREFIXES.items()))
    for subject, pairs in descriptions:
        lines = []
        for predicate, obj in pairs:
            verb = "a" if predicate == v.RDF_TYPE else _ttl_iri(predicate)
            lines.append(f"{verb} {_ttl_object(obj)}")
        out.write(f"\n{_ttl_iri(subject)}\n    " + " ;\n    ".join(lines) + " .\n")


def _json_iri(iri: str) -> str:
    return _compact(iri) or iri


def _json_literal(value: Any) -> Any:
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        if abs(value) < _MAX_SAFE_JSON_INT:
            return value
        return {"@value": str(value), "@type": "xsd:integer"}
    if isinstance(value, float):
        return {"@value": _double(value), "@type": "xsd:double"}
    raise TypeError(f"cannot write {type(value).__name__} as an RDF literal")


def _json_object(obj: Any) -> Any:
    if isinstance(obj, Iri):
        return {"@id": _json_iri(obj)}
    if isinstance(obj, Items):
        return {"@list": [_json_literal(item) for item in obj.values]}
    return _json_literal(obj)


def write_jsonld(descriptions: Iterable[Description], out: TextIO) -> None:
    context = orjson.dumps({"@context": v.PREFIXES}).decode()
    out.write(context[:-1] + ',\n"@graph": [')
    first = True
    for subject, pairs in descriptions:
        described: dict[str, Any] = {"@id": _json_iri(subject)}
        for predicate, obj in pairs:
            if predicate == v.RDF_TYPE:
                described.setdefault("@type", []).append(_json_iri(obj))
            else:
                described.setdefault(_json_iri(predicate), []).append(_json_object(obj))
        out.write(("\n" if first else ",\n") + orjson.dumps(described).decode())
        first = False
    out.write("\n]}\n")
