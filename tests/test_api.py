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


def test_labels_follow_the_company_table_and_the_regulator_as_written(tmp_path):
    """A known company is named by its table name when a release uses it, though more releases use another
    (Fosun Pharma, not Shanghai Fosun Pharmaceutical); a regulator by the acronym the text writes (DCGI, not CDSCO)."""
    texts = {
        "a.txt": "SHANGHAI, March 2, 2021 -- Norvexa Pharma Inc. signed a supply deal with Shanghai Fosun Pharmaceutical.",
        "b.txt": "SHANGHAI, March 3, 2021 -- Quintara Biologics Inc. named Shanghai Fosun Pharmaceutical its partner.",
        "c.txt": ("SHANGHAI, March 4, 2021 -- Fosun Pharma and Tamsin Biologics Inc. formed a joint venture. Fosun Pharma "
                  "will hold 50%. \"We are proud,\" said Wu Lin, Chairman of Fosun Pharma."),
        "d.txt": "HYDERABAD, India, December 28, 2021 -- Vexira Biotech Ltd. received DCGI approval for VX-101.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = tmp_path / "s"
    pg.build([tmp_path / n for n in texts], store=store)
    assert {r["organization"] for r in pg.ask("people", store=store)} == {"Fosun Pharma"}
    assert {r["regulator"] for r in pg.ask("approvals", store=store)} == {"DCGI"}


def test_a_company_is_labelled_by_the_name_most_releases_use(tmp_path):
    """Two releases call it "NVB" after its full name, a third "Norvexa Biologics": the name in all three wins."""
    short = ('BOSTON, May {d}, 2022 -- Norvexa Biologics Inc. ("NVB") signed a supply agreement. NVB will make VX-10{d} '
             'for Quintara Pharma Inc. "NVB is ready," said Ana Ruiz, Chief Executive Officer of NVB.')
    texts = {"a.txt": short.format(d=1), "b.txt": short.format(d=2),
             "c.txt": "BOSTON, May 3, 2022 -- Norvexa Biologics Inc. opened a plant in Boston."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = tmp_path / "s"
    pg.build([tmp_path / n for n in texts], store=store)
    assert {r["organization"] for r in pg.ask("people", store=store)} == {"Norvexa Biologics"}


def test_two_spellings_of_one_name_in_one_release_count_once(tmp_path):
    """ "Lumora Vaccine Joint Stock Company" and "Lumora Vaccine" are one name in one release (legal form dropped), not
    two votes against "LVC", the name the release uses throughout."""
    text = ("HANOI, May 26, 2025 -- Lumora Vaccine Joint Stock Company (LVC) and Sanofi signed a cooperation agreement. "
            "LVC will build a plant. \"LVC is ready,\" said Ngo Van Minh, Chief Executive Officer of LVC. Lumora Vaccine "
            "was founded in 2017. LVC runs 200 centres.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "s"
    pg.build([tmp_path / "a.txt"], store=store)
    assert {r["organization"] for r in pg.ask("people", store=store)} == {"LVC"}


def test_an_inn_opening_a_sentence_links_no_brands_across_releases(tmp_path):
    """ "Trastuzumab" opening a sentence is the INN all the biosimilars share, not a name linking one brand to another."""
    texts = {
        "a.txt": ("SHANGHAI, July 26, 2022 -- Halvard Biotech Inc. said the TGA has approved Hervelo (trastuzumab). "
                  "Trastuzumab is a HER2-targeted antibody. Halvard Biotech granted Tamsin Pharma Ltd. exclusive rights to "
                  "commercialise Hervelo in Australia."),
        "b.txt": ("TORONTO, April 4, 2019 -- Health Canada approved Kestrazuma (trastuzumab) of Kestrel Healthcare Co., Ltd. "
                  "Trastuzumab is used in HER2-positive breast cancer."),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = tmp_path / "s"
    pg.build([tmp_path / n for n in texts], store=store)
    assert {r["product"] for r in pg.ask("licensing", store=store)} == {"Hervelo"}
    assert {r["product"] for r in pg.ask("approvals", store=store)} == {"Hervelo", "Kestrazuma"}


def test_a_site_bought_is_named_with_its_town(tmp_path):
    """The acquisitions answer names a site bought by its own name and, where that leaves it out, its town."""
    (tmp_path / "a.txt").write_text(
        "Halvor Pharma Solutions Announces Acquisition of Solid Oral Dosage Drug Product Facility in Sellersville, "
        "Pennsylvania from K&W Laboratories Inc.\n\nMUMBAI, June 20, 2020 -- Halvor Pharma Solutions Ltd. (\"HPS\") today "
        "said it has signed an agreement with K&W Laboratories Inc. under which it will acquire K&W's drug product "
        "manufacturing facility in Sellersville, Pennsylvania.\n", encoding="utf-8")
    store = tmp_path / "s"
    pg.build([tmp_path / "a.txt"], store=store)
    targets = {r["target"] for r in pg.ask("acquisitions", store=store)}
    assert targets and all("Sellersville" in t for t in targets)
