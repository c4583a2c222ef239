"""GraphML and GEXF for Gephi, yEd and Cytoscape.

Nodes carry `label` (the name) and `kind` (Organisation, Action, ...), edges `label` and
`kind` (LEADS, PARTNER_IN, ...), so Gephi can colour and filter by them straight away. List
properties are joined with "; ", and provenance becomes the attributes `plans`, `sources`,
`lines` and `confidences`. An attribute holding values of mixed types is written as text,
since both formats declare one type per attribute. Characters XML cannot hold (control
characters that PDF extraction leaves behind) become U+FFFD.

GraphML is written by networkx (incrementally, through lxml). GEXF is written here, element by
element: networkx builds the whole GEXF document in memory first, several gigabytes for
10^5 actions.
"""

from __future__ import annotations

import re
from typing import Any, BinaryIO
from xml.sax.saxutils import quoteattr

import networkx as nx

from graphmodel.exchange.view import ExportView
from graphmodel.records import Provenance

#: Attribute names the formats or networkx's writers treat specially; a property with one of
#: these names is written as `property_<name>` instead.
_SPECIAL = frozenset(
    {
        "label",
        "kind",
        "discriminator",
        "weight",
        "type",
        "start",
        "end",
        "pid",
        "viz",
        "parents",
        "slices",
        "spells",
        "networkx_key",
        "key",
    }
)
LIST_SEPARATOR = "; "
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return _safe(LIST_SEPARATOR.join(str(item) for item in value))
    if isinstance(value, str):
        return _safe(value)
    return value


def _attributes(properties: dict[str, Any], provenance: tuple[Provenance, ...]) -> dict[str, Any]:
    attrs = {
        (f"property_{key}" if key in _SPECIAL else key): _flat(value)
        for key, value in properties.items()
    }
    attrs["plans"] = _safe(LIST_SEPARATOR.join(p.plan for p in provenance))
    attrs["sources"] = _safe(LIST_SEPARATOR.join(p.document for p in provenance))
    attrs["lines"] = LIST_SEPARATOR.join("" if p.line is None else str(p.line) for p in provenance)
    attrs["confidences"] = LIST_SEPARATOR.join(repr(float(p.confidence)) for p in provenance)
    return attrs


def to_networkx(view: ExportView) -> nx.MultiDiGraph:
    """The exported graph as a flat-attributed networkx graph (edge keys are edge ids)."""
    graph = nx.MultiDiGraph()
    for batch in view.batches():
        for node in batch.nodes:
            graph.add_node(
                _safe(node.id),
                label=_safe(node.name),
                kind=node.kind.value,
                **_attributes(node.properties, node.provenance),
            )
        for edge in batch.edges:
            attrs = _attributes(edge.properties, edge.provenance)
            attrs["label"] = attrs["kind"] = edge.kind.value
            attrs["discriminator"] = _safe(edge.discriminator)
            graph.add_edge(_safe(edge.source), _safe(edge.target), key=edge.id, **attrs)
    _one_type_per_attribute(graph.nodes.values())
    _one_type_per_attribute(attrs for _, _, attrs in graph.edges(data=True))
    return graph


def _one_type_per_attribute(items: Any) -> None:
    items = list(items)
    types: dict[str, set[type]] = {}
    for attrs in items:
        for key, value in attrs.items():
            types.setdefault(key, set()).add(type(value))
    as_text = {key for key, found in types.items() if len(found) > 1 and found != {int, float}}
    as_float = {key for key, found in types.items() if found == {int, float}}
    if not as_text and not as_float:
        return
    for attrs in items:
        for key in as_text & attrs.keys():
            attrs[key] = _text(attrs[key])
        for key in as_float & attrs.keys():
            attrs[key] = float(attrs[key])


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_graphml(view: ExportView, out: BinaryIO) -> None:
    nx.write_graphml(to_networkx(view), out, encoding="utf-8")


_GEXF_TYPE = {bool: "boolean", int: "long", float: "double", str: "string"}
_GEXF_HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<gexf xmlns="http://www.gexf.net/1.2draft" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
    'version="1.2">\n'
    "  <meta><creator>Partnergraph</creator></meta>\n"
    '  <graph defaultedgetype="directed" mode="static">\n'
)


def _gexf_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _declare(items: Any, cls: str, skip: set[str]) -> tuple[str, dict[str, str]]:
    types: dict[str, type] = {}
    for attrs in items:
        for key, value in attrs.items():
            if key not in skip:
                types.setdefault(key, type(value))
    ids = {key: str(index) for index, key in enumerate(sorted(types))}
    lines = [f'    <attributes class="{cls}" mode="static">\n']
    lines += [
        f'      <attribute id="{ids[key]}" title={quoteattr(key)} '
        f'type="{_GEXF_TYPE.get(types[key], "string")}"/>\n'
        for key in sorted(types)
    ]
    lines.append("    </attributes>\n")
    return "".join(lines), ids


def _attvalues(attrs: dict[str, Any], ids: dict[str, str]) -> str:
    values = "".join(
        f'<attvalue for="{ids[key]}" value={quoteattr(_gexf_value(value))}/>'
        for key, value in attrs.items()
        if key in ids
    )
    return f"<attvalues>{values}</attvalues>" if values else ""


def write_gexf(view: ExportView, out: BinaryIO) -> None:
    """GEXF 1.2, streamed: nodes carry `label` and their attributes, edges `id`, `label`
    (the kind) and theirs."""
    graph = to_networkx(view)
    node_decl, node_ids = _declare(graph.nodes.values(), "node", {"label"})
    edge_decl, edge_ids = _declare(
        (attrs for _, _, attrs in graph.edges(data=True)), "edge", {"label"}
    )
    out.write((_GEXF_HEADER + node_decl + edge_decl + "    <nodes>\n").encode("utf-8"))
    for node_id, attrs in graph.nodes(data=True):
        line = (
            f"      <node id={quoteattr(node_id)} label={quoteattr(attrs['label'])}>"
            f"{_attvalues(attrs, node_ids)}</node>\n"
        )
        out.write(line.encode("utf-8"))
    out.write(b"    </nodes>\n    <edges>\n")
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        line = (
            f"      <edge id={quoteattr(key)} source={quoteattr(source)} "
            f"target={quoteattr(target)} label={quoteattr(attrs['label'])}>"
            f"{_attvalues(attrs, edge_ids)}</edge>\n"
        )
        out.write(line.encode("utf-8"))
    out.write(b"    </edges>\n  </graph>\n</gexf>\n")
