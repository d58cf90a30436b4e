"""The command line as a user runs it: build, ask, query, export, validate, remove."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from conftest import PRESS, ask_json, run_cli
from pharmagraph.queries import questions

PARAMS = {"partners": ["--company", "Biokin"], "neighbours": ["--entity", "BioDlink"], "sources": ["--entity", "ANMAT"],
          "path": ["--from", "Kexing Biopharm", "--to", "ANMAT"]}


@pytest.mark.parametrize("name", sorted(questions()))
def test_every_question_answers_with_its_columns(seed_store, name):
    rows = ask_json(seed_store, name, *PARAMS.get(name, []))
    assert rows or name == "acquisitions", f"{name} returned no rows on the seeds"  # the seeds state no acquisition
    for row in rows:
        assert list(row) == questions()[name].columns
    assert len({json.dumps(r, sort_keys=True) for r in rows}) == len(rows), "a row appears twice"


def test_certifications_of_the_seed(seed_store):
    rows = ask_json(seed_store, "certifications", "--company", "BioDlink")
    issuers = {r["issuer"] for r in rows}
    assert issuers == {"ANMAT", "ANVISA", "BPOM", "EDA", "INVIMA"}
    anmat = next(r for r in rows if r["issuer"] == "ANMAT")
    assert (anmat["standard"], anmat["site"], anmat["date"]) == ("GMP", "Suzhou", "2025-06-05")
    assert anmat["source"] == "000_1f7d52b437551bea.txt"


def test_company_parameter_matches_aliases_and_is_not_pasted(seed_store):
    assert ask_json(seed_store, "certifications", "--company", "BIODLINK BIOPHARM CO., LTD.")
    hostile = 'x" } ; DROP ALL ; #'
    assert ask_json(seed_store, "certifications", "--company", hostile) == []
    assert ask_json(seed_store, "certifications")  # nothing dropped


def test_partners_excludes_peers(seed_store):
    partners = {r["partner"] for r in ask_json(seed_store, "partners", "--company", "Biokin")}
    assert any("C-Ray" in p for p in partners) and "NMPA" in partners
    assert not partners & {"Kelun", "Hengrui", "Yunnan Baiyao", "Fosun"}


def test_sources_give_evidence(seed_store):
    rows = ask_json(seed_store, "sources", "--entity", "ANMAT")
    assert any("ANMAT" in r["evidence"] or "Argentina" in r["evidence"] for r in rows)


def test_question_needing_a_parameter_says_so(seed_store):
    done = run_cli("ask", "partners", "--store", str(seed_store))
    assert done.returncode == 2 and "--company" in done.stderr


def test_table_csv_formats(seed_store):
    done = run_cli("ask", "people", "--store", str(seed_store), "--format", "csv")
    assert done.stdout.splitlines()[0] == "person,role,organization"
    assert "Jun Liu,CEO,BioDlink" in done.stdout


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "table"])
def test_query_formats(seed_store, fmt):
    done = run_cli("query", "SELECT ?c WHERE { ?c a pg:Certification }", "--store", str(seed_store), "--format", fmt)
    assert done.returncode == 0, done.stderr
    if fmt == "json":
        assert len(json.loads(done.stdout)["results"]["bindings"]) == 5


def test_query_from_stdin_and_construct(seed_store):
    done = run_cli("query", "--store", str(seed_store), input="CONSTRUCT { ?s a pg:Regulator } WHERE { ?s a pg:Regulator }")
    assert done.returncode == 0, done.stderr
    assert len(Graph().parse(data=done.stdout, format="turtle")) >= 6


def test_query_syntax_error(seed_store):
    done = run_cli("query", "SELECT WHERE {", "--store", str(seed_store))
    assert done.returncode == 2 and "syntax" in done.stderr.lower()
    assert len(done.stderr.strip().splitlines()) == 1


def test_validate_and_export(seed_store, tmp_path):
    assert run_cli("validate", "--store", str(seed_store)).returncode == 0
    out = tmp_path / "g.ttl"
    assert run_cli("export", "--format", "turtle", "-o", str(out), "--store", str(seed_store)).returncode == 0
    assert len(Graph().parse(out)) > 500
    assert run_cli("validate", str(out)).returncode == 0


def test_validate_reports_nonconforming_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix pg: <https://w3id.org/pharmagraph/ontology#> .\n"
                   "<urn:x:f> a pg:Certification ; pg:holder <urn:x:c> ; pg:issuer <urn:x:c> .\n<urn:x:c> a pg:Company .\n")
    done = run_cli("validate", str(bad))
    assert done.returncode == 1
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle")
    done = run_cli("validate", str(broken))
    assert done.returncode == 2 and "broken.ttl" in done.stderr


def test_remove_retracts_one_document(fresh_store):
    assert run_cli("remove", "001_d1910aacf8fd63c8.txt", "--store", str(fresh_store)).returncode == 0
    assert ask_json(fresh_store, "approvals") == []
    assert ask_json(fresh_store, "certifications")
    assert run_cli("remove", "nope.txt", "--store", str(fresh_store)).returncode == 2


def test_rebuild_is_idempotent(fresh_store):
    done = run_cli("build", str(PRESS), "--store", str(fresh_store))
    assert "0 written, 2 unchanged" in done.stdout


def test_stats_and_path(seed_store):
    done = run_cli("stats", "--store", str(seed_store), "--format", "json")
    stats = json.loads(done.stdout)
    assert stats["documents"] == 2 and stats["kinds"]["regulator"] >= 6
    done = run_cli("path", "Kexing Biopharm", "ANMAT", "--store", str(seed_store), "--format", "json")
    steps = json.loads(done.stdout)
    assert steps[0]["step"] == 1 and len(steps) <= 3
    assert steps[0]["subject"] == "Kexing Biopharm" and steps[-1]["object"] == "ANMAT"
    assert steps[-1]["relation"] == "Certification (holder -> issuer)"  # read in the direction of the path
