#!/usr/bin/env python3
"""Generate synthetic biopharma press releases with their gold facts, for scale tests.

    python tests/bench/gen_corpus.py OUT_DIR --count 1000 [--seed 7] [--formats txt,md,html]
    python tests/bench/gen_corpus.py OUT_DIR --count 100000 --sample 200   # 200 of them, to score
    python tests/bench/gen_corpus.py OUT_DIR --count 100000 --jobs 4 --check  # parallel; self-check gold
    python3 ../shared/eval/score.py OUT_DIR

Writes OUT_DIR/NNNNNN_slug.{txt,md,html}, each beside NNNNNN_slug.json in the gold format of
../shared/eval/README.md (entities, facts with the competency-question columns, negatives), so
the same corpus measures speed and checks that extraction stays correct at scale.

The corpus is one invented world: companies (names built from syllables, legal forms, head
offices, founding years, executives, products, sites) recur across documents under the same
names, so entity resolution is exercised too. Real names are used only for regulators
(data/reference/regulators.csv), targets, indications, cities and market-research firms.
Every document is generated from its own seeded random stream: the same --seed and --count
give byte-identical files, whatever --jobs is, and nothing but the current document is held
in memory. The top-level "synthetic" key of each gold file records the phrasing template
behind each fact (for reading a score report; score.py ignores it).
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import phrasebook as pb  # a sibling file, not an installed package

ROOT = Path(__file__).resolve().parents[2]
COLUMNS = {
    "certification": ("holder", "issuer", "standard", "site", "date"),
    "approval": ("product", "regulator", "kind", "sponsor", "date"),
    "licensing": ("licensor", "licensee", "product", "territory", "value"),
    "service": ("provider", "client", "service", "product", "activities"),
    "acquisition": ("acquirer", "target", "value", "date"),
    "collaboration": ("parties", "subject", "kind"),
    "product": ("product", "developer", "modality", "targets", "indications", "phase", "reference_product", "isotope"),
    "role": ("person", "role", "organization"),
    "facility": ("operator", "name", "location", "area_m2", "capacity_l"),
    "company": ("company", "kind", "headquarters", "founded"),
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SQFT = 0.09290304
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]
# company kinds, weighted (the kind of company j is a cheap function of j, see World.kind_of)
KIND_WEIGHTS = [("biotech", 30), ("pharma", 18), ("cdmo", 14), ("cro", 5), ("cmo", 4), ("biosimilar", 7),
                ("vaccine", 6), ("generic", 7), ("radio", 4), ("investor", 5)]
KIND_TABLE = [k for k, w in KIND_WEIGHTS for _ in range(w)]
DEVELOPERS = ("biotech", "pharma", "biosimilar", "vaccine", "radio")
PROVIDERS = ("cdmo", "cro", "cmo")
MAKERS = ("cdmo", "cmo", "generic", "biosimilar", "vaccine", "pharma")
DOC_TYPES = [("certification", 15), ("approval", 18), ("licensing", 14), ("service", 14), ("acquisition", 10),
             ("collaboration", 10), ("facility", 8), ("appointment", 5), ("pipeline", 6)]


# --- reference data ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Regulator:
    acronym: str
    name: str
    native: str
    cc: str
    country: str
    aliases: tuple


def load_regulators() -> dict[str, Regulator]:
    out = {}
    with open(ROOT / "data" / "reference" / "regulators.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[row["acronym"]] = Regulator(row["acronym"], row["name_en"], row["name_native"] or "",
                                            row["country_code"] or "", row["country"] or "",
                                            tuple(a for a in (row["aliases"] or "").split("|") if a))
    return out


REGULATORS = load_regulators()
# regulator -> decision kinds it takes in this corpus (gold kind labels)
MA, CMA, AA, CTA, BTD, ODD, FTD, PR, EUA, LE = (
    "marketing authorisation", "conditional marketing authorisation", "accelerated approval",
    "clinical trial application", "breakthrough therapy designation", "orphan drug designation",
    "fast track designation", "priority review", "emergency use authorisation", "label expansion")
APPROVERS = {"FDA": [MA, MA, AA, CTA, CTA, BTD, ODD, FTD, PR, EUA, LE], "European Commission": [MA, MA, CMA, LE],
             "EMA": [ODD], "NMPA": [MA, MA, CTA, CTA, BTD, PR, CMA], "MHLW": [MA, ODD], "MFDS": [MA, CTA, ODD],
             "MHRA": [MA, CMA, CTA], "Health Canada": [MA, CTA], "TGA": [MA], "ANVISA": [MA, CTA],
             "CDSCO": [MA, CTA], "Swissmedic": [MA], "HSA": [MA], "SFDA": [MA], "TFDA": [MA, CTA],
             "COFEPRIS": [MA, EUA]}
APPROVER_WEIGHTS = ["FDA"] * 8 + ["NMPA"] * 5 + ["European Commission"] * 3 + ["EMA", "MHLW", "MFDS", "MHRA",
                    "Health Canada", "TGA", "ANVISA", "CDSCO", "Swissmedic", "HSA", "SFDA", "TFDA", "COFEPRIS"]
EU_INSPECTORATES = ["HPRA", "BfArM", "ANSM", "AIFA", "AEMPS", "IGJ", "FAMHP", "DKMA", "Swedish MPA", "URPL",
                    "OGYÉI", "BASG", "INFARMED", "HALMED"]
EU_BY_CC = {"IE": "HPRA", "DE": "BfArM", "FR": "ANSM", "IT": "AIFA", "ES": "AEMPS", "NL": "IGJ", "BE": "FAMHP",
            "DK": "DKMA", "SE": "Swedish MPA", "PL": "URPL", "HU": "OGYÉI"}
PICS = ["TGA", "Swissmedic", "HSA", "Health Canada", "MHRA", "TITCK", "SAHPRA", "Medsafe"]
NO_ARTICLE = {"Health Canada", "Swissmedic", "Paul-Ehrlich-Institut", "Medsafe", "Roszdravnadzor"}
THE_ACRONYM = {"FDA", "EMA", "TGA", "MHRA", "PMDA", "SFDA", "CDSCO", "MFDS", "NMPA", "HSA", "TFDA", "EDA",
               "DRAP", "MHLW", "WHO"}
COUNTRY_ADJ = {"US": "U.S.", "CN": "China's", "JP": "Japan's", "KR": "South Korea's", "GB": "the UK's",
               "AU": "Australia's", "BR": "Brazil's", "AR": "Argentina's", "IN": "India's", "SA": "Saudi Arabia's",
               "EG": "Egypt's", "ID": "Indonesia's", "CO": "Colombia's", "MX": "Mexico's", "TR": "Turkey's",
               "ZA": "South Africa's", "NG": "Nigeria's", "IE": "Ireland's", "DE": "Germany's", "FR": "France's",
               "IT": "Italy's", "ES": "Spain's", "CH": "Switzerland's", "SG": "Singapore's", "TW": "Taiwan's",
               "TH": "Thailand's", "PH": "the Philippines'", "VN": "Vietnam's", "PK": "Pakistan's",
               "KE": "Kenya's", "MY": "Malaysia's", "RU": "Russia's", "UA": "Ukraine's", "KZ": "Kazakhstan's",
               "CL": "Chile's", "PE": "Peru's", "EC": "Ecuador's", "JO": "Jordan's", "DZ": "Algeria's",
               "MA": "Morocco's", "ET": "Ethiopia's", "BD": "Bangladesh's", "AE": "the UAE's", "PL": "Poland's",
               "HU": "Hungary's", "NL": "the Dutch", "BE": "Belgium's", "DK": "Denmark's", "SE": "Sweden's",
               "AT": "Austria's", "PT": "Portugal's", "HR": "Croatia's", "CA": "Canada's", "NZ": "New Zealand's"}
CITIES = {c[0]: c for c in pb.CITIES}
CITIES_BY_CC: dict[str, list] = {}
for _c in pb.CITIES:
    CITIES_BY_CC.setdefault(_c[4], []).append(_c)


# --- the world -----------------------------------------------------------------------------------
@dataclass
class Person:
    given: str
    surname: str
    full: str
    honor: str | None
    degree: str | None
    title: str          # key of pb.EXEC_TITLES


@dataclass
class Product:
    code: str
    inn: str | None
    brand: str | None
    modality: str       # key of pb.MODALITIES
    targets: list
    indications: list
    phase: str          # gold phase label
    reference: tuple | None = None   # (INN, brand) of a biosimilar's reference product
    isotope: tuple | None = None     # pb.ISOTOPES entry

    @property
    def name(self) -> str:
        return f"[{self.isotope[1]}]-{self.code}" if self.isotope else self.code


@dataclass
class Site:
    name: str
    city: str
    area_m2: float | None
    area_text: str | None
    capacity_l: float | None
    capacity_text: str | None


@dataclass
class Company:
    j: int
    name: str
    short: str
    legal: str
    kind: str
    kind_label: str
    kind_phrase: str
    cc: str
    city: str
    founded: int
    ticker: tuple | None
    people: list = field(default_factory=list)
    products: list = field(default_factory=list)
    sites: list = field(default_factory=list)
    extra_name: str | None = None   # city-prefixed legal name of Chinese firms


def fmt_num(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:g}"


class World:
    """The invented companies, built lazily and deterministically from (seed, index)."""

    def __init__(self, seed: int, count: int):
        self.seed = seed
        self.n = min(max(150, count * 3 // 10), 20000)
        self.stems = {}
        taken = set()   # a stem belongs to one style only
        for style, (a, b, c) in pb.STEM_PARTS.items():
            out = []
            for x in a:
                for y in b:
                    for z in c:
                        s = (x + y + z).capitalize()
                        if 4 <= len(s) <= 10 and not re.search(r"(.)\1\1|[aeiou]{3}", s.lower()) and s not in taken:
                            taken.add(s)
                            out.append(s)
            out.sort()
            random.Random(f"{seed}/stems/{style}").shuffle(out)
            self.stems[style] = out
        taken_lower = set()
        with open(ROOT / "data" / "reference" / "companies.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for n in [row["name"], *row["aliases"].split("|")]:
                    taken_lower.update(t.lower() for t in re.findall(r"[A-Za-z]+", n))
        taken_lower |= {r.acronym.lower() for r in REGULATORS.values()}
        self.deny = taken_lower
        self._cache: dict[int, Company] = {}
        self.all_stems = {x.lower() for v in self.stems.values() for x in v}
        self.slot_rank = {}
        for style in self.stems:
            slots = [i for i, r in enumerate(pb.REGION_CYCLE) if pb.REGIONS[r][1] == style]
            self.slot_rank[style] = {s: k for k, s in enumerate(slots)}

    def kind_of(self, j: int) -> str:
        return KIND_TABLE[(j * 2654435761 + self.seed * 97) % 1000003 % len(KIND_TABLE)]

    def pick(self, r: random.Random, kinds, avoid=()) -> Company:
        while True:
            j = r.randrange(self.n)
            if self.kind_of(j) in kinds and j not in avoid:
                return self.company(j)

    def stem(self, j: int) -> tuple[str, str]:
        region = pb.REGION_CYCLE[j % len(pb.REGION_CYCLE)]
        style = pb.REGIONS[region][1]
        per = len(self.slot_rank[style])
        k = (j // len(pb.REGION_CYCLE)) * per + self.slot_rank[style][j % len(pb.REGION_CYCLE)]
        stems = self.stems[style]
        s = stems[k % len(stems)]
        if k >= len(stems):   # more companies than stems of this style: add a syllable
            s += pb.STEM_PARTS["western"][2][(k // len(stems)) % len(pb.STEM_PARTS["western"][2])]
        if s.lower() in self.deny:
            s += "ra"
        return region, s

    def company(self, j: int) -> Company:
        c = self._cache.get(j)
        if c is None:
            if len(self._cache) > 8192:
                self._cache.clear()
            c = self._cache[j] = self._make_company(j)
        return c

    def _make_company(self, j: int) -> Company:
        r = random.Random(f"{self.seed}/co/{j}")
        region, stem = self.stem(j)
        kind = self.kind_of(j)
        cc = r.choice(pb.REGIONS[region][0])
        words, labels = pb.KIND_NAMES[kind]
        word = r.choice(words)
        if region == "cn" and kind in ("pharma", "generic", "vaccine", "biosimilar") and r.random() < 0.5:
            word = {"vaccine": "Biological Products"}.get(kind, "Pharmaceutical")
        name = f"{stem} {word}"
        legal_form = r.choice(pb.LEGAL_FORMS.get(cc, ["Ltd."]))
        sep = " " if legal_form.startswith(("Co.", "Corp.", "LLC", "GmbH", "AG", "SA", "SE", "A/S", "AB", "B.V.", "N.V.", "NV",
                                             "S.p.A", "S.r.l", "S.A", "S.L", "Pty", "Pte", "Ltda", "PJSC", "S.A.E",
                                             "A.Ş", "Zrt", "plc", "Limited", "Ltd", "Pvt", "Corporation")) else ", "
        legal = f"{name}{sep}{legal_form}" if not legal_form.startswith("Co.") else f"{name} {legal_form}"
        city = r.choice(CITIES_BY_CC.get(cc) or CITIES_BY_CC["US"])[0]
        extra = None
        if cc == "CN" and r.random() < 0.5:
            extra = f"{city} {legal}"
        label, phrase = r.choice(labels)
        founded = r.randint(1952, 2021) if kind in ("pharma", "generic", "vaccine") else r.randint(1995, 2022)
        ticker = None
        if r.random() < 0.45 and cc in pb.EXCHANGES:
            ex = r.choice(pb.EXCHANGES[cc])
            if cc in ("CN", "HK", "JP", "KR", "TW"):
                tic = str(r.randint(1000, 9999)) if cc != "CN" or ex == "HKEX" else str(r.choice([688, 300, 600]) * 1000 + r.randint(1, 999))
            else:
                letters = re.sub(r"[^A-Z]", "", stem.upper())
                tic = (letters[:3] + r.choice("XBRTLN"))[: r.randint(3, 4)]
            ticker = (ex, tic)
        c = Company(j, name, stem, legal, kind, label, phrase, cc, city, founded, ticker, extra_name=extra)
        c.people = self._people(r, c)
        c.products = self._products(r, c)
        c.sites = self._sites(r, c)
        return c

    def _people(self, r: random.Random, c: Company) -> list:
        titles = ["ceo" if r.random() < 0.6 else r.choice(["pceo", "fceo", "chairceo"])]
        pool = ["cso", "cmo", "cfo", "coo", "cbo", "cto", "chair", "svpbd"]
        if c.kind in MAKERS:
            pool += ["vpq", "evpops", "headmfg", "gm"]
        if c.cc in ("IN", "GB", "AE", "DE"):
            pool += ["md"]
        titles += r.sample(pool, 3)
        out, seen = [], set()
        for t in titles:
            for _ in range(5):
                p = make_person(r, c.cc, t)
                if p.full not in seen:
                    break
            seen.add(p.full)
            out.append(p)
        return out

    def _products(self, r: random.Random, c: Company) -> list:
        n = {"biotech": r.randint(1, 3), "pharma": r.randint(2, 4), "biosimilar": r.randint(1, 3),
             "vaccine": r.randint(1, 2), "radio": r.randint(1, 2), "generic": r.randint(0, 1)}.get(c.kind, 0)
        letters = re.sub(r"[^A-Z]", "", c.short.upper())
        prefix = (letters[0] + "".join(ch for ch in letters[1:] if ch not in "AEIOU"))[:3] if letters else "XX"
        if len(prefix) < 2:
            prefix = letters[:2] or "XX"
        out = []
        for k in range(min(n, 4)):
            if c.kind == "biosimilar":
                mod = "biosim"
            elif c.kind == "vaccine":
                mod = "vaccine"
            elif c.kind == "radio":
                mod = "radio"
            else:
                mod = r.choice(["mab", "mab", "bsab", "adc", "adc", "bsadc", "sm", "sm", "cart", "gene",
                                "peptide", "sirna"])
            sep = r.choice(["-", "-", "", "-"])
            num = (c.j * 4 + k) * 2654435761 % 9000 + 1000
            code = f"{prefix}{sep}{num // 10 if r.random() < 0.4 else num}"
            phase = r.choice(["Preclinical", "Phase I", "Phase I", "Phase II", "Phase II", "Phase III", "Approved"])
            ref = iso = None
            if mod == "biosim":
                ref_inn, ref_brand, targets, inds = r.choice(pb.BIOSIMILARS)
                ref = (ref_inn, ref_brand)
                inn = None
                phase = r.choice(["Phase I", "Phase III", "Approved", "Approved"])
            else:
                targets, inds = r.choice(pb.PROGRAMS[mod])
                inn = None
                if mod in ("mab", "bsab", "adc", "bsadc", "sm", "peptide", "sirna", "cart") and r.random() < 0.6:
                    inn = unique_name(pb.INN_PARTS, c.j * 4 + k, self.seed).lower() + r.choice(pb.MODALITIES[mod][1])
                if mod == "radio":
                    iso = r.choice(pb.ISOTOPES)
            brand = None
            if phase == "Approved":
                brand = unique_name(pb.BRAND_PARTS, c.j * 4 + k, self.seed + 1)
                if brand.lower() in self.all_stems:
                    brand += "x"
            out.append(Product(code, inn, brand, mod, list(targets), list(inds), phase, ref, iso))
        return out

    def _sites(self, r: random.Random, c: Company) -> list:
        n = 2 if c.kind in MAKERS else (1 if c.kind in ("biotech", "radio", "cro") and r.random() < 0.4 else 0)
        out = []
        for k in range(n):
            city = c.city if k == 0 else r.choice(CITIES_BY_CC.get(c.cc) or CITIES_BY_CC["US"])[0]
            if k == 1 and city == c.city:
                city = r.choice(pb.CITIES)[0]
            if c.kind == "cro":
                name = r.choice(["clinical pharmacology unit", "bioanalytical laboratory", "central laboratory"])
            elif c.kind == "generic":
                name = r.choice(["API manufacturing facility", "oral solid dosage plant", "Unit-" + str(r.randint(1, 9))])
            elif c.kind == "vaccine":
                name = r.choice(["vaccine production facility", "fill-finish plant", "antigen manufacturing building"])
            elif c.kind == "radio":
                name = r.choice(["radiopharmaceutical manufacturing facility", "isotope production centre"])
            else:
                name = r.choice(["biologics manufacturing facility", "drug substance plant", f"Plant {r.randint(1, 6)}",
                                 "sterile injectables facility", "commercial manufacturing site",
                                 f"{city} Bio Campus", "ADC manufacturing facility", "clinical manufacturing facility"])
            area = area_text = cap = cap_text = None
            if r.random() < 0.75:
                area, area_text = area_phrase(r)
            if c.kind in ("cdmo", "biosimilar", "vaccine", "cmo") and r.random() < 0.7:
                cap, cap_text = capacity_phrase(r)
            out.append(Site(name, city, area, area_text, cap, cap_text))
        return out


def unique_name(parts: tuple, index: int, seed: int) -> str:
    """A name from one item of each list in parts; distinct indices below the product of the
    list sizes give distinct names (an affine permutation, then mixed-radix digits).

    >>> unique_name((["Ab", "Cd"], ["x", "y"]), 1, 0) != unique_name((["Ab", "Cd"], ["x", "y"]), 2, 0)
    True
    """
    sizes = [len(p) for p in parts]
    n = 1
    for z in sizes:
        n *= z
    mult = 7919 if n % 7919 else 104729
    k = (index * mult + seed * 31337) % n
    out = []
    for p, z in zip(parts, sizes):
        k, d = divmod(k, z)
        out.append(p[d])
    return "".join(out).capitalize()


def make_person(r: random.Random, cc: str, title: str) -> Person:
    culture = r.choice(pb.CULTURE_BY_COUNTRY.get(cc, ["en"]))
    given, surnames, _ = pb.NAMES[culture]
    g, s = r.choice(given), r.choice(surnames)
    if culture == "zh":
        full = f"{s} {g}" if r.random() < 0.4 else f"{g} {s}"
    elif culture == "en" and r.random() < 0.15:
        full = f"{g} {r.choice('ABCDEFGHJKLMPRSTW')}. {s}"
    else:
        full = f"{g} {s}"
    honor = degree = None
    x = r.random()
    if title in ("cso", "cmo", "cto") or x < 0.35:
        if r.random() < 0.5:
            honor = "Dr."
        else:
            degree = r.choice(["Ph.D.", "M.D.", "M.D., Ph.D.", "PhD"])
    elif x < 0.45:
        degree = "MBA"
    return Person(g, s, full, honor, degree, title)


def area_phrase(r: random.Random) -> tuple[float, str]:
    style = r.randrange(6)
    if style <= 1:
        m2 = r.randint(3, 120) * 500
        text = r.choice(["{m} square metres", "{m} square meters", "{m} m²", "{m} sq m", "{m} m2"]).format(m=f"{m2:,}")
        return float(m2), text
    if style <= 3:
        ft = r.randint(20, 900) * 1000
        text = r.choice(["{f} square feet", "{f} sq. ft.", "{f} sq ft"]).format(f=f"{ft:,}")
        return round(ft * SQFT, 2), text
    if style == 4:
        m2 = r.randint(4, 90) * 1000
        ft = round(m2 / SQFT, -3)
        return float(m2), f"{m2:,} square metres ({ft:,.0f} square feet)"
    ft = r.randint(30, 600) * 1000
    m2 = round(ft * SQFT, -2)
    return float(m2), f"{ft:,} square feet (approximately {m2:,.0f} square meters)"


def capacity_phrase(r: random.Random) -> tuple[float, str]:
    style = r.randrange(5)
    if style == 0:
        n, unit = r.randint(2, 12), 2000
        return float(n * unit), f"{NUMBER_WORDS[n]} {unit:,} L single-use bioreactors"
    if style == 1:
        n, unit = r.randint(2, 8), r.choice([10000, 12500, 15000, 20000])
        return float(n * unit), f"{n} x {unit:,}-liter stainless-steel bioreactors ({n * unit:,} L in total)"
    total = r.randint(4, 60) * 2000
    text = r.choice(["a total bioreactor capacity of {t} litres", "{t} liters of bioreactor capacity",
                     "{t} L of cell culture capacity", "a combined capacity of {t} litres"]).format(t=f"{total:,}")
    return float(total), text


# --- one document --------------------------------------------------------------------------------
class Doc:
    """Collects the text of one press release and the gold record of what it says."""

    def __init__(self, world: World, index: int, seed: int):
        self.w = world
        self.i = index
        self.r = random.Random(f"{seed}/doc/{index}")
        self.pub = date(2019, 1, 1) + timedelta(days=self.r.randrange(7 * 365))
        self.ents: dict[str, dict] = {}
        self.facts: list[dict] = []
        self.phr: list[str] = []
        self.negs: list[str] = []
        self.typo_done = False

    # entities --------------------------------------------------------------------------------
    def _ent(self, name, kind, surface=None, country=None):
        e = self.ents.get(name)
        if e is None:
            e = self.ents[name] = {"name": name, "type": kind, "aliases": []}
            if kind == "Regulator":
                e["country"] = country or None
        if surface and surface != name and surface not in e["aliases"]:
            e["aliases"].append(surface)
        return e

    def co(self, c: Company, style: str = "auto") -> str:
        r = self.r
        first = c.name not in self.ents
        if style == "auto":
            style = "first" if first else "later"
        if style == "first":
            x = r.random()
            if x < 0.25:
                s = c.legal
            elif x < 0.4 and c.extra_name:
                s = c.extra_name
            elif x < 0.6:
                s = c.name
            elif x < 0.8:
                s = f"{c.legal} (\"{c.short}\")" if r.random() < 0.5 else f"{c.legal} (\"{c.short}\" or \"the Company\")"
                self._ent(c.name, "Company", c.short)
                self._ent(c.name, "Company", c.legal)
                return self._ticker(c, s) if r.random() < 0.3 else s
            else:
                s = c.name
            self._ent(c.name, "Company", s)
            return self._ticker(c, s) if r.random() < 0.5 else s
        if style == "head":
            s = c.name if r.random() < 0.6 else c.short
        elif style == "canon":
            s = c.name
        else:
            x = r.random()
            if x < 0.03 and not self.typo_done and len(c.short) > 5:
                s = typo(r, c.short)
                self.typo_done = True
                self.neg(f"'{s}' is a typo of {c.name}, not another company")
            elif x < 0.65:
                s = c.short
            else:
                s = c.name
        self._ent(c.name, "Company", s)
        return s

    def _ticker(self, c: Company, s: str) -> str:
        if not c.ticker:
            return s
        ex, tic = c.ticker
        self._ent("Nasdaq" if ex == "NASDAQ" else ex, "Company", ex)
        if not any(n.startswith("stock exchange") for n in self.negs):
            self.neg(f"stock exchange names ({ex}) are listings, not parties")
        return f"{s} ({ex}: {tic})"

    def reg(self, g: Regulator, style: str = "auto") -> str:
        r = self.r
        first = g.acronym not in self.ents
        if style == "auto":
            style = "first" if first else "later"
        art = "" if g.name in NO_ARTICLE else "the "
        if style == "first" and g.name != g.acronym:
            opts = [f"{art}{g.name} ({g.acronym})", f"{art}{g.name} ({g.acronym})"]
            adj = COUNTRY_ADJ.get(g.cc)
            if adj and g.cc not in ("US", "EU") and g.country[:5].lower() not in g.name.lower():
                opts.append(f"{adj} {g.name} ({g.acronym})")
            if g.native and g.native != g.name and re.fullmatch(r"[\w\s,.'\-À-ÿĀ-žȘ-ț]+", g.native):
                opts.append(f"{g.native} ({g.acronym})")
            opts += [f"{art}{a}" if a[0].isupper() and " " in a else a for a in g.aliases[:3]]
            s = r.choice(opts)
            full = re.sub(rf"^(the |{re.escape(adj or '#')} )", "", s.split(" (")[0])
            self._ent(g.acronym, "Regulator", full, g.cc)
            return s
        if style == "first":
            s = ("the " if g.name.startswith("European") else "") + g.name
            self._ent(g.acronym, "Regulator", None, g.cc)
            return s
        s = g.acronym
        self._ent(g.acronym, "Regulator", None, g.cc)
        if g.acronym in THE_ACRONYM and r.random() < 0.7:
            s = "the " + s
        if g.acronym == "European Commission":
            s = "the European Commission"
        return s

    def prod(self, p: Product, style: str = "auto") -> str:
        r = self.r
        first = p.name not in self.ents
        if style == "auto":
            style = "first" if first else "later"
        if style == "first":
            forms = [p.name]
            if p.inn:
                forms += [f"{p.inn} ({p.name})", f"{p.name} ({p.inn})"]
            if p.brand:
                mark = r.choice(["®", "™", "®", ""])
                forms = [f"{p.brand}{mark} ({p.inn or p.name}{', ' + p.name if p.inn else ''})",
                         f"{p.brand}{mark} ({p.name})"]
                self._ent(p.name, "Product", p.brand)
            if p.isotope:
                forms = [p.name, f"{p.isotope[1]}-{p.code}", f"{p.name} Injection"]
            s = r.choice(forms)
            self._ent(p.name, "Product")
            if p.inn and p.inn in s:
                self._ent(p.name, "Product", p.inn)
            if p.isotope and s != p.name:
                self._ent(p.name, "Product", s)
            return s
        opts = [p.name] + ([p.inn] * 2 if p.inn else []) + ([p.brand] * 3 if p.brand else [])
        s = r.choice(opts) if not p.isotope else r.choice([p.name, p.code])
        self._ent(p.name, "Product", s)
        return s

    def person(self, p: Person) -> str:
        r = self.r
        x = r.random()
        if p.honor and x < 0.7:
            s = f"{p.honor} {p.full}"
        elif p.degree and x < 0.7:
            s = f"{p.full}, {p.degree}"
        else:
            s = p.full
        self._ent(p.full, "Person", s)
        return s

    def place(self, city: str, style: str = "auto") -> str:
        c = CITIES[city]
        r = self.r
        if style == "dateline":
            if c[1]:
                s = r.choice([f"{city.upper()}, {c[1]}", f"{city.upper()}, {c[1]}", f"{city}, {c[2]}"])
            else:
                s = r.choice([f"{city.upper()}, {c[3]}", f"{city}, {c[3]}", city.upper()])
                if city in (c[3], "Singapore", "Hong Kong"):
                    s = city.upper()
        elif style == "plain":
            s = city
        else:
            s = r.choice([city, city, f"{city}, {c[2] or c[3]}"])
            if city == c[3]:
                s = city
        self._ent(city, "Place", s if s.lower() != city.lower() else None)
        return s

    def other(self, name: str, kind: str = "Company") -> str:
        self._ent(re.sub(r"^the ", "", name), kind)
        return name

    # facts -------------------------------------------------------------------------------------
    def fact(self, phrasing: str, ftype: str, **cols):
        f = {"type": ftype}
        for k in COLUMNS[ftype]:
            f[k] = cols.get(k)
        self.facts.append(f)
        self.phr.append(phrasing)

    def neg(self, what: str):
        self.negs.append(what)

    def iso(self, d: date) -> str:
        return d.isoformat()

    # helpers -----------------------------------------------------------------------------------
    def date_text(self, d: date, style: int | None = None) -> str:
        style = self.r.randrange(4) if style is None else style
        if style == 0:
            return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if style == 1:
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if style == 2:
            return f"{MONTHS_AP[d.month - 1]} {d.day}, {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"

    def earlier(self, lo: int = 20, hi: int = 700) -> date:
        return self.pub - timedelta(days=self.r.randint(lo, hi))

    def exec_of(self, c: Company, prefer=None) -> Person:
        if prefer:
            for p in c.people:
                if p.title in prefer:
                    return p
        return self.r.choice(c.people)

    def quote(self, c: Company, topic: str, person: Person | None = None, about: str = "") -> str:
        r = self.r
        p = person or (c.people[0] if r.random() < 0.55 else r.choice(c.people[1:]))
        title, roles = title_roles(p.title, r)
        name = self.person(p)
        text = r.choice(pb.QUOTES[topic]).format(name=about)
        org = self.co(c)
        style = r.randrange(7)
        if style == 0:
            q = f"\"{text[:-1]},\" said {name}, {title} of {org}."
        elif style == 1:
            q = f"\"{text[:-1]},\" said {name}, {title}, {org}."
        elif style == 2:
            q = f"\"{text[:-1]},\" commented {name}, {org}'s {title}."
        elif style == 3:
            q = f"{org}'s {title}, {name}, said: \"{text}\""
        elif style == 4:
            q = f"\"{text[:-1]},\" added {name}, {title} at {org}."
        elif style == 5:
            q = f"According to {name}, {title} of {org}, \"{text[0].lower() + text[1:]}\""
        else:
            q = f"\"{text}\"\n\u2014 {name}, {title}, {org}"
        for role in roles:
            self.fact(f"role/quote{style}", "role", person=p.full, role=role, organization=c.name)
        return q


def title_roles(key: str, r: random.Random | None = None) -> tuple[str, list]:
    """A written job title and the gold role(s) it states: a joint title ('President and CEO')
    is one role each; a single title is recorded as written, acronyms spelled out."""
    roles, forms = pb.EXEC_TITLES[key]
    title = r.choice(forms) if r else forms[0]
    if len(roles) == 1 and not title.isupper():
        roles = [title]
    return title, roles


def typo(r: random.Random, word: str) -> str:
    i = r.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def money(r: random.Random, usd_millions: float, payer: Company | None = None, cur: str | None = None,
          style: int | None = None) -> tuple[str, str]:
    """(text, gold) for an amount; the currency follows the payer's country sometimes."""
    if cur is None:
        cur = currency_of(r, payer)
    amount = usd_millions * {"USD": 1, "EUR": 0.92, "CNY": 7.1, "JPY": 145, "KRW": 1300, "GBP": 0.79, "CHF": 0.9}[cur]
    return _money_text(r, amount, cur, style)


