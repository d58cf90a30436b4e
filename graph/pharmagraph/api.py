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

from pharmagraph.build import Prebuilt, build_document_triples, document_iri
from pharmagraph.errors import InputError, QueryError, ValidationError
from pharmagraph.extract import extract
from pharmagraph.ingest import collect_paths, read_document
from pharmagraph.model import Document
from pharmagraph.queries import run_question
from pharmagraph.remote import open_any
from pharmagraph.resolve import Resolver
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
                f"facts: {kinds or 'none'}; {self.triples} triples written")


def read_documents(paths: list[str | Path], workers: int = 1) -> list[Document]:
    """Read every press release under ``paths``; any bad file stops everything (InputError, the first in order).

    With ``workers`` > 1 and thousands of files, the files are parsed in that many processes (HTML parsing
    and date finding take about a millisecond a file: 100 s of one core for a year of news).
    """
    files = collect_paths(paths)
    if workers > 1 and len(files) >= 2000:
        import multiprocessing

        ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        with ctx.Pool(workers) as pool:
            docs = list(pool.imap(read_document, files, chunksize=256))  # in order: the first bad file is the one reported
    else:
        docs = [read_document(p) for p in files]
    ids: dict[str, str] = {}
    for d in docs:
        iri = str(document_iri(d.id))
        if iri in ids and ids[iri] != d.path:
            raise InputError(f"{d.path}: same document name as {ids[iri]}; rename one of them")
        ids[iri] = d.path
    return docs


def _prebuild(job: tuple[Document, str]) -> Prebuilt:
    doc, extractor = job
    return Prebuilt(extract(doc, extractor))


def _prebuilt(docs: list[Document], extractor: str, workers: int):
    """Documents extracted and turned into triples, in document order; in ``workers`` processes when
    there are enough documents (the writer then only resolves names, checks and writes)."""
    if workers <= 1 or len(docs) < 64:
        for d in docs:
            yield _prebuild((d, extractor))
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(_prebuild, ((d, extractor) for d in docs), chunksize=16)


class _Body:
    """N-Triples ready for :meth:`Store.write_documents`."""

    def __init__(self, text: str) -> None:
        self.text = text

    def ntriples(self) -> str:
        return self.text


def build(paths: list[str | Path], store: str | Path = DEFAULT_STORE, extractor: str = "rules",
          progress: bool = False, endpoint: str | None = None, update_endpoint: str | None = None,
          workers: int | None = None) -> BuildReport:
    """Read, extract and write the documents under ``paths`` into the store at ``store``.

    Every file is read (and so checked) before the store is opened, so bad input leaves the store
    exactly as it was. Documents whose content is already in the store are skipped, the others
    are extracted (in ``workers`` processes; default: one per core, at most 4) and each one's graph
    is written in its own atomic update, so an interrupted build keeps what it wrote and the next
    build resumes where it stopped.
    """
    import os

    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    docs = read_documents(paths, workers=workers)
    report = BuildReport(documents=len(docs))
    with open_any(store, endpoint=endpoint, update_endpoint=update_endpoint, write=True, create=True) as st:
        stored = st.content_hashes([str(document_iri(d.id)) for d in docs] if len(docs) <= 2000 else None)
        todo = [d for d in docs if stored.get(str(document_iri(d.id))) != d.content_hash]
        report.unchanged = len(docs) - len(todo)
        st.refresh_pending()  # the labels a killed build did not get to
        if not st.name_index_ready() and st.documents():
            st.refresh_entities()  # a store written before the name index: index its names once
        # names of this build are resolved in memory; names stored before it, through the name index (a fresh
        # store has none: asking it every document graph would grow with the store, 14 ms a document at 100k)
        resolver = Resolver(lookup=st.lookup_names if st.name_index_ready() else None)
        bar = _progress(len(todo), enabled=progress)
        batch: list = []
        touched: set[str] = set()  # entities whose labels this build changes
        pending: set[str] = set()  # ... those of the batch in hand, marked in its write (see Store.write_documents)

        def flush() -> None:
            st.write_documents(batch, pending)
            touched.update(pending)
            pending.clear()
            report.written += len(batch)
            bar.update(len(batch))
            batch.clear()

        try:
            for pre in _prebuilt(todo, extractor, workers):
                for kind in pre.fact_kinds:
                    report.facts[kind] = report.facts.get(kind, 0) + 1
                body, count, labelled = pre.resolve(resolver)
                pending.update(labelled)
                report.triples += count
                batch.append((str(document_iri(pre.doc_id)), _Body(body)))
                if len(batch) >= st.batch_documents:
                    flush()
            flush()
        finally:
            bar.close()
            if report.written:
                st.refresh_entities(touched)
    # (the count of triples written, not len() of the store: that scans every quad, 4 s at 9 M)
    return report


def document_nquads(doc: Document, extractor: str = "rules") -> str:
    """A document's named graph as N-Quads: a pure function of the document, for distributed builds.

    Entities get the IRIs their own names give (no look-up in a store), so shards built apart
    load side by side; run ``refresh_entities`` (any ``pharmagraph build``) after loading them.
    """
    triples = build_document_triples(extract(doc, extractor), Resolver())
    graph = f"<{document_iri(doc.id)}>"
    return "".join(line[:-1] + graph + " .\n" for line in triples.ntriples().splitlines() if line)


def _progress(total: int, enabled: bool):
    """A progress bar on standard error (documents, rate, time left), quiet when not a terminal."""
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="build", disable=not (enabled and sys.stderr.isatty()), file=sys.stderr,
                leave=False)


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


def ask(name: str, store: str | Path | Store = DEFAULT_STORE, endpoint: str | None = None, *,
        dataframe: bool = False, **params: str | None):
    """Rows of a competency question (see ``pharmagraph ask --help``) as dicts, or a pandas DataFrame.

    >>> ask("people", store=".pharmagraph", company="BioDlink")        # doctest: +SKIP
    [{'person': 'Jun Liu', 'role': 'CEO', 'organization': 'BioDlink'}, ...]
    """
    if isinstance(store, Store):
        rows = run_question(store, name, **params)
    else:
        with open_any(store, endpoint=endpoint) as st:
            rows = run_question(st, name, **params)
    if dataframe:
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("ask(..., dataframe=True) needs pandas: pip install pandas") from None
        from pharmagraph.queries import question

        return pd.DataFrame(rows, columns=question(name).columns)
    return rows


def show(store: str | Path | Store = DEFAULT_STORE, focus: str | None = None, hops: int = 1, **kwargs):
    """The interactive network, inline in a Jupyter notebook (optionally around ``focus``)."""
    from pharmagraph.analytics import cut_graph, to_networkx
    from pharmagraph.render import show as show_graph

    st = store if isinstance(store, Store) else Store.open(store)
    return show_graph(cut_graph(to_networkx(st), focus, hops), **kwargs)


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


__all__ = ["BuildReport", "QueryError", "ask", "build", "open_store", "query", "read_documents", "remove", "require_valid",
           "show", "validate"]
