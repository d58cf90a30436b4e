"""Graphs shaped like ``pharmagraph.analytics.to_networkx`` output, built by hand for render tests."""

from __future__ import annotations

import itertools
import random

import networkx as nx

PG = "https://w3id.org/pharmagraph/"


def _e(name: str) -> str:
    return PG + "entity/" + name.lower().replace(" ", "-")


def add_fact(g: nx.MultiDiGraph, a: str, b: str, relation: str, kind: str, source: str, evidence: str, n: int,
             **attrs: str) -> None:
    fact = f"{PG}fact/{n}"
    g.add_edge(a, b, key=f"{fact}#{relation}", relation=relation, fact=fact, kind=kind, source=source,
               evidence=evidence, **attrs)


def sample_graph() -> nx.MultiDiGraph:
    """A dozen entities from two press releases (BioDlink certifications, Kexing / Pusintin licensing)."""
    g = nx.MultiDiGraph()
    ents = {
        "BioDlink": ("company", "BioDlink International|BioDlink Biopharm"),
        "ANMAT": ("regulator", "Administracion Nacional de Medicamentos"),
        "ANVISA": ("regulator", "Agencia Nacional de Vigilancia Sanitaria"),
        "EMA": ("regulator", "European Medicines Agency"),
        "NMPA": ("regulator", "National Medical Products Administration"),
        "Kexing Biopharm": ("company", "Shandong Kexing|Kexing"),
        "Pusintin": ("product", "pegylated interferon"),
        "Jun Liu": ("person", ""),
        "Suzhou": ("place", "Suzhou, China"),
        "Argentina": ("place", ""),
        "Bio-Thera": ("company", "Bio-Thera Solutions"),
        "BAT1706": ("product", "adalimumab biosimilar"),
    }
    for name, (kind, aliases) in ents.items():
        g.add_node(_e(name), label=name, kind=kind, aliases=aliases)
    ev1 = ("BioDlink announced that its Suzhou facility has been certified by ANMAT, ANVISA and the EMA "
           "for GMP compliance.")
    for i, reg in enumerate(["ANMAT", "ANVISA", "EMA", "NMPA"]):
        add_fact(g, _e("BioDlink"), _e(reg), "certified by", "Certification", "biodlink-2024-03-gmp", ev1, i,
                 date=f"2024-03-{5 + i:02d}", standard="GMP")
    add_fact(g, _e("BioDlink"), _e("Suzhou"), "operates site in", "SiteOperation", "biodlink-2024-03-gmp",
             "BioDlink operates a biologics manufacturing site in Suzhou.", 10)
    ev2 = ("Kexing Biopharm entered into an exclusive license agreement with Bio-Thera for Pusintin in Argentina, "
           "with an upfront payment of USD 5 million.")
    add_fact(g, _e("Bio-Thera"), _e("Kexing Biopharm"), "licenses to", "LicensingDeal", "kexing-2023-11-license", ev2,
             20, date="2023-11-14", dealValue="USD 5 million", territory="Argentina")
    add_fact(g, _e("Bio-Thera"), _e("Pusintin"), "licenses out", "LicensingDeal", "kexing-2023-11-license", ev2, 20,
             date="2023-11-14", dealValue="USD 5 million", territory="Argentina")
    add_fact(g, _e("Kexing Biopharm"), _e("Pusintin"), "licenses in", "LicensingDeal", "kexing-2023-11-license", ev2,
             20, date="2023-11-14", dealValue="USD 5 million", territory="Argentina")
    add_fact(g, _e("Jun Liu"), _e("Kexing Biopharm"), "holds role at", "Role", "kexing-2023-11-license",
             "\u201cThis agreement expands our portfolio,\u201d said Jun Liu, CEO of Kexing Biopharm.", 21,
             roleTitle="CEO")
    add_fact(g, _e("BioDlink"), _e("Bio-Thera"), "serves", "ServiceAgreement", "biodlink-2022-07-cdmo",
             "BioDlink will provide CDMO services to Bio-Thera for BAT1706.", 30, date="2022-07-01",
             serviceType="CDMO")
    add_fact(g, _e("BioDlink"), _e("BAT1706"), "works on", "ServiceAgreement", "biodlink-2022-07-cdmo",
             "BioDlink will provide CDMO services to Bio-Thera for BAT1706.", 30, date="2022-07-01",
             serviceType="CDMO")
    add_fact(g, _e("Bio-Thera"), _e("BAT1706"), "develops", "Development", "biodlink-2022-07-cdmo",
             "Bio-Thera develops BAT1706, an adalimumab biosimilar.", 31)
    add_fact(g, _e("ANMAT"), _e("BAT1706"), "decision on", "RegulatoryDecision", "biothera-2023-02-approval",
             "ANMAT approved BAT1706 for marketing in Argentina.", 40, date="2023-02-20", decisionKind="approval")
    add_fact(g, _e("Bio-Thera"), _e("BAT1706"), "sponsors", "RegulatoryDecision", "biothera-2023-02-approval",
             "ANMAT approved BAT1706 for marketing in Argentina.", 40, date="2023-02-20")
    add_fact(g, _e("Kexing Biopharm"), _e("Argentina"), "operates site in", "SiteOperation",
             "kexing-2023-11-license", "Kexing has a distribution hub in Argentina.", 41)
    return g


