"""RemoteStore against a real Oxigraph server (`oxigraph serve`, from the `oxigraph` PyPI package) on 127.0.0.1.

The bundled press releases are built into the server through ``pharmagraph.api.build`` itself
(its ``Store`` swapped for the remote one), and every answer is compared with an embedded store
built from the same files. Failures (server gone, HTTP 500, a server that never answers, a
query slower than the timeout) must raise StoreError promptly and send nothing twice.
"""

from __future__ import annotations

import inspect
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import PRESS
from pharmagraph import api
from pharmagraph.errors import QueryError, StoreError
from pharmagraph.export import export_text
from pharmagraph.queries import questions, run_question
from pharmagraph.remote import RemoteStore, open_any
from pharmagraph.store import Store
from rdflib import Graph, Literal, URIRef


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


OXIGRAPH = _oxigraph_binary()
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the Oxigraph server is not installed (pip install oxigraph; "
                                                         "it is in the dev extra)")
DOC = "000_1f7d52b437551bea.txt"
SLOW_QUERY = ("SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(
    f"VALUES ?v{i} {{ {' '.join(str(n) for n in range(10))} }}" for i in range(9)) + " }")  # 10^9 rows


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _has_union_flag() -> bool:
    done = subprocess.run([OXIGRAPH, "serve", "--help"], check=False, capture_output=True, text=True, timeout=30)
    return "--union-default-graph" in done.stdout


class OxigraphServer:
    """`oxigraph serve` on a free port of 127.0.0.1, data in ``location``."""

    def __init__(self, location: Path, union: bool):
        self.location = location
        args = ["--union-default-graph"] if union and _has_union_flag() else []
        for _attempt in range(3):
            self.port = _free_port()
            self.proc = subprocess.Popen([OXIGRAPH, "serve", "-l", str(location), "-b", f"127.0.0.1:{self.port}", *args],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if self._wait():
                break
            self.stop()
        else:
            raise RuntimeError(f"oxigraph serve did not start: {self.proc.stderr.read()[-2000:]!r}")
        self.base = f"http://127.0.0.1:{self.port}"
        self.query, self.update = self.base + "/query", self.base + "/update"

    def _wait(self) -> bool:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return True
            except OSError:
                time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if self.proc.stderr:
            self.proc.stderr.close()


def _wired(func) -> bool:
    """Whether the API takes ``endpoint=`` itself (the CLI wiring), else its Store is swapped here."""
    return "endpoint" in inspect.signature(func).parameters


class _Opener:
    """Stands in for ``api.Store`` before the API takes ``endpoint=``: opens the server instead."""

    def __init__(self, server: OxigraphServer):
        self.server = server

    def open(self, _path, write=False, create=False):
        return RemoteStore.open(self.server.query, self.server.update, write=write, create=create)


def _remote_build(server: OxigraphServer, paths=(PRESS,)) -> api.BuildReport:
    """``api.build`` itself, its store on the server."""
    if _wired(api.build):
        return api.build(list(paths), endpoint=server.query, update_endpoint=server.update)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(api, "Store", _Opener(server))
        return api.build(list(paths), store=server.location / "not-used")


def _remote_remove(server: OxigraphServer, doc: str) -> bool:
    if _wired(api.remove):
        return api.remove(doc, endpoint=server.query, update_endpoint=server.update)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(api, "Store", _Opener(server))
        return api.remove(doc, store=server.location / "not-used")


def _free_questions() -> list[str]:
    return [name for name, q in questions().items() if not q.required]


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    path = tmp_path_factory.mktemp("embedded") / "store"
    report = api.build([PRESS], store=path)
    return path, report


@pytest.fixture(scope="module", params=["union", "param"])
def built(request, tmp_path_factory, embedded):
    """A server (with, then without --union-default-graph) holding the bundled press releases."""
    server = OxigraphServer(tmp_path_factory.mktemp(f"oxigraph-{request.param}"), union=request.param == "union")
    started = time.monotonic()
    report = _remote_build(server)
    print(f"\n[{request.param}] remote build: {time.monotonic() - started:.2f} s")
    yield server, request.param, report
    server.stop()


@pytest.fixture()
def server(tmp_path):
    s = OxigraphServer(tmp_path / "oxigraph", union=True)
    yield s
    s.stop()


# -- the same graph, the same answers -----------------------------------------------------------
def test_build_report_matches_embedded(built, embedded):
    _server, _mode, report = built
    assert report.summary() == embedded[1].summary()
    assert report.written == 2 and report.triples > 0


def test_union_mode_detected(built):
    server, mode, _report = built
    with RemoteStore(server.query) as st:
        assert st.ox.union_mode() == ("server" if mode == "union" else "param")


def test_certifications_same_rows(built, embedded):
    server, _mode, _report = built
    with RemoteStore(server.query) as remote, Store.open(embedded[0]) as local:
        rows = run_question(remote, "certifications")
        assert rows and rows == run_question(local, "certifications")
        assert run_question(remote, "certifications", company="BioDlink") == \
            run_question(local, "certifications", company="BioDlink")
        assert api.ask("certifications", store=remote) == rows  # a RemoteStore is a Store


def test_every_question_same_rows(built, embedded):
    server, _mode, _report = built
    with RemoteStore(server.query) as remote, Store.open(embedded[0]) as local:
        for name in _free_questions():
            assert run_question(remote, name) == run_question(local, name), name
        assert run_question(remote, "path", **{"from": "Kexing Biopharm", "to": "ANMAT"}) == \
            run_question(local, "path", **{"from": "Kexing Biopharm", "to": "ANMAT"})


def test_forced_datasets_mode_same_rows(built, embedded):
    """The portable fallback: every graph named as default-graph-uri / named-graph-uri."""
    server, _mode, _report = built
    with RemoteStore(server.query, union_mode="datasets") as remote, Store.open(embedded[0]) as local:
        assert run_question(remote, "certifications") == run_question(local, "certifications")
        assert run_question(remote, "partners", company="Biokin") == run_question(local, "partners", company="Biokin")


def test_store_members_match_embedded(built, embedded):
    server, _mode, _report = built
    with RemoteStore(server.query) as remote, Store.open(embedded[0]) as local:
        assert remote.documents() == local.documents()
        assert len(remote) == len(local)
        for doc in local.documents():
            assert remote.content_hash(doc) == local.content_hash(doc)
        assert remote.content_hash("https://w3id.org/pharmagraph/doc/nope") is None
        assert remote.known_names() == local.known_names()
        assert len(remote.dataset()) == len(local.dataset())
        graph = local.documents()[0]
        assert Graph().parse(data=remote.dump(ox.RdfFormat.N_TRIPLES, graph).decode(), format="nt").isomorphic(
            Graph().parse(data=local.dump(ox.RdfFormat.N_TRIPLES, graph).decode(), format="nt"))
        assert remote.path == server.query and remote.writable is False


def test_dataset_without_graph_store_protocol(built, embedded):
    """A server with no Graph Store Protocol: the dataset comes from SELECT ?g ?s ?p ?o."""
    server, _mode, _report = built
    with RemoteStore(server.query) as remote, Store.open(embedded[0]) as local:
        assert remote.ox.graph_store_endpoint == server.base + "/store"
        remote.ox.graph_store_endpoint = None
        assert export_text(remote, "nquads") == export_text(local, "nquads")


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "csv"])
def test_export_identical(built, embedded, fmt):
    server, _mode, _report = built
    with RemoteStore(server.query) as remote, Store.open(embedded[0]) as local:
        assert export_text(remote, fmt) == export_text(local, fmt)