def currency_of(r: random.Random, payer: Company | None) -> str:
    cur = "USD"
    if payer is not None and r.random() < 0.35:
        cur = {"DE": "EUR", "FR": "EUR", "NL": "EUR", "BE": "EUR", "IE": "EUR", "IT": "EUR", "ES": "EUR",
               "DK": "EUR", "CN": "CNY", "JP": "JPY", "KR": "KRW", "GB": "GBP", "CH": "CHF"}.get(payer.cc, "USD")
    return cur


def _money_text(r: random.Random, amount: float, cur: str, style: int | None = None) -> tuple[str, str]:
    if amount >= 1000:
        n = round(amount / 1000, 2 if amount < 10000 else 1)
        num, scale = f"{n:g}", "billion"
    else:
        n = int(round(amount, -1 if amount > 100 else 0))
        num, scale = str(n), "million"
    forms = pb.CURRENCIES[cur] + (["${n}{a}"] if cur == "USD" else [])
    style = r.randrange(len(forms) * 3) if style is None else style
    text = forms[style % len(forms)].format(n=num, s=scale, a={"billion": "bn", "million": "m"}[scale])
    return text, f"{cur} {num} {scale}"


# --- event writers: each fills the doc and returns the parts of the release ----------------------
@dataclass
class Parts:
    headline: str
    subhead: str | None
    lead: str
    body: list            # paragraphs (strings)
    quotes: list
    about: list           # companies with an "About" section
    place: str            # dateline city
    main: Company
    topic: str = "deal"   # key of pb.FILLER
    indication: str = "the disease"


