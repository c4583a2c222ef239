"""Reading RDF back into the graph: parse, check everything, then write one owner at a time.

The triples are grouped into one `Contribution` per owner (the `pg:owner` of each source
passage), exactly as the exporter described them (see `rdf_mapping`). Every problem is found
before anything is written: a malformed file or one that breaks the model raises `InvalidRdf`
with the first offending triples, and the store is left as it was.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict, ValidationError

from graphmodel.errors import InvalidRecord
from graphmodel.exchange import vocabulary as v
from graphmodel.exchange.errors import InvalidRdf, UnknownExchangeFormat
from graphmodel.exchange.rdf_mapping import Iri
from graphmodel.exchange.rdf_writers import nt_term
from graphmodel.records import DERIVED_PREFIX, Contribution, Edge, Node, Provenance, contribution
from graphmodel.schema import EDGE_ENDPOINTS, EdgeKind, NodeKind
from graphmodel.store import GraphStore

#: rdflib parser names by the format names the CLI and API use.
RDF_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "nt": "nt"}
#: File extensions import recognises.
RDF_EXTENSIONS = {".ttl": "turtle", ".turtle": "turtle", ".jsonld": "jsonld", ".json": "jsonld"}
RDF_EXTENSIONS |= {".nt": "nt", ".ntriples": "nt"}
_MAX_REPORTED = 5
_INTEGER_TYPES = {v.XSD_INTEGER, v.XSD + "int", v.XSD + "long", v.XSD + "short"}
_FLOAT_TYPES = {v.XSD_DOUBLE, v.XSD + "float", v.XSD + "decimal"}


class OwnerImport(BaseModel):
    """What import wrote for one owner."""

    model_config = ConfigDict(frozen=True)

    owner: str
    nodes: int
    edges: int
    replaced: bool
    unchanged: bool


class ImportSummary(BaseModel):
    """What an import wrote, owner by owner, in the order it wrote them."""

    model_config = ConfigDict(frozen=True)

    source: str
    format: str
    nodes: int
    edges: int
    owners: list[OwnerImport]


def rdf_format_for(path: str | Path, fmt: str | None = None) -> str:
    """The RDF format named by `fmt`, or implied by the file's extension."""
    if fmt is not None:
        if fmt not in RDF_FORMATS:
            raise UnknownExchangeFormat(
                f"cannot import format {fmt!r}: use one of {', '.join(RDF_FORMATS)}"
            )
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in RDF_EXTENSIONS:
        raise UnknownExchangeFormat(
            f"cannot tell the RDF format of {Path(path).name!r} from its extension "
            f"{suffix or '(none)'!r}: use .ttl, .jsonld or .nt, or give the format"
        )
    return RDF_EXTENSIONS[suffix]


# -- parsing ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BadLiteral:
    """A literal import cannot use, kept so the error can quote it."""

    lexical: str
    datatype: str
    reason: str


@dataclass(frozen=True, slots=True)
class Blank:
    """A blank node."""

    label: str


Term = Any  # Iri | Blank | str | int | float | bool | BadLiteral
Triple = tuple[Term, str, Term]


class _Collector:
    """Receives triples from rdflib's parsers and groups them by subject, converting terms
    to compact Python values as they arrive (no rdflib graph, no indexes)."""

    def __init__(self) -> None:
        from rdflib import BNode, Literal

        self.subjects: dict[Term, list[tuple[str, Term]]] = defaultdict(list)
        self._iris: dict[str, Iri] = {}
        self._bnode, self._literal = BNode, Literal

    def take(self, triple: tuple[Any, Any, Any]) -> None:
        s, p, o = triple
        self.subjects[self.term(s)].append((self.iri(str(p)), self.term(o)))

    def iri(self, text: str) -> Iri:
        known = self._iris.get(text)
        if known is None:
            known = self._iris[text] = Iri(text)
        return known

    def term(self, node: Any) -> Term:
        if isinstance(node, self._literal):
            return _literal(node)
        if isinstance(node, self._bnode):
            return Blank(str(node))
        return self.iri(str(node))