def test_query_result_types(built):
    server, _mode, _report = built
    with RemoteStore(server.query) as st:
        solutions = st.query("SELECT ?c ?n WHERE { ?c a pg:Certification } LIMIT 2")
        assert isinstance(solutions, ox.QuerySolutions)
        assert [v.value for v in solutions.variables] == ["c", "n"]
        assert all(row["n"] is None and row["c"].value for row in solutions)
        assert isinstance(st.query("ASK { ?s a pg:Product }"), ox.QueryBoolean)
        assert bool(st.query("ASK { ?s a pg:Product }"))
        triples = st.query("CONSTRUCT { ?s a pg:Product } WHERE { ?s a pg:Product }")
        assert isinstance(triples, ox.QueryTriples) and len(list(triples)) > 0
        bound = list(st.query("SELECT ?s WHERE { ?s skos:prefLabel ?name }", {"name": 'x" } ; DROP ALL ; #'}))
        assert bound == []
        with pytest.raises(QueryError, match=r"SPARQL syntax error: .*\b2:"):
            st.query("SELECT ?s WHERE {\n  ?s a pg:Product ")


def test_rebuild_skips_unchanged(built):
    server, _mode, _report = built
    again = _remote_build(server)
    assert (again.written, again.unchanged) == (0, 2)


def test_read_only_remote_store_refuses_writes(built):
    server, _mode, _report = built
    with RemoteStore(server.query) as st, pytest.raises(StoreError, match="read-only"):
        st.write_document("https://w3id.org/pharmagraph/doc/x", Graph())
    with pytest.raises(StoreError, match="update-endpoint"):
        RemoteStore.open(server.query, write=True)


# -- changes ----------------------------------------------------------------------------------
def test_remove_document(server, embedded, tmp_path):
    _remote_build(server)
    local_path = tmp_path / "local"
    shutil.copytree(embedded[0], local_path)
    assert _remote_remove(server, DOC) is True
    assert api.remove(DOC, store=local_path) is True
    with RemoteStore(server.query) as remote, Store.open(local_path) as local:
        assert len(remote.documents()) == 1 and remote.documents() == local.documents()
        for name in _free_questions():
            assert run_question(remote, name) == run_question(local, name), name
        assert len(remote) == len(local)
    with RemoteStore.open(server.query, server.update, write=True) as st:
        assert st.remove_document("https://w3id.org/pharmagraph/doc/000_1f7d52b437551bea") is False
    assert _remote_remove(server, DOC) is False


