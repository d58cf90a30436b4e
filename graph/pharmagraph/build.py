"""Facts -> RDF: one graph per source document, every fact an n-ary node with PROV-O provenance.

The document graph holds the document's description, the entities it names (type, names as
written, what it says of them) and its facts. Preferred labels live in the derived entities
graph (see :mod:`pharmagraph.store`), so that one entity has one label whatever its sources.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from pharmagraph.extract.names import clean_name, slug, strip_legal
from pharmagraph.model import Extraction, Fact
from pharmagraph.namespace import DOC, ID, PG
from pharmagraph.resolve import Resolver, concept

KIND_CLASS = {"Company": PG.Company, "Regulator": PG.Regulator, "Government": PG.Government, "Product": PG.Product, "Person": PG.Person,
              "Place": PG.Place, "Site": PG.Site}
FACT_CLASS = {"certification": PG.Certification, "approval": PG.RegulatoryDecision, "licensing": PG.LicensingDeal,
              "service": PG.ServiceAgreement, "acquisition": PG.Acquisition, "collaboration": PG.Collaboration,
              "role": PG.Role, "development": PG.Development, "facility": PG.SiteOperation}
ROLE_PROP = {"holder": PG.holder, "issuer": PG.issuer, "product": PG.product, "regulator": PG.regulator,
             "sponsor": PG.sponsor, "licensor": PG.licensor, "licensee": PG.licensee, "provider": PG.provider,
             "client": PG.client, "acquirer": PG.acquirer, "target": PG.acquired, "party": PG.party,
             "person": PG.person, "organization": PG.organization, "developer": PG.developer, "operator": PG.operator}
SCHEMES = {"standard": ("standards", PG.standard), "kind:approval": ("decision-kinds", PG.decisionKind),
           "service": ("service-types", PG.serviceType), "kind:collaboration": ("collaboration-kinds", PG.collaborationKind)}


def document_iri(doc_id: str) -> URIRef:
    return DOC[slug(doc_id)]


def _date(value: str) -> Literal:
    if len(value) == 10:
        return Literal(value, datatype=XSD.date)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value[:4], datatype=XSD.gYear)


def _decimal(value: float) -> Literal:
    """An xsd:decimal in canonical form ("50000.0", "0.85"), the same in every serialisation."""
    text = format(Decimal(str(round(float(value), 4))).normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal, normalize=False)


def preferred_name(kind: str, names: Counter) -> str:
    """The name a document uses most for an entity (legal forms dropped), longer on ties."""
    tally: Counter = Counter()
    for name, count in names.items():
        base = strip_legal(name) if kind == "Company" else clean_name(name)
        if base:
            tally[base] += count
    if not tally:
        return ""
    return max(tally, key=lambda n: (tally[n], len(n), n))


def _nt(term) -> str:
    """A term in N-Triples syntax (also valid inside SPARQL INSERT DATA)."""
    if isinstance(term, Literal):
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    return f"<{term}>"


class Triples:
    """The triples of one document graph, in insertion order, without rdflib's indexing cost."""

    def __init__(self) -> None:
        self.items: dict[tuple, None] = {}
        self.typed: set = set()

    def add(self, triple: tuple) -> None:
        self.items[triple] = None
        if triple[1] == RDF.type:
            self.typed.add(triple[0])

    def __contains__(self, pattern: tuple) -> bool:
        s, p, o = pattern
        if p == RDF.type and o is None:
            return s in self.typed
        return pattern in self.items

    def __len__(self) -> int:
        return len(self.items)

    def ntriples(self) -> str:
        return "\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in self.items) + "\n"

    def graph(self) -> Graph:
        g = Graph()
        for t in self.items:
            g.add(t)
        return g


