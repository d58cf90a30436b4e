"""The SPARQL endpoint (`pharmagraph serve`), started for real on 127.0.0.1 and queried by real clients."""

from __future__ import annotations

import csv
import io
import json
import os
import select
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from conftest import run_cli
from pharmagraph.serve import WorkerPool, uses_service
from pharmagraph.store import Store

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LABELS = "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label } ORDER BY ?label"


def _serve_argv() -> list[str]:
    from pharmagraph.cli import main

    if "serve" in main.commands:
        return [sys.executable, "-m", "pharmagraph.cli", "serve"]
    return [sys.executable, "-m", "pharmagraph.serve"]


class Server:
    """A `pharmagraph serve` subprocess on a free port of 127.0.0.1."""

    def __init__(self, store: Path, *options: str):
        self.proc = subprocess.Popen([*_serve_argv(), "--store", str(store), "--host", "127.0.0.1", "--port", "0",
                                      "--quiet", *options],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "/sparql" not in line:
            ready, _, _ = select.select([self.proc.stdout], [], [], 1.0)
            if ready:
                line = self.proc.stdout.readline()
                if not line and self.proc.poll() is not None:
                    break
        if "/sparql" not in line:
            self.stop()
            raise RuntimeError(f"server did not start: {line!r} {self.proc.stderr.read()[-2000:]}")
        self.banner = line
        address = line.split("http://", 1)[1].split("/", 1)[0]
        self.host, port = address.rsplit(":", 1)
        self.base = f"http://127.0.0.1:{int(port)}"
        self.endpoint = self.base + "/sparql"
        for _ in range(100):  # bounded wait for /health
            try:
                if http("GET", self.base + "/health")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        else:
            self.stop()
            raise RuntimeError("server never answered /health")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream:
                stream.close()


def http(method: str, url: str, data: bytes | str | None = None, headers: dict | None = None, timeout: float = 30):
    """(status, headers, body) of one request; error statuses are returned, not raised."""
    assert url.startswith("http://127.0.0.1:")
    if isinstance(data, str):
        data = data.encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.headers, err.read()


def get(server: Server, query: str, headers: dict | None = None, **params):
    return http("GET", server.endpoint + "?" + urllib.parse.urlencode({"query": query, **params}), headers=headers)


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def server(seed_store):
    srv = Server(seed_store)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def limited(seed_store):
    """A second server: two rows at most, a one-second time limit, CORS for one origin."""
    srv = Server(seed_store, "--max-rows", "2", "--timeout", "1", "--cors", "https://app.example")
    yield srv
    srv.stop()


# -- health, page, binding ----------------------------------------------------------------------
def test_health_counts_documents_and_triples(server, seed_store):
    status, headers, body = http("GET", server.base + "/health")
    assert status == 200 and headers.get_content_type() == "application/json"
    with Store.open(seed_store) as st:
        expected = {"status": "ok", "documents": len(st.documents()), "triples": len(st)}
    assert json.loads(body) == expected
    assert expected["documents"] == 2


def test_binds_only_the_given_host(server):
    assert server.host == "127.0.0.1"


def test_query_page_is_self_contained(server):
    status, headers, body = http("GET", server.base + "/")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert headers["Content-Security-Policy"] == (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'")
    page = body.decode()
    assert "<textarea" in page and "/sparql" in page
    assert "innerHTML" not in page and "<script src" not in page and "https://" not in page
    assert "textContent" in page


def test_unknown_route_is_404(server):
    assert http("GET", server.base + "/nothing")[0] == 404


# -- real clients -------------------------------------------------------------------------------
def test_sparqlwrapper_select_json(server):
    from SPARQLWrapper import JSON, POST, POSTDIRECTLY, SPARQLWrapper

    client = SPARQLWrapper(server.endpoint)
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    labels = [b["label"]["value"] for b in data["results"]["bindings"]]
    assert data["head"]["vars"] == ["e", "label"]
    assert "ANVISA" in labels and labels == sorted(labels)

    for request_method in (None, POSTDIRECTLY):  # form POST, then the query as the body
        client = SPARQLWrapper(server.endpoint)
        client.setQuery(LABELS)
        client.setReturnFormat(JSON)
        client.setMethod(POST)
        if request_method:
            client.setRequestMethod(request_method)
        assert [b["label"]["value"] for b in client.query().convert()["results"]["bindings"]] == labels


def test_sparqlwrapper_ask(server):
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(server.endpoint)
    client.setQuery("ASK { ?e skos:prefLabel \"ANVISA\" }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery("ASK { ?e skos:prefLabel \"no such name\" }")
    client.setReturnFormat(XML)
    xml = client.query().convert()
    assert xml.getElementsByTagName("boolean")[0].firstChild.data == "false"


def test_sparqlwrapper_construct(server):
    from rdflib import Graph, Literal, URIRef
    from SPARQLWrapper import TURTLE, XML, SPARQLWrapper

    query = "CONSTRUCT { ?e skos:prefLabel ?label } WHERE { ?e skos:prefLabel ?label }"
    client = SPARQLWrapper(server.endpoint)
    client.setQuery(query)
    client.setReturnFormat(XML)  # RDF/XML, parsed by SPARQLWrapper into an rdflib Graph
    graph = client.query().convert()
    assert isinstance(graph, Graph) and len(graph) > 10
    pref = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
    assert (None, pref, Literal("ANVISA")) in graph

    client.setReturnFormat(TURTLE)
    result = client.query()
    assert result.response.headers.get_content_type() == "text/turtle"
    turtle = Graph().parse(data=result.convert(), format="turtle")
    assert turtle.isomorphic(graph)


def test_rdflib_sparqlstore_select(server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(server.endpoint, returnFormat="json")
    rows = list(store.query("SELECT ?label WHERE { ?e skos:prefLabel ?label } ORDER BY ?label LIMIT 5"))
    assert len(rows) == 5 and all(str(r[0]) for r in rows)
    xml_store = SPARQLStore(server.endpoint)  # the default: results as XML
    assert [str(r[0]) for r in xml_store.query(
        "SELECT ?label WHERE { ?e skos:prefLabel ?label } ORDER BY ?label LIMIT 5")] == [str(r[0]) for r in rows]


# -- content negotiation ------------------------------------------------------------------------
def test_default_is_sparql_json(server):
    status, headers, body = get(server, LABELS)
    assert status == 200 and headers.get_content_type() == "application/sparql-results+json"
    assert "pharmagraph" not in json.loads(body)
    assert headers["X-Pharmagraph-Truncated"] == "false" and headers["X-Pharmagraph-Row-Limit"] == "10000"


@pytest.mark.parametrize("accept, media", [
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
])
def test_select_accept(server, accept, media):
    status, headers, body = get(server, LABELS, headers={"Accept": accept})
    assert status == 200 and headers.get_content_type() == media
    text = body.decode()
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["e", "label"] and ["https://w3id.org/pharmagraph/id/regulator/anvisa-br", "ANVISA"] in rows
    elif media == "text/tab-separated-values":
        lines = text.splitlines()
        assert lines[0] == "?e\t?label" and '<https://w3id.org/pharmagraph/id/regulator/anvisa-br>\t"ANVISA"' in lines
    elif media.endswith("xml"):
        assert "<sparql" in text and "ANVISA" in text


def test_format_parameter_overrides_accept(server):
    status, headers, _body = get(server, LABELS, headers={"Accept": "application/sparql-results+json"}, format="csv")
    assert status == 200 and headers.get_content_type() == "text/csv"
    status, headers, _ = get(server, LABELS, format="application/sparql-results+xml")
    assert status == 200 and headers.get_content_type() == "application/sparql-results+xml"
    assert get(server, LABELS, format="nonsense")[0] == 406


@pytest.mark.parametrize("accept, media", [
    (None, "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"), ("application/rdf+xml", "application/rdf+xml"),
])
def test_construct_accept(server, accept, media):
    from rdflib import Graph

    query = "CONSTRUCT { ?e skos:prefLabel ?label } WHERE { ?e skos:prefLabel ?label }"
    status, headers, body = get(server, query, headers={"Accept": accept} if accept else None)
    assert status == 200 and headers.get_content_type() == media
    parsed = Graph().parse(data=body, format={"text/turtle": "turtle", "application/n-triples": "nt",
                                              "application/ld+json": "json-ld", "application/rdf+xml": "xml"}[media])
    assert len(parsed) > 10


def test_describe(server):
    status, headers, body = get(server, "DESCRIBE <https://w3id.org/pharmagraph/id/regulator/anvisa-br>")
    assert status == 200 and headers.get_content_type() == "text/turtle" and b"ANVISA" in body


def test_construct_in_csv_is_not_acceptable(server):
    status, _headers, body = get(server, "CONSTRUCT WHERE { ?s ?p ?o }", headers={"Accept": "text/csv"})
    assert status == 406 and b"text/turtle" in body


def test_dataset_parameters(server, seed_store):
    with Store.open(seed_store) as st:
        doc = st.documents()[0]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(**params):
        status, _, body = get(server, count, **params)
        assert status == 200, body
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

    whole, one = n(), n(**{"default-graph-uri": doc})
    assert 0 < one < whole
    _status, _, body = get(server, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", **{"named-graph-uri": doc})
    assert [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] == [doc]


# -- protocol errors ----------------------------------------------------------------------------
@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_wrong_method_is_405(server, method):
    status, headers, _ = http(method, server.endpoint + "?query=" + urllib.parse.quote("ASK {}"), data=b"")
    assert status == 405 and "GET" in headers["Allow"] and "POST" in headers["Allow"]


def test_two_queries_are_400(server):
    url = server.endpoint + "?" + urllib.parse.urlencode([("query", "ASK {}"), ("query", "ASK {}")])
    status, _headers, body = http("GET", url)
    assert status == 400 and b"queries" in body
    # one in the URL and one in the form body
    status, _, _ = http("POST", server.endpoint + "?query=ASK%20%7B%7D", data="query=ASK%20%7B%7D", headers=FORM)
    assert status == 400


@pytest.mark.parametrize("content_type", ["text/plain", None, "application/json",
                                          "application/sparql-query; charset=UTF-16"])
def test_post_with_wrong_content_type_is_415(server, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    request = urllib.request.Request(server.endpoint, data=b"ASK {}", method="POST", headers=headers)
    if content_type is None:  # urllib adds a form type on its own; take it away
        request.remove_header("Content-type")
        request.add_unredirected_header("Content-Type", "")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as err:
        status = err.code
        err.close()
    assert status in (415, 400) and status != 200


def test_missing_query_is_400(server):
    for method, data, headers in (("GET", None, None), ("POST", "default-graph-uri=x", FORM),
                                  ("POST", "", {"Content-Type": "application/sparql-query"})):
        status, resp_headers, _body = http(method, server.endpoint, data=data, headers=headers)
        assert status == 400, (method, data)
        assert resp_headers.get_content_type() == "text/plain"


def test_syntax_error_is_400_with_message(server):
    status, headers, body = get(server, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400 and headers.get_content_type() == "text/plain"
    assert body.decode().startswith("SPARQL syntax error:") and len(body) > 25
    status, _, body = http("POST", server.endpoint, data="SELEKT * {}", headers={"Content-Type": "application/sparql-query"})
    assert status == 400 and b"syntax error" in body


@pytest.mark.parametrize("keyword", ["SERVICE", "service", "Service", "sErViCe", "\\u0053ERVICE"])
def test_service_is_refused(server, keyword):
    query = f"SELECT * WHERE {{ {keyword} <http://127.0.0.1:9/sparql> {{ ?s ?p ?o }} }}"
    status, _headers, body = get(server, query)
    assert status == 400 and b"SERVICE" in body
    status, _, _ = http("POST", server.endpoint, data=query, headers={"Content-Type": "application/sparql-query"})
    assert status == 400
    status, _, _ = get(server, f"SELECT * WHERE {{ {keyword} SILENT ?endpoint {{ ?s ?p ?o }} }}")
    assert status == 400


def test_uses_service_ignores_strings_iris_comments_and_names():
    assert uses_service("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")
    assert uses_service("SELECT * {\n  # a comment\n  service\n<http://x/> { ?s ?p ?o } }")
    assert uses_service("SELECT * { OPTIONAL { SERVICE SILENT ?e { ?s ?p ?o } } }")
    assert uses_service("SELECT * { \\U00000053ERVICE <http://x/> { ?s ?p ?o } }")
    assert not uses_service('SELECT * { ?s ?p "SERVICE <http://x/>" }')
    assert not uses_service("SELECT * { ?s ?p '''a\nservice''' }")
    assert not uses_service("SELECT * { ?s <http://example.org/service> ?o }")
    assert not uses_service("SELECT ?service { ?service a schema:Service . ?x pg:service ?y }  # service <x>")
    assert not uses_service("PREFIX service: <http://x/> SELECT * { ?s service:p $service }")


@pytest.mark.parametrize("how", ["get-update", "form-update", "sparql-update"])
def test_update_is_refused(server, how):
    update = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"
    if how == "get-update":
        status, _, body = http("GET", server.endpoint + "?" + urllib.parse.urlencode({"update": update}))
    elif how == "form-update":
        status, _, body = http("POST", server.endpoint, data=urllib.parse.urlencode({"update": update}), headers=FORM)
    else:
        status, _, body = http("POST", server.endpoint, data=update, headers={"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body
    assert json.loads(http("GET", server.base + "/health")[2])["documents"] == 2


def test_update_as_query_is_400(server):
    for text in ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "LOAD <http://127.0.0.1:9/data.ttl>",
                 "DROP ALL"):
        status, _, body = get(server, text)
        assert status == 400, text
    status, _, body = get(server, "ASK { <http://x/a> <http://x/b> <http://x/c> }")
    assert json.loads(body)["boolean"] is False


# -- limits -------------------------------------------------------------------------------------
def test_row_limit_is_announced(limited):
    status, headers, body = get(limited, LABELS)
    assert status == 200
    assert headers["X-Pharmagraph-Truncated"] == "true" and headers["X-Pharmagraph-Row-Limit"] == "2"
    data = json.loads(body)
    assert data["pharmagraph"] == {"truncated": True, "limit": 2}
    assert len(data["results"]["bindings"]) == 2 and data["head"]["vars"] == ["e", "label"]

    status, headers, body = get(limited, LABELS, headers={"Accept": "text/csv"})
    assert headers["X-Pharmagraph-Truncated"] == "true"
    assert len(list(csv.reader(io.StringIO(body.decode())))) == 3  # header + 2 rows

    status, headers, body = get(limited, "SELECT ?e WHERE { ?e skos:prefLabel ?l } LIMIT 2")
    assert headers["X-Pharmagraph-Truncated"] == "false" and "pharmagraph" not in json.loads(body)

    status, headers, body = get(limited, "CONSTRUCT WHERE { ?s ?p ?o }", headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["X-Pharmagraph-Truncated"] == "true"
    assert len([line for line in body.decode().splitlines() if line and not line.startswith("#")]) == 2


def test_timeout_stops_the_query(limited):
    started = time.monotonic()
    status, _headers, body = get(limited, SLOW_QUERY)
    elapsed = time.monotonic() - started
    assert status == 503 and b"time limit" in body
    assert elapsed < 3.0
    # the server (and its replaced worker) goes on answering
    for _ in range(3):
        status, _, body = get(limited, "ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True


def test_parallel_slow_queries_do_not_block_health(limited):
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(get(limited, SLOW_QUERY)[0])) for _ in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.2)
    assert http("GET", limited.base + "/health")[0] == 200
    for t in threads:
        t.join(30)
    assert results == [503, 503, 503]
    assert get(limited, "ASK { ?s ?p ?o }")[0] == 200


# -- CORS ---------------------------------------------------------------------------------------
def test_no_cors_by_default(server):
    _, headers, _ = get(server, "ASK {}", headers={"Origin": "https://app.example"})
    assert not [h for h in headers if h.lower().startswith("access-control-")]


def test_cors_when_asked(limited):
    _, headers, _ = get(limited, "ASK {}", headers={"Origin": "https://app.example"})
    assert headers["Access-Control-Allow-Origin"] == "https://app.example"
    assert "X-Pharmagraph-Truncated" in headers["Access-Control-Expose-Headers"]
    status, headers, _ = http("OPTIONS", limited.endpoint, headers={
        "Origin": "https://app.example", "Access-Control-Request-Method": "POST"})
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


# -- the store changes while the server runs ------------------------------------------------------
def test_sees_changes_to_the_store(fresh_store):
    srv = Server(fresh_store)
    try:
        assert json.loads(http("GET", srv.base + "/health")[2])["documents"] == 2
        with Store.open(fresh_store) as st:
            doc = st.documents()[0]
        done = run_cli("remove", doc, "--store", str(fresh_store))
        assert done.returncode == 0, done.stderr
        assert json.loads(http("GET", srv.base + "/health")[2])["documents"] == 1
        status, _, body = get(srv, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"
    finally:
        srv.stop()


# -- the worker sandbox -------------------------------------------------------------------------
def test_workers_cannot_reach_the_network(seed_store):
    """Even a SERVICE that got past the check could not fetch: the workers have no network."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        do_GET = do_POST

        def log_message(self, *args):
            pass

    web = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    pool = WorkerPool(str(seed_store), size=1)
    try:
        pool.start()
        if not pool.isolated:
            pytest.skip("network namespaces are not available here; SERVICE is refused by the query check only")
        job = {"query": f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{web.server_address[1]}/s> {{ ?s ?p ?o }} }}",
               "results_fmt": "json", "graph_fmt": "turtle", "max_rows": 10, "default_graphs": [], "named_graphs": []}
        status, _, _body = pool.run(job, 10)
        assert status >= 400 and hits == []
    finally:
        pool.close()
        web.shutdown()
        web.server_close()


# -- speed --------------------------------------------------------------------------------------
def test_simple_select_is_fast(server):
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": "SELECT ?e ?l WHERE { ?e skos:prefLabel ?l } LIMIT 10"})
    times = []
    for _ in range(50):
        started = time.perf_counter()
        status, _, _ = http("GET", url)
        times.append(time.perf_counter() - started)
        assert status == 200
    p50 = statistics.median(times)
    if os.environ.get("PHARMAGRAPH_REPORT_LATENCY"):
        print(f"\nSELECT p50 {p50 * 1000:.1f} ms, p90 {sorted(times)[44] * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    assert p50 < 0.1


# -- the query page in a real browser --------------------------------------------------------------
@pytest.mark.e2e
def test_query_page_in_browser(server):
    import shutil

    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("no chromium on this machine")
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("request", lambda r: errors.append("outside request " + r.url)
                    if not r.url.startswith(server.base) else None)
            page.goto(server.base + "/")
            page.fill("#query", 'SELECT ?e ?label WHERE { ?e skos:prefLabel ?label FILTER(?label = "ANVISA") }')
            page.click("#run")
            page.wait_for_selector("table td", timeout=10000)
            assert page.inner_text("table th:first-child") == "e"
            assert "ANVISA" in page.inner_text("table")
            assert "1 rows" in page.inner_text("#status")
            # markup in data stays text
            page.fill("#query", 'SELECT ?x WHERE { BIND("<img src=x onerror=alert(1)>" AS ?x) }')
            page.click("#run")
            page.wait_for_selector("#status:has-text('rows (')", timeout=10000)
            assert page.inner_text("table td") == "<img src=x onerror=alert(1)>"
            assert page.query_selector("table img") is None
            page.fill("#query", "SELECT nonsense")
            page.click("#run")
            page.wait_for_selector("#status:has-text('error 400')", timeout=10000)
            assert "syntax error" in page.inner_text("#result")
        finally:
            browser.close()
    assert [e for e in errors if "400" not in e] == []


def test_no_store_is_a_clear_error(tmp_path):
    done = subprocess.run([*_serve_argv(), "--store", str(tmp_path / "missing"), "--port", "0"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "pharmagraph: error:" in done.stderr and "no store here" in done.stderr
