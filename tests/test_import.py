"""Curated facts back into the store: CSV and RDF, validated, all or nothing."""

from __future__ import annotations

from conftest import ask_json, run_cli

CSV = """type,holder,issuer,standard,site,date,evidence
certification,BioDlink,EMA,EU GMP,Suzhou,2025-09-01,Curated by the CI team from the EMA EudraGMDP database.
"""


def test_csv_import_adds_facts(fresh_store, tmp_path):
    f = tmp_path / "curated.csv"
    f.write_text(CSV)
    done = run_cli("import", str(f), "--store", str(fresh_store))
    assert done.returncode == 0, done.stderr
    rows = ask_json(fresh_store, "certifications", "--company", "BioDlink")
    ema = [r for r in rows if r["issuer"] == "EMA"]
    assert ema and ema[0]["standard"] == "EU GMP" and ema[0]["source"] == "curated.csv"
    assert run_cli("validate", "--store", str(fresh_store)).returncode == 0


def test_nonconforming_rdf_is_refused_and_nothing_loaded(fresh_store, tmp_path):
    before = run_cli("export", "--format", "nquads", "--store", str(fresh_store)).stdout
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix pg: <https://w3id.org/pharmagraph/ontology#> .\n"
                   "<urn:x:f> a pg:Certification ; pg:holder <urn:x:c> ; pg:issuer <urn:x:c> .\n<urn:x:c> a pg:Company .\n")
    done = run_cli("import", str(bad), "--store", str(fresh_store))
    assert done.returncode == 1
    assert "Regulator" in done.stdout or "issuer" in done.stdout
    assert run_cli("export", "--format", "nquads", "--store", str(fresh_store)).stdout == before


def test_conforming_rdf_round_trip(fresh_store, seed_store, tmp_path):
    out = tmp_path / "seed.trig"
    assert run_cli("export", "--format", "trig", "-o", str(out), "--store", str(seed_store)).returncode == 0
    done = run_cli("import", str(out), "--store", str(fresh_store))
    assert done.returncode == 0, done.stdout + done.stderr


def test_bad_csv_row_names_the_line(fresh_store, tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("type,holder,issuer\ncertification,Acme,Nobody Agency\n")
    done = run_cli("import", str(f), "--store", str(fresh_store))
    assert done.returncode == 2 and "x.csv:2" in done.stderr