KINDS = ["company", "regulator", "product", "person", "place", "site"]
RELATIONS = ["certified by", "licenses to", "serves", "acquires", "collaborates with", "holds role at", "develops"]


def random_graph(n: int, m: int | None = None, seed: int = 1) -> nx.MultiDiGraph:
    """``n`` entities and ``m`` (default 1.5 n) facts, heavy-tailed degrees like real press-release graphs."""
    rnd = random.Random(seed)
    m = int(n * 1.5) if m is None else m
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"{PG}entity/e{i}", label=f"Entity {i}", kind=rnd.choice(KINDS), aliases=f"alias-{i}|E{i}")
    ids = list(g.nodes)
    for j in range(m):
        a = ids[min(int(rnd.paretovariate(1.2)) - 1, n - 1)] if rnd.random() < 0.3 else rnd.choice(ids)
        b = rnd.choice(ids)
        if a == b:
            continue
        add_fact(g, a, b, rnd.choice(RELATIONS), "Fact", f"doc-{j % 97}", f"Sentence {j} about {a} and {b}.", j,
                 date=f"20{rnd.randint(10, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}")
    return g


#: script-injection payloads; each would set window.__pwned or open a dialog if it ever ran
PAYLOADS = [
    "<img src=x onerror=\"window.__pwned=1;alert(1)\">",
    "</script><script>window.__pwned=1;alert(1)</script>",
    "\"><svg onload=\"window.__pwned=1;alert(1)\">",
    "javascript:alert(1)",
    "'quoted' \"double\" & <b>bold</b>",
    "<!--<script>window.__pwned=1</script>",
]
LONG_NAME = "Long" + "N" * 5000 + "<i>end</i>"


def hostile_graph() -> nx.MultiDiGraph:
    """Every text field (labels, aliases, ids, kinds, relations, evidence, sources, details) is hostile."""
    g = nx.MultiDiGraph()
    names = PAYLOADS + [LONG_NAME]
    for i, name in enumerate(names):
        g.add_node(f"{PG}entity/h{i}", label=name, kind="company", aliases="|".join(PAYLOADS[:3]))
    g.add_node(f"{PG}entity/<script>alert(1)</script>", label="odd id", kind="<img src=x onerror=alert(1)>",
               aliases="")
    ids = list(g.nodes)
    for i, (a, b) in enumerate(itertools.pairwise(ids)):
        p = PAYLOADS
        add_fact(g, a, b, p[i % len(p)] if i % 2 else "licenses to", "LicensingDeal", p[(i + 1) % len(p)],
                 p[(i + 2) % len(p)] + " evidence", i, date=p[i % len(p)], dealValue=p[(i + 3) % len(p)],
                 territory="</script><script>alert(1)</script>")
    return g
