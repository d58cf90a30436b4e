"""Bringing curated facts back: an RDF file or a CSV of facts, SHACL-validated, into its own named graph.

A file that does not conform is refused with the shape violations listed, and nothing is loaded.

CSV columns: ``type`` (certification, approval, licensing, service, acquisition, collaboration,
role, facility, product), then the columns of that type's competency question (``holder``,
``issuer``, ``standard``, ``site``, ``date`` ...; ``parties`` and ``activities`` separated by ``;``),
and optionally ``evidence`` and ``source``.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from rdflib import Dataset, Graph

from pharmagraph.build import build_document_graph
from pharmagraph.errors import InputError, ValidationError
from pharmagraph.extract.lexicon import lexicon
from pharmagraph.extract.names import slug
from pharmagraph.model import Document, Evidence, Extraction, Fact
from pharmagraph.resolve import Resolver

IMPORT_GRAPH = "https://w3id.org/pharmagraph/graph/import/"
RDF_SUFFIXES = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
                ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}
#: CSV fact type -> (fact kind, {column: role}, value columns)
CSV_TYPES = {
    "certification": ("certification", {"holder": "Company", "issuer": "Regulator", "site": "Place"}, ("standard", "date")),
    "approval": ("approval", {"product": "Product", "regulator": "Regulator", "sponsor": "Company"}, ("kind", "date")),
    "licensing": ("licensing", {"licensor": "Company", "licensee": "Company", "product": "Product"}, ("territory", "value")),
    "service": ("service", {"provider": "Company", "client": "Company", "product": "Product"}, ("service", "activities")),
    "acquisition": ("acquisition", {"acquirer": "Company", "target": "Company"}, ("value", "date")),
    "collaboration": ("collaboration", {"parties": "Company"}, ("subject", "kind")),
    "role": ("role", {"person": "Person", "organization": "Company"}, ("role",)),
    "facility": ("facility", {"operator": "Company", "location": "Place"}, ("name", "area_m2", "capacity_l")),
    "product": ("development", {"product": "Product", "developer": "Company"}, ()),
}
ROLE_NAMES = {"parties": "party", "target": "target"}


def _regulator_ref(name: str, where: str) -> str:
    row = lexicon().regulator_by_name(name.strip())
    if row is None:
        raise InputError(f"{where}: {name!r} is not a known regulator (see data/reference/regulators.csv)")
    return f"Regulator|{row['id']}"


def facts_from_csv(path: Path, text: str) -> Extraction:
    """The facts of a CSV file as an extraction of a document named after the file."""
    doc = Document(id=f"import-{path.stem}", source=path.name, text="", path=str(path), format="csv")
    ex = Extraction(doc)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "type" not in reader.fieldnames:
        raise InputError(f"{path}: CSV needs a 'type' column and the columns of that fact type")
    for n, row in enumerate(reader, start=2):
        where = f"{path}:{n}"
        kind_name = (row.get("type") or "").strip().lower()
        if kind_name not in CSV_TYPES:
            raise InputError(f"{where}: unknown fact type {kind_name!r}; one of {', '.join(CSV_TYPES)}")
        kind, role_cols, value_cols = CSV_TYPES[kind_name]
        roles: dict[str, object] = {}
        for col, entity_kind in role_cols.items():
            raw = (row.get(col) or "").strip()
            if not raw:
                continue
            names = [x.strip() for x in raw.split(";") if x.strip()] if col == "parties" else [raw]
            refs = []
            for name in names:
                ref = _regulator_ref(name, where) if entity_kind == "Regulator" else f"{entity_kind}|{name}"
                entry = ex.entities.setdefault(ref, {"names": Counter(), "attrs": {}})
                entry["names"][name] += 1
                refs.append(ref)
            roles[ROLE_NAMES.get(col, col)] = tuple(refs) if col == "parties" else refs[0]
        values: dict[str, object] = {}
        for col in value_cols:
            raw = (row.get(col) or "").strip()
            if not raw:
                continue
            if col == "role":
                values["title"] = raw
            elif col == "activities":
                values[col] = tuple(x.strip() for x in raw.split(";") if x.strip())
            elif col in ("area_m2", "capacity_l"):
                try:
                    values[col] = float(raw)
                except ValueError:
                    raise InputError(f"{where}: {col} must be a number, not {raw!r}") from None
            elif col == "value":
                from pharmagraph.extract.cues import parse_money

                money = parse_money(raw)
                if money:
                    values.update(value=money[0], amount=money[1], currency=money[2])
            else:
                values[col] = raw
        evidence = (row.get("evidence") or "").strip() or f"Imported from {path.name}, row {n}."
        ex.facts.append(Fact(kind, tuple(roles.items()), tuple(values.items()), Evidence(evidence, 0, len(evidence)),
                             1.0, "import"))
    if not ex.facts:
        raise InputError(f"{path}: no fact rows")
    return ex


def read_import(path: Path, store) -> Graph:
    """The triples a file adds (RDF as it is, CSV through the same RDF builder as extraction)."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return build_document_graph(facts_from_csv(path, text), Resolver(lookup=store.lookup_names))
    fmt = RDF_SUFFIXES.get(suffix)
    if fmt is None:
        raise InputError(f"{path}: unsupported file type {suffix!r}; expected .ttl, .trig, .nq, .nt, .jsonld or .csv")
    graph = Graph()
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(data=text, format=fmt)
            for s, p, o, _c in ds.quads():
                graph.add((s, p, o))
        else:
            graph.parse(data=text, format=fmt)
    except Exception as err:  # rdflib raises many kinds
        raise InputError(f"{path}: not valid RDF ({type(err).__name__}: {str(err).splitlines()[0][:150]})") from None
    if len(graph) == 0:
        raise InputError(f"{path}: no triples")
    return graph


def validate_with_store(graph: Graph, store) -> tuple[bool, str]:
    """SHACL-validate the store's data together with ``graph``."""
    import pyshacl
    from rdflib import RDFS
    from rdflib.namespace import SKOS

    from pharmagraph.export import canonical
    from pharmagraph.ontology import ontology_path

    data = Graph()
    for s, p, o, _c in store.dataset().quads():
        data.add((s, p, canonical(o)))
    for s, p, o in graph:
        data.add((s, p, canonical(o)))
    # entities new to the store get their preferred label when the import is written: count it now
    for s, label in graph.subject_objects(RDFS.label):
        if (s, SKOS.prefLabel, None) not in data:
            data.add((s, SKOS.prefLabel, label))
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ont = Graph().parse(ontology_path("pharmagraph.ttl"), format="turtle")
    conforms, _g, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ont, inference="none",
                                            advanced=True, allow_warnings=True)
    return bool(conforms), report


def import_file(path: str | Path, store) -> int:
    """Validate ``path`` and load it as the named graph ``…/graph/import/NAME``; returns the triples loaded.

    Raises:
        InputError: the file cannot be read or parsed.
        ValidationError: the data does not conform to the shapes (nothing is loaded).
    """
    path = Path(path)
    graph = read_import(path, store)
    conforms, report = validate_with_store(graph, store)
    if not conforms:
        raise ValidationError(f"{path}: does not conform to the pharmagraph shapes; nothing was imported\n{report}")
    store.write_document(IMPORT_GRAPH + slug(path.name), graph)
    store.refresh_entities()
    return len(graph)