def site_phrase(d: Doc, c: Company, s: Site, with_size: bool = True) -> str:
    """'its 12,000 m² biologics manufacturing facility in Suzhou, China' and the facility fact."""
    loc = d.place(s.city)
    size = ""
    if with_size and s.area_text and d.r.random() < 0.5:
        size = f"{adjective(s.area_text)} " if "(" not in s.area_text else ""
    area = s.area_m2 if size else None
    d.fact("facility/site", "facility", operator=c.name, name=s.name, location=s.city, area_m2=area, capacity_l=None)
    return f"{size}{s.name} in {loc}"


def adjective(area_text: str) -> str:
    """'12,000 square metres' -> '12,000-square-metre' (as in 'a 12,000-square-metre plant')."""
    for a, b in (("square metres", "square-metre"), ("square meters", "square-meter"), ("square feet", "square-foot")):
        if a in area_text:
            return area_text.replace(" " + a, "-" + b)
    return area_text


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def ev_certification(d: Doc) -> Parts:
    r = d.r
    c = d.w.pick(r, ("cdmo", "cmo", "generic", "biosimilar", "vaccine", "pharma"))
    s = c.sites[0] if c.sites else Site("manufacturing facility", c.city, None, None, None, None)
    x = r.random()
    if x < 0.35:
        pool = ["ANMAT", "ANVISA", "BPOM", "EDA", "INVIMA", "SFDA", "NAFDAC", "COFEPRIS", "TITCK", "DRAP", "DAV",
                "NPRA", "FDA Philippines", "Thai FDA", "JFDA", "SAHPRA", "ISP", "DIGEMID", "MOHAP", "EFDA", "DMP", "NCELS"]
        g, std, std_text = REGULATORS[r.choice(pool)], "GMP", r.choice(["Good Manufacturing Practice (GMP)", "GMP"])
    elif x < 0.6:
        home = EU_BY_CC.get(CITIES[s.city][4])
        g, std, std_text = REGULATORS[home or r.choice(EU_INSPECTORATES)], "EU GMP", "EU GMP"
    elif x < 0.75:
        g, std, std_text = REGULATORS[r.choice(PICS)], "PIC/S GMP", r.choice(["PIC/S GMP", "GMP"])
        std = "PIC/S GMP" if std_text == "PIC/S GMP" else "GMP"
    elif x < 0.9:
        g, std, std_text = REGULATORS["FDA"], "cGMP", "current Good Manufacturing Practice (cGMP)"
    else:
        g, std, std_text = REGULATORS[r.choice(["PMDA", "MFDS", "NMPA", "CDSCO", "TGA"])], "GMP", "GMP"
    X = d.co(c)
    when = d.pub
    t = r.randrange(8 if g.acronym != "FDA" else 3)
    if g.acronym == "FDA":
        t = 10 + t
    site = site_phrase(d, c, s)
    R = d.reg(g)
    if t == 0:
        lead = f"{X} today announced that its {site} has received {std_text} certification from {R}."
    elif t == 1:
        insp = d.earlier(30, 120)
        lead = (f"{X} announced that {R} has granted a {std_text} certificate to the company's {site}, "
                f"following an on-site inspection conducted in {MONTHS[insp.month - 1]} {insp.year}.")
    elif t == 2:
        lead = f"{R} has issued a certificate of {std_text} compliance for the {site} operated by {X}, the company said today."
    elif t == 3:
        lead = f"The {site} of {X} has successfully passed a {std} inspection by {R} and obtained the {std} certificate."
    elif t == 4:
        when = d.earlier(5, 40)
        lead = (f"A {std_text} certificate was awarded to {X} by {R} on {d.date_text(when)} for its "
                f"{site}, the company disclosed today.")
    elif t == 5:
        lead = f"{X} has been granted {std_text} certification by {R} for its {site}."
    elif t == 6:
        lead = f"{X} said on {d.date_text(d.pub)} that {R} had certified its {site} as compliant with {std_text} requirements."
    elif t == 7:   # several regulators in one sentence
        others = r.sample(["ANVISA", "BPOM", "EDA", "INVIMA", "SFDA", "ANMAT", "COFEPRIS", "NAFDAC", "TITCK"], 2)
        others = [REGULATORS[o] for o in others if o != g.acronym]
        names = [R] + [d.reg(o) for o in others]
        lead = f"{X} announced that its {site} has obtained GMP certificates from {', '.join(names[:-1])} and {names[-1]}."
        std = "GMP"
        for o in others:
            d.fact("cert/multi", "certification", holder=c.name, issuer=o.acronym, standard="GMP", site=s.city, date=d.iso(when))
    elif t == 10:
        lead = (f"{X} announced that its {site} successfully completed a {std_text} inspection by {R} "
                f"with zero Form 483 observations.")
    elif t == 11:
        lead = f"{R} has concluded a pre-approval inspection of the {site} of {X} with no observations, the company said today."
    else:
        lead = f"{X} has received an Establishment Inspection Report (EIR) from {R} closing out the {std} inspection of its {site}."
    d.fact(f"cert/T{t}", "certification", holder=c.name, issuer=g.acronym, standard=std, site=s.city, date=d.iso(when))
    body = []
    co = d.co(c)
    market = "the European Union" if std == "EU GMP" else (g.country or "international markets")
    body.append(f"The certificate confirms that the site meets the {std} requirements of {d.reg(g)} and allows "
                f"{co} to supply products from the site to customers in {market}. "
                + r.choice(pb.FILLER["quality"]))
    if r.random() < 0.5:  # an earlier certification by another authority
        g2 = REGULATORS[r.choice(["ANVISA", "HPRA", "TGA", "PMDA", "MFDS", "BPOM", "SFDA", "EDA", "Health Canada"])]
        if g2.acronym != g.acronym:
            prev = d.earlier(200, 900)
            R2 = d.reg(g2)
            std2 = "EU GMP" if g2.acronym == "HPRA" else "GMP"
            body.append(r.choice([
                f"The site has previously been certified by {R2}, which issued a {std2} certificate in {MONTHS[prev.month - 1]} {prev.year}.",
                f"In {MONTHS[prev.month - 1]} {prev.year}, {R2} granted the same facility {std2} certification.",
            ]))
            d.fact("cert/previous", "certification", holder=c.name, issuer=g2.acronym, standard=std2, site=s.city,
                   date=f"{prev.year}-{prev.month:02d}")
    if r.random() < 0.6:
        g3 = REGULATORS[r.choice(["FDA", "PMDA", "MHRA", "ANVISA", "TGA", "NMPA"])]
        if g3.acronym not in d.ents:
            R3 = d.reg(g3)
            v = r.randrange(3)
            body.append([f"{co} expects an inspection by {R3} in the coming months and plans to apply for certification afterwards.",
                         f"The facility has not yet been inspected by {R3}.",
                         f"{co} has submitted an application for GMP certification to {R3}, which is still under review."][v])
            d.neg(f"{g3.acronym}: {['an expected inspection (plan)', 'not yet inspected (negation)', 'a pending application'][v]}, no certification")
    if s.capacity_text and r.random() < 0.5:
        body.append(f"The plant is equipped with {s.capacity_text}.")
        d.facts[_last(d, "facility")]["capacity_l"] = s.capacity_l
    if r.random() < 0.25:
        comp = [d.w.pick(r, ("cdmo", "generic", "pharma"), avoid={c.j}) for _ in range(2)]
        names = [d.co(x, "canon") for x in comp]
        body.append(f"Other manufacturers in the region, including {names[0]} and {names[1]}, have pursued similar certifications.")
        d.neg(f"{comp[0].name} and {comp[1].name} are mentioned as peers, not certified in this release")
    head = r.choice([f"{d.co(c, 'head')} Receives {std} Certification from {g.acronym}",
                     f"{d.co(c, 'head')}'s {s.city} Site Passes {g.acronym} {std} Inspection",
                     f"{g.acronym} Grants {std} Certificate to {d.co(c, 'head')} {s.city} Facility",
                     f"{d.co(c, 'head')} Secures {std} Approval for {s.city} Plant"])
    sub = r.choice([None, f"Certification supports supply to customers in {market}", None])
    return Parts(head, sub, lead, body, [d.quote(c, "quality")], [c], c.city, c, "quality")


