"""Controlled values (standards, decision kinds, service types, phases, modalities, deal kinds)
as SKOS concepts of ``ontology/vocabularies.ttl``; unknown values get a concept of their own.

>>> str(concept("standards", "Good Manufacturing Practice")[0])
'https://w3id.org/pharmagraph/vocab/standards/gmp'
"""

from __future__ import annotations

from functools import cache

from rdflib import URIRef
from rdflib.namespace import SKOS

from pharmagraph.extract.names import slug
from pharmagraph.namespace import VOCAB


@cache
def _index() -> dict[tuple[str, str], tuple[URIRef, str]]:
    from rdflib import Graph

    from pharmagraph.ontology import ontology_path

    graph = Graph().parse(ontology_path("vocabularies.ttl"), format="turtle")
    index: dict[tuple[str, str], tuple[URIRef, str]] = {}
    for c, label in graph.subject_objects(SKOS.prefLabel):
        scheme = str(c)[len(str(VOCAB)):].split("/")[0]
        index[(scheme, str(label).lower())] = (c, str(label))
    for c, label in graph.subject_objects(SKOS.altLabel):
        scheme = str(c)[len(str(VOCAB)):].split("/")[0]
        pref = graph.value(c, SKOS.prefLabel)
        index.setdefault((scheme, str(label).lower()), (c, str(pref)))
    return index


def concept(scheme: str, label: str) -> tuple[URIRef, str, bool]:
    """(concept IRI, preferred label, whether it is already in the vocabularies)."""
    hit = _index().get((scheme, label.lower()))
    if hit:
        return hit[0], hit[1], True
    return VOCAB[f"{scheme}/{slug(label)}"], label, False
