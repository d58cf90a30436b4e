"""Entity IRIs: deterministic, and shared across documents through names already in the store.

>>> str(entity_iri("Regulator", "anmat-ar"))
'https://w3id.org/pharmagraph/id/regulator/anmat-ar'
>>> str(entity_iri("Company", "kexing biopharm"))
'https://w3id.org/pharmagraph/id/org/kexing-biopharm'
"""

from __future__ import annotations

import re

from rdflib import URIRef

from pharmagraph.extract.lexicon import lexicon
from pharmagraph.extract.mentions import INN_SUFFIXES
from pharmagraph.extract.names import clean_name, org_key, person_name, slug
from pharmagraph.namespace import ENTITY_PATHS, ID

PATHS = ENTITY_PATHS


def entity_iri(kind: str, key: str) -> URIRef:
    return ID[f"{PATHS[kind]}/{slug(key)}"]


def name_key(kind: str, name: str) -> str:
    """The key under which a name is matched to entities of other documents."""
    if kind == "Company":
        known = lexicon().company(clean_name(name))
        return org_key(known["name"]) if known else org_key(name)
    if kind == "Person":
        return person_name(name).lower()
    return clean_name(name).lower()


#: the endings of INNs (international non-proprietary names), shared by an originator and its biosimilars or generics
INN_ENDING = re.compile(rf"{INN_SUFFIXES}$")


def shares_inn(name: str) -> bool:
    """Whether a product name is an INN, which links no documents: "bevacizumab", or "Trastuzumab" opening a sentence."""
    return name.islower() or (name[:1].isupper() and name[1:].islower() and bool(INN_ENDING.search(name.lower())))


class Resolver:
    """Maps a document's entity references ("Kind|key" with names) to IRIs.

    ``known`` holds (kind, name key) -> IRI for every name the store has seen; a document's
    entity takes the IRI of the first of its names found there, else mints one from its key.
    """

    def __init__(self, known: dict[tuple[str, str], URIRef] | None = None, lookup=None):
        self.known = dict(known or {})
        self.lookup = lookup  # names -> [(kind, name, IRI)] from the store, asked once per document
        self.asked: set[str] = set()

    def prefetch(self, names: list[str]) -> None:
        """Ask the store which entities already carry these names (one query per document)."""
        if self.lookup is None:
            return
        new = sorted({n for n in names if n and n not in self.asked})
        self.asked.update(new)
        if not new:
            return
        for kind, name, iri in self.lookup(new):
            if kind == "Product" and shares_inn(name):
                continue
            self.known.setdefault((kind, name_key(kind, name)), URIRef(iri))

    def resolve(self, ref: str, names: list[str]) -> URIRef:
        kind, key = ref.split("|", 1)
        if kind == "Regulator":
            return entity_iri(kind, key)
        if kind == "Place":
            country = lexicon().country(key)
            if country:
                return ID[f"place/{country['code'].lower()}"]
        lookup_kind = "Company" if kind == "Company" else kind
        if kind == "Product":
            # an INN (bevacizumab) is shared by the originator and every biosimilar: never a link between documents
            names = [n for n in names if not shares_inn(n)]
        for name in [key, *sorted(names, key=lambda n: (-len(n), n))]:
            hit = self.known.get((lookup_kind, name_key(kind, name)))
            if hit is not None:
                iri = hit
                break
        else:
            iri = entity_iri(kind, org_key(key) if kind == "Company" else key)
        for name in [key, *names]:
            if kind == "Product" and shares_inn(name):
                continue  # (as the store's look-up: an INN learnt here would link later documents)
            self.known.setdefault((lookup_kind, name_key(kind, name)), iri)
        return iri