def _last(d: Doc, kind: str) -> int:
    for k in range(len(d.facts) - 1, -1, -1):
        if d.facts[k]["type"] == kind:
            return k
    raise LookupError(kind)


def product_paragraph(d: Doc, p: Product, dev: Company, phrasing="product/desc") -> str:
    """Describes a product and records the product fact."""
    r = d.r
    mod_label, _, phrases = pb.MODALITIES[p.modality]
    t = " and ".join(p.targets) if len(p.targets) < 3 else ", ".join(p.targets)
    if p.modality == "bsab" or p.modality == "bsadc":
        t = r.choice([f"{p.targets[0]} and {p.targets[1]}", f"{p.targets[0]}/{p.targets[1]}", f"{p.targets[0]}\u00d7{p.targets[1]}"])
    ref_text = None
    if p.reference:
        ref_text = r.choice([f"{p.reference[1]}\u00ae ({p.reference[0]})", p.reference[0], f"{p.reference[0]} ({p.reference[1]})"])
        d._ent(p.reference[0], "Product", p.reference[1] if p.reference[1] in ref_text else None)
    phrase = r.choice(phrases).format(t=t, ref=ref_text, iso=p.isotope[2] if p.isotope else "")
    inds = p.indications
    ind_text = inds[0] if len(inds) == 1 else f"{', '.join(inds[:-1])} and {inds[-1]}"
    P = d.prod(p)
    D = d.co(dev)
    if p.phase == "Approved":
        stage = r.choice([f"It is approved for the treatment of {ind_text}.", f"It is marketed for {ind_text}."])
    elif p.phase == "Preclinical":
        stage = f"It is in {r.choice(dict(pb.PHASES)['Preclinical'])} for {ind_text}."
    else:
        ph = r.choice(dict(pb.PHASES)[p.phase])
        stage = r.choice([f"It is currently being evaluated in a {ph} clinical trial in {ind_text}.",
                          f"A {ph} study in patients with {ind_text} is ongoing.",
                          f"It is in {ph} development for {ind_text}."])
    v = r.randrange(3)
    if v == 0:
        txt = f"{P} is {phrase} developed by {D}. {stage}"
    elif v == 1:
        txt = f"Discovered by {D}, {P} is {phrase}. {stage}"
    else:
        txt = f"{D}'s {P} is {phrase}. {stage}"
    d.fact(phrasing + str(v), "product", product=p.name, developer=dev.name, modality=mod_label,
           targets=list(p.targets) or None, indications=list(inds), phase=p.phase,
           reference_product=p.reference[0] if p.reference else None,
           isotope=p.isotope[0] if p.isotope else None)
    if r.random() < 0.35 and p.phase in ("Phase II", "Phase III"):
        trial = f"{r.choice(pb.TRIAL_WORDS)}-{r.randint(1, 9)}"
        txt += f" The {trial} trial is expected to read out in {d.pub.year + 1}."
        d.neg(f"{trial} is a trial name, not a product; the read-out is a plan")
    return txt