def _unaccented(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def site_iri(operator, place) -> URIRef:
    """A site is named after its operator and its place: one IRI however many documents mention it."""
    return ID[f"site/{slug(str(operator).rsplit('/', 1)[-1])}-{slug(str(place).rsplit('/', 1)[-1])}"]


class DocumentGraph:
    """Builds the RDF of one document's extraction."""

    def __init__(self, extraction: Extraction, resolver: Resolver):
        self.ex = extraction
        self.doc = extraction.document
        self.resolver = resolver
        self.g = Triples()
        self.iris: dict[str, URIRef] = {}  # in the order they were resolved
        self.names: list[str] = []
        self.sites: dict[URIRef, tuple[URIRef, URIRef]] = {}  # site -> (operator, place) it is named after
        self.doc_iri = document_iri(self.doc.id)

    def build(self) -> Triples:
        g, doc = self.g, self.doc
        g.add((self.doc_iri, RDF.type, PG.Document))
        g.add((self.doc_iri, DCTERMS.identifier, Literal(doc.source)))
        if doc.title:
            g.add((self.doc_iri, DCTERMS.title, Literal(doc.title)))
        if doc.date:
            g.add((self.doc_iri, DCTERMS.date, _date(doc.date)))
        if doc.content_hash:
            g.add((self.doc_iri, PG.contentHash, Literal(doc.content_hash)))
        g.add((self.doc_iri, DCTERMS["format"], Literal({"html": "text/html", "markdown": "text/markdown"}.get(doc.format, "text/plain"))))
        used = self._used_refs()
        names = self.names = []
        for ref in used:
            _kind, key = ref.split("|", 1)
            names.append(key)
            names.extend(self.ex.entities.get(ref, {}).get("names", ()))
        self.resolver.prefetch(names)
        for ref in sorted(used):
            self._entity(ref)
        for fact in self.ex.facts:
            self._fact(fact)
        return g

    def _used_refs(self) -> set[str]:
        refs: set[str] = set()
        for fact in self.ex.facts:
            for _k, v in fact.roles:
                refs.update(v if isinstance(v, tuple) else (v,))
        for ref, entry in self.ex.entities.items():
            if ref.split("|")[0] in ("Company", "Regulator") or entry["attrs"].get("developer"):
                refs.add(ref)
        return refs

    def iri(self, ref: str) -> URIRef:
        if ref not in self.iris:
            entry = self.ex.entities.get(ref, {"names": Counter()})
            self.iris[ref] = self.resolver.resolve(ref, list(entry["names"]))
        return self.iris[ref]

    def _entity(self, ref: str) -> None:
        g = self.g
        kind, key = ref.split("|", 1)
        node = self.iri(ref)
        entry = self.ex.entities.get(ref, {"names": Counter({key: 1}), "attrs": {}})
        g.add((node, RDF.type, KIND_CLASS[kind]))
        names = entry["names"] or Counter({key: 1})
        label = preferred_name(kind, names) or key
        if kind == "Regulator":
            from pharmagraph.extract.lexicon import lexicon

            row = lexicon().regulator_by_id(key)
            if row:
                # the acronym as the text writes it when that is only its accents away ("SUKL" for SÚKL)
                label = next((n for n in sorted(names) if n != row["acronym"] and _unaccented(n) == _unaccented(row["acronym"])),
                             row["acronym"])
                if label not in names:
                    # "DCGI" for CDSCO, when the text only ever writes that acronym of the regulator
                    label = next((n for n in sorted(names) if n.isupper() and n in row["aliases"].split("|")), label)
                if label not in names and ref in self.ex.entities:
                    # (a regulator the text names only in words, "the Food and Drug Administration of the Philippines": as
                    # written there, not the acronym the reference list knows it by)
                    label = preferred_name(kind, names) or label
        g.add((node, RDFS.label, Literal(label)))
        for name in sorted({clean_name(n) for n in names} | {label}):
            if name:
                g.add((node, PG.mentionedAs, Literal(name)))
        attrs = entry.get("attrs", {})
        if kind == "Regulator":
            from pharmagraph.extract.lexicon import lexicon

            row = lexicon().regulator_by_id(key)
            if row:
                if row["country_code"]:
                    g.add((node, PG.countryCode, Literal(row["country_code"])))
                for n in row["_names"].split("|"):
                    g.add((node, PG.mentionedAs, Literal(n)))
                if row.get("wikidata"):
                    g.add((node, URIRef("https://schema.org/sameAs"), URIRef(f"http://www.wikidata.org/entity/{row['wikidata']}")))
        if kind == "Company":
            if attrs.get("kind"):
                g.add((node, PG.companyKind, Literal(attrs["kind"])))
            if attrs.get("founded"):
                g.add((node, PG.foundingYear, Literal(int(attrs["founded"]))))
            if attrs.get("headquarters"):
                place = self.iri(f"Place|{attrs['headquarters']}")
                self._place(place, attrs["headquarters"])
                g.add((node, PG.headquarters, place))
        if kind == "Product":
            for attr, scheme, prop in (("modality", "modalities", PG.modality), ("phase", "phases", PG.phase)):
                if attrs.get(attr):
                    g.add((node, prop, self._concept(scheme, attrs[attr])))
            for t in attrs.get("targets", []):
                g.add((node, PG.target, Literal(t)))
            for t in attrs.get("indications", []):
                g.add((node, PG.indication, Literal(t)))
            if attrs.get("isotope"):
                g.add((node, PG.isotope, Literal(attrs["isotope"])))
            if attrs.get("inn"):
                g.add((node, PG.mentionedAs, Literal(attrs["inn"])))
            if attrs.get("reference_product"):
                ref_node = self.iri(f"Product|{attrs['reference_product']}")
                g.add((ref_node, RDF.type, PG.Product))
                g.add((ref_node, RDFS.label, Literal(attrs["reference_product"])))
                g.add((ref_node, PG.mentionedAs, Literal(attrs["reference_product"])))
                g.add((node, PG.referenceProduct, ref_node))
        if kind == "Place":
            self._place(node, label)

    def _place(self, node: URIRef, label: str) -> None:
        from pharmagraph.extract.lexicon import lexicon

        self.g.add((node, RDF.type, PG.Place))
        self.g.add((node, RDFS.label, Literal(label)))
        self.g.add((node, PG.mentionedAs, Literal(label)))
        country = lexicon().country(label)
        if country and len(country["code"]) == 2:
            self.g.add((node, PG.countryCode, Literal(country["code"])))

    def _concept(self, scheme: str, label: str) -> URIRef:
        iri, pref, known = concept(scheme, label)
        if not known:
            self.g.add((iri, RDF.type, SKOS.Concept))
            self.g.add((iri, SKOS.prefLabel, Literal(pref, lang="en")))
            self.g.add((iri, SKOS.inScheme, URIRef(f"https://w3id.org/pharmagraph/vocab/{scheme}")))
        return iri

    def _site(self, operator: URIRef, place_ref: str) -> URIRef:
        place = self.iri(place_ref)
        site = site_iri(operator, place)
        self.sites[site] = (operator, place)
        self.g.add((site, RDF.type, PG.Site))
        self.g.add((site, PG.operator, operator))
        self.g.add((site, PG.location, place))
        place_name = self.ex.entities.get(place_ref, {}).get("names")
        label = preferred_name("Place", place_name) if place_name else place_ref.split("|", 1)[1]
        self.g.add((site, PG.mentionedAs, Literal(f"{label} site")))
        return site

    def _fact(self, fact: Fact) -> None:
        g = self.g
        key = "|".join(f"{k}={v}" for k, v in (*fact.roles, *((k, v) for k, v in fact.values if k in ("kind", "title", "standard"))))
        digest = hashlib.sha1(f"{fact.kind}|{key}".encode()).hexdigest()[:12]
        node = ID[f"fact/{slug(self.doc.id)}/{fact.kind}-{digest}"]
        if (node, RDF.type, None) in g:
            return
        g.add((node, RDF.type, FACT_CLASS[fact.kind]))
        g.add((node, PROV.wasDerivedFrom, self.doc_iri))
        g.add((node, PG.confidence, _decimal(fact.confidence)))
        g.add((node, PG.extractor, Literal(fact.extractor)))
        if fact.evidence:
            g.add((node, PG.evidence, Literal(fact.evidence.sentence)))
            g.add((node, PG.evidenceStart, Literal(fact.evidence.start)))
            g.add((node, PG.evidenceEnd, Literal(fact.evidence.end)))
        for role, value in fact.roles:
            if fact.kind == "facility" and role == "location":
                continue
            if fact.kind == "certification" and role == "site":
                continue
            if fact.kind == "acquisition" and role == "target" and str(value).startswith("Place|"):
                # a site bought from its owner: the acquirer's site at that place
                g.add((node, PG.acquired, self._site(self.iri(fact.role("acquirer")), value)))
                continue
            prop = ROLE_PROP[role]
            for ref in value if isinstance(value, tuple) else (value,):
                g.add((node, prop, self.iri(ref)))
        values = dict(fact.values)
        if fact.kind == "facility":
            site = self._site(self.iri(fact.role("operator")), fact.role("location"))
            g.add((node, PG.site, site))
            if values.get("name"):
                g.add((site, RDFS.label, Literal(values["name"])))
            if values.get("area_m2"):
                g.add((site, PG.areaM2, _decimal(values["area_m2"])))
            if values.get("capacity_l"):
                g.add((site, PG.capacityLitres, _decimal(values["capacity_l"])))
        if fact.kind == "certification" and fact.role("site"):
            g.add((node, PG.site, self._site(self.iri(fact.role("holder")), fact.role("site"))))
        if values.get("date"):
            g.add((node, PG.date, _date(values["date"])))
        for attr in ("standard", "service"):
            if values.get(attr):
                scheme, prop = SCHEMES[attr]
                g.add((node, prop, self._concept(scheme, values[attr])))
        if values.get("kind") and f"kind:{fact.kind}" in SCHEMES:
            scheme, prop = SCHEMES[f"kind:{fact.kind}"]
            g.add((node, prop, self._concept(scheme, values["kind"])))
        if values.get("territory"):
            g.add((node, PG.territory, Literal(values["territory"])))
        if values.get("value"):
            g.add((node, PG.dealValue, Literal(values["value"])))
            g.add((node, PG.amount, _decimal(values["amount"])))
            g.add((node, PG.currency, Literal(values["currency"])))
        for activity in values.get("activities", ()):
            g.add((node, PG.activity, Literal(activity)))
        if values.get("status"):
            g.add((node, PG.status, Literal(values["status"])))
        if values.get("subject"):
            g.add((node, PG.subject, Literal(values["subject"])))
        if values.get("title"):
            g.add((node, PG.roleTitle, Literal(values["title"])))


class Prebuilt:
    """A document's triples built apart from the store (in a worker process), with what resolved them.

    Entities take the IRIs their own names give; the writer, which knows the names already stored,
    resolves the same references in the same order and puts the IRIs it finds in place of those that
    differ (and of the sites named after them): the triples it would have built itself.
    """

    # (what the writer needs and no more: sending the whole extraction back made the writer unpickle its
    # Counters, a third of its time at 100k documents)
    __slots__ = ("body", "doc_id", "fact_kinds", "iris", "labelled", "names", "sites", "triples")

    def __init__(self, extraction: Extraction) -> None:
        graph = DocumentGraph(extraction, Resolver())
        triples = graph.build()
        self.doc_id = extraction.document.id
        self.fact_kinds = [f.kind for f in extraction.facts]
        self.names = graph.names
        self.iris = {ref: (list(extraction.entities.get(ref, {"names": ()})["names"]), str(iri))
                     for ref, iri in graph.iris.items()}
        self.sites = {str(site): (str(op), str(place)) for site, (op, place) in graph.sites.items()}
        self.body = triples.ntriples()
        self.triples = len(triples)
        self.labelled = sorted({str(t[0]) for t in triples.items if t[1] in (RDFS.label, PG.mentionedAs)})

    def resolve(self, resolver: Resolver) -> tuple[str, int, list[str]]:
        """(N-Triples, number of triples, entities given a name) as ``resolver`` would build them."""
        resolver.prefetch(self.names)
        moved = {}
        for ref, (names, iri) in self.iris.items():
            found = str(resolver.resolve(ref, names))
            if found != iri:
                moved[iri] = found
        if not moved:
            return self.body, self.triples, self.labelled
        for site, (operator, place) in self.sites.items():
            if operator in moved or place in moved:
                moved[site] = str(site_iri(moved.get(operator, operator), moved.get(place, place)))
        terms = {f"<{a}>": f"<{b}>" for a, b in moved.items()}
        lines = []
        for line in self.body.splitlines():
            s, p, o = line[:-2].split(" ", 2)
            lines.append(f"{terms.get(s, s)} {p} {terms.get(o, o)} .")
        lines = list(dict.fromkeys(lines))  # (two names of one entity now: the same triple twice)
        return "\n".join(lines) + "\n", len(lines), sorted({moved.get(e, e) for e in self.labelled})


def build_document_triples(extraction: Extraction, resolver: Resolver) -> Triples:
    """The triples of one document's facts (fast path used by the build)."""
    return DocumentGraph(extraction, resolver).build()


def build_document_graph(extraction: Extraction, resolver: Resolver) -> Graph:
    """The RDF graph of one document's facts, as an rdflib Graph."""
    return build_document_triples(extraction, resolver).graph()
