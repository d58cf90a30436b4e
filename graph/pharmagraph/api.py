"""The Python API: build a store from press releases, ask the competency questions, run SPARQL,
export, validate. The CLI is a thin layer over these functions.

>>> import tempfile, pathlib
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> _ = (tmp / "pr.txt").write_text("Acme Biologics has been granted GMP certification by ANMAT of Argentina.")
>>> report = build([tmp / "pr.txt"], store=tmp / "store")
>>> [r["issuer"] for r in ask("certifications", store=tmp / "store")]
['ANMAT']
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from pharmagraph.build import build_document_graph, document_iri
from pharmagraph.errors import InputError, QueryError, ValidationError
from pharmagraph.extract import extract
from pharmagraph.ingest import collect_paths, read_document
from pharmagraph.model import Document, Extraction
from pharmagraph.queries import run_question
from pharmagraph.resolve import Resolver
from pharmagraph.remote import open_any
from pharmagraph.store import DEFAULT_STORE, Store


@dataclass
class BuildReport:
    """What a build did."""

    documents: int = 0
    written: int = 0
    unchanged: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    triples: int = 0

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.facts.items()))
        return (f"{self.documents} documents ({self.written} written, {self.unchanged} unchanged); "
                f"facts: {kinds or 'none'}; {self.triples} triples in the store")


def read_documents(paths: list[str | Path]) -> list[Document]:
    """Read every press release under ``paths``; any bad file stops everything (InputError)."""
    docs = [read_document(p) for p in collect_paths(paths)]
    ids: dict[str, str] = {}
    for d in docs:
        iri = str(document_iri(d.id))
        if iri in ids and ids[iri] != d.path:
            raise InputError(f"{d.path}: same document name as {ids[iri]}; rename one of them")
        ids[iri] = d.path
    return docs


def build(paths: list[str | Path], store: str | Path = DEFAULT_STORE, extractor: str = "rules",
          progress: bool = False, endpoint: str | None = None, update_endpoint: str | None = None) -> BuildReport:
    """Read, extract and write the documents under ``paths`` into the store at ``store``.

    Every file is read and extracted before the store is opened, so bad input leaves the store
    exactly as it was; each document's graph is then replaced in one atomic update.
    """
    docs = read_documents(paths)
    extractions: list[Extraction] = [extract(d, extractor) for d in docs]
    report = BuildReport(documents=len(docs))
    with open_any(store, endpoint=endpoint, update_endpoint=update_endpoint, write=True, create=True) as st:
        resolver = Resolver(st.known_names())
        for ex in extractions:
            for f in ex.facts:
                report.facts[f.kind] = report.facts.get(f.kind, 0) + 1
            iri = str(document_iri(ex.document.id))
            if st.content_hash(iri) == ex.document.content_hash:
                report.unchanged += 1
                continue
            st.write_document(iri, build_document_graph(ex, resolver))
            report.written += 1
            if progress and sys.stderr.isatty():
                print(f"\r{report.written + report.unchanged}/{len(docs)} documents", end="", file=sys.stderr)
        if progress and sys.stderr.isatty():
            print(file=sys.stderr)
        st.refresh_entities()
        report.triples = len(st)
    return report


def remove(doc: str, store: str | Path = DEFAULT_STORE, endpoint: str | None = None,
           update_endpoint: str | None = None) -> bool:
    """Retract one document's facts (by file name, stem or declared source)."""
    with open_any(store, endpoint=endpoint, update_endpoint=update_endpoint, write=True) as st:
        stem = Path(doc).stem
        target = str(document_iri(stem))
        if target not in st.documents():
            rows = list(st.query("SELECT ?d WHERE { ?d dcterms:identifier ?s }", {"s": doc}))
            if not rows:
                return False
            target = rows[0]["d"].value
        st.remove_document(target)
        st.refresh_entities()
        return True


def ask(name: str, store: str | Path | Store = DEFAULT_STORE, endpoint: str | None = None, **params: str | None) -> list[dict]:
    """Rows of a competency question (see ``pharmagraph ask --help``)."""
    if isinstance(store, Store):
        return run_question(store, name, **params)
    with open_any(store, endpoint=endpoint) as st:
        return run_question(st, name, **params)


def query(sparql: str, store: str | Path | Store = DEFAULT_STORE, endpoint: str | None = None, **bindings: str):
    """Run any SPARQL over the union of all graphs; returns pyoxigraph results."""
    if isinstance(store, Store):
        return store.query(sparql, bindings)
    st = open_any(store, endpoint=endpoint)
    return st.query(sparql, bindings)


def open_store(path: str | Path = DEFAULT_STORE) -> Store:
    """Open a store read-only."""
    return Store.open(path)


def validate(store: str | Path = DEFAULT_STORE, data_file: str | Path | None = None) -> tuple[bool, str]:
    """SHACL-validate the store (or an RDF file); returns (conforms, report text)."""
    import pyshacl
    from rdflib import Graph

    from pharmagraph.ontology import ontology_path

    if data_file is not None:
        path = Path(data_file)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        data = Graph()
        try:
            fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}.get(path.suffix, "turtle")
            if fmt in ("trig", "nquads"):
                from rdflib import Dataset

                ds = Dataset()
                ds.parse(path, format=fmt)
                for t in ds.quads():
                    data.add(t[:3])
            else:
                data.parse(path, format=fmt)
        except Exception as err:  # rdflib raises many kinds
            raise InputError(f"{path}: not valid RDF ({type(err).__name__}: {str(err).splitlines()[0][:150]})") from None
    else:
        with Store.open(store) as st:
            data = Graph()
            for q in st.dataset().quads():
                data.add(q[:3])
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ont = Graph().parse(ontology_path("pharmagraph.ttl"), format="turtle")
    conforms, _graph, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ont, inference="none",
                                              advanced=True, allow_warnings=True)
    return bool(conforms), text


def require_valid(store: str | Path = DEFAULT_STORE) -> None:
    ok, text = validate(store)
    if not ok:
        raise ValidationError(text)


__all__ = ["BuildReport", "QueryError", "ask", "build", "open_store", "query", "read_documents", "remove", "require_valid", "validate"]