def ev_approval(d: Doc) -> Parts:
    r = d.r
    c = d.w.pick(r, DEVELOPERS)
    if not c.products:
        c = d.w.pick(r, ("biotech", "pharma"))
    p = r.choice(c.products) if c.products else None
    if p is None:
        return ev_certification(d)
    acr = r.choice(APPROVER_WEIGHTS)
    kinds = APPROVERS[acr]
    if p.phase == "Approved":
        kinds = [k for k in kinds if k in (MA, CMA, AA, LE, EUA)] or [MA]
    else:
        kinds = [k for k in kinds if k not in (MA, CMA, AA, LE, EUA)] or [CTA]
        if p.modality == "vaccine" and EUA in APPROVERS[acr] and r.random() < 0.5:
            kinds = [EUA]
    kind = r.choice(kinds)
    if kind == EUA:
        p = Product(**{**p.__dict__, "phase": "Approved"})
    g = REGULATORS[acr]
    X, R = d.co(c), d.reg(g)
    P = d.prod(p)
    ind = p.indications[0]
    when = d.pub
    t = r.randrange(4)
    if kind in (MA, CMA, AA, EUA, LE):
        word = {MA: "approved", CMA: "granted conditional marketing authorisation to",
                AA: "granted accelerated approval to", EUA: "issued an Emergency Use Authorization (EUA) for",
                LE: "approved a label expansion for"}[kind]
        if t == 0:
            lead = f"{X} today announced that {R} has {word} {P} for the treatment of adult patients with {ind}."
        elif t == 1:
            noun = {MA: "marketing authorization", CMA: "conditional marketing authorisation", AA: "accelerated approval",
                    EUA: "Emergency Use Authorization", LE: "approval of a supplemental application"}[kind]
            lead = f"{R} has granted {noun} to {X} for {P} in {ind}."
        elif t == 2:
            verb = {MA: "approved", CMA: "conditionally approved", AA: "granted accelerated approval",
                    EUA: "authorised for emergency use", LE: "approved for an additional indication"}[kind]
            lead = f"{P} has been {verb} by {R} for {ind}, {X} said today."
        else:
            when = d.earlier(1, 10)
            lead = (f"{X} received {'approval' if kind in (MA, LE) else kind} from {R} on {d.date_text(when)} for {P}, "
                    f"making it available to patients with {ind}.")
    elif kind == CTA:
        if acr == "FDA":
            lead = [f"{X} announced that {R} has cleared its Investigational New Drug (IND) application for {P}, allowing the company to start a Phase 1 study in {ind}.",
                    f"{R} has cleared the IND for {P}, {X} said today.",
                    f"{X} has obtained IND clearance from {R} for {P} in {ind}.",
                    f"The Investigational New Drug application for {X}'s {P} was cleared by {R}."][t]
        else:
            lead = [f"{X} announced that {R} has approved the clinical trial application (CTA) for {P} in {ind}.",
                    f"{R} has granted approval for {X} to conduct clinical trials of {P}.",
                    f"{X}'s IND application for {P} has been approved by {R}.",
                    f"{X} received implied approval from {R} to begin clinical studies of {P} in patients with {ind}."][t]
    else:
        noun = {BTD: "Breakthrough Therapy Designation", ODD: "Orphan Drug Designation", FTD: "Fast Track designation",
                PR: "Priority Review"}[kind]
        if kind == PR:
            lead = [f"{R} has accepted the Biologics License Application for {X}'s {P} and granted it {noun}.",
                    f"{X} announced that {R} has granted {noun} to the marketing application for {P} in {ind}.",
                    f"The new drug application for {P} has been included by {R} in its priority review procedure, {X} said.",
                    f"{P} has been granted {noun} by {R}, {X} announced today."][t]
        else:
            if t == 3:
                when = d.earlier(2, 12)
            lead = [f"{X} today announced that {R} has granted {noun} to {P} for the treatment of {ind}.",
                    f"{P} has received {noun} from {R} for {ind}, {X} said.",
                    f"{X} has been granted {noun} by {R} for {P}.",
                    f"{R} granted {noun} for {X}'s {P} in {ind} on {d.date_text(when)}."][t]
    d.fact(f"approval/{kind.split()[0]}/T{t}", "approval", product=p.name, regulator=acr, kind=kind, sponsor=c.name,
           date=d.iso(when) if when else None)
    body = [product_paragraph(d, p, c)]
    if kind in (MA, CMA, AA) and r.random() < 0.6:
        body.append(f"The decision is based on results from a randomized, controlled trial in which {d.prod(p)} "
                    f"significantly improved the primary endpoint compared with the standard of care. "
                    + r.choice(pb.FILLER["approved"][1:3]))
    if p.phase != "Approved" and r.random() < 0.5:  # earlier designation
        g2 = REGULATORS["FDA" if acr != "FDA" else "NMPA"]
        k2 = r.choice([ODD, FTD, BTD]) if g2.acronym == "FDA" else BTD
        prev = d.earlier(120, 700)
        body.append(f"{d.prod(p)} previously received {k2.title().replace('Drug', 'Drug')} from {d.reg(g2)} in "
                    f"{MONTHS[prev.month - 1]} {prev.year}.")
        d.fact("approval/previous", "approval", product=p.name, regulator=g2.acronym, kind=k2, sponsor=None,
               date=f"{prev.year}-{prev.month:02d}")
    v = r.randrange(4)
    other = REGULATORS[r.choice(["EMA", "MHRA", "PMDA", "Health Canada", "NMPA", "FDA"])]
    if other.acronym != acr:
        Ro = d.reg(other)
        P2 = d.prod(p)
        body.append([f"{d.co(c)} plans to submit a marketing application for {P2} to {Ro} in {d.pub.year + 1}.",
                     f"{P2} has not yet been approved by {Ro} or any other regulatory authority outside {g.country or 'this market'}.",
                     f"A marketing application for {P2} is under review by {Ro}, with a decision expected in {d.pub.year + 1}.",
                     f"{d.co(c)} intends to seek approval from {Ro} once the confirmatory study completes."][v])
        d.neg(f"{other.acronym}: {['a planned filing', 'not yet approved (negation)', 'a pending review', 'a plan'][v]}, no approval")
    if r.random() < 0.4:
        an = r.choice(pb.ANALYSTS)
        body.append(f"According to {d.other(an)}, the global market for {ind} treatments could exceed "
                    f"${r.randint(3, 40)} billion by {d.pub.year + 6}.")
        d.neg(f"{an} is cited for a market figure, not a party")
    head = r.choice([f"{g.acronym} {'Approves' if kind == MA else 'Grants ' + kind.title() + ' to'} {p.brand or p.inn or p.name}",
                     f"{d.co(c, 'head')} Announces {g.acronym} {kind.title()} for {p.brand or p.name}",
                     f"{d.co(c, 'head')}'s {p.brand or p.name} Receives {kind.title()} from {g.acronym}"])
    return Parts(head, None, lead, body, [d.quote(c, "regulatory")], [c], c.city, c,
                 "approved" if p.phase == "Approved" else "develop", p.indications[0])


def ev_licensing(d: Doc) -> Parts:
    r = d.r
    a = d.w.pick(r, ("biotech", "biosimilar", "radio"))
    if not a.products:
        return ev_approval(d)
    b = d.w.pick(r, ("pharma", "biotech", "biosimilar"), avoid={a.j})
    p = r.choice(a.products)
    terr, terr_in = r.choice(pb.TERRITORIES)
    A, B = d.co(a), d.co(b)
    P = d.prod(p)
    t = r.randrange(7)
    collab = False
    if t == 0:
        lead = (f"{A} and {B} today announced an exclusive license agreement under which {B} obtains the rights to "
                f"develop, manufacture and commercialize {P} {terr_in}.")
    elif t == 1:
        lead = f"{A} has granted {B} an exclusive license to develop and commercialize {P} {terr_in}."
    elif t == 2:
        lead = f"{B} has entered into an agreement with {A} to in-license {P} {terr_in}."
    elif t == 3:
        lead = f"{B} has acquired exclusive rights to {P} {terr_in} from {A}."
        d.neg("acquiring rights to a product is a licence, not an acquisition of the company")
    elif t == 4:
        lead = f"Under an agreement announced today, {A} will out-license {P} to {B} {terr_in}."
    elif t == 5:
        lead = f"Exclusive rights to {P} {terr_in} have been licensed to {B} by {A}, the two companies said."
    else:
        collab = True
        lead = (f"{A} announced that it has entered into a collaboration and license agreement with {B} for {P}. "
                f"{B} will receive an exclusive license {terr_in}, and the two companies will jointly develop {d.prod(p)} "
                f"for {p.indications[0]}.")
    deal = r.uniform(80, 3500)
    v = r.randrange(5)
    if v == 4:
        value, vtext = None, "Financial terms of the agreement were not disclosed."
    else:
        cur = currency_of(r, b)
        up_m = deal * r.uniform(0.04, 0.15)
        style = r.randrange(12)
        tot, gold = money(r, deal, cur=cur, style=style)
        up, _ = money(r, up_m, cur=cur, style=style)
        ms, _ = money(r, deal - up_m, cur=cur, style=style)
        value = gold
        vtext = [(f"Under the terms of the agreement, {d.co(a)} will receive an upfront payment of {up} and is eligible to "
                 f"receive up to {ms} in development, regulatory and commercial milestone payments, for a total potential "
                 f"deal value of up to {tot}, plus tiered royalties on net sales."),
                 f"The deal is worth up to {tot}, including {up} upfront.",
                 f"{d.co(b)} will pay {up} upfront and up to {ms} in milestones, bringing the total potential value to {tot}.",
                 f"The agreement has a total value of {tot}, comprising an upfront payment of {up} and milestone payments."][v]
        d.neg(f"{up} is the upfront payment; the total potential value is {tot}")
    d.fact(f"licensing/T{t}/V{v}", "licensing", licensor=a.name, licensee=b.name, product=p.name, territory=terr, value=value)
    if collab:
        d.fact("collaboration/license", "collaboration", parties=[a.name, b.name], subject=f"joint development of {p.name}",
               kind="co-development")
    body = [vtext, product_paragraph(d, p, a)]
    if r.random() < 0.4 and terr_in.startswith("in "):
        body.append(f"{d.co(a)} retains all rights to {d.prod(p)} outside {terr}.")
        d.neg(f"{a.name} retains the other territories: no licence there")
    if r.random() < 0.5:
        adv = r.sample(pb.ADVISERS, 2)
        body.append(f"{d.other(adv[0])} is acting as financial adviser and {d.other(adv[1])} as legal counsel to {d.co(b)}.")
        d.neg(f"{adv[0]} and {adv[1]} are advisers, not parties")
    if r.random() < 0.3:
        rivals = [d.w.pick(r, ("pharma", "biotech"), avoid={a.j, b.j}) for _ in range(3)]
        body.append(f"The field is competitive: {d.co(rivals[0], 'canon')}, {d.co(rivals[1], 'canon')} and "
                    f"{d.co(rivals[2], 'canon')} are developing candidates against similar targets.")
        d.neg(f"{', '.join(x.name for x in rivals)} are competitors, not partners")
    if r.random() < 0.5:
        body.append(r.choice(pb.FILLER["deal"]).format(co=d.co(b)))
    head = r.choice([f"{d.co(a, 'head')} and {d.co(b, 'head')} Enter Exclusive License Agreement for {p.name}",
                     f"{d.co(b, 'head')} In-Licenses {p.name} from {d.co(a, 'head')}",
                     f"{d.co(a, 'head')} Grants {d.co(b, 'head')} Rights to {p.name}"])
    return Parts(head, None, lead, body, [d.quote(a, "deal"), d.quote(b, "deal")], [a, b], a.city, a)


