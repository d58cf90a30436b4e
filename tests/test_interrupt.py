"""A build killed half way (SIGKILL: no clean-up runs) keeps whole batches of whole documents, and the
next build finishes the job: same store, quad for quad, as one build that was never interrupted."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from conftest import ROOT
from pharmagraph.api import build
from pharmagraph.store import NAME_INDEX_GRAPH, PENDING, Store

GEN = ROOT / "tests" / "bench" / "gen_corpus.py"
COUNT = 1100


def _quads(path) -> dict[str, set[str]]:
    """Graph IRI -> its quads as N-Quads lines."""
    store = ox.Store.read_only(str(path))
    out: dict[str, set[str]] = {}
    for line in store.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines():
        graph = line.rsplit(" ", 2)[-2]
        out.setdefault(graph, set()).add(line)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("interrupt")
    subprocess.run([sys.executable, str(GEN), str(base / "corpus"), "--count", str(COUNT), "--formats", "txt,md"],
                   check=True, capture_output=True, timeout=300)
    build([base / "corpus"], store=base / "reference", workers=2)
    return base


def _kill_after_first_batch(corpus_dir, store) -> int:
    """Start a real build, SIGKILL it once a batch is stored; the documents stored then."""
    proc = subprocess.Popen([sys.executable, "-m", "pharmagraph.cli", "build", str(corpus_dir), "--store", str(store),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            try:
                with Store.open(store) as st:
                    if st.documents():
                        proc.send_signal(signal.SIGKILL)
                        break
            except Exception:  # noqa: BLE001 - not created yet, or busy being created
                continue
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    with Store.open(store) as st:
        return len(st.documents())


def test_killed_build_keeps_whole_documents_and_resumes(corpus):
    store = corpus / "killed"
    stored = _kill_after_first_batch(corpus / "corpus", store)
    batch = Store.batch_documents
    assert 0 < stored < COUNT and stored % batch == 0, f"{stored} documents stored: not whole batches of {batch}"

    reference, killed = _quads(corpus / "reference"), _quads(store)
    docs = [g for g in killed if "/doc/" in g]
    assert len(docs) == stored
    for graph in docs:  # every stored document is complete, exactly as in the uninterrupted build
        assert killed[graph] == reference[graph], graph
    index = killed.get(f"<{NAME_INDEX_GRAPH}>", set())
    assert any(f"<{PENDING}>" in q for q in index), "the kill came before any label was recomputed"

    report = build([corpus / "corpus"], store=store, workers=2)
    assert (report.unchanged, report.written) == (stored, COUNT - stored)
    resumed = _quads(store)
    assert resumed.keys() == reference.keys()
    for graph in reference:  # documents, derived labels and the name index, with no mark left behind
        assert resumed[graph] == reference[graph], graph


class _Body:
    def __init__(self, text):
        self.text = text

    def ntriples(self):
        return self.text


def test_a_batch_with_a_broken_document_is_stored_not_at_all(tmp_path):
    """The bulk loader parses a whole batch before it writes: a syntax error in its second document leaves
    the first one out too, and the store as it was."""
    good = '<https://w3id.org/pharmagraph/id/org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .\n'
    bad = '<https://w3id.org/pharmagraph/id/org/b> <http://www.w3.org/2000/01/rdf-schema#label> "B .\n'
    with Store.open(tmp_path / "store", write=True, create=True) as st:
        before = len(st)
        with pytest.raises(SyntaxError):
            st.write_documents([("https://w3id.org/pharmagraph/doc/a", _Body(good)),
                                ("https://w3id.org/pharmagraph/doc/b", _Body(bad))],
                               {"https://w3id.org/pharmagraph/id/org/a"})
        assert st.documents() == [] and len(st) == before
