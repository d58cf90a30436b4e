"""Finds the ontology and reference files offline: the packaged copy first, else the repo folders.

>>> ontology_path("pharmagraph.ttl").name
'pharmagraph.ttl'
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_REPO = _PACKAGE.parents[1]


def _find(packaged: str, repo: str, name: str) -> Path:
    for base in (_PACKAGE / packaged, _REPO / repo):
        if (base / name).exists():
            return base / name
    raise FileNotFoundError(f"{name}: not found in {_PACKAGE / packaged} nor {_REPO / repo}")


def ontology_path(name: str = "pharmagraph.ttl") -> Path:
    """Path of a file of ``ontology/`` (pharmagraph.ttl, shapes.ttl, vocabularies.ttl)."""
    return _find("_ontology", "ontology", name)


def reference_path(name: str) -> Path:
    """Path of a file of ``data/reference/`` (regulators.csv, countries.csv, ...)."""
    return _find("_reference", "data/reference", name)


@cache
def ontology_graph():
    """The ontology and its SKOS vocabularies as one rdflib Graph (parsed once)."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(ontology_path("pharmagraph.ttl"), format="turtle")
    graph.parse(ontology_path("vocabularies.ttl"), format="turtle")
    return graph
