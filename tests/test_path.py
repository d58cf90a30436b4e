"""`path`: the search finds a shortest chain of path.rq's links, widens a hub last, and words only the
links of the chain; the same store gives the same path."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter, defaultdict, deque
from fractions import Fraction

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from conftest import ROOT, run_cli
from pharmagraph.namespace import PG
from pharmagraph.queries import _SAMPLE, _LinkReader, _search, question, run_question
from pharmagraph.store import Store

GEN = ROOT / "tests" / "bench" / "gen_corpus.py"
ID = "https://w3id.org/pharmagraph/id/"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A store built from 400 synthetic press releases: regulators that certify many companies are hubs."""
    base = tmp_path_factory.mktemp("world")
    subprocess.run([sys.executable, str(GEN), str(base / "corpus"), "--count", "400", "--formats", "txt"],
                   check=True, capture_output=True, timeout=300)
    done = run_cli("build", str(base / "corpus"), "--store", str(base / "store"))
    assert done.returncode == 0, done.stderr
    return base / "store"


def _links(store) -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    """Every link path.rq has, read with nothing bound: (a, b) -> {(subject, relation, object)}."""
    out = defaultdict(set)
    for s in store.query(question("path").sparql):
        out[s["a"].value, s["b"].value].add((s["subject"].value, s["relation"].value, s["object"].value))
    return out


def _distances(adj: dict[str, set[str]], start: str) -> dict[str, int]:
    seen, todo = {start: 0}, deque([start])
    while todo:
        x = todo.popleft()
        for y in adj.get(x, ()):
            if y not in seen:
                seen[y] = seen[x] + 1
                todo.append(y)
    return seen


def _adjacency(links) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = defaultdict(set)
    for a, b in links:
        adj[a].add(b)
    return adj


