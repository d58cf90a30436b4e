"""How run_question turns a question's solutions into rows: its own sort, and the listing texts.

run_question sorts the rows of a question that ends in ``ORDER BY ?a ?b ...`` itself (the engine's sort
decodes two terms a comparison), and a question asked with no parameter runs ``listing/NAME.rq``, written
for a whole-graph answer; both must give what the question's own text gives.
"""

from __future__ import annotations

import dataclasses

import pharmagraph.queries as Q
import pytest
from pharmagraph.store import Store

LISTED = sorted(name for name, q in Q.questions().items() if q.listing)


def test_listings_are_questions_without_parameters():
    assert LISTED, "no listing texts found"
    for name in LISTED:
        q = Q.question(name)
        assert not q.required
        assert Q._final_order(q.listing, tuple(q.columns))[0] == Q._final_order(q.sparql, tuple(q.columns))[0], name
        assert "?company_iri" not in q.listing and "?product_iri" not in q.listing, name


@pytest.mark.parametrize("name", LISTED)
def test_listing_gives_the_rows_of_the_question(seed_store, name, monkeypatch):
    with Store.open(seed_store) as store:
        listed = Q.run_question(store, name)
        q = Q.question(name)
        monkeypatch.setitem(Q.questions(), name, dataclasses.replace(q, listing=None))
        assert Q.run_question(store, name) == listed
    assert listed or name == "acquisitions"


@pytest.mark.parametrize("name", sorted(n for n, q in Q.questions().items() if Q._final_order(q.sparql, tuple(q.columns))[0]))
def test_own_sort_is_the_engines(seed_store, name):
    q = Q.question(name)
    order, unordered = Q._final_order(q.sparql, tuple(q.columns))
    params = {"partners": {"company_iri": "Biokin"}, "neighbours": {"entity_iri": "BioDlink"}, "sources": {"entity_iri": "ANMAT"}}
    with Store.open(seed_store) as store:
        bindings = {var: store.entities_named(value) for var, value in params.get(name, {}).items()}
        engine = Q._rows(q, store.query(q.sparql, bindings))
        ours = Q._sorted_rows(q, order, store.query(unordered, bindings))
    assert ours is not None
    assert sorted(map(repr, ours)) == sorted(map(repr, engine))
    lists = set(q.lists)
    key = lambda row: [("|".join(row[c]) if c in lists else row[c]) for c in order]
    if not lists & set(order):  # (a list column is sorted by its items as shown, the engine by their concatenation)
        assert [key(r) for r in ours] == [key(r) for r in engine]
    assert [key(r) for r in ours] == sorted((key(r) for r in ours), key=lambda k: [(v is not None, v) for v in k])


class _Term:
    def __init__(self, value, datatype=None):
        self.value = value
        self.datatype = None if datatype is None else _Term(datatype)


def test_order_key_follows_sparql():
    xsd = "http://www.w3.org/2001/XMLSchema#"
    kinds: set = set()
    terms = [_Term("b", xsd + "string"), None, _Term("10", xsd + "integer"), _Term("http://x/a"), _Term("9.5", xsd + "decimal")]
    keys = [Q._order_key(t, kinds) for t in terms]
    assert keys[1] < keys[3] < keys[0] and keys[3] < keys[2]  # unbound, then IRIs, then literals
    assert keys[4] < keys[2]  # 9.5 < 10: numbers by value
    assert kinds == {"string", "iri", "number"}
    kinds = set()
    Q._order_key(_Term("GMP", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"), kinds)
    assert any(k.startswith("other") for k in kinds)  # left to the engine
