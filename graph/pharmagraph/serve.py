"""``pharmagraph serve``: a read-only SPARQL 1.1 Protocol endpoint over the store.

Routes: ``/sparql`` (GET ``?query=``, POST form or ``application/sparql-query`` body), ``/health``
and ``/`` (a small offline query page). HTTP parsing is Werkzeug's; results are serialised by
pyoxigraph's own writers.

Every query runs in a worker process with its own read-only Oxigraph store, so a query that runs
past ``timeout`` is really stopped: its worker is killed and a fresh one takes its place. A few
warm workers wait for queries so that ordinary ones stay fast. Updates, ``SERVICE`` and anything
else that would fetch from the network are refused; on Linux the workers are also put in a network
namespace of their own where that is allowed, so no query can reach the network even if a way
past the check existed.

SELECT results above ``max_rows`` are cut to ``max_rows``, and the response says so: headers
``X-Pharmagraph-Truncated: true`` and ``X-Pharmagraph-Row-Limit: N``, and in JSON a top-level
``"pharmagraph": {"truncated": true, "limit": N}`` member. CONSTRUCT and DESCRIBE are capped at
``max_rows`` triples the same way.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import click

from pharmagraph.errors import PharmagraphError
from pharmagraph.store import DEFAULT_STORE, PREFIXES, Store

MAX_QUERY_BYTES = 1 << 20
STARTUP_TIMEOUT = 60.0

# media type -> result format name, in order of preference (the first is the default)
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "ntriples", "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml", "application/x-turtle": "turtle", "application/turtle": "turtle",
    "text/plain": "ntriples", "application/json": "jsonld", "application/xml": "rdfxml",
}
RESULT_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}
GRAPH_MEDIA = {"turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
               "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}
# the ``format`` parameter: short name -> (result format, graph format)
FORMAT_PARAM = {
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "nt": (None, "ntriples"), "ntriples": (None, "ntriples"),
    "n-triples": (None, "ntriples"), "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"),
    "rdfxml": (None, "rdfxml"), "rdf/xml": (None, "rdfxml"), "rdf": (None, "rdfxml"),
}
PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'"


# -- refusing outbound fetches --------------------------------------------------------------
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SKIP = re.compile(r'''
    "{3}(?:[^"\\]|\\.|"(?!""))*"{3}
  | '{3}(?:[^'\\]|\\.|'(?!''))*'{3}
  | "(?:[^"\\\n\r]|\\.)*"
  | '(?:[^'\\\n\r]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>
  | \#[^\n\r]*
''', re.VERBOSE | re.DOTALL)
_SERVICE = re.compile(r"(?<![\w?$:.\-])SERVICE(?![\w:\-])", re.IGNORECASE)


def _unescape(text: str) -> str:
    def repl(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)
    return _UNICODE_ESCAPE.sub(repl, text)


def uses_service(query: str) -> bool:
    """Whether the query has a SERVICE clause (strings, IRIs and comments do not count).

    The text is read as the SPARQL parser reads it: ``\\uXXXX`` escapes are decoded first.
    """
    return bool(_SERVICE.search(_SKIP.sub(" ", _unescape(query))))


# -- the worker process -----------------------------------------------------------------------
def _isolate_network() -> bool:
    """Move this process into an empty network namespace (Linux, when allowed); True if done."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        clone_newuser, clone_newnet = 0x10000000, 0x40000000
        for flags in (clone_newnet, clone_newuser | clone_newnet):
            if libc.unshare(flags) == 0:
                return True
    except (OSError, AttributeError):
        pass
    return False


def _store_signature(path: str) -> tuple:
    """Changes when a writer has written to the store (new files, or a write-ahead log grew)."""
    try:
        sig = [os.stat(path).st_mtime_ns]
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.name.endswith(".log") or entry.name.startswith("MANIFEST") or entry.name == "CURRENT":
                    st = entry.stat()
                    sig.append((entry.name, st.st_size, st.st_mtime_ns))
        return tuple(sorted(sig, key=str))
    except OSError:
        return ()


