"""The name index graph: names -> entities with one look-up, the same answers as the label scan it replaces."""

from __future__ import annotations

import pyoxigraph as ox

from pharmagraph.store import NAME_INDEX_GRAPH, NAME_KEY, Store

SKOS = "http://www.w3.org/2004/02/skos/core#"


def _labels(store: Store) -> list[str]:
    q = f"SELECT ?n WHERE {{ ?e <{SKOS}prefLabel>|<{SKOS}altLabel> ?n }}"
    return sorted({row["n"].value for row in store.query(q)})


def _scan(store: Store) -> Store:
    """The same store answered from the in-memory label index (stores written before the name index)."""
    other = Store(store.ox, store.path, False)
    other._has_name_index = False
    return other


def _same_answers(store: Store) -> int:
    scan = _scan(store)
    checked = 0
    for name in _labels(store):
        for variant in (name, name.upper(), name.lower(), f"  {name.title()} "):
            assert store.entities_named(variant) == scan.entities_named(variant), variant
            checked += 1
    assert store.entities_named("No Such Company") == []
    return checked


def test_index_answers_like_the_label_scan(seed_store):
    with Store.open(seed_store) as store:
        assert store.ox.contains_named_graph(ox.NamedNode(NAME_INDEX_GRAPH))
        assert _same_answers(store) > 40
        assert store.entities_named("biodlink") == store.entities_named("BioDlink") != []


def test_index_is_not_data(seed_store):
    with Store.open(seed_store) as store:
        assert NAME_INDEX_GRAPH not in store.documents()
        assert not any(str(c.identifier) == NAME_INDEX_GRAPH for c in store.dataset().graphs())
        assert NAME_KEY.encode() not in store.dump(ox.RdfFormat.N_QUADS)


def test_index_follows_removals_and_partial_refresh(fresh_store):
    with Store.open(fresh_store, write=True) as store:
        doc = store.documents()[0]
        store.remove_document(doc)
        store.refresh_entities()
        _same_answers(store)
        # a store written before the index existed gets the whole index at its first (partial) refresh
        store.ox.update(f"DROP GRAPH <{NAME_INDEX_GRAPH}>")
        store._forget_names()
        before = _scan(store).entities_named("BioDlink")
        store.refresh_entities(set(before))
        assert store.ox.contains_named_graph(ox.NamedNode(NAME_INDEX_GRAPH))
        _same_answers(store)