def ev_service(d: Doc) -> Parts:
    r = d.r
    pv = d.w.pick(r, PROVIDERS)
    cl = d.w.pick(r, DEVELOPERS, avoid={pv.j})
    p = r.choice(cl.products) if cl.products and r.random() < 0.8 else None
    if pv.kind == "cro":
        svc, acts_pool = "CRO", pb.ACTIVITIES["cro"]
    elif pv.kind == "cmo":
        svc, acts_pool = "CMO", pb.ACTIVITIES["cmo"]
    else:
        svc = pv.kind_label if pv.kind_label in ("CDMO", "CRDMO") else "CDMO"
        key = "biologics"
        if p is not None:
            key = {"adc": "adc", "bsadc": "adc", "sm": "small", "radio": "radio", "cart": "cell", "gene": "cell"}.get(p.modality, "biologics")
        acts_pool = pb.ACTIVITIES[key]
        if r.random() < 0.1:
            svc = "CDO"
            acts_pool = pb.ACTIVITIES["biologics"][:5]
    acts = r.sample(acts_pool, r.randint(2, 4))
    acts_text = f"{', '.join(acts[:-1])} and {acts[-1]}"
    svc_text = r.choice(pb.SERVICE_PHRASES[svc])
    PV, CL = d.co(pv), d.co(cl)
    unnamed = r.choice(["lead antibody candidate", "undisclosed clinical-stage programme", "pipeline programmes"])
    P = d.prod(p) if p else f"its {unnamed}"
    agreement = r.choice(["manufacturing services agreement", "strategic manufacturing agreement", "master services agreement",
                          "development and manufacturing agreement", "commercial supply agreement"]
                         if svc != "CRO" else ["clinical services agreement", "master services agreement", "preferred-provider agreement"])
    t = r.randrange(6 if pv.sites else 5)
    poss = f"{CL}'s {P}" if p else f"{CL}'s {unnamed}"
    if t == 0:
        lead = f"{PV}, a leading {svc_text}, and {CL} today announced a {agreement} under which {PV} will provide {acts_text} for {poss}."
    elif t == 1:
        lead = f"{CL} has selected {PV} as its {svc_text} for {P}. Under the {agreement}, {PV} will be responsible for {acts_text}."
    elif t == 2:
        lead = f"{PV} has signed a {agreement} with {CL} to support {P}, covering {acts_text}."
    elif t == 3:
        lead = f"{CL} has entrusted {PV} with {acts_text} for {P}, the two companies said today."
    elif t == 4:
        lead = f"{PV} will serve as the {svc_text} for {poss}, providing {acts_text} under a newly signed {agreement}."
    else:
        site = pv.sites[0]
        lead = (f"Under a new {agreement}, {PV} will perform {acts_text} for {poss} at its "
                f"{site_phrase(d, pv, site, False)}.")
    d.fact(f"service/T{t}", "service", provider=pv.name, client=cl.name, service=svc, product=p.name if p else None,
           activities=acts)
    if svc_text in ("contract manufacturer", "contract development and manufacturing partner", "clinical research partner", "CDMO partner"):
        d.phr[-1] += "/no-acronym" if "(" not in svc_text else ""
    body = []
    if p is not None:
        body.append(product_paragraph(d, p, cl))
    if pv.sites and r.random() < 0.6:
        s = pv.sites[-1]
        extra = f", which offers {s.capacity_text}" if s.capacity_text else ""
        body.append(f"The work will be carried out at {d.co(pv)}'s {site_phrase(d, pv, s)}{extra}.")
        if s.capacity_text:
            d.facts[_last(d, "facility")]["capacity_l"] = s.capacity_l
    if r.random() < 0.4:
        rivals = [d.w.pick(r, PROVIDERS, avoid={pv.j}) for _ in range(2)]
        body.append(f"The outsourcing market is crowded, with providers such as {d.co(rivals[0], 'canon')} and "
                    f"{d.co(rivals[1], 'canon')} also expanding capacity. " + r.choice(pb.FILLER["manufacturing"]))
        d.neg(f"{rivals[0].name} and {rivals[1].name} are competitors of {pv.name}, not service providers to {cl.name}")
    if r.random() < 0.4:
        body.append(f"The agreement may be extended to commercial supply if {d.co(cl)} receives marketing approval, "
                    f"and {d.co(pv)} is in discussions with other biotechnology companies about similar arrangements.")
        d.neg("commercial supply and further agreements are possibilities (plans), not services")
    head = r.choice([f"{d.co(pv, 'head')} and {d.co(cl, 'head')} Sign {agreement.title()}",
                     f"{d.co(cl, 'head')} Selects {d.co(pv, 'head')} as {svc} Partner" + (f" for {p.name}" if p else ""),
                     f"{d.co(pv, 'head')} to Provide {acts[0].title()} for {d.co(cl, 'head')}"])
    topic = "clinical" if svc == "CRO" else "manufacturing"
    return Parts(head, None, lead, body, [d.quote(pv, topic), d.quote(cl, "deal")], [pv, cl], pv.city, pv, topic)


def ev_acquisition(d: Doc) -> Parts:
    r = d.r
    a = d.w.pick(r, ("pharma", "cdmo", "investor", "pharma"))
    t_ = d.w.pick(r, ("biotech", "cdmo", "radio", "biosimilar", "cro"), avoid={a.j})
    A, T = d.co(a), d.co(t_)
    val_text, gold = money(r, r.uniform(60, 15000), a)
    done = r.random() < 0.4
    when = d.pub
    k = r.randrange(4)
    if not done:
        lead = [f"{A} and {T} today announced that they have entered into a definitive agreement under which {A} will acquire {T} for {val_text} in cash.",
                f"{A} has agreed to acquire {T} for approximately {val_text}.",
                f"{T} has agreed to be acquired by {A} in a transaction valued at {val_text}.",
                (f"{A} will acquire all outstanding shares of {T} for ${r.randint(8, 90)}.{r.choice(['00', '50', '25'])} per share in cash, "
                f"representing a total equity value of approximately {val_text}.")][k]
        if k == 3:
            d.neg("the per-share price is not the deal value")
        tail = (f"The transaction, which has been approved by the boards of directors of both companies, is expected to close in "
                f"{r.choice(['the first', 'the second', 'the third', 'the fourth'])} quarter of {d.pub.year + (1 if d.pub.month > 9 else 0)}, "
                f"subject to regulatory approvals and customary closing conditions.")
        d.neg("closing is expected (plan): the acquisition is agreed, reported with its announcement date")
    else:
        if k == 3:
            when = d.earlier(1, 20)
        lead = [f"{A} today announced that it has completed its acquisition of {T}. The transaction was valued at approximately {val_text}.",
                f"{A} has closed the previously announced acquisition of {T} for {val_text}, and {T} is now a wholly owned subsidiary of {A}.",
                f"{T} has been acquired by {A} following the completion of a tender offer, in a deal valued at {val_text}.",
                f"{A} completed the purchase of {T} on {d.date_text(when)}, for a total consideration of {val_text}."][k]
        tail = f"With the completion of the transaction, {d.co(t_)}'s shares will no longer be traded."
    d.fact(f"acquisition/{'completed' if done else 'agreed'}/T{k}", "acquisition", acquirer=a.name, target=t_.name,
           value=gold, date=d.iso(when))
    body = [tail]
    if t_.products:
        body.append(product_paragraph(d, r.choice(t_.products), t_))
    if t_.sites and r.random() < 0.6:
        s = t_.sites[0]
        body.append(f"The deal also brings {d.co(a)} {d.co(t_)}'s {site_phrase(d, t_, s)}"
                    + (f", with {s.capacity_text}." if s.capacity_text else "."))
        if s.capacity_text:
            d.facts[_last(d, "facility")]["capacity_l"] = s.capacity_l
    if r.random() < 0.35:
        prev_t = d.w.pick(r, ("biotech", "cdmo", "radio"), avoid={a.j, t_.j})
        pv, pg = money(r, r.uniform(50, 4000), a)
        prev = d.earlier(60, 600)
        body.append(f"The transaction follows {d.co(a)}'s {pv} acquisition of {d.co(prev_t, 'canon')}, completed in "
                    f"{MONTHS[prev.month - 1]} {prev.year}.")
        d.fact("acquisition/previous", "acquisition", acquirer=a.name, target=prev_t.name, value=pg,
               date=f"{prev.year}-{prev.month:02d}")
    if r.random() < 0.3:
        z = d.w.pick(r, ("pharma",), avoid={a.j, t_.j})
        body.append(f"Media reports earlier this year had linked {d.co(z, 'canon')} to a possible bid for {d.co(t_)}; "
                    f"{d.co(z)} did not make an offer.")
        d.neg(f"{z.name} was only rumoured as a bidder: no acquisition")
    if r.random() < 0.5:
        adv = r.sample(pb.ADVISERS, 2)
        body.append(f"{d.other(adv[0])} is serving as exclusive financial advisor to {d.co(t_)}, and {d.other(adv[1])} "
                    f"is serving as legal counsel.")
        d.neg(f"{adv[0]} and {adv[1]} are advisers, not parties")
    verb = "Completes Acquisition of" if done else r.choice(["to Acquire", "Agrees to Acquire", "to Buy"])
    head = f"{d.co(a, 'head')} {verb} {d.co(t_, 'head')}" + ("" if done else f" for {val_text}")
    return Parts(head, None, lead, body, [d.quote(a, "deal"), d.quote(t_, "deal")], [a, t_], a.city, a, "acquisition")


def ev_collaboration(d: Doc) -> Parts:
    r = d.r
    a = d.w.pick(r, DEVELOPERS + ("cdmo",))
    b = d.w.pick(r, DEVELOPERS + ("cdmo", "cro"), avoid={a.j})
    A, B = d.co(a), d.co(b)
    k = r.randrange(7)
    if k == 2 and not a.products:
        k = 0
    if k in (4, 5) and not a.products:
        k = 1
    p = r.choice(a.products) if a.products else None
    terr = r.choice(["Latin America", "Southeast Asia", "the Middle East", "India", "Europe", "Japan", "Canada"])
    body = []
    if k == 0:
        subj = r.choice(["discover and develop novel antibody-drug conjugates against solid tumour targets",
                         "advance AI-driven discovery of small-molecule inhibitors",
                         "develop next-generation mRNA vaccines", "build a regional supply chain for biosimilars",
                         "expand access to cancer medicines in emerging markets"])
        kind = "strategic partnership"
        lead = f"{A} and {B} today announced a strategic partnership to {subj}."
    elif k == 1:
        subj = r.choice(["identify new targets in autoimmune disease", "develop novel cell therapy platforms",
                         "discover bispecific antibodies for oncology", "explore new radioligand targets"])
        kind = "research collaboration"
        lead = f"{A} has entered into a research collaboration with {B} to {subj}."
    elif k == 2:
        subj = f"co-development of {p.name}"
        kind = "co-development"
        lead = (f"{A} and {B} have agreed to co-develop {d.prod(p)} for {p.indications[0]}, sharing development "
                f"costs and responsibilities equally.")
    elif k == 3:
        jv = f"{a.short}{b.short[:3].lower()} {r.choice(['Biotech', 'Health', 'Pharma'])}"
        subj = r.choice(["manufacture and commercialize biosimilars", "develop and produce vaccines",
                         "build a biologics manufacturing hub"]) + f" in {terr}"
        kind = "joint venture"
        lead = f"{A} and {B} will form a joint venture, {d.other(jv)}, to {subj}."
    elif k == 4:
        subj = f"distribution of {p.name} in {terr}"
        kind = "distribution"
        lead = f"{A} has signed a distribution agreement with {B}, under which {B} will distribute {d.prod(p)} in {terr}."
        d.neg("a distribution agreement is a collaboration, not a licence")
    elif k == 5:
        subj = f"commercialization of {p.name} in {terr}"
        kind = "commercialization partnership"
        lead = f"{A} and {B} entered into a commercialization partnership for {d.prod(p)} in {terr}."
    else:
        subj = r.choice(["secure long-term supply of drug substance", "localise production of insulin",
                         "establish fill-finish capacity for vaccines"]) + f" in {terr}"
        kind = "manufacturing partnership"
        lead = f"{A} and {B} signed a manufacturing partnership agreement to {subj}."
    d.fact(f"collaboration/K{k}", "collaboration", parties=[a.name, b.name], subject=subj, kind=kind)
    if p is not None and (k in (2, 4, 5) or r.random() < 0.3):
        body.append(product_paragraph(d, p, a))
    body.append(r.choice(pb.FILLER["deal"]).format(co=d.co(a)))
    if r.random() < 0.35:
        c3 = d.w.pick(r, DEVELOPERS, avoid={a.j, b.j})
        body.append(f"Separately, {d.co(b)} signed a non-binding memorandum of understanding with {d.co(c3, 'canon')} to "
                    f"explore a possible partnership; no agreement has been reached.")
        d.neg(f"{c3.name}: an MoU to explore a possible partnership is not a collaboration")
    if r.random() < 0.3:
        an = r.choice(pb.ANALYSTS)
        body.append(f"Citing data from {d.other(an)}, the companies noted that demand in {terr} is expected to grow by "
                    f"{r.randint(6, 15)}% a year through {d.pub.year + 5}.")
        d.neg(f"{an} is cited for a market figure, not a party")
    head = r.choice([f"{d.co(a, 'head')} and {d.co(b, 'head')} Announce {kind.title()}",
                     f"{d.co(a, 'head')} Partners with {d.co(b, 'head')}",
                     f"{d.co(b, 'head')} and {d.co(a, 'head')} Join Forces"])
    return Parts(head, None, lead, body, [d.quote(a, "deal"), d.quote(b, "deal")], [a, b], a.city, a)