def test_write_document_replaces_the_graph(server):
    doc = "https://w3id.org/pharmagraph/doc/t"
    with RemoteStore.open(server.query, server.update, write=True, create=True) as st:
        for text in ("first", 'second "quoted" \\ é\nline'):
            g = Graph()
            g.add((URIRef(doc), URIRef("http://purl.org/dc/terms/title"), Literal(text)))
            st.write_document(doc, g)
        rows = list(st.query(f"SELECT ?t WHERE {{ GRAPH <{doc}> {{ ?d dcterms:title ?t }} }}"))
        assert [r["t"].value for r in rows] == ['second "quoted" \\ é\nline']
        assert bool(st.query("ASK { GRAPH <https://w3id.org/pharmagraph/graph/vocabularies> { ?s ?p ?o } }"))


# -- failures -----------------------------------------------------------------------------------
def test_update_to_stopped_server_fails_promptly(tmp_path):
    server = OxigraphServer(tmp_path / "oxigraph", union=True)
    try:
        st = RemoteStore.open(server.query, server.update, write=True, create=True, timeout=5)
    finally:
        server.stop()
    before = st.ox.requests
    started = time.monotonic()
    with pytest.raises(StoreError, match=rf"127\.0\.0\.1:{server.port}/update: connection refused"):
        st.write_document("https://w3id.org/pharmagraph/doc/x", Graph())
    assert time.monotonic() - started < 5
    assert st.ox.requests == before + 1
    with pytest.raises(StoreError, match=rf"127\.0\.0\.1:{server.port}/query"):
        st.documents()


def test_connection_refused_on_open():
    url = f"http://127.0.0.1:{_free_port()}/query"
    started = time.monotonic()
    with pytest.raises(StoreError, match=rf"^{url}: connection refused"):
        RemoteStore(url, timeout=5)
    assert time.monotonic() - started < 5
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("ftp://127.0.0.1/query")


class FakeServer:
    """A bad SPARQL server on 127.0.0.1 that counts the requests it gets: 'status' answers 500 (or 404),
    'hang' answers only after ``hang`` seconds."""

    def __init__(self, behaviour: str, status: int = 500, hang: float = 4.0):
        self.hits: list[tuple[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                outer.hits.append((self.command, self.path))
                if behaviour == "hang":
                    time.sleep(hang)
                body = b"Internal failure\nsecond line"
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass

            do_POST = do_GET = _answer

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def _graph() -> Graph:
    g = Graph()
    g.add((URIRef("https://w3id.org/pharmagraph/doc/x"), URIRef("http://purl.org/dc/terms/title"),
           Literal("x")))
    return g


def test_update_http_500_is_reported_not_replayed():
    fake = FakeServer("status", 500)
    try:
        st = RemoteStore(fake.base + "/query", fake.base + "/update", timeout=5, union_mode="server")
        with pytest.raises(StoreError, match=rf"^{fake.base}/update: update failed: HTTP 500 server error: "
                                             r"Internal failure \(not sent again\)$"):
            st.write_document("https://w3id.org/pharmagraph/doc/x", _graph())
        time.sleep(0.5)
        assert fake.hits == [("POST", "/update")]
        with pytest.raises(StoreError, match="HTTP 500"):
            st.query("SELECT * WHERE { ?s ?p ?o }")
    finally:
        fake.close()


def test_update_timeout_is_bounded_and_not_replayed():
    fake = FakeServer("hang", 204, hang=3.0)
    try:
        st = RemoteStore(fake.base + "/query", fake.base + "/update", timeout=0.5, union_mode="server")
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"no answer to the update within 0.5 s; it may or may not have been"):
            st.write_document("https://w3id.org/pharmagraph/doc/x", _graph())
        assert time.monotonic() - started < 2.0
        time.sleep(1.0)
        assert fake.hits == [("POST", "/update")]
    finally:
        fake.close()


def test_not_an_endpoint():
    fake = FakeServer("status", 404)
    try:
        with pytest.raises(StoreError, match="HTTP 404 no SPARQL endpoint at this address"):
            RemoteStore(fake.base + "/nothing")
    finally:
        fake.close()


def test_query_timeout_on_slow_query(server):
    with RemoteStore(server.query, timeout=1.0) as st:
        started = time.monotonic()
        with pytest.raises(StoreError, match=rf"^{server.query}: no answer within 1 s"):
            list(st.query(SLOW_QUERY))
        assert time.monotonic() - started < 3.0


def test_open_any_chooses_the_store(embedded, server):
    with open_any(embedded[0]) as st:
        assert type(st) is Store
    with open_any(endpoint=server.query) as st:
        assert isinstance(st, RemoteStore) and not st.writable
    with open_any(endpoint=server.query, update_endpoint=server.update, write=True, create=True) as st:
        assert st.writable and st.documents() == []