def _watch_parent(parent_pid: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent_pid:
            os._exit(0)


def _worker_main(conn, store_path: str, parent_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    isolated = _isolate_network()
    import pyoxigraph as ox

    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()
    try:
        signature = _store_signature(store_path)
        store = ox.Store.read_only(store_path)
    except Exception as err:  # noqa: BLE001 - reported to the parent, which stops
        conn.send(("error", f"{store_path}: cannot open the store ({str(err).splitlines()[0][:200]})"))
        return
    conn.send(("ready", isolated))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        now = _store_signature(store_path)
        if now != signature:  # a build has written since: read the new state
            try:
                store, signature = ox.Store.read_only(store_path), now
            except Exception:  # noqa: BLE001, S110 - keep answering from the state we have
                pass
        try:
            answer = _execute(ox, store, job)
        except Exception as err:  # noqa: BLE001 - any engine failure is one failed query
            answer = (500, [], f"query failed: {err}\n".encode())
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


def _tsv_term(term) -> str:
    return "" if term is None else str(term).replace("\t", "\\t")


def _execute(ox, store, job: dict) -> tuple[int, list[tuple[str, str]], bytes]:
    """Run one query; (status, headers, body)."""
    kwargs: dict = {"prefixes": PREFIXES}
    if job["default_graphs"] or job["named_graphs"]:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job["default_graphs"]] or ox.DefaultGraph()
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job["named_graphs"]] or None
    else:
        kwargs["use_default_graph_as_union"] = True
    try:
        results = store.query(job["query"], **kwargs)
    except SyntaxError as err:
        return 400, [], f"SPARQL syntax error: {err}\n".encode()
    limit = job["max_rows"]
    if isinstance(results, ox.QueryBoolean):
        fmt = job["results_fmt"]
        if fmt is None:
            return _not_acceptable("an ASK query", RESULT_TYPES)
        body = results.serialize(format=_results_format(ox, fmt))
        return 200, [("Content-Type", RESULT_MEDIA[fmt])], body
    if isinstance(results, ox.QueryTriples):
        fmt = job["graph_fmt"]
        if fmt is None:
            return _not_acceptable("a CONSTRUCT or DESCRIBE query", GRAPH_TYPES)
        triples = []
        for triple in results:
            if len(triples) == limit:
                truncated = True
                break
            triples.append(triple)
        else:
            truncated = False
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                      "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
        body = ox.serialize(triples, format=rdf_format, prefixes=PREFIXES if fmt in ("turtle", "rdfxml") else None)
        if truncated and fmt in ("turtle", "ntriples"):
            body = f"# pharmagraph: truncated to the first {limit} triples\n".encode() + body
        return 200, [("Content-Type", GRAPH_MEDIA[fmt]), *_limit_headers(truncated, limit)], body
    fmt = job["results_fmt"]
    if fmt is None:
        return _not_acceptable("a SELECT query", RESULT_TYPES)
    variables = [v.value for v in results.variables]
    lines = ["\t".join("?" + v for v in variables)]
    truncated = False
    for count, solution in enumerate(results):
        if count == limit:
            truncated = True
            break
        lines.append("\t".join(_tsv_term(solution[v]) for v in variables))
    if variables:
        # the kept rows, read back by pyoxigraph's own parser and written by its own writer
        kept = ox.parse_query_results("\n".join(lines) + "\n", format=ox.QueryResultsFormat.TSV)
        body = kept.serialize(format=_results_format(ox, fmt))
    else:
        body = _empty_solutions(len(lines) - 1, fmt)
    if truncated and fmt == "json" and body.startswith(b"{"):
        member = json.dumps({"pharmagraph": {"truncated": True, "limit": limit}})[1:-1]
        body = b"{" + member.encode() + b"," + body[1:]
    return 200, [("Content-Type", RESULT_MEDIA[fmt]), *_limit_headers(truncated, limit)], body