def ev_facility(d: Doc) -> Parts:
    r = d.r
    c = d.w.pick(r, ("cdmo", "cmo", "vaccine", "biosimilar", "pharma", "generic"))
    taken = {s.city for s in c.sites}
    city = r.choice([x for x in CITIES_BY_CC.get(c.cc) or CITIES_BY_CC["US"] if x[0] not in taken] or pb.CITIES)[0]
    area, area_text = area_phrase(r)
    cap, cap_text = capacity_phrase(r) if c.kind in ("cdmo", "vaccine", "biosimilar", "cmo") or r.random() < 0.3 else (None, None)
    name = r.choice(["biologics manufacturing facility", "drug substance plant", f"{city} Innovation Center",
                     "fill-finish facility", "commercial manufacturing plant", f"Plant {r.randint(2, 9)}",
                     "multi-product manufacturing facility"])
    X, L = d.co(c), d.place(city)
    t = r.randrange(5)
    capsent = f" It houses {cap_text}." if cap_text else ""
    if t == 0:
        size = (f"The {adjective(area_text)} facility took" if "(" not in area_text else
                f"The facility, which covers {area_text}, took")
        lead = f"{X} today celebrated the opening of its new {name} in {L}. {size} two years to build.{capsent}"
    elif t == 1:
        lead = f"{X} has completed construction of its {name} in {L}, which covers {area_text}.{capsent}"
    elif t == 2:
        lead = (f"{X} announced that its {name} in {L} is now fully operational. The site spans {area_text}"
                + (f" and adds {cap_text} to the company's network." if cap_text else "."))
    elif t == 3:
        lead = f"Spanning {area_text}, the new {name} of {X} in {L} was inaugurated today.{capsent}"
    else:
        lead = f"{X} has expanded its site in {L} with a {name} of {area_text}.{capsent}"
    d.fact(f"facility/T{t}/{'sqft' if 'feet' in area_text or 'ft' in area_text.split('(')[0] else 'm2'}", "facility",
           operator=c.name, name=name, location=city, area_m2=area, capacity_l=cap)
    body = [r.choice(pb.FILLER["manufacturing"]) + " " + r.choice(pb.FILLER["manufacturing"])]
    if r.random() < 0.4:
        g = REGULATORS[r.choice(["FDA", "EMA", "PMDA", "ANVISA"])]
        body.append(f"{d.co(c)} plans to seek approval of the facility from {d.reg(g)} in {d.pub.year + 1}; "
                    f"it has not yet been inspected.")
        d.neg(f"{g.acronym}: a planned approval of the new facility, no certification")
    if r.random() < 0.35:
        body.append(f"{d.co(c)} is also evaluating locations for a further plant in {r.choice(['Europe', 'North America', 'Southeast Asia'])}.")
        d.neg("a further plant is being evaluated (plan, no location): no facility")
    if c.sites and r.random() < 0.5:
        s = c.sites[0]
        if s.city != city:
            body.append(f"The company already operates the {site_phrase(d, c, s)}.")
    head = r.choice([f"{d.co(c, 'head')} Opens New {name.title()} in {city}",
                     f"{d.co(c, 'head')} Expands Manufacturing Footprint with {city} Facility",
                     f"{d.co(c, 'head')} Inaugurates {area_text.split(' (')[0]} Site in {city}"])
    return Parts(head, None, lead, body, [d.quote(c, "manufacturing")], [c], c.city, c, "manufacturing")


def ev_appointment(d: Doc) -> Parts:
    r = d.r
    c = d.w.pick(r, tuple(k for k, _ in KIND_WEIGHTS))
    q = r.choice(c.people[1:])
    title, roles = title_roles(q.title)
    X, Q = d.co(c), d.person(q)
    eff = d.pub + timedelta(days=r.randint(0, 45))
    t = r.randrange(4)
    lead = [f"{X} today announced the appointment of {Q} as {title}, effective {d.date_text(eff)}.",
            f"{Q} has been named {title} of {X}.",
            f"{X} has appointed {Q} to the role of {title}.",
            f"The board of directors of {X} has appointed {Q} as the company's new {title}."][t]
    for role in roles:
        d.fact(f"role/appoint/T{t}", "role", person=q.full, role=role, organization=c.name)
    prev = d.w.pick(r, ("pharma", "biotech", "cdmo"), avoid={c.j})
    past = r.choice(['Senior Vice President', 'Vice President', 'Head of Strategy'])
    body = [r.choice([(f"{q.surname} joins from {d.co(prev, 'canon')}, where the incoming executive served as {past} "
                      f"and led a team of more than {r.randint(2, 30) * 10} people."),
                      f"Before joining {d.co(c)}, {q.surname} was {past} at {d.co(prev, 'canon')}.",
                      f"{q.surname} previously spent {r.randint(5, 15)} years at {d.co(prev, 'canon')}, most recently as {past}."])]
    d.neg(f"{q.full}'s role at {prev.name} is a former role, not a current one")
    if r.random() < 0.5:
        pred = make_person(r, c.cc, q.title)
        body.append(f"{q.surname} succeeds {d.person(pred)}, who is retiring after {r.randint(4, 15)} years with the company.")
        d.neg(f"{pred.full} is the retiring predecessor (former role)")
    body.append(r.choice(pb.FILLER["people"]))
    ceo = c.people[0]
    quotes = [d.quote(c, "people", ceo, q.surname)]
    if r.random() < 0.5:
        quotes.append(d.quote(c, "joining", q))
    head = f"{d.co(c, 'head')} Appoints {q.full} as {title}"
    return Parts(head, None, lead, body, quotes, [c], c.city, c, "people")


def ev_pipeline(d: Doc) -> Parts:
    r = d.r
    c = d.w.pick(r, ("biotech", "pharma", "radio"))
    ps = [p for p in c.products if p.phase not in ("Approved", "Preclinical")]
    if not ps:
        return ev_licensing(d)
    p = r.choice(ps)
    ph = r.choice(dict(pb.PHASES)[p.phase])
    X, P = d.co(c), d.prod(p)
    lead = r.choice([f"{X} today announced that the first patient has been dosed in its {ph} trial of {P} in {p.indications[0]}.",
                     f"{X} has completed enrollment in the {ph} study evaluating {P} in patients with {p.indications[0]}.",
                     f"{X} presented new {ph} data for {P} at a major medical congress today."])
    body = [product_paragraph(d, p, c, "product/pipeline"),
            r.choice(pb.FILLER["develop"][1:5]) + " " + pb.FILLER["develop"][5].format(n=r.randint(8, 60) * 10)]
    g = REGULATORS[r.choice(["FDA", "NMPA", "EMA", "PMDA"])]
    v = r.randrange(3)
    body.append([f"{d.co(c)} plans to file for Breakthrough Therapy Designation with {d.reg(g)} and to begin a registrational study next year.",
                 f"{d.prod(p)} is an investigational agent and has not been approved by {d.reg(g)} or any other regulatory authority.",
                 f"The company intends to submit a marketing application to {d.reg(g)} in {d.pub.year + 2}."][v])
    d.neg(f"{g.acronym}: {['a planned filing', 'not approved (negation)', 'a planned submission'][v]}, no approval")
    head = f"{d.co(c, 'head')} Announces {ph} Progress for {p.name}"
    return Parts(head, None, lead, body, [d.quote(c, "regulatory")], [c], c.city, c, "develop", p.indications[0])


EVENTS = {"certification": ev_certification, "approval": ev_approval, "licensing": ev_licensing,
          "service": ev_service, "acquisition": ev_acquisition, "collaboration": ev_collaboration,
          "facility": ev_facility, "appointment": ev_appointment, "pipeline": ev_pipeline}
EVENT_TABLE = [k for k, w in DOC_TYPES for _ in range(w)]


def about(d: Doc, c: Company) -> str:
    r = d.r
    X = d.co(c, "canon" if r.random() < 0.7 else "later")
    H = d.place(c.city)
    founded = c.founded if r.random() < 0.75 else None
    t = r.randrange(5)
    focus = {"biotech": "discovering and developing novel therapies for cancer and immune diseases",
             "pharma": "developing, manufacturing and marketing medicines in more than 40 countries",
             "cdmo": "end-to-end development and manufacturing services for biologics",
             "cro": "clinical development services for biopharmaceutical sponsors",
             "cmo": "sterile manufacturing services for pharmaceutical companies",
             "biosimilar": "high-quality, affordable biosimilars", "vaccine": "vaccines against infectious diseases",
             "generic": "generic medicines and active pharmaceutical ingredients",
             "radio": "targeted radiopharmaceuticals", "investor": "investments in healthcare companies"}[c.kind]
    if t == 0 and founded:
        txt = f"{X} is {c.kind_phrase} headquartered in {H}. Founded in {founded}, the company focuses on {focus}."
    elif t == 1 and founded:
        txt = f"Founded in {founded} and based in {H}, {X} is {c.kind_phrase} focused on {focus}."
    elif t == 2 and founded:
        txt = f"Established in {founded}, {X} is {c.kind_phrase}. The company is headquartered in {H} and specialises in {focus}."
    elif t == 3:
        txt = f"{X}, headquartered in {H}, is {c.kind_phrase} dedicated to {focus}."
        founded = None
    else:
        txt = f"{X} is {c.kind_phrase} with a focus on {focus}. Its headquarters are in {H}."
        founded = None
    d.fact(f"company/about{t}", "company", company=c.name, kind=c.kind_label, headquarters=c.city, founded=founded)
    if c.sites and c.kind in MAKERS and r.random() < 0.5:
        s = c.sites[-1]
        sp = site_phrase(d, c, s)
        txt += f" The company operates {article(sp)} {sp}" + (f" with {s.capacity_text}." if s.capacity_text else ".")
        if s.capacity_text:
            d.facts[_last(d, "facility")]["capacity_l"] = s.capacity_l
    if r.random() < 0.25:
        ceo = c.people[0]
        title, roles = title_roles(ceo.title)
        txt += f" The company is led by {title} {d.person(ceo)}".rstrip(".") + "."
        for role in roles:
            d.fact("role/about", "role", person=ceo.full, role=role, organization=c.name)
    return txt


# --- rendering -----------------------------------------------------------------------------------
def dateline(d: Doc, city: str) -> tuple[str, str | None]:
    """(prefix of the lead paragraph, a line above the body or None)."""
    r = d.r
    place = d.place(city, "dateline")
    ds = d.date_text(d.pub, r.choice([0, 0, 1, 2]))
    k = r.randrange(6)
    if k == 0:
        return f"{place}, {ds} /PRNewswire/ --", None
    if k == 1:
        return f"{place}--(BUSINESS WIRE)--", f"{MONTHS[d.pub.month - 1]} {d.pub.day:02d}, {d.pub.year} 07:00 AM Eastern Time"
    if k == 2:
        return f"{place} \u2013 {d.date_text(d.pub, 1)} \u2013", None
    if k == 3:
        return f"{place}, {ds} (GLOBE NEWSWIRE) --", None
    if k == 4:
        return f"{place}, {ds} \u2013", None
    return f"{place} ({d.date_text(d.pub, 1)}) -", None


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return "-".join(s.split("-")[:8])[:60].strip("-")


