"""Files other tools open as they are: canonical Turtle kept current, round trips, graph formats."""

from __future__ import annotations

import io

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from conftest import PRESS, ROOT, run_cli
from pharmagraph.export import export_text
from pharmagraph.store import Store


@pytest.fixture(scope="module")
def store(seed_store):
    with Store.open(seed_store) as st:
        yield st


def test_committed_turtle_is_current(store):
    """export/pharmagraph.ttl is what README's first command writes for data/press-releases."""
    committed = (ROOT / "export" / "pharmagraph.ttl").read_text(encoding="utf-8")
    fresh = export_text(store, "turtle")
    assert isomorphic(Graph().parse(data=committed, format="turtle"), Graph().parse(data=fresh, format="turtle")), \
        "export/pharmagraph.ttl is stale: run README's first command and commit export/"
    assert committed == fresh


def test_turtle_is_byte_identical_across_builds(tmp_path):
    outs = []
    for n in range(2):
        store = tmp_path / f"s{n}"
        assert run_cli("build", str(PRESS), "--store", str(store)).returncode == 0
        out = tmp_path / f"g{n}.ttl"
        assert run_cli("export", "--format", "turtle", "-o", str(out), "--store", str(store)).returncode == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


@pytest.mark.parametrize("fmt,rdflib_fmt,ox_fmt", [
    ("turtle", "turtle", ox.RdfFormat.TURTLE), ("ntriples", "nt", ox.RdfFormat.N_TRIPLES),
    ("jsonld", "json-ld", None)])
def test_rdf_round_trips(store, fmt, rdflib_fmt, ox_fmt):
    text = export_text(store, fmt)
    g = Graph().parse(data=text, format=rdflib_fmt)
    reference = Graph().parse(data=export_text(store, "ntriples"), format="nt")
    assert isomorphic(g, reference)
    if ox_fmt is not None:
        triples = list(ox.parse(text.encode("utf-8"), format=ox_fmt))
        assert len(triples) == len(reference)


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_named_graphs_kept(store, fmt):
    text = export_text(store, fmt)
    ds = Dataset()
    ds.parse(data=text, format=fmt)
    graphs = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert {"https://w3id.org/pharmagraph/doc/000-1f7d52b437551bea", "https://w3id.org/pharmagraph/doc/001-d1910aacf8fd63c8"} <= graphs
    quads = list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS))
    assert len(quads) == len(store)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_formats_read_back(store, fmt):
    from pharmagraph.analytics import to_networkx

    g = to_networkx(store)
    text = export_text(store, fmt)
    back = nx.read_graphml(io.BytesIO(text.encode())) if fmt == "graphml" else nx.read_gexf(io.BytesIO(text.encode()))
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    node = next(n for n, d in g.nodes(data=True) if d["label"] == "BioDlink")
    assert back.nodes[node]["label"] == "BioDlink" if fmt == "graphml" else True


def test_csv_has_every_question(store):
    text = export_text(store, "csv")
    assert text.splitlines()[0] == "question,row"
    assert "certifications" in text and "licensing" in text
