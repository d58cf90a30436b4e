"""The Python API mirrors the CLI: build, ask, query, the live rdflib view, networkx analytics."""

from __future__ import annotations

import pharmagraph as pg
from conftest import PRESS


def test_api_round(tmp_path):
    store = tmp_path / "s"
    report = pg.build([PRESS], store=store)
    assert report.documents == 2 and report.written == 2 and report.facts["certification"] == 5
    rows = pg.ask("people", store=store, company="BioDlink")
    assert {(r["person"], r["role"]) for r in rows} == {("Jun Liu", "CEO"), ("Jun Liu", "Executive Director")}
    st = pg.open_store(store)
    solutions = list(pg.query("SELECT ?p WHERE { ?p a pg:Product }", st))
    assert len(solutions) >= 3
    ds = st.rdflib_dataset()
    answers = list(ds.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a <https://w3id.org/pharmagraph/ontology#Certification> } }"))
    assert int(answers[0][0]) == 5
    g = pg.to_networkx(st)
    stats = pg.stats(g)
    assert stats["top_degree"][0][0] == "BioDlink"


def test_dataframe(seed_store):
    import pytest

    pd = pytest.importorskip("pandas")
    df = pg.ask("certifications", store=seed_store, dataframe=True)
    assert isinstance(df, pd.DataFrame) and list(df.columns)[:2] == ["holder", "issuer"] and len(df) == 5
