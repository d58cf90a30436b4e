"""Synthetic pharmagraph graphs of realistic shape, written as N-Quads, for the query benchmark.

Usage:  python tests/bench/synthetic_graph.py --triples 100000 -o /tmp/pg-100k.nq [--seed 7]

The RDF model is the one ``pharmagraph.build`` and ``pharmagraph.store`` write: one named graph
per press release (``pg:Document`` with identifier, title, date, format, content hash), the
entities it names (class, ``rdfs:label``, ``pg:mentionedAs``, what the release says of them:
company kind, headquarters, founding year, product modality/phase/targets/indications/isotope/
reference product, regulator country and Wikidata link, places with country codes, sites with
operator and location), and its facts: one node per fact of every class (certification,
regulatory decision, licensing, service, acquisition, collaboration, role, development, site
operation) with its roles, evidence sentence and offsets, confidence, extractor, dates, values.
Then the derived entities graph (one ``skos:prefLabel`` per entity, every other name a
``skos:altLabel``, computed as ``Store.refresh_entities`` does), its name index (the lower-case
keys ``Store.entities_named`` looks up) and the SKOS vocabularies graph.

Degrees follow a power law: entities of each kind are drawn from Zipf-like weights, so a few hub
companies (the reference table's big names first) and regulators (FDA, EMA, ...) appear in a
large share of the releases and most companies in one or two. The output is streamed line by
line (no rdflib graph) and is the same for the same ``--triples`` and ``--seed``. A JSON file
next to it (``<output>.meta.json``) names a hub company, a small company, a hub regulator and a
product, for realistic query parameters.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import hashlib
import itertools
import json
import math
import random
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "data" / "reference"
VOCABULARIES = ROOT / "ontology" / "vocabularies.ttl"

PG = "https://w3id.org/pharmagraph/ontology#"
ID = "https://w3id.org/pharmagraph/id/"
DOC = "https://w3id.org/pharmagraph/doc/"
VOCAB = "https://w3id.org/pharmagraph/vocab/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
SAME_AS = "https://schema.org/sameAs"
ENTITIES_GRAPH = "https://w3id.org/pharmagraph/graph/entities"
NAME_INDEX_GRAPH = "https://w3id.org/pharmagraph/graph/name-index"
NAME_KEY = "https://w3id.org/pharmagraph/index#nameKey"
VOCAB_GRAPH = "https://w3id.org/pharmagraph/graph/vocabularies"

#: mean facts of each kind per press release (the bundled corpus plus the dev set: 200 facts, 26 releases)
FACT_MIX = {"role": 2.6, "development": 1.15, "approval": 0.8, "certification": 0.6, "collaboration": 0.6,
            "facility": 0.6, "licensing": 0.65, "service": 0.45, "acquisition": 0.15}
FACT_CLASS = {"certification": "Certification", "approval": "RegulatoryDecision", "licensing": "LicensingDeal",
              "service": "ServiceAgreement", "acquisition": "Acquisition", "collaboration": "Collaboration",
              "role": "Role", "development": "Development", "facility": "SiteOperation"}
KIND_CLASS = {"Company": "Company", "Regulator": "Regulator", "Product": "Product", "Person": "Person",
              "Place": "Place", "Site": "Site"}
KIND_PATH = {"Company": "org", "Regulator": "regulator", "Product": "product", "Person": "person", "Place": "place"}

SYL_A = ["Al", "Bel", "Cor", "Dar", "El", "Fen", "Gal", "Hel", "Ix", "Jun", "Kal", "Lum", "Mir", "Nov", "Or",
         "Pax", "Quin", "Rav", "Sol", "Tor", "Ul", "Ven", "Wel", "Xen", "Yar", "Zen", "Ast", "Bry", "Cel", "Dyn"]
SYL_B = ["ara", "exa", "ion", "ora", "ova", "ix", "eon", "ant", "ia", "ys", "yte", "ium", "ent", "is", "ova",
         "ex", "ar", "en", "ica", "ona", "ux", "yn", "ath", "ell", "ida", "ogen", "imab", "era", "oma", "ivo"]
SUFFIX = ["Biologics", "Therapeutics", "Pharma", "Biopharma", "Biotech", "Biosciences", "Pharmaceuticals",
          "Life Sciences", "Medicines", "Bio", "Health", "Laboratories"]
LEGAL = ["Inc.", "Co., Ltd.", "Limited", "AG", "S.A.", "GmbH", "Corporation", "plc"]
COMPANY_KINDS = ["pharmaceutical company", "biotechnology company", "CDMO", "CRDMO", "CRO",
                 "generic drug manufacturer", "biosimilars company", "vaccine manufacturer", "API manufacturer"]
FIRST = ["James", "Mary", "Wei", "Li", "Anna", "Raj", "Priya", "Carlos", "Sofia", "Kenji", "Yuki", "Ahmed",
         "Fatima", "Olga", "Ivan", "Lars", "Ingrid", "Pierre", "Claire", "Marco", "Giulia", "Hans", "Min-jun",
         "Ji-woo", "Thomas", "Sarah", "David", "Elena", "Nikhil", "Aisha", "Tomás", "Chen", "Hiroshi", "Laura"]
LAST = ["Smith", "Zhang", "Wang", "Patel", "Gupta", "Garcia", "Rossi", "Müller", "Schmidt", "Tanaka", "Sato",
        "Kim", "Park", "Ivanov", "Nielsen", "Dubois", "Martin", "Lopez", "Silva", "Khan", "Chen", "Liu",
        "Nakamura", "Johansson", "Kowalski", "Novak", "Costa", "Haddad", "Okafor", "Mensah", "Reyes", "Singh"]
TITLES = ["Chief Executive Officer", "Chief Scientific Officer", "Chief Medical Officer", "Chairman",
          "President", "Chief Financial Officer", "Head of Research", "General Manager", "Vice President"]
ACTIVITIES = ["process development", "fill-finish", "drug substance manufacturing", "analytical testing",
              "cell line development", "clinical supply", "commercial manufacturing", "tech transfer"]
ISOTOPES = ["Ac-225", "Lu-177", "Pb-212", "I-131", "Y-90"]
CITY_A = ["San", "Nova", "Port", "Bad", "New", "Ost", "Val", "Mont", "Riv", "Lake"]
CITY_B = ["ford", "burg", "ville", "haven", "dale", "polis", "stad", "field", "bridge", "mouth", "heim", "zhou"]
VERBS = {"certification": "received GMP certification from", "approval": "was approved by",
         "licensing": "licensed rights to", "service": "selected as manufacturing partner",
         "acquisition": "completed the acquisition of", "collaboration": "entered a strategic partnership with",
         "role": "appointed", "development": "is developing", "facility": "expanded its facility in"}


def slug(text: str) -> str:
    from pharmagraph.extract.names import slug as pg_slug

    return pg_slug(text)


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def typed(text: str, datatype: str) -> str:
    return f'{lit(text)}^^<{XSD}{datatype}>'


def decimal(value: float) -> str:
    """An xsd:decimal in the canonical form build.py writes ("50000.0", "0.85")."""
    text = format(Decimal(str(round(float(value), 4))).normalize(), "f")
    return typed(text if "." in text else text + ".0", "decimal")


class Zipf:
    """Draw indices 0..n-1 with weight 1/(i+1)^s (index 0 is the biggest hub)."""

    def __init__(self, n: int, s: float):
        self.n = n
        self.cum = list(itertools.accumulate(1.0 / (i + 1) ** s for i in range(n)))

    def draw(self, rng: random.Random) -> int:
        return min(bisect.bisect_left(self.cum, rng.random() * self.cum[-1]), self.n - 1)

    def distinct(self, rng: random.Random, k: int, exclude=()) -> list[int]:
        out: list[int] = []
        for _ in range(k * 10):
            i = self.draw(rng)
            if i not in out and i not in exclude:
                out.append(i)
                if len(out) == k:
                    break
        return out


def poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method (the means are small)."""
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _read_csv(name: str) -> list[dict]:
    with open(REFERENCE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def vocabulary() -> tuple[list[str], dict[str, list[str]]]:
    """The vocabularies graph as N-Quads lines, and the concept IRIs of each scheme."""
    import pyoxigraph as ox

    lines, schemes = [], {}
    for t in ox.parse(path=str(VOCABULARIES), format=ox.RdfFormat.TURTLE):
        lines.append(f"{t.subject} {t.predicate} {t.object} <{VOCAB_GRAPH}> .\n")
        if t.predicate.value == SKOS + "inScheme":
            schemes.setdefault(t.object.value.rsplit("/", 1)[-1], []).append(t.subject.value)
    for iris in schemes.values():
        iris.sort()
    return lines, schemes


class Generator:
    def __init__(self, triples: int, seed: int = 7):
        self.target = triples
        self.rng = random.Random(seed)
        self.seed = seed
        self.vocab_lines, self.schemes = vocabulary()
        docs = max(20, triples // 175)
        rng = random.Random(seed + 1)
        # -- companies: the reference table's names first (the hubs), then invented ones
        self.companies: list[dict] = []
        seen: set[str] = set()
        for row in _read_csv("companies.csv"):
            aliases = [a for a in row["aliases"].split("|") if a]
            self._add_company(row["name"], aliases, row["kind"], row["headquarters"], seen)
        n_companies = max(80, int(docs * 1.1))
        for a, b, c in itertools.product(SYL_A, SYL_B, SUFFIX):
            if len(self.companies) >= n_companies:
                break
            base = f"{a}{b}"
            self._add_company(f"{base} {c}", [f"{base} {c} {rng.choice(LEGAL)}"], rng.choice(COMPANY_KINDS), "", seen)
        i = 0
        while len(self.companies) < n_companies:  # only for very large graphs
            i += 1
            self._add_company(f"{rng.choice(SYL_A)}{rng.choice(SYL_B)} {rng.choice(SUFFIX)} {i}", [], "", "", seen)
        self.company_z = Zipf(len(self.companies), 1.0)
        # -- regulators: all 90 of the reference table, FDA/EMA/... as hubs
        self.regulators = []
        for row in _read_csv("regulators.csv"):
            names = [row["acronym"], row["name_en"], row["name_native"], *row["aliases"].split("|")]
            self.regulators.append({"iri": f"{ID}regulator/{row['id']}", "label": row["acronym"],
                                    "names": [n for n in dict.fromkeys(names) if n], "cc": row["country_code"],
                                    "wd": row["wikidata"]})
        self.regulator_z = Zipf(len(self.regulators), 1.2)
        # -- places: countries, reference headquarters, invented cities
        self.places = []
        for row in _read_csv("countries.csv"):
            self.places.append({"iri": f"{ID}place/{row['code'].lower()}", "label": row["name"], "cc": row["code"]})
        ccs = [p["cc"] for p in self.places]
        for a, b in itertools.product(CITY_A, CITY_B):
            self.places.append({"iri": f"{ID}place/{slug(a + b)}", "label": a + b, "cc": rng.choice(ccs)})
        n_places = max(len(self.places), 100 + docs // 4)
        i = 0
        while len(self.places) < n_places:
            i += 1
            name = f"{rng.choice(CITY_A)}{rng.choice(CITY_B)} {i}"
            self.places.append({"iri": f"{ID}place/{slug(name)}", "label": name, "cc": rng.choice(ccs)})
        self.place_z = Zipf(len(self.places), 0.9)
        self.place_by_label = {p["label"]: p for p in self.places}
        # -- products, people: big pools, flatter distributions
        targets = [r["name"] for r in _read_csv("targets.csv")]
        indications = [r["name"] for r in _read_csv("indications.csv")]
        self.products = []
        for i in range(max(40, int(docs * 1.3))):
            code = f"{rng.choice(SYL_A).upper()[:2]}{rng.choice('KLMPRSTX')}-{100 + i}"
            inn = f"{rng.choice(SYL_A).lower()}{rng.choice(SYL_B)}{rng.choice(['mab', 'tinib', 'cept', 'tide', 'stim'])}"
            self.products.append({
                "iri": f"{ID}product/{slug(code)}", "label": code, "inn": inn if rng.random() < 0.4 else "",
                "modality": rng.choice(self.schemes["modalities"]) if rng.random() < 0.6 else "",
                "phase": rng.choice(self.schemes["phases"]) if rng.random() < 0.4 else "",
                "targets": rng.sample(targets, rng.choice((0, 0, 1, 1, 2))),
                "indications": rng.sample(indications, rng.choice((0, 1, 1, 2, 3))),
                "isotope": rng.choice(ISOTOPES) if rng.random() < 0.05 else "",
                "reference": rng.randrange(i) if i and rng.random() < 0.08 else None})
        self.product_z = Zipf(len(self.products), 0.6)
        self.people = []
        for i in range(max(60, int(docs * 2.5))):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            key = f"{name} {i}" if i >= len(FIRST) * len(LAST) else name
            self.people.append({"iri": f"{ID}person/{slug(key)}-{i}", "label": name})
        self.person_z = Zipf(len(self.people), 0.4)
        # -- what the entities graph and the benchmark parameters need
        self.labels: dict[str, Counter] = {}
        self.names: dict[str, set[str]] = {}
        self.entity_triples = 0
        self.degree: Counter = Counter()       # facts naming each company
        self.partner_facts: Counter = Counter()  # facts naming a company beside another organisation
        self.triples = 0
        self.documents = 0
        self._described: set = set()

    def _add_company(self, name: str, aliases: list[str], kind: str, hq: str, seen: set[str]) -> None:
        iri = f"{ID}org/{slug(name)}"
        if iri in seen:
            return
        seen.add(iri)
        self.companies.append({"iri": iri, "label": name, "aliases": aliases, "kind": kind, "hq": hq,
                               "founded": 1850 + len(self.companies) * 7 % 170})

    # -- bookkeeping for the entities graph ------------------------------------------------
    def _names(self, iri: str, label: str | None, names) -> None:
        if label is not None and (iri, label) not in self._described:  # votes count releases, not mentions
            self._described.add((iri, label))
            self.labels.setdefault(iri, Counter())[label] += 1
        known = self.names.setdefault(iri, set())
        before = len(known)
        known.update(names)
        if label is not None:
            known.add(label)
        # a label and a name-index key per name
        if not before:
            self.entity_triples += 2 * len(known)
        else:
            self.entity_triples += 2 * (len(known) - before)

    # -- one press release -----------------------------------------------------------------
    def document(self, n: int) -> list[str]:
        rng = self.rng
        doc_id = f"syn-{n:07d}"
        doc = f"{DOC}{doc_id}"
        g = f"<{doc}>"
        out: dict[str, None] = {}  # an ordered set: a triple stated twice in one release is one quad
        self._described: set[str] = set()

        def add(s: str, p: str, o: str) -> None:
            out[f"{s} <{p}> {o} {g} .\n"] = None

        year = 2015 + rng.randrange(11)
        date = f"{year}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        lead = self.company_z.draw(rng)
        others = self.company_z.distinct(rng, 1 + poisson(rng, 1.5), exclude=(lead,))
        companies = [lead, *others]
        regulators = self.regulator_z.distinct(rng, 1 + poisson(rng, 0.6))
        products = self.product_z.distinct(rng, 1 + poisson(rng, 0.8))
        add(f"<{doc}>", RDF_TYPE, f"<{PG}Document>")
        add(f"<{doc}>", DCT + "identifier", lit(f"https://news.example.com/{year}/{doc_id}.html"))
        add(f"<{doc}>", DCT + "title", lit(f"{self.companies[lead]['label']} {VERBS[rng.choice(list(VERBS))]} "
                                           f"{self.products[products[0]]['label']}"))
        add(f"<{doc}>", DCT + "date", typed(date, "date"))
        add(f"<{doc}>", PG + "contentHash", lit(hashlib.sha256(f"{self.seed}|{doc_id}".encode()).hexdigest()))
        add(f"<{doc}>", DCT + "format", lit(rng.choice(("text/plain", "text/markdown", "text/html"))))

        used: dict[str, None] = {}
        facts: list[tuple[str, list[tuple[str, str]], dict]] = []
        company_iri = [self.companies[i]["iri"] for i in companies]
        person_pool: list[int] = []
        offset = rng.randrange(50, 400)

        def pick_company(exclude=()) -> str:
            cands = [c for c in company_iri if c not in exclude]
            if cands and rng.random() < 0.85:
                return rng.choice(cands)
            extra = self.companies[self.company_z.draw(rng)]["iri"]
            return extra if extra not in exclude else (cands[0] if cands else extra)

        for kind, mean in FACT_MIX.items():
            for _ in range(poisson(rng, mean)):
                roles: list[tuple[str, str]] = []
                values: dict = {}
                if kind == "role":
                    p = self.person_z.draw(rng)
                    person_pool.append(p)
                    roles = [("person", self.people[p]["iri"]), ("organization", pick_company())]
                    values["title"] = rng.choice(TITLES)
                elif kind == "development":
                    roles = [("product", self.products[rng.choice(products)]["iri"]), ("developer", pick_company())]
                elif kind == "approval":
                    r = self.regulators[rng.choice(regulators)]["iri"]
                    roles = [("product", self.products[rng.choice(products)]["iri"]), ("regulator", r)]
                    if rng.random() < 0.8:
                        roles.append(("sponsor", pick_company()))
                    if rng.random() < 0.8:
                        values["kind"] = rng.choice(self.schemes["decision-kinds"])
                elif kind == "certification":
                    holder = pick_company()
                    roles = [("holder", holder), ("issuer", self.regulators[rng.choice(regulators)]["iri"])]
                    if rng.random() < 0.9:
                        values["standard"] = rng.choice(self.schemes["standards"])
                    if rng.random() < 0.4:
                        values["site"] = self.places[self.place_z.draw(rng)]
                elif kind == "collaboration":
                    a = pick_company()
                    roles = [("party", a), ("party", pick_company(exclude=(a,)))]
                    if rng.random() < 0.15:
                        roles.append(("party", pick_company(exclude=(a, roles[1][1]))))
                    if rng.random() < 0.6:
                        values["subject"] = rng.choice(("oncology", "ADC", "biosimilars", "vaccines",
                                                        self.products[rng.choice(products)]["label"]))
                    if rng.random() < 0.8:
                        values["kind"] = rng.choice(self.schemes["collaboration-kinds"])
                elif kind == "facility":
                    roles = [("operator", pick_company())]
                    values["site"] = self.places[self.place_z.draw(rng)]
                    if rng.random() < 0.3:
                        values["name"] = f"{values['site']['label']} {rng.choice(('Campus', 'Plant', 'Biologics Center'))}"
                    if rng.random() < 0.3:
                        values["area"] = rng.choice((5000, 12000, 50000, 120000)) * (1 + rng.random())
                    if rng.random() < 0.2:
                        values["capacity"] = rng.choice((2000, 15000, 48000, 200000))
                elif kind == "licensing":
                    lr = pick_company()
                    if rng.random() < 0.8:
                        roles.append(("product", self.products[rng.choice(products)]["iri"]))
                    if rng.random() < 0.9:
                        roles.append(("licensor", lr))
                    if rng.random() < 0.9:
                        roles.append(("licensee", pick_company(exclude=(lr,))))
                    if rng.random() < 0.5:
                        values["territory"] = rng.choice(("Greater China", "worldwide", "Latin America", "Japan",
                                                          "United States", "Europe", "emerging markets"))
                    if rng.random() < 0.4:
                        values["money"] = rng.choice((25, 50, 120, 300, 1250))
                elif kind == "service":
                    pv = pick_company()
                    roles = [("provider", pv), ("client", pick_company(exclude=(pv,)))]
                    if rng.random() < 0.5:
                        roles.append(("product", self.products[rng.choice(products)]["iri"]))
                    if rng.random() < 0.8:
                        values["service"] = rng.choice(self.schemes["service-types"])
                    values["activities"] = rng.sample(ACTIVITIES, rng.choice((0, 1, 2, 3)))
                elif kind == "acquisition":
                    a = pick_company()
                    roles = [("acquirer", a), ("acquired", pick_company(exclude=(a,)))]
                    if rng.random() < 0.6:
                        values["money"] = rng.choice((90, 400, 1100, 4300, 16500))
                if kind in ("approval", "certification", "acquisition", "licensing") and rng.random() < 0.5:
                    values["date"] = date
                facts.append((kind, roles, values))
                for _, iri in roles:
                    used[iri] = None
        # release-wide attributes: the named companies and regulators are always described
        for c in company_iri:
            used[c] = None
        for r in regulators:
            used[self.regulators[r]["iri"]] = None

        # -- entities the release names
        by_iri = {c["iri"]: c for c in (self.companies[i] for i in companies)}
        for iri in list(used):
            if iri.startswith(ID + "org/"):
                c = by_iri.get(iri) or self._company_by_iri(iri)
                self._company(add, c, rng)
            elif iri.startswith(ID + "regulator/"):
                r = self.regulators[self._regulator_index(iri)]
                add(f"<{iri}>", RDF_TYPE, f"<{PG}Regulator>")
                add(f"<{iri}>", RDFS_LABEL, lit(r["label"]))
                for name in r["names"]:
                    add(f"<{iri}>", PG + "mentionedAs", lit(name))
                if r["cc"]:
                    add(f"<{iri}>", PG + "countryCode", lit(r["cc"]))
                if r["wd"]:
                    add(f"<{iri}>", SAME_AS, f"<http://www.wikidata.org/entity/{r['wd']}>")
                self._names(iri, r["label"], r["names"])
            elif iri.startswith(ID + "product/"):
                self._product(add, iri, rng)
            elif iri.startswith(ID + "person/"):
                p = self._person_by_iri(iri)
                add(f"<{iri}>", RDF_TYPE, f"<{PG}Person>")
                add(f"<{iri}>", RDFS_LABEL, lit(p["label"]))
                add(f"<{iri}>", PG + "mentionedAs", lit(p["label"]))
                self._names(iri, p["label"], [p["label"]])

        # -- facts
        fact_nodes: set[str] = set()
        for kind, roles, values in facts:
            key = "|".join(f"{k}={v}" for k, v in roles) + "|" + "|".join(f"{k}={values[k]}" for k in sorted(values)
                                                                        if k in ("kind", "title", "standard"))
            node = f"<{ID}fact/{doc_id}/{kind}-{hashlib.sha1(f'{kind}|{key}'.encode()).hexdigest()[:12]}>"
            if node in fact_nodes:
                continue  # the same fact twice in one release is one node, as in build.py
            fact_nodes.add(node)
            names = [self._label(iri) for _, iri in roles]
            sentence = (f"{names[0] if names else 'The company'} {VERBS[kind]} "
                        f"{', '.join(names[1:]) or 'its partners'} in a move announced on {date}, "
                        f"the company said in a statement (ref. {n}-{len(out)}).")
            add(node, RDF_TYPE, f"<{PG}{FACT_CLASS[kind]}>")
            add(node, PROV_DERIVED, f"<{doc}>")
            add(node, PG + "confidence", decimal(rng.choice((0.6, 0.7, 0.75, 0.8, 0.85, 0.9))))
            add(node, PG + "extractor", lit("rules"))
            add(node, PG + "evidence", lit(sentence))
            add(node, PG + "evidenceStart", typed(str(offset), "integer"))
            add(node, PG + "evidenceEnd", typed(str(offset + len(sentence)), "integer"))
            offset += len(sentence) + rng.randrange(2, 300)
            for role, iri in roles:
                add(node, PG + role, f"<{iri}>")
                self.degree[iri] += 1
                if iri.startswith(ID + "org/") and kind not in ("role", "development", "facility"):
                    self.partner_facts[iri] += 1
            if kind == "facility":
                operator = roles[0][1]
                site = self._site(add, operator, values["site"])
                add(node, PG + "site", site)
                if values.get("name"):
                    add(site, RDFS_LABEL, lit(values["name"]))
                    self._names(site[1:-1], values["name"], [])
                if values.get("area"):
                    add(site, PG + "areaM2", decimal(values["area"]))
                if values.get("capacity"):
                    add(site, PG + "capacityLitres", decimal(values["capacity"]))
            if kind == "certification" and values.get("site"):
                add(node, PG + "site", self._site(add, roles[0][1], values["site"]))
            if values.get("date"):
                add(node, PG + "date", typed(values["date"], "date"))
            if values.get("standard"):
                add(node, PG + "standard", f"<{values['standard']}>")
            if values.get("service"):
                add(node, PG + "serviceType", f"<{values['service']}>")
            if values.get("kind"):
                prop = "decisionKind" if kind == "approval" else "collaborationKind"
                add(node, PG + prop, f"<{values['kind']}>")
            if values.get("territory"):
                add(node, PG + "territory", lit(values["territory"]))
            if values.get("money"):
                amount = values["money"] * 1_000_000
                add(node, PG + "dealValue", lit(f"US${values['money']} million"))
                add(node, PG + "amount", decimal(amount))
                add(node, PG + "currency", lit("USD"))
            for activity in values.get("activities", ()):
                add(node, PG + "activity", lit(activity))
            if kind == "role":
                add(node, PG + "roleTitle", lit(values["title"]))
            if kind == "collaboration" and values.get("subject"):
                add(node, PG + "subject", lit(values["subject"]))
        return list(out)

    def _company(self, add, c: dict, rng: random.Random) -> None:
        iri = f"<{c['iri']}>"
        add(iri, RDF_TYPE, f"<{PG}Company>")
        add(iri, RDFS_LABEL, lit(c["label"]))
        names = [c["label"]] + ([rng.choice(c["aliases"])] if c["aliases"] and rng.random() < 0.5 else [])
        for name in sorted(set(names)):
            add(iri, PG + "mentionedAs", lit(name))
        if c["kind"] and rng.random() < 0.35:
            # releases do not always agree on what a company is
            kind = c["kind"] if rng.random() < 0.9 else rng.choice(COMPANY_KINDS)
            add(iri, PG + "companyKind", lit(kind))
        if rng.random() < 0.08:
            add(iri, PG + "foundingYear", typed(str(c["founded"]), "integer"))
        if c["hq"] and rng.random() < 0.3:
            place = self.place_by_label.get(c["hq"]) or {"iri": f"{ID}place/{slug(c['hq'])}", "label": c["hq"], "cc": ""}
            self._place(add, place)
            add(iri, PG + "headquarters", f"<{place['iri']}>")
        self._names(c["iri"], c["label"], names)

    def _place(self, add, place: dict) -> None:
        iri = f"<{place['iri']}>"
        add(iri, RDF_TYPE, f"<{PG}Place>")
        add(iri, RDFS_LABEL, lit(place["label"]))
        add(iri, PG + "mentionedAs", lit(place["label"]))
        if place["cc"]:
            add(iri, PG + "countryCode", lit(place["cc"]))
        self._names(place["iri"], place["label"], [place["label"]])

    def _site(self, add, operator: str, place: dict) -> str:
        self._place(add, place)
        site = f"{ID}site/{slug(operator.rsplit('/', 1)[-1])}-{slug(place['iri'].rsplit('/', 1)[-1])}"
        add(f"<{site}>", RDF_TYPE, f"<{PG}Site>")
        add(f"<{site}>", PG + "operator", f"<{operator}>")
        add(f"<{site}>", PG + "location", f"<{place['iri']}>")
        add(f"<{site}>", PG + "mentionedAs", lit(f"{place['label']} site"))
        self._names(site, None, [f"{place['label']} site"])
        return f"<{site}>"

    def _product(self, add, iri: str, rng: random.Random, reference: bool = False) -> None:
        p = self._product_by_iri(iri)
        node = f"<{iri}>"
        add(node, RDF_TYPE, f"<{PG}Product>")
        add(node, RDFS_LABEL, lit(p["label"]))
        add(node, PG + "mentionedAs", lit(p["label"]))
        names = [p["label"]]
        if reference:
            self._names(iri, p["label"], names)
            return
        if p["modality"]:
            add(node, PG + "modality", f"<{p['modality']}>")
        if p["phase"]:
            add(node, PG + "phase", f"<{p['phase']}>")
        for t in p["targets"]:
            add(node, PG + "target", lit(t))
        for t in p["indications"]:
            add(node, PG + "indication", lit(t))
        if p["isotope"]:
            add(node, PG + "isotope", lit(p["isotope"]))
        if p["inn"]:
            add(node, PG + "mentionedAs", lit(p["inn"]))
            names.append(p["inn"])
        if p["reference"] is not None:
            ref = self.products[p["reference"]]
            self._product(add, ref["iri"], rng, reference=True)
            add(node, PG + "referenceProduct", f"<{ref['iri']}>")
        self._names(iri, p["label"], names)

    # -- lookups (built lazily: IRIs -> records) --------------------------------------------
    def _index(self, attr: str, items: list[dict]) -> dict[str, int]:
        cache = self.__dict__.setdefault("_idx_" + attr, {})
        if not cache:
            cache.update({x["iri"]: i for i, x in enumerate(items)})
        return cache

    def _company_by_iri(self, iri: str) -> dict:
        return self.companies[self._index("c", self.companies)[iri]]

    def _regulator_index(self, iri: str) -> int:
        return self._index("r", self.regulators)[iri]

    def _product_by_iri(self, iri: str) -> dict:
        return self.products[self._index("p", self.products)[iri]]

    def _person_by_iri(self, iri: str) -> dict:
        return self.people[self._index("pe", self.people)[iri]]

    def _label(self, iri: str) -> str:
        for kind, items in (("org/", self.companies), ("regulator/", self.regulators), ("product/", self.products),
                            ("person/", self.people)):
            if iri.startswith(ID + kind):
                key = {"org/": "c", "regulator/": "r", "product/": "p", "person/": "pe"}[kind]
                return items[self._index(key, items)[iri]]["label"]
        return iri.rsplit("/", 1)[-1]

    # -- the entities graph -----------------------------------------------------------------
    def entities_graph(self) -> list[str]:
        """skos:prefLabel / altLabel per entity and the name-index keys, as Store.refresh_entities computes them."""
        g, ix = f"<{ENTITIES_GRAPH}>", f"<{NAME_INDEX_GRAPH}>"
        out, keys = [], []
        for entity in sorted(self.names):
            votes = self.labels.get(entity) or Counter({min(self.names[entity], key=lambda n: (len(n), n)): 1})
            pref = max(votes, key=lambda lab: (votes[lab], -len(lab), lab))
            out.append(f"<{entity}> <{SKOS}prefLabel> {lit(pref)} {g} .\n")
            others = sorted(self.names[entity] - {pref})
            for alt in others:
                out.append(f"<{entity}> <{SKOS}altLabel> {lit(alt)} {g} .\n")
            for key in sorted({n.lower() for n in (pref, *others)}):
                keys.append(f"<{entity}> <{NAME_KEY}> {lit(key)} {ix} .\n")
        return out + keys

    # -- the whole file -----------------------------------------------------------------------
    def write(self, path: Path) -> dict:
        t0 = time.perf_counter()
        with open(path, "w", encoding="utf-8", buffering=1 << 20) as fh:
            fh.writelines(self.vocab_lines)
            self.triples = len(self.vocab_lines)
            n = 0
            while self.triples + self.entity_triples < self.target:
                lines = self.document(n)
                fh.writelines(lines)
                self.triples += len(lines)
                n += 1
            self.documents = n
            ent = self.entities_graph()
            fh.writelines(ent)
            self.triples += len(ent)
        meta = self.meta()
        meta["seconds"] = round(time.perf_counter() - t0, 3)
        Path(str(path) + ".meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return meta

    def meta(self) -> dict:
        """Counts and benchmark parameters: the biggest hub company, a small company with a partner."""
        label = {c["iri"]: c["label"] for c in self.companies}
        hub = max((c for c in self.degree if c in label), key=lambda c: (self.degree[c], c))
        small = min((c for c in self.partner_facts if c != hub), key=lambda c: (self.degree[c], c))
        hub_regulator = max((r["iri"] for r in self.regulators), key=lambda r: (self.degree[r], r))
        product = next(p for p in self.products if p["iri"] in self.names)
        return {"triples": self.triples, "documents": self.documents, "entities": len(self.names), "seed": self.seed,
                "hub_company": label[hub], "hub_company_facts": self.degree[hub],
                "small_company": label[small], "small_company_facts": self.degree[small],
                "hub_regulator": self.regulators[self._regulator_index(hub_regulator)]["label"],
                "product": product["label"],
                "companies_named": sum(1 for e in self.names if e.startswith(ID + "org/")),
                "companies_in_one_fact": sum(1 for c, d in self.degree.items() if d == 1 and c in label),
                "hub_regulator_facts": self.degree[hub_regulator]}


def generate(triples: int, path: str | Path, seed: int = 7) -> dict:
    """Write a synthetic graph of about ``triples`` quads to ``path`` (N-Quads); returns its metadata."""
    return Generator(triples, seed).write(Path(path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    meta = generate(args.triples, args.output, args.seed)
    print(json.dumps(meta, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