def _results_format(ox, fmt: str):
    return {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[fmt]


def _empty_solutions(rows: int, fmt: str) -> bytes:
    """Solutions with no variable (``SELECT * {}``): only the number of rows counts."""
    if fmt == "json":
        return json.dumps({"head": {"vars": []}, "results": {"bindings": [{}] * rows}}).encode()
    if fmt == "xml":
        return (b'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/><results>'
                + b"<result/>" * rows + b"</results></sparql>")
    return b"\r\n" * (rows + 1) if fmt == "csv" else b"\n" * (rows + 1)


def _limit_headers(truncated: bool, limit: int) -> list[tuple[str, str]]:
    return [("X-Pharmagraph-Truncated", "true" if truncated else "false"), ("X-Pharmagraph-Row-Limit", str(limit))]


def _not_acceptable(what: str, table: dict) -> tuple[int, list, bytes]:
    offered = ", ".join(dict.fromkeys(table))
    return 406, [], f"{what} cannot be answered in the requested format; acceptable: {offered}\n".encode()


# -- the pool of workers ----------------------------------------------------------------------
class QueryTimeout(Exception):
    pass


class PoolBusy(Exception):
    pass


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.Process
    conn: object
    ready: bool = False
    isolated: bool = False


@dataclass
class WorkerPool:
    """Warm worker processes, each with its own read-only store; one query at a time each."""

    store_path: str
    size: int = 2
    _idle: queue.Queue = field(default_factory=queue.Queue)
    _all: set = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _closed: bool = False
    isolated: bool = False

    def __post_init__(self) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        for _ in range(self.size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(child, self.store_path, os.getpid()),
                                    name="pharmagraph-sparql-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _wait_ready(self, worker: _Worker) -> None:
        if worker.ready:
            return
        if not worker.conn.poll(STARTUP_TIMEOUT):
            raise RuntimeError("a query worker did not start in time")
        message = worker.conn.recv()
        if message[0] != "ready":
            raise PharmagraphError(message[1])
        worker.ready, worker.isolated = True, message[1]
        self.isolated = self.isolated or worker.isolated

    def start(self) -> None:
        """Wait until every worker has opened the store (raises if the store cannot be opened)."""
        workers = [self._idle.get() for _ in range(self.size)]
        try:
            for worker in workers:
                self._wait_ready(worker)
        finally:
            for worker in workers:
                self._idle.put(worker)

    def _discard(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        with self._lock:
            self._all.discard(worker)

    def run(self, job: dict, timeout: float) -> tuple[int, list, bytes]:
        if self._closed:
            raise PoolBusy("the server is stopping")
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise PoolBusy("all query workers are busy; try again shortly") from None
        try:
            self._wait_ready(worker)
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
                raise QueryTimeout(f"query stopped: it ran past the {timeout:g} s time limit")
            answer = worker.conn.recv()
        except BaseException:
            self._discard(worker)
            if not self._closed:
                self._idle.put(self._spawn())
            raise
        self._idle.put(worker)
        return answer

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            if worker.process.is_alive():
                worker.process.kill()
        for worker in workers:
            worker.process.join(5)


# -- the WSGI application ---------------------------------------------------------------------
def _page() -> bytes:
    return resources.files("pharmagraph").joinpath("static/index.html").read_bytes()


class SparqlApp:
    """The WSGI application; ``close()`` stops its workers."""

    def __init__(self, store_path: str | Path, timeout: float = 10.0, max_rows: int = 10000, cors: str | None = None,
                 workers: int = 2):
        self.store_path = str(Path(store_path))
        with Store.open(self.store_path):  # a clear error now if the folder is not a store
            pass
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.cors = cors
        self.pool = WorkerPool(self.store_path, size=max(1, int(workers)))
        self.pool.start()
        self._health_lock = threading.Lock()
        self._health: tuple[tuple, dict] | None = None
        self.page = _page()

    # WSGI entry point
    def __call__(self, environ, start_response):
        from werkzeug.wrappers import Request

        request = Request(environ)
        request.max_content_length = MAX_QUERY_BYTES
        response = self.dispatch(request)
        return response(environ, start_response)

    def close(self) -> None:
        self.pool.close()

    def _text(self, status: int, message: str, headers: dict | None = None):
        from werkzeug.wrappers import Response

        return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain", headers=headers)

    def dispatch(self, request):
        from werkzeug.exceptions import HTTPException

        try:
            if request.path in ("/sparql", "/sparql/"):
                response = self.sparql(request)
            elif request.path == "/health":
                response = self.health(request)
            elif request.path in ("/", "/index.html"):
                response = self.index(request)
            elif request.path == "/favicon.ico":
                response = self._text(204, "")
                response.set_data(b"")
            else:
                response = self._text(404, f"not found: {request.path}; the SPARQL endpoint is /sparql")
        except HTTPException as err:  # e.g. a body over the size limit
            response = self._text(err.code or 400, err.description or err.name)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers.setdefault("Cache-Control", "no-store")
        if self.cors:
            response.headers["Access-Control-Allow-Origin"] = self.cors
            response.headers["Access-Control-Expose-Headers"] = "X-Pharmagraph-Truncated, X-Pharmagraph-Row-Limit"
            if self.cors != "*":
                response.headers["Vary"] = "Origin"
        return response

    def _method_check(self, request, allowed: tuple[str, ...]):
        if request.method == "OPTIONS":
            response = self._text(204, "")
            response.set_data(b"")
            response.headers["Allow"] = ", ".join(allowed)
            if self.cors:
                response.headers["Access-Control-Allow-Methods"] = ", ".join(allowed)
                response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
                response.headers["Access-Control-Max-Age"] = "600"
            return response
        if request.method not in allowed:
            return self._text(405, f"method {request.method} not allowed here; use {' or '.join(allowed)}",
                              {"Allow": ", ".join(allowed)})
        return None

    def index(self, request):
        from werkzeug.wrappers import Response

        refused = self._method_check(request, ("GET", "HEAD"))
        if refused:
            return refused
        return Response(self.page, mimetype="text/html", headers={"Content-Security-Policy": PAGE_CSP})

    def health(self, request):
        from werkzeug.wrappers import Response

        refused = self._method_check(request, ("GET", "HEAD"))
        if refused:
            return refused
        signature = _store_signature(self.store_path)
        with self._health_lock:
            if self._health is None or self._health[0] != signature:
                try:
                    with Store.open(self.store_path) as st:
                        documents = len(st.documents())
                        counts = {"status": "ok", "documents": documents, "triples": len(st)}
                except PharmagraphError as err:
                    return Response(json.dumps({"status": "error", "message": str(err)}), status=503,
                                    mimetype="application/json")
                self._health = (signature, counts)
            body = json.dumps(self._health[1])
        return Response(body, mimetype="application/json")

    def sparql(self, request):
        refused = self._method_check(request, ("GET", "POST"))
        if refused:
            return refused
        if "update" in request.args:
            return self._text(403, "this endpoint is read-only: SPARQL Update is not accepted")
        queries = request.args.getlist("query")
        if request.method == "POST":
            mimetype = request.mimetype
            charset = request.mimetype_params.get("charset", "utf-8").lower()
            if mimetype == "application/sparql-update":
                return self._text(403, "this endpoint is read-only: SPARQL Update is not accepted")
            if charset not in ("utf-8", "utf8"):
                return self._text(415, f"unsupported charset {charset!r}: send the query as UTF-8")
            if mimetype == "application/x-www-form-urlencoded":
                if "update" in request.form:
                    return self._text(403, "this endpoint is read-only: SPARQL Update is not accepted")
                queries += request.form.getlist("query")
            elif mimetype == "application/sparql-query":
                try:
                    queries.append(request.get_data(cache=False).decode("utf-8"))
                except UnicodeDecodeError:
                    return self._text(400, "the query body is not valid UTF-8")
            else:
                return self._text(415, f"unsupported content type {mimetype or '(none)'!r} for a query: use "
                                       "application/x-www-form-urlencoded with a query= field, or application/sparql-query")
        if not queries:
            return self._text(400, "missing query: pass the SPARQL query as the 'query' parameter")
        if len(queries) > 1:
            return self._text(400, f"{len(queries)} queries given: pass exactly one 'query' parameter")
        query = queries[0]
        if not query.strip():
            return self._text(400, "empty query")
        if uses_service(query):
            return self._text(400, "SERVICE is not allowed: this endpoint does not fetch from other endpoints")
        formats = self._negotiate(request)
        if isinstance(formats, str):
            return self._text(406, formats)
        form = request.form if request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded" else {}
        datasets = {name: request.args.getlist(name) + (form.getlist(name) if form else [])
                    for name in ("default-graph-uri", "named-graph-uri")}
        job = {"query": query, "results_fmt": formats[0], "graph_fmt": formats[1], "max_rows": self.max_rows,
               "default_graphs": datasets["default-graph-uri"], "named_graphs": datasets["named-graph-uri"]}
        return self._run(job)

    def _negotiate(self, request) -> tuple[str | None, str | None] | str:
        """(result format, graph format), or a message when the ``format`` parameter is unknown."""
        fmt = (request.values.get("format") or "").strip().lower()
        if fmt:
            if fmt in FORMAT_PARAM:
                return FORMAT_PARAM[fmt]
            mime = fmt.split(";")[0].strip()
            if mime in RESULT_TYPES or mime in GRAPH_TYPES:
                return RESULT_TYPES.get(mime), GRAPH_TYPES.get(mime)
            return f"unknown format {fmt!r}; use one of {', '.join(FORMAT_PARAM)} or a media type"
        accept = request.accept_mimetypes
        if not request.headers.get("Accept", "").strip():
            return "json", "turtle"
        return (RESULT_TYPES.get(accept.best_match(list(RESULT_TYPES)) or ""),
                GRAPH_TYPES.get(accept.best_match(list(GRAPH_TYPES)) or ""))

    def _run(self, job: dict):
        from werkzeug.wrappers import Response

        try:
            status, headers, body = self.pool.run(job, self.timeout)
        except QueryTimeout as err:
            return self._text(503, f"{err}. Narrow it (LIMIT, more specific patterns) or ask the operator "
                                   "for a longer --timeout", {"Retry-After": "1"})
        except PoolBusy as err:
            return self._text(503, str(err), {"Retry-After": "1"})
        except PharmagraphError as err:
            return self._text(503, str(err))
        except (EOFError, OSError, RuntimeError) as err:
            return self._text(500, f"the query worker failed ({err or type(err).__name__}); it has been replaced")
        response = Response(body, status=status, headers=headers)
        if status >= 400 and "Content-Type" not in dict(headers):
            response.mimetype = "text/plain"
        return response


def make_app(store_path: str | Path, timeout: float = 10.0, max_rows: int = 10000, cors: str | None = None,
             workers: int = 2) -> SparqlApp:
    """The WSGI application for the store at ``store_path`` (call ``.close()`` to stop its workers)."""
    return SparqlApp(store_path, timeout=timeout, max_rows=max_rows, cors=cors, workers=workers)


def run_server(store_path: str | Path = DEFAULT_STORE, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
               max_rows: int = 10000, cors: str | None = None, workers: int = 2, quiet: bool = False) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM). ``port=0`` picks a free port; the address is printed."""
    import logging

    from werkzeug.serving import make_server

    app = make_app(store_path, timeout=timeout, max_rows=max_rows, cors=cors, workers=workers)
    try:
        server = make_server(host, port, app, threaded=True)
    except OSError as err:
        app.close()
        raise PharmagraphError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    if quiet:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)

    def stop(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop) if threading.current_thread() is threading.main_thread() else None
    bound_host, bound_port = server.server_address[:2]
    shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
    isolation = "workers without network" if app.pool.isolated else "SERVICE refused"
    print(f"pharmagraph: SPARQL endpoint at http://{shown}:{bound_port}/sparql (query page http://{shown}:{bound_port}/ ; "
          f"timeout {timeout:g} s, row limit {max_rows}, {isolation})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (only this one).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--store", "store", default=DEFAULT_STORE, show_default=True, type=click.Path(file_okay=False),
              help="Folder of the embedded store.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped (503).")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(min=1),
              help="Most rows (or triples) returned; more are cut and the response says so.")
@click.option("--cors", default=None, metavar="ORIGIN", help="Allow browsers from ORIGIN (or *) to query; off by default.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries run in parallel up to this number).")
@click.option("--quiet", is_flag=True, help="Do not log each request.")
def serve_command(host: str, port: int, store: str, timeout: float, max_rows: int, cors: str | None, workers: int,
                  quiet: bool) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /sparql (with a query page at /)."""
    try:
        run_server(store, host=host, port=port, timeout=timeout, max_rows=max_rows, cors=cors, workers=workers,
                   quiet=quiet)
    except PharmagraphError as err:
        message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        click.echo(f"pharmagraph: error: {message}", err=True)
        sys.exit(err.exit_code)


if __name__ == "__main__":  # pragma: no cover - ``python -m pharmagraph.serve``
    from pharmagraph.serve import serve_command as _command

    _command()
