"""The embedded on-disk store (Oxigraph, RocksDB underneath).

One named graph per document, written atomically (a SPARQL update that drops the old graph and
inserts the new one), a derived graph of entity labels, and the SKOS vocabularies. Only one
process may write at a time; readers open the store read-only and keep working meanwhile.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from pharmagraph.errors import QueryError, StoreBusyError, StoreError
from pharmagraph.namespace import ENTITY_PATHS, ID, PG

ENTITIES_GRAPH = "https://w3id.org/pharmagraph/graph/entities"
VOCAB_GRAPH = "https://w3id.org/pharmagraph/graph/vocabularies"
#: ``<VOCAB_GRAPH> VOCAB_DIGEST "sha256:..."`` in the vocabularies graph: which file it was loaded from
VOCAB_DIGEST = "http://purl.org/dc/terms/identifier"
#: derived look-up graph written with the entities graph: ``<entity> NAME_KEY "lower-case name"`` for its
#: preferred and other names, so that a name finds its entities with one index look-up. An index, not data:
#: not a document, not exported (``dataset``, ``dump``), rebuilt by ``refresh_entities``.
NAME_INDEX_GRAPH = "https://w3id.org/pharmagraph/graph/name-index"
NAME_KEY = "https://w3id.org/pharmagraph/index#nameKey"
#: ``<entity> PENDING ""`` in the name index: written in the same atomic write as a document naming the
#: entity, removed when its labels are recomputed; what a killed build left is recomputed by the next one.
PENDING = "https://w3id.org/pharmagraph/index#pending"
ID_BASE = str(ID)
# the kinds whose names resolve across documents, by their IRI path
INDEX_KINDS = {ENTITY_PATHS[kind]: kind for kind in ("Company", "Product", "Person", "Place")}
INTERNAL_GRAPHS = (ENTITIES_GRAPH, VOCAB_GRAPH, NAME_INDEX_GRAPH)
MARKER = "pharmagraph-store.json"
FORMAT_VERSION = 1
PREFIXES = {
    "pg": str(PG), "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "schema": "https://schema.org/", "owl": "http://www.w3.org/2002/07/owl#",
}
DEFAULT_STORE = ".pharmagraph"


@cache
def _vocabularies() -> tuple[bytes, str]:
    """The vocabularies file's bytes and digest."""
    from pharmagraph.ontology import ontology_path

    data = ontology_path("vocabularies.ttl").read_bytes()
    return data, "sha256:" + hashlib.sha256(data).hexdigest()


def _check_folder(path: Path, create: bool) -> None:
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: not a folder, so not a pharmagraph store")
    if path.is_dir() and any(path.iterdir()) and not (path / MARKER).exists():
        raise StoreError(f"{path}: folder is not a pharmagraph store (no {MARKER}); choose an empty or new folder")
    if not path.exists() and not create:
        raise StoreError(f"{path}: no store here; run 'pharmagraph build' first")


def _open_error(path: Path, err: OSError) -> StoreError:
    text = str(err).lower()
    if "lock" in text or "resource temporarily unavailable" in text or "busy" in text:
        return StoreBusyError(f"{path}: store is busy: another pharmagraph process is writing to it; try again when it ends")
    return StoreError(f"{path}: cannot open the store ({str(err).splitlines()[0][:200]})")


def _curated_name(label: str, entity: str) -> bool:
    """Whether a label is a company's own name in the reference table ("Fosun Pharma", not "Shanghai
    Fosun Pharmaceutical"): a store names a known company so whenever one of its releases does (the row's
    company, not another the same word names: "Merck" is no curated label of Merck KGaA)."""
    from pharmagraph.extract.lexicon import lexicon
    from pharmagraph.extract.names import company_key, slug

    row = lexicon().company(label)
    if row is None or row["name"] != label:
        return False
    own = entity.rsplit("/", 1)[-1]
    return own == slug(company_key(row)) or own not in _table_slugs()


