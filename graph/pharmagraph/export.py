"""Writing the graph to files: RDF (Turtle, TriG, N-Quads, N-Triples, JSON-LD), GraphML, GEXF, CSV.

Turtle is the union of all graphs written canonically by Oxigraph (sorted, no blank nodes), so the
same documents give byte-identical files; TriG and N-Quads keep one named graph per document.
"""

from __future__ import annotations

import csv
import io
import json

from rdflib import XSD, Dataset, Graph, Literal

from pharmagraph.errors import InputError
from pharmagraph.store import PREFIXES

RDF_FORMATS = {"turtle": "turtle", "ttl": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt",
               "nt": "nt", "jsonld": "json-ld", "json-ld": "json-ld"}
GRAPH_FORMATS = {"graphml", "gexf"}
FORMATS = sorted({*RDF_FORMATS, *GRAPH_FORMATS, "csv"} - {"ttl", "nt", "json-ld"})
JSONLD_CONTEXT = {**PREFIXES, "label": "http://www.w3.org/2004/02/skos/core#prefLabel"}


def _bind(g) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.bind("id", "https://w3id.org/pharmagraph/id/")
    g.bind("doc", "https://w3id.org/pharmagraph/doc/")
    g.bind("vocab", "https://w3id.org/pharmagraph/vocab/")


def canonical(term):
    """xsd:decimal literals with a decimal point ("20000.0"): Oxigraph stores "20000", rdflib's
    Turtle writes 20000.0, and the two lexical forms would not compare equal after a round trip."""
    if isinstance(term, Literal) and term.datatype == XSD.decimal and "." not in str(term):
        return Literal(f"{term}.0", datatype=XSD.decimal, normalize=False)
    return term


def union_graph(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _c in ds.quads():
        g.add((s, p, canonical(o)))
    _bind(g)
    return g


def canonical_dataset(ds: Dataset) -> Dataset:
    out = Dataset()
    for s, p, o, c in ds.quads():
        out.graph(c.identifier if hasattr(c, "identifier") else c).add((s, p, canonical(o)))
    return out


def canonical_turtle(store) -> str:
    """The union of all graphs as Turtle, written by Oxigraph from the triples in sorted order.

    Streams through Oxigraph rather than an rdflib Graph: at 9 M triples rdflib needed over 20 GB
    and tens of minutes; this takes the distinct triples as sorted N-Triples lines, so the same
    documents still give a byte-identical file.
    """
    import pyoxigraph as ox

    from pharmagraph.store import NAME_INDEX_GRAPH

    index = ox.NamedNode(NAME_INDEX_GRAPH)
    decimal = ox.NamedNode(str(XSD.decimal))

    def obj(term) -> str:
        # the same decimal form as the other exports ("20000.0", see ``canonical``)
        if isinstance(term, ox.Literal) and term.datatype == decimal and "." not in term.value:
            return f'"{term.value}.0"^^<{XSD.decimal}>'
        return str(term)

    quads = ox.parse(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)  # every store kind can dump
    lines = {f"{q.subject} {q.predicate} {obj(q.object)} .\n" for q in quads if q.graph_name != index}
    triples = ox.parse("".join(sorted(lines)), format=ox.RdfFormat.N_TRIPLES)
    prefixes = {**PREFIXES, "id": "https://w3id.org/pharmagraph/id/", "doc": "https://w3id.org/pharmagraph/doc/",
                "vocab": "https://w3id.org/pharmagraph/vocab/"}
    body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
    # Oxigraph writes the prefixes in no fixed order: write them sorted, then the body
    body = "".join(line for line in body.splitlines(keepends=True) if not line.startswith("@prefix "))
    header = "".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(prefixes.items()))
    return header + "\n" + body


def export_text(store, fmt: str) -> str:
    """The whole store in format ``fmt`` as text (bytes-safe formats are UTF-8 text)."""
    fmt = fmt.lower()
    if fmt in ("turtle", "ttl"):
        return canonical_turtle(store)
    if fmt in RDF_FORMATS:
        ds = store.dataset()
        rdflib_fmt = RDF_FORMATS[fmt]
        if rdflib_fmt in ("trig", "nquads"):
            ds = canonical_dataset(ds)
            _bind(ds)
            text = ds.serialize(format=rdflib_fmt)
            if rdflib_fmt == "nquads":
                text = "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))
            return text
        g = union_graph(ds)
        if rdflib_fmt == "nt":
            return "".join(sorted(line + "\n" for line in g.serialize(format="nt").splitlines() if line.strip()))
        return g.serialize(format="json-ld", context=JSONLD_CONTEXT, indent=2, sort_keys=True)
    if fmt in GRAPH_FORMATS:
        import networkx as nx

        from pharmagraph.analytics import to_networkx

        g = to_networkx(store)
        simple = nx.MultiDiGraph()
        for n, data in g.nodes(data=True):
            simple.add_node(n, **{k: str(v) for k, v in data.items()})
        for a, b, k, data in g.edges(keys=True, data=True):
            simple.add_edge(a, b, key=k, **{kk: str(v) for kk, v in data.items()})
        out = io.BytesIO()
        if fmt == "graphml":
            nx.write_graphml(simple, out)
        else:
            nx.write_gexf(simple, out)
        return out.getvalue().decode("utf-8")
    if fmt == "csv":
        return facts_csv(store)
    raise InputError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def facts_csv(store) -> str:
    """One table of every fact: question, then the question's columns as JSON-free text."""
    from pharmagraph.queries import questions, run_question

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["question", "row"])
    for name, q in questions().items():
        if q.required:
            continue
        for row in run_question(store, name):
            writer.writerow([name, json.dumps(row, ensure_ascii=False, sort_keys=True)])
    return out.getvalue()
