"""Documents turned into triples in worker processes, then resolved by the writer, give exactly the triples the
writer would have built itself, also when the names it knows move entities to other IRIs (and sites with them)."""

from __future__ import annotations

import subprocess
import sys

from rdflib import RDFS

from conftest import ROOT
from pharmagraph.build import DocumentGraph, Prebuilt
from pharmagraph.extract import extract
from pharmagraph.ingest import read_document
from pharmagraph.namespace import PG
from pharmagraph.resolve import Resolver

GEN = ROOT / "tests" / "bench" / "gen_corpus.py"


def test_prebuilt_triples_equal_the_writers_own(tmp_path):
    subprocess.run([sys.executable, str(GEN), str(tmp_path), "--count", "600", "--formats", "txt,md,html", "--seed", "11"],
                   check=True, capture_output=True, timeout=300)
    files = sorted(p for p in tmp_path.iterdir() if p.suffix != ".json")
    via_workers, direct = Resolver(), Resolver()
    moved = 0
    for path in files:
        ex = extract(read_document(path))
        pre = Prebuilt(ex)
        body, count, labelled = pre.resolve(via_workers)
        own = DocumentGraph(ex, direct).build()
        assert set(body.splitlines()) == set(own.ntriples().splitlines()), path.name
        assert count == len(own)
        assert labelled == sorted({str(t[0]) for t in own.items if t[1] in (RDFS.label, PG.mentionedAs)})
        assert via_workers.known == direct.known  # the same names learnt, in the same order
        moved += body != pre.body
    assert moved >= 10, "no document had an entity the writer knew under another IRI: the test tests nothing"