def _literal(node: Any) -> Any:
    datatype = str(node.datatype) if node.datatype is not None else None
    lexical = str(node)
    if datatype is None or datatype == v.XSD_STRING:
        return lexical
    if datatype == v.XSD_BOOLEAN:
        word = lexical.strip()
        if word in ("true", "1"):
            return True
        if word in ("false", "0"):
            return False
        return BadLiteral(lexical, datatype, "is not an xsd:boolean")
    if datatype in _INTEGER_TYPES or datatype in _FLOAT_TYPES:
        value = node.toPython()
        if isinstance(value, bool) or not (isinstance(value, int | float) or _is_decimal(value)):
            return BadLiteral(lexical, datatype, f"is not a valid {datatype.rsplit('#', 1)[-1]}")
        return int(value) if datatype in _INTEGER_TYPES else float(value)
    return BadLiteral(lexical, datatype, "has a datatype Partnergraph does not store")


def _is_decimal(value: Any) -> bool:
    from decimal import Decimal

    return isinstance(value, Decimal)


@contextlib.contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs a traceback for every ill-typed literal; import reports them itself."""
    logger = logging.getLogger("rdflib")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def parse_rdf(source: IO[bytes] | bytes, fmt: str, name: str) -> dict[Term, list[tuple[str, Term]]]:
    """Parse RDF into triples grouped by subject; syntax errors become `InvalidRdf`."""
    import io

    from rdflib import Graph
    from rdflib.plugins.stores.memory import Memory

    collector = _Collector()

    class _Sink(Memory):
        def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
            collector.take(triple)

    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with _quiet_rdflib():
            Graph(store=_Sink()).parse(source=stream, format=RDF_FORMATS[fmt])
    except Exception as exc:  # rdflib's parsers raise many unrelated types on bad input
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise InvalidRdf(f"{name}: not valid {fmt}: {reason[:300]}") from None
    return collector.subjects


# -- interpreting ----------------------------------------------------------------------------


class _Problems:
    def __init__(self) -> None:
        self.count = 0
        self.first: list[dict[str, str]] = []

    def add(self, triple: Triple, reason: str) -> None:
        self.count += 1
        if len(self.first) < _MAX_REPORTED:
            s, p, o = triple
            self.first.append(
                {"triple": f"{_term_text(s)} <{p}> {_term_text(o)} .", "reason": reason}
            )

    def raise_if_any(self, name: str) -> None:
        if not self.count:
            return
        shown = "; ".join(f"{t['triple']} ({t['reason']})" for t in self.first)
        more = f" and {self.count - len(self.first)} more" if self.count > len(self.first) else ""
        raise InvalidRdf(
            f"{name}: {self.count} triple(s) break the graph model, nothing was imported: "
            f"{shown}{more}",
            self.first,
        )


def _term_text(term: Term) -> str:
    if isinstance(term, Blank):
        return f"_:{term.label}"
    if isinstance(term, BadLiteral):
        return f'"{term.lexical}"^^<{term.datatype}>'
    return nt_term(term)


@dataclass
class _ParsedNode:
    id: str
    kind: NodeKind
    name: str
    properties: dict[str, Any]
    provenance: list[Provenance]


@dataclass
class _ParsedEdge:
    source: str
    target: str
    kind: EdgeKind
    predicate: str
    discriminator: str
    properties: dict[str, Any]
    provenance: list[Provenance]
    where: Triple


@dataclass
class _Interpretation:
    nodes: dict[str, _ParsedNode] = field(default_factory=dict)
    edges: list[_ParsedEdge] = field(default_factory=list)
    #: Direct edge triples (subject id, predicate, object id) with one triple to quote.
    direct: dict[tuple[str, str, str], Triple] = field(default_factory=dict)


class _Interpreter:
    def __init__(self, subjects: dict[Term, list[tuple[str, Term]]], problems: _Problems):
        self.subjects = subjects
        self.problems = problems
        self.result = _Interpretation()
        self.sources: dict[Term, Provenance | None] = {}

    def run(self) -> _Interpretation:
        for subject, pairs in self.subjects.items():
            if isinstance(subject, Iri) and v.node_id_of(subject) is not None:
                self._node(subject, pairs)
            elif any(p == v.RDF_SUBJECT for p, _ in pairs):
                self._edge(subject, pairs)
            elif any(
                p == v.RDF_TYPE and isinstance(o, Iri) and o == v.PG_SOURCE_PASSAGE
                for p, o in pairs
            ):
                self._source(subject)
            elif isinstance(subject, Iri) and subject.startswith(v.ROLE):
                self._role(subject, pairs)
            elif isinstance(subject, Blank) and all(
                p in (v.RDF_FIRST, v.RDF_REST) for p, _ in pairs
            ):
                continue
            else:
                self.problems.add(
                    (subject, *pairs[0]),
                    "subject is neither a pgid: node, an edge statement, a source passage "
                    "nor a role",
                )
        return self.result

    # -- pieces ------------------------------------------------------------------------------

    def _source(self, subject: Term) -> Provenance | None:
        if subject in self.sources:
            return self.sources[subject]
        self.sources[subject] = None
        pairs = self.subjects.get(subject)
        if not pairs:
            return None
        fields: dict[str, Any] = {}
        names = {v.PG_OWNER: "plan", v.DCTERMS_SOURCE: "document", v.PG_LINE: "line"}
        names[v.PG_CONFIDENCE] = "confidence"
        for predicate, obj in pairs:
            triple = (subject, predicate, obj)
            if predicate == v.RDF_TYPE:
                if not isinstance(obj, Iri) or obj not in (v.PG_SOURCE_PASSAGE, v.PROV_ENTITY):
                    self.problems.add(triple, "a source passage cannot have this class")
            elif predicate in names:
                if names[predicate] in fields:
                    self.problems.add(triple, "a source passage has one value here")
                elif isinstance(obj, Iri | Blank | BadLiteral):
                    self.problems.add(triple, "expected a literal")
                else:
                    fields[names[predicate]] = obj
            else:
                self.problems.add(triple, "unknown predicate on a source passage")
        if "plan" not in fields or "document" not in fields:
            self.problems.add(
                (subject, *pairs[0]), "a source passage needs pg:owner and dcterms:source"
            )
            return None
        try:
            entry = Provenance(**fields)
        except ValidationError as exc:
            self.problems.add((subject, *pairs[0]), _first_error(exc))
            return None
        self.sources[subject] = entry
        return entry

    def _provenance(self, triple: Triple, found: list[Provenance]) -> None:
        obj = triple[2]
        if obj not in self.subjects or not isinstance(obj, Iri | Blank):
            self.problems.add(triple, "prov:wasDerivedFrom names no source passage in the file")
            return
        entry = self._source(obj)
        if entry is not None:
            found.append(entry)

    def _value(self, triple: Triple) -> tuple[bool, Any]:
        """A property value: a literal, or a collection of literals."""
        obj = triple[2]
        if isinstance(obj, BadLiteral):
            self.problems.add(triple, f"literal {obj.reason}")
            return False, None
        if isinstance(obj, Iri) and obj == v.RDF_NIL:
            return True, []
        if isinstance(obj, Blank):
            return self._collection(triple)
        if isinstance(obj, Iri):
            self.problems.add(triple, "a property value must be a literal or a collection")
            return False, None
        return True, obj

    def _collection(self, triple: Triple) -> tuple[bool, Any]:
        items: list[Any] = []
        cell: Term = triple[2]
        seen: set[Term] = set()
        while not (isinstance(cell, Iri) and cell == v.RDF_NIL):
            pairs = self.subjects.get(cell) if isinstance(cell, Blank) else None
            if not pairs or cell in seen:
                self.problems.add(triple, "not a well-formed RDF collection")
                return False, None
            seen.add(cell)
            first = [o for p, o in pairs if p == v.RDF_FIRST]
            rest = [o for p, o in pairs if p == v.RDF_REST]
            if len(first) != 1 or len(rest) != 1 or len(pairs) != 2:
                self.problems.add(triple, "not a well-formed RDF collection")
                return False, None
            if isinstance(first[0], Iri | Blank | BadLiteral):
                self.problems.add(triple, "collection items must be plain literals")
                return False, None
            items.append(first[0])
            cell = rest[0]
        return True, items

    def _properties(
        self, triple: Triple, name: str, props: dict[str, Any], standard: bool = False
    ) -> None:
        ok, value = self._value(triple)
        if not ok:
            return
        if standard and not isinstance(value, str):
            self.problems.add(triple, "this standard term takes a plain string")
        elif name in props:
            self.problems.add(triple, f"property {name!r} is given more than once")
        else:
            props[name] = value

    def _kind(self, subject: Iri, classes: list[Triple]) -> NodeKind | None:
        for triple in classes:
            if not isinstance(triple[2], Iri):
                self.problems.add(triple, "rdf:type must name a class")
        classes = [t for t in classes if isinstance(t[2], Iri)]
        kinds = {v.CLASS_KIND[t[2]] for t in classes if t[2] in v.CLASS_KIND}
        if len(kinds) > 1:
            kinds -= {NodeKind.ORGANISATION}
        if not kinds:
            where = classes[0] if classes else (subject, v.RDF_TYPE, Iri(v.RDFS + "Resource"))
            self.problems.add(where, "node has no Partnergraph class (e.g. pg:Action)")
            return None
        if len(kinds) > 1:
            self.problems.add(classes[0], "node has classes of more than one kind")
            return None
        kind = kinds.pop()
        for triple in classes:
            if triple[2] not in v.ALLOWED_CLASSES[kind]:
                self.problems.add(triple, f"unknown class for a {kind.value} node")
        return kind

    def _node(self, subject: Iri, pairs: list[tuple[str, Term]]) -> None:
        node_id = v.node_id_of(subject)
        assert node_id is not None
        classes = [(subject, p, o) for p, o in pairs if p == v.RDF_TYPE]
        kind = self._kind(subject, classes)
        if kind is None:
            return
        standard = v.STANDARD_PROPERTY_NAME.get(kind, {})
        names: list[str] = []
        props: dict[str, Any] = {}
        provenance: list[Provenance] = []
        for predicate, obj in pairs:
            triple = (subject, predicate, obj)
            if predicate == v.RDF_TYPE or predicate in v.MIRROR_PREDICATES:
                continue
            if predicate == v.RDFS_LABEL:
                if isinstance(obj, str) and not isinstance(obj, Iri):
                    names.append(obj)
                else:
                    self.problems.add(triple, "rdfs:label must be a plain string")
            elif predicate == v.PROV_WAS_DERIVED_FROM:
                self._provenance(triple, provenance)
            elif predicate in v.PREDICATE_EDGE:
                target = v.node_id_of(obj) if isinstance(obj, Iri) else None
                if target is None:
                    self.problems.add(triple, "an edge predicate must point at a pgid: node")
                else:
                    self.result.direct.setdefault((node_id, predicate, target), triple)
            elif predicate in standard:
                self._properties(triple, standard[predicate], props, standard=True)
            elif (name := v.property_name_of(predicate)) is not None:
                self._properties(triple, name, props)
            else:
                self.problems.add(triple, f"unknown predicate for a {kind.value} node")
        first = (subject, *pairs[0])
        if len(names) != 1:
            self.problems.add(first, "a node needs exactly one rdfs:label")
            return
        if not provenance:
            self.problems.add(first, "a node needs prov:wasDerivedFrom a source passage")
            return
        try:
            Node(id=node_id, kind=kind, name=names[0], properties=props)
        except ValidationError as exc:
            self.problems.add(first, _first_error(exc))
            return
        self.result.nodes[node_id] = _ParsedNode(node_id, kind, names[0], props, provenance)

    def _edge(self, subject: Term, pairs: list[tuple[str, Term]]) -> None:
        ends: dict[str, list[Term]] = defaultdict(list)
        props: dict[str, Any] = {}
        provenance: list[Provenance] = []
        discriminators: list[str] = []
        classes: list[Triple] = []
        for predicate, obj in pairs:
            triple = (subject, predicate, obj)
            if predicate in (v.RDF_SUBJECT, v.RDF_PREDICATE, v.RDF_OBJECT):
                ends[predicate].append(obj)
            elif predicate == v.RDF_TYPE:
                classes.append(triple)
            elif predicate in v.MIRROR_PREDICATES:
                continue
            elif predicate == v.PROV_WAS_DERIVED_FROM:
                self._provenance(triple, provenance)
            elif predicate == v.PG_DISCRIMINATOR:
                if isinstance(obj, str) and not isinstance(obj, Iri):
                    discriminators.append(obj)
                else:
                    self.problems.add(triple, "pg:discriminator must be a plain string")
            elif (name := v.property_name_of(predicate)) is not None:
                self._properties(triple, name, props)
            else:
                self.problems.add(triple, "unknown predicate on an edge statement")
        first = (subject, *pairs[0])
        if any(len(ends[p]) != 1 for p in (v.RDF_SUBJECT, v.RDF_PREDICATE, v.RDF_OBJECT)):
            self.problems.add(
                first, "an edge statement needs one rdf:subject, rdf:predicate and rdf:object"
            )
            return
        source, predicate, target = (
            ends[v.RDF_SUBJECT][0],
            ends[v.RDF_PREDICATE][0],
            ends[v.RDF_OBJECT][0],
        )
        source_id = v.node_id_of(source) if isinstance(source, Iri) else None
        target_id = v.node_id_of(target) if isinstance(target, Iri) else None
        kind = v.PREDICATE_EDGE.get(predicate) if isinstance(predicate, Iri) else None
        if source_id is None or target_id is None:
            where = (subject, v.RDF_SUBJECT if source_id is None else v.RDF_OBJECT, source)
            self.problems.add(where, "an edge statement must join two pgid: nodes")
            return
        if kind is None:
            self.problems.add(
                (subject, v.RDF_PREDICATE, predicate), "not a Partnergraph relationship"
            )
            return
        allowed = {v.RDF_STATEMENT} | ({v.ORG_MEMBERSHIP} if kind == EdgeKind.MEMBER_OF else set())
        for triple in classes:
            if not isinstance(triple[2], Iri) or triple[2] not in allowed:
                self.problems.add(triple, f"unknown class for a {kind.value} statement")
        if len(discriminators) > 1:
            self.problems.add(first, "an edge statement has at most one pg:discriminator")
            return
        if not provenance:
            self.problems.add(first, "an edge statement needs prov:wasDerivedFrom a source")
            return
        try:
            Edge(source=source_id, target=target_id, kind=kind, properties=props)
        except ValidationError as exc:
            self.problems.add(first, _first_error(exc))
            return
        self.result.edges.append(
            _ParsedEdge(
                source_id,
                target_id,
                kind,
                predicate,
                discriminators[0] if discriminators else "",
                props,
                provenance,
                (subject, v.RDF_OBJECT, target),
            )
        )

    def _role(self, subject: Iri, pairs: list[tuple[str, Term]]) -> None:
        for predicate, obj in pairs:
            if (predicate, obj) != (v.RDF_TYPE, v.ORG_ROLE_CLASS) and predicate not in (
                v.SKOS_PREF_LABEL,
                v.RDFS_LABEL,
            ):
                self.problems.add((subject, predicate, obj), "unknown predicate on a role")


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error.get("loc", ()))
    return f"{where}: {error.get('msg')}" if where else str(error.get("msg"))


# -- checking against the model and the store ------------------------------------------------


def _check_edges(
    found: _Interpretation, stored: dict[str, NodeKind], problems: _Problems
) -> list[_ParsedEdge]:
    kinds = {node_id: n.kind for node_id, n in found.nodes.items()}
    good: list[_ParsedEdge] = []
    covered: set[tuple[str, str, str]] = set()
    for edge in found.edges:
        ends = []
        for end in (edge.source, edge.target):
            kind = kinds.get(end) or stored.get(end)
            if kind is None:
                problems.add(
                    edge.where,
                    f"names node {end!r}, which is neither described in the file nor stored",
                )
            ends.append(kind)
        if None in ends:
            continue
        source_kind, target_kind = ends
        if (source_kind, target_kind) not in EDGE_ENDPOINTS[edge.kind]:
            problems.add(
                edge.where,
                f"{edge.kind.value} cannot join a {source_kind.value} to a {target_kind.value}",
            )
            continue
        expected = v.edge_predicate(edge.kind, source_kind)
        if edge.predicate != expected:
            problems.add(edge.where, f"{edge.kind.value} here is written <{expected}>")
            continue
        key = (edge.source, edge.predicate, edge.target)
        if key not in found.direct:
            problems.add(edge.where, "the statement's direct triple is missing")
            continue
        covered.add(key)
        good.append(edge)
    claimed = covered | {(e.source, e.predicate, e.target) for e in found.edges}
    for key, triple in found.direct.items():
        if key not in claimed:
            problems.add(triple, "no edge statement gives this triple's provenance")
    return good


def _contributions(found: _Interpretation, edges: list[_ParsedEdge]) -> dict[str, Contribution]:
    nodes_by: dict[str, list[Node]] = defaultdict(list)
    edges_by: dict[str, list[Edge]] = defaultdict(list)
    for parsed in found.nodes.values():
        for owner, entries in _by_owner(parsed.provenance).items():
            nodes_by[owner].append(
                Node.model_construct(
                    id=parsed.id,
                    kind=parsed.kind,
                    name=parsed.name,
                    properties=parsed.properties,
                    provenance=entries,
                )
            )
    for parsed in edges:
        for owner, entries in _by_owner(parsed.provenance).items():
            edges_by[owner].append(
                Edge.model_construct(
                    source=parsed.source,
                    target=parsed.target,
                    kind=parsed.kind,
                    properties=parsed.properties,
                    provenance=entries,
                    discriminator=parsed.discriminator,
                )
            )
    result: dict[str, Contribution] = {}
    for owner in sorted(set(nodes_by) | set(edges_by)):
        own = {n.id for n in nodes_by[owner]}
        references = {
            end for e in edges_by[owner] for end in (e.source, e.target) if end not in own
        }
        try:
            result[owner] = contribution(owner, nodes_by[owner], edges_by[owner], references)
        except InvalidRecord as exc:
            raise InvalidRdf(f"{exc.message}; nothing was imported") from None
    return result


def _by_owner(entries: list[Provenance]) -> dict[str, tuple[Provenance, ...]]:
    grouped: dict[str, list[Provenance]] = defaultdict(list)
    for entry in entries:
        if entry not in grouped[entry.plan]:
            grouped[entry.plan].append(entry)
    return {owner: tuple(found) for owner, found in grouped.items()}


def _write_order(
    contributions: dict[str, Contribution], stay: set[str], name: str
) -> list[Contribution]:
    """An order in which every owner's references exist when it is written: plans before the
    derived owners that refer to their nodes."""
    available = set(stay)
    pending = dict(contributions)
    order: list[Contribution] = []
    while pending:
        ready = [
            owner
            for owner, c in pending.items()
            if c.references <= available | {n.id for n in c.nodes}
        ]
        if not ready:
            stuck = ", ".join(sorted(pending)[:_MAX_REPORTED])
            raise InvalidRdf(
                f"{name}: owners {stuck} refer to each other's nodes in a cycle, so they "
                "cannot be written one by one; nothing was imported"
            )
        ready.sort(key=lambda owner: (owner.startswith(DERIVED_PREFIX), owner))
        chosen = pending.pop(ready[0])
        order.append(chosen)
        available.update(n.id for n in chosen.nodes)
    return order


def import_rdf(
    store: GraphStore, source: IO[bytes] | bytes, fmt: str, name: str = "input"
) -> ImportSummary:
    """Check the RDF in `source` completely, then write one contribution per owner."""
    if fmt not in RDF_FORMATS:
        raise UnknownExchangeFormat(
            f"cannot import format {fmt!r}: use one of {', '.join(RDF_FORMATS)}"
        )
    subjects = parse_rdf(source, fmt, name)
    problems = _Problems()
    found = _Interpreter(subjects, problems).run()
    del subjects
    ends = {e.source for e in found.edges} | {e.target for e in found.edges}
    outside = sorted(ends - found.nodes.keys())
    stored_nodes = store.nodes(ids=outside) if outside else []
    stored = {n.id: n.kind for n in stored_nodes}
    edges = _check_edges(found, stored, problems)
    if store.counts():
        for node in store.nodes(ids=list(found.nodes)):
            parsed = found.nodes[node.id]
            if node.kind != parsed.kind:
                problems.add(
                    (Iri(v.node_iri(node.id)), v.RDF_TYPE, Iri(v.KIND_CLASS[parsed.kind])),
                    f"node is stored as a {node.kind.value}",
                )
    problems.raise_if_any(name)
    contributions = _contributions(found, edges)
    importing = set(contributions)
    stay = {n.id for n in stored_nodes if any(p.plan not in importing for p in n.provenance)}
    order = _write_order(contributions, stay, name)
    owners = []
    for item in order:
        summary = store.write(item)
        owners.append(
            OwnerImport(
                owner=item.owner,
                nodes=len(item.nodes),
                edges=len(item.edges),
                replaced=summary.replaced,
                unchanged=summary.unchanged,
            )
        )
    return ImportSummary(
        source=name, format=fmt, nodes=len(found.nodes), edges=len(edges), owners=owners
    )


def import_rdf_file(store: GraphStore, path: str | Path, fmt: str | None = None) -> ImportSummary:
    """Import an RDF file; the format comes from `fmt` or the file's extension."""
    path = Path(path)
    fmt = rdf_format_for(path, fmt)
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise InvalidRdf(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    with handle:
        return import_rdf(store, handle, fmt, name=path.name)