@cache
def _table_names() -> frozenset[str]:
    """The company table's names that a legal form ends ("Merck KGaA")."""
    from pharmagraph.extract.lexicon import lexicon
    from pharmagraph.extract.names import strip_legal

    return frozenset(row["name"] for row in lexicon().companies if strip_legal(row["name"]) != row["name"])


@cache
def _table_slugs() -> frozenset[str]:
    """The keys the company table's rows are stored under."""
    from pharmagraph.extract.lexicon import lexicon
    from pharmagraph.extract.names import company_key, slug

    return frozenset(slug(company_key(row)) for row in lexicon().companies)


def _place_name(name: str) -> bool:
    from pharmagraph.extract.lexicon import CONTINENTS, lexicon

    return bool(lexicon().country(name)) or name in CONTINENTS


class Store:
    """A pharmagraph store on disk."""

    batch_documents = 256  # documents per atomic write: an interrupted build loses at most the batch in flight (~2 s)

    def __init__(self, ox_store: ox.Store, path: Path | None, writable: bool):
        self.ox = ox_store
        self.path = path
        self.writable = writable

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path = DEFAULT_STORE, *, write: bool = False, create: bool = False) -> Store:
        """Open the store at ``path`` (read-only unless ``write``)."""
        path = Path(path)
        _check_folder(path, create)
        if not write:
            try:
                return cls(ox.Store.read_only(str(path)), path, False)
            except OSError as err:
                raise _open_error(path, err) from None
        fresh = not (path / MARKER).exists()
        path.mkdir(parents=True, exist_ok=True)
        try:
            store = cls(ox.Store(str(path)), path, True)
        except OSError as err:
            raise _open_error(path, err) from None
        store.refresh_vocabularies()  # (a fresh store has none yet)
        if fresh:
            (path / MARKER).write_text(json.dumps({"format": FORMAT_VERSION, "kind": "pharmagraph-store"}) + "\n")
        return store

    @classmethod
    def in_memory(cls) -> Store:
        store = cls(ox.Store(), None, True)
        store._init_vocabularies()
        return store

    def _init_vocabularies(self) -> None:
        """(Re)load the SKOS vocabularies into their graph, with the digest of the file they came from."""
        data, digest = _vocabularies()
        self.ox.update(f"DROP SILENT GRAPH <{VOCAB_GRAPH}>")
        self.ox.load(data, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(VOCAB_GRAPH))
        self.ox.update(f'INSERT DATA {{ GRAPH <{VOCAB_GRAPH}> {{ <{VOCAB_GRAPH}> <{VOCAB_DIGEST}> "{digest}" }} }}')

    def refresh_vocabularies(self) -> bool:
        """Reload the vocabularies when this installation's file differs from the store's copy (a store
        built by an older pharmagraph lacks the concepts a newer one refers to); whether it did."""
        rows = list(self.ox.query(f"SELECT ?d WHERE {{ GRAPH <{VOCAB_GRAPH}> {{ <{VOCAB_GRAPH}> <{VOCAB_DIGEST}> ?d }} }}"))
        if rows and rows[0][0].value == _vocabularies()[1]:
            return False
        self._init_vocabularies()
        return True

    def close(self) -> None:
        if self.writable:
            self.ox.flush()
        del self.ox

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- documents ------------------------------------------------------------------------
    def content_hash(self, doc_iri: str) -> str | None:
        rows = list(self.ox.query(
            f"SELECT ?h WHERE {{ GRAPH <{doc_iri}> {{ <{doc_iri}> <{PG.contentHash}> ?h }} }}"))
        return rows[0]["h"].value if rows else None

    def content_hashes(self, doc_iris: list[str] | None = None) -> dict[str, str]:
        """Document graph IRI -> content hash, for ``doc_iris`` (a few look-ups) or every document in the store."""
        if doc_iris is not None:
            out = {}
            for n in range(0, len(doc_iris), 500):
                values = " ".join(f"<{d}>" for d in doc_iris[n:n + 500])
                q = f"SELECT ?d ?h WHERE {{ VALUES ?d {{ {values} }} GRAPH ?d {{ ?d <{PG.contentHash}> ?h }} }}"
                out.update({row["d"].value: row["h"].value for row in self.ox.query(q)})
            return out
        q = f"SELECT ?d ?h WHERE {{ GRAPH ?d {{ ?d <{PG.contentHash}> ?h }} }}"
        return {row["d"].value: row["h"].value for row in self.ox.query(q)}

    def documents(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if g.value not in INTERNAL_GRAPHS)

    def write_document(self, doc_iri: str, graph) -> None:
        """Replace the named graph of one document, atomically (``graph``: rdflib Graph or build.Triples)."""
        self.write_documents([(doc_iri, graph)])

    def write_documents(self, batch: list[tuple[str, object]], pending: set[str] | frozenset = frozenset()) -> None:
        """Replace the named graphs of several documents: the new ones in one atomic N-Quads load, the changed
        ones (and every write to a remote server) in one SPARQL update that drops and inserts each graph.
        Each of the two is all or nothing, so a document is always either wholly stored or not at all.
        ``pending``: entities whose labels the documents change, marked in the same writes until
        :meth:`refresh_entities` (or the next build, after a kill: :meth:`refresh_pending`) recomputes them."""
        self._require_writable()
        marks = "".join(f"<{e}> <{PENDING}> \"\" .\n" for e in sorted(pending))
        parts, quads = [], []
        for doc_iri, graph in batch:
            body = graph.ntriples() if hasattr(graph, "ntriples") else graph.serialize(format="nt")
            if not isinstance(self.ox, ox.Store) or self.ox.contains_named_graph(ox.NamedNode(doc_iri)):
                # a changed document (or a remote server): the old graph goes in the same update as the new one
                parts.append(f"DROP SILENT GRAPH <{doc_iri}> ; INSERT DATA {{ GRAPH <{doc_iri}> {{\n{body}\n}} }}")
            else:
                # new documents are parsed as N-Quads in one transactional load, far faster than INSERT DATA
                graph_term = f" <{doc_iri}> .\n"
                quads.extend(line[:-1].rstrip() + graph_term for line in body.split("\n") if line.endswith("."))
        if marks:
            if parts:
                parts.append(f"INSERT DATA {{ GRAPH <{NAME_INDEX_GRAPH}> {{\n{marks}}} }}")
            else:
                quads.extend(line[:-2] + f"<{NAME_INDEX_GRAPH}> .\n" for line in marks.splitlines(keepends=True))
        if parts:
            self.ox.update(" ;\n".join(parts))
        if quads:
            # The bulk loader parses a chunk (a million quads; a batch of documents is a few tens of thousands),
            # writes sorted files and ingests them into every index in one RocksDB call, so a batch is stored whole
            # or, on a syntax error, not at all (tested); three times faster than a transaction, a fifth of the disk.
            self.ox.bulk_load(input="".join(quads), format=ox.RdfFormat.N_QUADS)
        if parts or quads:
            self._forget_names()

    def remove_document(self, doc_iri: str) -> bool:
        self._require_writable()
        if not self.ox.contains_named_graph(ox.NamedNode(doc_iri)):
            return False
        self.ox.update(f"DROP GRAPH <{doc_iri}>")
        self._forget_names()
        return True

    def known_names(self) -> dict[tuple[str, str], object]:
        """(kind, name key) -> entity IRI for every name the store has seen."""
        from rdflib import URIRef

        from pharmagraph.resolve.entities import name_key, shares_inn

        kinds = {str(PG.Company): "Company", str(PG.Product): "Product", str(PG.Person): "Person", str(PG.Place): "Place"}
        out: dict[tuple[str, str], object] = {}
        q = ("SELECT DISTINCT ?e ?t ?n WHERE { GRAPH ?g { ?e a ?t ; <%s> ?n } } ORDER BY ?e ?n" % PG.mentionedAs)
        for row in self.ox.query(q):
            kind = kinds.get(row["t"].value)
            if kind == "Product" and shares_inn(row["n"].value) and not row["e"].value.lower().endswith("/" + row["n"].value.lower()):
                continue
            if kind:
                out.setdefault((kind, name_key(kind, row["n"].value)), URIRef(row["e"].value))
        return out

    def entities_named(self, name: str) -> list[str]:
        """IRIs of the entities whose preferred or other name is ``name`` (case-insensitive).

        One look-up in the name index graph (``refresh_entities`` writes it); a store written
        before that graph existed is answered from a label index built in memory, as before.
        """
        key = name.strip().lower()
        if self.name_index_ready():
            q = f"SELECT DISTINCT ?e WHERE {{ GRAPH <{NAME_INDEX_GRAPH}> {{ ?e <{NAME_KEY}> ?k }} }}"
            return sorted(row["e"].value for row in self.query(q, {"k": ox.Literal(key)}, union=False))
        if getattr(self, "_label_index", None) is None:
            index: dict[str, set[str]] = defaultdict(set)
            q = (f"SELECT ?e ?n WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?n }} "
                 "FILTER(?p IN (<http://www.w3.org/2004/02/skos/core#prefLabel>, <http://www.w3.org/2004/02/skos/core#altLabel>)) }")
            for row in self.ox.query(q):
                index[row["n"].value.lower()].add(row["e"].value)
            self._label_index = index
        return sorted(self._label_index.get(key, ()))

    def name_index_ready(self) -> bool:
        """Whether the name index holds names (not only the pending marks of a build that was killed first)."""
        if getattr(self, "_has_name_index", None) is None:
            self._has_name_index = bool(self.ox.query(f"ASK {{ GRAPH <{NAME_INDEX_GRAPH}> {{ ?e <{NAME_KEY}> ?k }} }}"))
        return self._has_name_index

    def _forget_names(self) -> None:
        self._label_index = None
        self._has_name_index = None

    def lookup_names(self, names: list[str]) -> list[tuple[str, str, str]]:
        """(kind, name, entity IRI) for every entity of the store written with one of ``names`` (any case).

        One index read a name in the name index graph (the kind is in the entity's IRI); a store written before
        that graph existed is asked every document graph that names the entity, which grows with the store
        (14 ms a document at 100,000 documents, against a fraction of a millisecond from the index).
        """
        if self.name_index_ready():
            by_key: dict[str, list[str]] = defaultdict(list)
            for name in dict.fromkeys(names):
                by_key[name.lower()].append(name)
            keys = sorted(by_key)
            found = []
            for n in range(0, len(keys), 200):
                values = " ".join(_lit(k) for k in keys[n:n + 200])
                q = f"SELECT ?k ?e WHERE {{ VALUES ?k {{ {values} }} GRAPH <{NAME_INDEX_GRAPH}> {{ ?e <{NAME_KEY}> ?k }} }}"
                for row in self.ox.query(q):
                    kind = INDEX_KINDS.get(row["e"].value[len(ID_BASE):].split("/", 1)[0])
                    if kind:
                        found.extend((kind, name, row["e"].value) for name in by_key[row["k"].value])
            return sorted(found, key=lambda r: (r[1], r[2]))
        kinds = {str(PG.Company): "Company", str(PG.Product): "Product", str(PG.Person): "Person", str(PG.Place): "Place"}
        out = []
        for n in range(0, len(names), 200):
            values = " ".join(_lit(x) for x in names[n:n + 200])
            q = (f"SELECT DISTINCT ?n ?e ?t WHERE {{ VALUES ?n {{ {values} }} GRAPH ?g {{ ?e <{PG.mentionedAs}> ?n ; a ?t }} }} "
                 "ORDER BY ?n ?e")
            for row in self.ox.query(q):
                kind = kinds.get(row["t"].value)
                if kind:
                    out.append((kind, row["n"].value, row["e"].value))
        return out

    def refresh_entities(self, entities: set[str] | None = None) -> None:
        """Recompute preferred labels: one skos:prefLabel per entity, every other name an altLabel.

        With ``entities`` only those are recomputed (what a build touched), else all of them.
        """
        self._require_writable()
        if entities is None or not self.name_index_ready():
            # (a store written before the name index existed gets the whole index at its first refresh)
            self._refresh_labels(None)
            return
        todo = sorted(entities)
        for n in range(0, len(todo), 500):
            self._refresh_labels(todo[n:n + 500])

    def refresh_pending(self) -> int:
        """Recompute the labels of the entities an interrupted build wrote about (see ``write_documents``)."""
        rows = self.ox.query(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{NAME_INDEX_GRAPH}> {{ ?e <{PENDING}> ?x }} }}")
        todo = {row["e"].value for row in rows}
        if todo:
            self.refresh_entities(todo)
        return len(todo)

    def _refresh_labels(self, chunk: list[str] | None) -> None:
        values = "VALUES ?e { " + " ".join(f"<{e}>" for e in chunk) + " } " if chunk is not None else ""
        votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        q = (f"SELECT ?e ?l (COUNT(DISTINCT ?g) AS ?n) WHERE {{ {values}GRAPH ?g {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }} "
             f"FILTER(?g != <{ENTITIES_GRAPH}> && ?g != <{VOCAB_GRAPH}>) }} GROUP BY ?e ?l")
        for row in self.ox.query(q):
            votes[row["e"].value][row["l"].value] += int(row["n"].value)
        alts: dict[str, set[str]] = defaultdict(set)
        for row in self.ox.query(f"SELECT DISTINCT ?e ?n WHERE {{ {values}GRAPH ?g {{ ?e <{PG.mentionedAs}> ?n }} }}"):
            alts[row["e"].value].add(row["n"].value)
        for entity, names in alts.items():
            if entity not in votes and names:
                votes[entity][min(names, key=lambda n: (len(n), n))] = 1
        lines, keys = [], []
        org_path = str(ID[ENTITY_PATHS["Company"] + "/"])
        # a company's label is the name most of its documents use at all (the full name a release gives first is in
        # more of them than the short name each then uses: "FUJIFILM Diosynth Biotechnologies", not "FDB"), its name
        # in the company table first
        from pharmagraph.extract.names import strip_legal

        named: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        q = (f"SELECT ?e ?n (COUNT(DISTINCT ?g) AS ?c) WHERE {{ {values}GRAPH ?g {{ ?e <{PG.mentionedAs}> ?n }} "
             f"FILTER(STRSTARTS(STR(?e), \"{org_path}\")) }} GROUP BY ?e ?n")
        for row in self.ox.query(q):
            # (a table's name whose legal form is part of it stays whole: "Merck KGaA")
            name = row["n"].value if row["n"].value in _table_names() else strip_legal(row["n"].value)
            if not _place_name(name):  # (a country a release wrote beside the name is never the company's label)
                # (the most documents of any spelling: "X Joint Stock Company" and "X" in one release are one document)
                named[row["e"].value][name] = max(named[row["e"].value][name], int(row["c"].value))
        for entity, labels in sorted(votes.items()):
            is_org = entity.startswith(org_path)
            docs = named.get(entity, {})
            pref = max({**docs, **labels},
                       key=lambda lab: (is_org and _curated_name(lab, entity), docs.get(lab, 0), labels.get(lab, 0), -len(lab), lab))
            lines.append(f"<{entity}> <http://www.w3.org/2004/02/skos/core#prefLabel> {_lit(pref)} .")
            others = sorted(alts.get(entity, set()) - {pref})
            for alt in others:
                lines.append(f"<{entity}> <http://www.w3.org/2004/02/skos/core#altLabel> {_lit(alt)} .")
            for key in sorted({n.lower() for n in (pref, *others)}):
                keys.append(f"<{entity}> <{NAME_KEY}> {_lit(key)} .")
        body, key_body = "\n".join(lines), "\n".join(keys)
        if chunk is None:
            clear = f"DROP SILENT GRAPH <{ENTITIES_GRAPH}> ; DROP SILENT GRAPH <{NAME_INDEX_GRAPH}>"
        else:
            clear = " ; ".join(f"DELETE {{ GRAPH <{g}> {{ ?e ?p ?o }} }} WHERE {{ {values}GRAPH <{g}> {{ ?e ?p ?o }} }}"
                               for g in (ENTITIES_GRAPH, NAME_INDEX_GRAPH))
        self.ox.update(f"{clear} ; INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{\n{body}\n}} }} ; "
                       f"INSERT DATA {{ GRAPH <{NAME_INDEX_GRAPH}> {{\n{key_body}\n}} }}")
        self._forget_names()

    def _require_writable(self) -> None:
        if not self.writable:
            raise StoreError(f"{self.path}: store opened read-only")

    # -- reading --------------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict | None = None, union: bool = True):
        """Run SPARQL over the union of all graphs; ``bindings`` are bound by the engine, not pasted."""
        if bindings:
            sparql = bind_values(sparql, bindings)
        try:
            return self.ox.query(sparql, use_default_graph_as_union=union, prefixes=PREFIXES)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err}") from None

    def rdflib_dataset(self):
        """The store as an rdflib Dataset, live (oxrdflib over the same Oxigraph store, no copy).

        Named graphs are the documents; SPARQL through rdflib runs on Oxigraph.
        """
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        return Dataset(store=OxigraphStore(store=self.ox))

    def dataset(self):
        """All graphs as an rdflib Dataset (a copy, for validation and export)."""
        from rdflib import Dataset

        data = self.ox.dump(format=ox.RdfFormat.N_QUADS)
        ds = Dataset()
        ds.parse(data=data.decode("utf-8") if isinstance(data, bytes) else data, format="nquads")
        ds.remove_graph(URIRef(NAME_INDEX_GRAPH))  # an index, not data
        return ds

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        if graph:
            return self.ox.dump(format=fmt, from_graph=ox.NamedNode(graph))
        if not self.ox.contains_named_graph(ox.NamedNode(NAME_INDEX_GRAPH)):
            return self.ox.dump(format=fmt)
        index = ox.NamedNode(NAME_INDEX_GRAPH)  # an index, not data
        quads = self.ox if isinstance(self.ox, ox.Store) else ox.parse(self.ox.dump(format=ox.RdfFormat.N_QUADS),
                                                                        format=ox.RdfFormat.N_QUADS)
        return ox.serialize((q for q in quads if q.graph_name != index), format=fmt)

    def __len__(self) -> int:
        """Quads of data: every graph but the name index (an index, not data; not exported either)."""
        if not self.ox.contains_named_graph(ox.NamedNode(NAME_INDEX_GRAPH)):
            return len(self.ox)
        rows = list(self.ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{NAME_INDEX_GRAPH}> {{ ?s ?p ?o }} }}"))
        return len(self.ox) - int(rows[0]["n"].value)


def bind_values(sparql: str, bindings: dict) -> str:
    """Bind variables with a VALUES block at the head of the WHERE clause.

    The values are RDF terms serialised by pyoxigraph (quotes and backslashes escaped), so a
    name such as ``x" } ; DROP ALL ; #`` stays one literal.
    """
    import re

    block = " ".join(f"VALUES ?{name} {{ {' '.join(str(_term(v)) for v in (value if isinstance(value, (list, tuple)) else [value]))} }}"
                     for name, value in bindings.items())
    m = re.search(r"\bWHERE\s*\{", sparql, re.I)
    if not m:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return sparql[: m.end()] + " " + block + " " + sparql[m.end():]


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _term(value):
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return ox.NamedNode(value)
    return ox.Literal(str(value))