def build(world: World, index: int, seed: int, formats: list) -> tuple[str, str, str, dict]:
    """Returns (slug, extension, text, gold) for document `index`."""
    d = Doc(world, index, seed)
    ev = d.r.choice(EVENT_TABLE)
    parts = EVENTS[ev](d)
    r = d.r
    prefix, topline = dateline(d, parts.place)
    quotes = list(parts.quotes)
    abouts = [(c, about(d, c)) for c in parts.about if r.random() < 0.85 or c is parts.main]
    fls = r.choice(pb.FORWARD_LOOKING).format(co=parts.main.name)
    body = list(parts.body)
    paras = body[:1] + quotes[:1] + body[1:] + quotes[1:]
    # fill up to a target size with context paragraphs of two or three sentences (no facts in them)
    target = r.randint(2500, 4900)
    fixed = len(parts.lead) + sum(len(a) for _, a in abouts) + len(fls) + 250
    ctx = {"co": parts.main.short, "ind": parts.indication[0].upper() + parts.indication[1:], "n": r.randint(8, 60) * 10}
    pool = [x.format(**ctx) for x in pb.FILLER[parts.topic]]
    pool = [x for x in pool if not any(x in p for p in paras)]
    r.shuffle(pool)
    fillers = []
    while fixed + sum(map(len, paras)) < target and len(paras) < 7 and len(pool) >= 2:
        k = min(len(pool), r.choice([2, 2, 3]))
        extra = " ".join(pool.pop() for _ in range(k))
        paras.insert(r.randint(1, len(paras)), extra)
        fillers.append(extra)
    while fixed + sum(map(len, paras)) > 5000 and fillers:   # only context paragraphs are ever dropped
        paras.remove(fillers.pop())
    fix = re.compile(r"(?<=[a-z]s)'s\b")
    paras = [fix.sub("'", x) for x in paras]
    parts.lead = fix.sub("'", parts.lead)
    parts.headline = fix.sub("'", parts.headline)
    abouts = [(c, fix.sub("'", a)) for c, a in abouts]
    fls = fix.sub("'", fls)
    fmt = r.choice(formats)
    slug = slugify(parts.headline)
    source = f"https://news.example.com/{d.pub.year}/{d.pub.month:02d}/{index:06d}-{slug}"
    contact = (f"Media contact: press@{parts.main.short.lower()}.example.com" if r.random() < 0.7 else
               f"Investor Relations\nir@{parts.main.short.lower()}.example.com")
    if fmt == "txt":
        text = render_txt(parts, prefix, topline, paras, abouts, fls, contact, r)
    elif fmt == "md":
        text = render_md(parts, prefix, topline, paras, abouts, fls, contact, r, d, source)
    else:
        text = render_html(parts, prefix, topline, paras, abouts, fls, contact, r, d)
    gold = {"source_url": source, "date": d.pub.isoformat(),
            "entities": [{**e, "aliases": e["aliases"]} for e in d.ents.values()],
            "facts": dedupe(d.facts, d.phr),
            "negatives": [{"what": w} for w in dict.fromkeys(d.negs)]}
    gold["synthetic"] = {"seed": seed, "index": index, "event": ev, "format": fmt, "phrasings": _phr(d.facts, d.phr)}
    return slug, fmt, text, gold


def dedupe(facts: list, phr: list) -> list:
    seen, out = set(), []
    for f in facts:
        k = json.dumps(f, sort_keys=True)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _phr(facts: list, phr: list) -> list:
    seen, out = set(), []
    for f, p in zip(facts, phr):
        k = json.dumps(f, sort_keys=True)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def render_txt(parts, prefix, topline, paras, abouts, fls, contact, r) -> str:
    out = [parts.headline, ""]
    if parts.subhead:
        out += [parts.subhead, ""]
    if topline:
        out += [topline, ""]
    out += [f"{prefix} {parts.lead}", ""]
    for p in paras:
        out += [p, ""]
    for c, txt in abouts:
        out += [f"About {c.name}", txt, ""]
    out += [r.choice(["Forward-Looking Statements", "Cautionary Statement Regarding Forward-Looking Statements",
                      "Forward-looking statements"]), fls, ""]
    out += [contact, ""]
    if r.random() < 0.4:
        out += [f"SOURCE {parts.main.name}", ""]
    elif r.random() < 0.3:
        out += ["# # #", ""]
    return "\n".join(out)


def render_md(parts, prefix, topline, paras, abouts, fls, contact, r, d, source) -> str:
    out = []
    if r.random() < 0.6:
        out += ["---", f"date: {d.pub.isoformat()}", f"source: {source}", f"title: {parts.headline}", "---", ""]
    out += [f"# {parts.headline}", ""]
    if parts.subhead:
        out += [f"*{parts.subhead}*", ""]
    if topline:
        out += [f"_{topline}_", ""]
    out += [f"**{prefix.rstrip(' -–—')}** \u2013 {parts.lead}", ""]
    for p in paras:
        if p.startswith("\"") and "\n\u2014" in p:
            q, who = p.split("\n", 1)
            out += [f"> {q}", ">", f"> {who}", ""]
        else:
            out += [p, ""]
    for c, txt in abouts:
        out += [f"## About {c.name}", "", txt, ""]
    out += ["## Forward-Looking Statements", "", f"*{fls}*", "", contact.replace("\n", "  \n"), ""]
    return "\n".join(out)


def render_html(parts, prefix, topline, paras, abouts, fls, contact, r, d) -> str:
    e = html.escape
    iso = d.pub.isoformat()
    meta = [f'<meta name="description" content="{e(parts.lead[:150])}">']
    if r.random() < 0.5:
        meta.append(f'<meta property="article:published_time" content="{iso}T{r.randint(6, 16):02d}:00:00Z">')
    ld = ""
    if r.random() < 0.4:
        ld = ('<script type="application/ld+json">' + json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": parts.headline, "datePublished": iso},
            ensure_ascii=False) + "</script>")
    body = [f"<p>{e(prefix)} {e(parts.lead)}</p>"]
    for p in paras:
        if "\n\u2014" in p:
            q, who = p.split("\n", 1)
            body.append(f"<blockquote><p>{e(q)}</p><footer>{e(who)}</footer></blockquote>")
        else:
            body.append(f"<p>{e(p)}</p>")
    for c, txt in abouts:
        body.append(f"<h2>About {e(c.name)}</h2>\n<p>{e(txt)}</p>")
    body.append(f'<h2>Forward-Looking Statements</h2>\n<p class="disclaimer">{e(fls)}</p>')
    body.append(f'<p class="contact">{e(contact).replace(chr(10), "<br>")}</p>')
    related = "\n".join(f'      <li><a href="/news/{slugify(x)}">{e(x)}</a></li>' for x in r.sample(pb.RELATED, 3))
    site = r.choice(["Pharma Manufacturing Today", "BioDeals Wire", "Regulatory Affairs Daily", "Asia Pharma Newsroom"])
    sub = f'\n  <p class="standfirst">{e(parts.subhead)}</p>' if parts.subhead else ""
    top = f'\n  <p class="wire">{e(topline)}</p>' if topline else ""
    timeline = (f'<p class="byline">Newsroom &middot; <time datetime="{iso}">{e(d.date_text(d.pub, 0))}</time></p>'
                if r.random() < 0.6 else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(parts.headline)} | {e(site)}</title>
{chr(10).join(meta)}
<link rel="stylesheet" href="/assets/css/site.min.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
{ld}
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to keep this site working and to measure traffic. You can accept all cookies or change your choice under Cookie settings.</p><button type="button">Accept all</button><a href="/cookie-settings">Cookie settings</a></div>
<header class="site-header">
  <a class="logo" href="/">{e(site)}</a>
  <nav class="main-nav"><ul><li><a href="/manufacturing">Manufacturing</a></li><li><a href="/regulatory">Regulatory</a></li><li><a href="/deals">Deals</a></li><li><a href="/events">Events</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
<article class="news-article">
  <h1>{e(parts.headline)}</h1>{sub}{top}
  {timeline}
  {chr(10).join('  ' + b for b in body)}
</article>
<aside class="related">
  <h3>Related news</h3>
  <ul>
{related}
  </ul>
</aside>
</main>
<footer class="site-footer"><p>&copy; {d.pub.year} {e(site)}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
<script src="/assets/js/vendor/analytics.js" async></script>
</body>
</html>
"""


# --- self-check ----------------------------------------------------------------------------------
ENTITY_COLUMNS = {"holder", "issuer", "product", "regulator", "sponsor", "licensor", "licensee", "provider", "client",
                  "acquirer", "target", "developer", "person", "organization", "operator", "company", "location",
                  "site", "headquarters"}


def check_folder(folder: Path) -> list[str]:
    """Problems in a generated folder: entities the text does not name, facts naming an entity the
    gold does not list, and one alias given to two entities anywhere in the folder."""
    problems, owner = [], {}
    for g in sorted(folder.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        src = next(g.with_suffix(x) for x in (".txt", ".md", ".html") if g.with_suffix(x).exists())
        text = src.read_text(encoding="utf-8")
        if src.suffix == ".html":
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        low = text.lower()
        names = {}
        for e in gold["entities"]:
            forms = [e["name"], *e["aliases"]]
            if not any(f.lower() in low for f in forms):
                problems.append(f"{src.name}: entity {e['name']!r} not in the text")
            for f in forms:
                key = re.sub(r"\W+", " ", f.lower()).strip()
                names[f] = e["name"]
                if owner.setdefault(key, e["name"]) != e["name"]:
                    problems.append(f"{src.name}: {f!r} names both {owner[key]!r} and {e['name']!r}")
        for f in gold["facts"]:
            for k, v in f.items():
                for x in (v if isinstance(v, list) and k == "parties" else [v]):
                    if k in ENTITY_COLUMNS | {"parties"} and x is not None and x not in names:
                        problems.append(f"{src.name}: {f['type']}.{k} {x!r} is not a listed entity")
    return problems


# --- driver --------------------------------------------------------------------------------------
_WORLD: World | None = None


def _init(seed: int, count: int) -> None:
    global _WORLD
    _WORLD = World(seed, count)


def write_range(args: tuple) -> tuple[int, int]:
    out_dir, indices, seed, formats = args
    n = size = 0
    for i in indices:
        slug, ext, text, gold = build(_WORLD, i, seed, formats)
        stem = Path(out_dir) / f"{i:06d}_{slug}"
        data = text.encode("utf-8")
        with open(f"{stem}.{ext}", "wb") as fh:
            fh.write(data)
        gdata = json.dumps(gold, ensure_ascii=False, indent=1).encode("utf-8")
        with open(f"{stem}.json", "wb") as fh:
            fh.write(gdata)
        n += 1
        size += len(data)
    return n, size


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--count", type=int, default=1000, help="documents in the corpus (sizes the world)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--formats", default="txt,md,html", help="comma-separated subset of txt,md,html")
    ap.add_argument("--sample", type=int, help="write only N documents spread evenly over the corpus")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (output is the same for any value)")
    ap.add_argument("--check", action="store_true", help="then check the written gold against the texts")
    a = ap.parse_args(argv)
    formats = [f.strip() for f in a.formats.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("txt", "md", "html")]
    if bad or not formats or a.count < 1:
        ap.error(f"bad --formats or --count: {bad or a.formats}")
    weighted = [f for f in formats for _ in range({"txt": 2, "md": 1, "html": 1}[f])]
    indices = list(range(a.count))
    if a.sample:
        n = min(a.sample, a.count)
        indices = sorted({k * a.count // n for k in range(n)})
    if a.out_dir.is_dir() and any(a.out_dir.iterdir()):
        print(f"note: {a.out_dir} is not empty; files of an earlier run with other names stay", file=sys.stderr)
    a.out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    if a.jobs <= 1:
        _init(a.seed, a.count)
        n, size = write_range((str(a.out_dir), indices, a.seed, weighted))
    else:
        import multiprocessing as mp
        chunks = [indices[k:k + 500] for k in range(0, len(indices), 500)]
        with mp.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(
                a.jobs, initializer=_init, initargs=(a.seed, a.count)) as pool:
            n = size = 0
            for dn, ds in pool.imap_unordered(write_range, [(str(a.out_dir), ch, a.seed, weighted) for ch in chunks]):
                n, size = n + dn, size + ds
    secs = time.perf_counter() - t0
    print(f"documents written: {n}; total bytes: {size:,} (press releases, {size / max(n, 1) / 1000:.1f} kB each); "
          f"seconds: {secs:.1f} ({n / secs:.0f} documents/s)")
    if a.check:
        problems = check_folder(a.out_dir)
        for p in problems[:50]:
            print("check:", p)
        print(f"check: {len(problems)} problems")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