def test_path_is_a_shortest_chain_of_path_rq_links(world):
    """Between names spread over the graph (hubs among them, "FDA" naming several regulators), the path
    is as long as a breadth-first search over every link of path.rq says, and each step is such a link."""
    with Store.open(world) as store:
        links = _links(store)
        adj = _adjacency(links)
        worded = set().union(*links.values())
        labels = {a: min(w[0] for w in words) for (a, _b), words in links.items()}
        facts = Counter(a for a, _b in links)
        entities = sorted(adj)
        hubs = sorted(entities, key=lambda e: (-facts[e], e))[:3]
        names = sorted({labels[e] for e in entities[::max(1, len(entities) // 14)] + hubs})
        assert len(names) >= 12 and facts[hubs[0]] >= 40
        connected = 0
        for start in names:
            sources = store.entities_named(start)
            distances = [_distances(adj, s) for s in sources]
            for end in names:
                if start == end:
                    continue
                targets = store.entities_named(end)
                rows = run_question(store, "path", **{"from": start, "to": end})
                distance = min((d[t] for d in distances for t in targets if t in d), default=None)
                if distance == 0:
                    assert rows == [], (start, end)  # (one entity carries both names: there is no chain to show)
                    continue
                if distance is None or distance > 6:
                    assert rows == [], (start, end)
                    continue
                connected += 1
                assert [r["step"] for r in rows] == list(range(1, distance + 1)), (start, end)
                # (a name may also belong to an entity linked to nothing, which has no label here)
                assert rows[0]["subject"] in {labels[s] for s in sources if s in labels}
                assert rows[-1]["object"] in {labels[t] for t in targets if t in labels}
                for row, nxt in zip(rows, rows[1:]):
                    assert row["object"] == nxt["subject"]
                for row in rows:
                    assert (row["subject"], row["relation"], row["object"]) in worded, row
        assert connected >= len(names) * 3  # the checks above ran on real chains, most of them
        # the same store, the same path (a second store object: nothing carried over)
        with Store.open(world) as again:
            for start, end in zip(names, reversed(names)):
                params = {"from": start, "to": end}
                assert run_question(again, "path", **params) == run_question(store, "path", **params)


def test_hub_is_widened_only_when_the_other_side_reads_more(world):
    with Store.open(world) as store:
        adj = _adjacency(_links(store))
        q = question("path")
        reader = _LinkReader(store, q)
        reader.count(sorted(adj))
        facts = reader.counts
        hub = min(adj, key=lambda e: (-facts[e], e))  # the entity in the most facts
        # an entity one link from the hub, in the fewest facts
        small = min(adj[hub], key=lambda e: (facts[e], e))
        assert facts[hub] >= 20 * facts[small]
        for sources, targets in (([hub], [small]), ([small], [hub])):
            reader = _LinkReader(store, q)
            assert _search(reader, sources, targets, 6) == [sources[0], targets[0]]
            assert reader.widened == [small]  # the small side was read, the hub never
        # two links from the hub: only the cheaper side is widened until both sides meet
        distance = _distances(adj, hub)
        far = min((e for e, d in distance.items() if d == 2 and all(facts[x] < facts[hub] for x in adj[e])),
                  key=lambda e: (facts[e], e))
        reader = _LinkReader(store, q)
        chain = _search(reader, [hub], [far], 6)
        assert len(chain) == 3 and chain[0] == hub and chain[-1] == far
        assert hub not in reader.widened and reader.widened[0] == far


def test_side_choice_is_the_exact_comparison(world):
    """The side chosen with chunked and capped counts is the one that full counts choose."""
    with Store.open(world) as store:
        q = question("path")
        entities = sorted(_adjacency(_links(store)))
        exact = _LinkReader(store, q)
        exact.count(entities)

        def cost(front):
            sample = front if len(front) <= _SAMPLE else [front[i * len(front) // _SAMPLE] for i in range(_SAMPLE)]
            return sum(exact.counts[x] for x in sample) * Fraction(len(front), len(sample))

        hubs = sorted(entities, key=lambda e: (-exact.counts[e], e))[:4]
        fronts = [entities[n:n + size] for n, size in ((0, 1), (5, 3), (40, 20), (100, 70), (200, 150), (7, 64))]
        fronts += [sorted(set(f) | {h}) for f in fronts[:3] for h in hubs[:2]] + [hubs[:1], hubs[1:3]]
        # a tie: 20 entities (counted in two chunks) against a few with the same total; forward wins ties
        front = entities[:20]
        total, tie = sum(exact.counts[x] for x in front), []
        for e in sorted(entities[20:], key=lambda e: (-exact.counts[e], e)):
            if len(tie) < 15 and 0 < exact.counts[e] <= total - sum(exact.counts[x] for x in tie):
                tie.append(e)
        tie.sort()
        assert cost(front) == cost(tie)
        fronts += [front, tie]
        checked = Counter()
        for front_f in fronts:
            for front_b in fronts:
                reader = _LinkReader(store, q)
                answer = reader.forward_cheaper(front_f, front_b)
                assert answer == (cost(front_f) <= cost(front_b)), (front_f[:3], front_b[:3])
                assert all(reader.counts[x] == exact.counts[x] for x in reader.counts)  # no capped count kept
                checked[answer] += 1
        assert checked[True] > 20 and checked[False] > 20


def _shortcuts(store_path) -> None:
    """Add a document with links path.rq does not have: a fact without a class joining Kexing Biopharm
    straight to ANMAT, and a chain through an entity without any name (so without a label); and two
    companies linked only to each other."""
    kexing, anmat = URIRef(ID + "org/kexing-biopharm"), URIRef(ID + "regulator/anmat-ar")
    nameless = URIRef(ID + "org/aaa-nameless")  # sorts before every other company
    isolda, quenta = URIRef(ID + "org/isolda-pharma"), URIRef(ID + "org/quenta-bio")
    doc = "https://w3id.org/pharmagraph/doc/test-shortcuts"
    g = Graph()
    fact = URIRef(doc + "/untyped")
    g.add((fact, PG.holder, kexing))
    g.add((fact, PG.issuer, anmat))
    for name, cls, pairs in (("c1", PG.Collaboration, [(PG.party, kexing), (PG.party, nameless)]),
                             ("c2", PG.Certification, [(PG.holder, nameless), (PG.issuer, anmat)]),
                             ("c3", PG.Collaboration, [(PG.party, isolda), (PG.party, quenta)])):
        node = URIRef(f"{doc}/{name}")
        g.add((node, RDF.type, cls))
        for role, entity in pairs:
            g.add((node, role, entity))
    for entity, label in ((isolda, "Isolda Pharma"), (quenta, "Quenta Bio")):
        g.add((entity, RDF.type, PG.Company))
        g.add((entity, RDFS.label, Literal(label)))
    with Store.open(store_path, write=True) as store:
        store.write_document(doc, g)
        store.refresh_entities()


def test_links_path_rq_does_not_have_are_not_taken(fresh_store):
    params = {"from": "Kexing Biopharm", "to": "ANMAT"}
    with Store.open(fresh_store) as store:
        before = run_question(store, "path", **params)
    assert len(before) == 2
    _shortcuts(fresh_store)
    with Store.open(fresh_store) as store:
        links = _links(store)
        assert (ID + "org/kexing-biopharm", ID + "regulator/anmat-ar") not in links
        # the cheap search finds the fact without a class; path.rq refuses it; the search with the class
        # test runs and does not go through the entity without a label either
        reader = _LinkReader(store, question("path"))
        assert _search(reader, [ID + "org/kexing-biopharm"], [ID + "regulator/anmat-ar"], 6) == \
            [ID + "org/kexing-biopharm", ID + "regulator/anmat-ar"]
        assert run_question(store, "path", **params) == before
        # an island: no path, and an answer at once
        assert run_question(store, "path", **{"from": "Isolda Pharma", "to": "ANMAT"}) == []
        assert run_question(store, "path", **{"from": "Isolda Pharma", "to": "Quenta Bio"}) == [
            {"step": 1, "subject": "Isolda Pharma", "relation": "Collaboration (party -> party)", "object": "Quenta Bio"}]
