"""A pharmagraph store on a remote SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, Virtuoso, Neptune).

``RemoteStore`` is a :class:`~pharmagraph.store.Store` whose pyoxigraph store is replaced by
:class:`SparqlClient`, a small adapter that speaks the SPARQL 1.1 Protocol over HTTP. Every
method of ``Store`` (``content_hash``, ``write_document``, ``refresh_entities``, ``query``...)
therefore runs unchanged against the server, one named graph per document, and ``query()``
returns real pyoxigraph result objects (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples``).

The protocol, and what it costs:

* Queries are POSTed as ``application/sparql-query`` with
  ``Accept: application/sparql-results+json, application/n-triples;q=0.9, ...``; the server
  picks the results format of the query's type and the answer is parsed by its Content-Type
  with pyoxigraph (CONSTRUCT/DESCRIBE triples are loaded into an in-memory pyoxigraph store so
  that the caller gets a genuine ``QueryTriples``). Results are read whole before parsing.
* Updates are POSTed as ``application/sparql-update``. A document is written with one request,
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``: one request is one transaction
  on Oxigraph server, Fuseki (TDB2), GraphDB and Neptune, so readers see the old or the new
  document, never half of one. Virtuoso's endpoint may commit piecemeal: there, rebuild after a
  failed build with ``remove`` first.
* Every request has one deadline (``timeout`` seconds, connecting, sending and reading the
  whole answer). A refused connection, an HTTP error, a broken connection or a missed deadline
  raise :class:`~pharmagraph.errors.StoreError` with one line naming the endpoint. Nothing is
  ever sent twice: a failed update is reported, not replayed (after a timeout the server may
  still have applied it; ``build`` is idempotent, so running it again is the fix).
* Connections go straight to the server: ``http_proxy``/``https_proxy`` are not used.
  ``http://user:password@host/...`` sends HTTP Basic credentials. Neptune's IAM signing is not
  supported (use a proxy that signs, or IAM-less access in the VPC).
* Queries are run over the UNION of all named graphs, like the embedded store. Servers differ,
  so the union is chosen when the first union query runs (:meth:`SparqlClient.union_mode`):

  ``server``   the server's default graph already is the union (Oxigraph ``serve
               --union-default-graph``, Fuseki with ``tdb2:unionDefaultGraph true``, GraphDB,
               Virtuoso, Neptune): queries are sent as they are. This is the recommended setup.
  ``param``    Oxigraph server started without that flag: each query carries Oxigraph's
               ``union-default-graph`` URL parameter (the same switch, per request).
  ``datasets`` any other SPARQL 1.1 server: each query names every graph of the store as
               ``default-graph-uri`` and ``named-graph-uri`` (a form POST; one more query per
               question to list the graphs; fine for thousands of documents, slow beyond).

  The choice is made by fetching one IRI-only triple from a named graph and asking for it
  without ``GRAPH``: found means ``server``; else found with the Oxigraph parameter means
  ``param``; else ``datasets``. (A store with no triple yet is queried as it is, and asked
  again next time.) This assumes the server's own default graph holds no copy of pharmagraph's
  named-graph triples, which pharmagraph never writes. Pass ``union_mode=`` to skip detection.
  ``union=False`` queries are sent as they are (the server's default graph).
* The predefined prefixes (``pg:``, ``skos:``...) are declared in a one-line prologue put in
  front of the query (only those the query does not declare itself); line numbers in a
  server's syntax error are shifted back so that they point into the query as written.
* The whole dataset (``dataset()``, ``dump()``) comes from the Graph Store Protocol when the
  server has one (Oxigraph: ``GET /store`` with ``Accept: application/n-quads``; the address
  is derived from a query endpoint ending in ``/query``, or given as ``graph_store_endpoint``),
  else from ``SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }``.
* There is no writer lock on a server: run one ``build``/``remove`` at a time.
"""

from __future__ import annotations

import base64
import http.client
import re
import socket
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from pharmagraph.errors import InputError, StoreError
from pharmagraph.store import DEFAULT_STORE, VOCAB_GRAPH, Store

__all__ = ["RemoteStore", "SparqlClient", "open_any"]

USER_AGENT = "pharmagraph-remote/1"
QUERY_ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, application/sparql-results+xml;q=0.6, "
                "text/tab-separated-values;q=0.5, text/turtle;q=0.4, application/rdf+xml;q=0.3")
RESULTS_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
UNION_MODES = ("server", "param", "datasets")
_PROBE = ("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && isIRI(?o)) } LIMIT 1")
_ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


class HttpStatusError(StoreError):
    """The server answered with an HTTP error status (kept apart so probing can tell 'no' from 'down')."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class RemoteSyntaxError(SyntaxError):
    """The server rejected a query (HTTP 400); ``Store.query`` turns it into a QueryError."""


def _one_line(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        if line.strip():
            line = " ".join(line.split())
            return line if len(line) <= limit else line[: limit - 3] + "..."
    return ""


def _redact(url: str) -> str:
    """The URL without user:password, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


class SparqlClient:
    """The subset of ``pyoxigraph.Store`` that :class:`~pharmagraph.store.Store` uses, over HTTP."""

    def __init__(self, query_endpoint: str, update_endpoint: str | None = None, timeout: float = 30.0,
                 graph_store_endpoint: str | None = None, union_mode: str | None = None):
        self.query_endpoint = self._check_url(query_endpoint, "query endpoint")
        self.update_endpoint = self._check_url(update_endpoint, "update endpoint") if update_endpoint else None
        if graph_store_endpoint:
            self.graph_store_endpoint: str | None = self._check_url(graph_store_endpoint, "graph store endpoint")
        else:
            parts = urllib.parse.urlsplit(self.query_endpoint)
            derived = re.sub(r"/query/?$", "/store", parts.path) if re.search(r"/query/?$", parts.path) else None
            self.graph_store_endpoint = (urllib.parse.urlunsplit((parts.scheme, parts.netloc, derived, "", ""))
                                         if derived else None)
        if not timeout or timeout <= 0:
            raise StoreError(f"{_redact(self.query_endpoint)}: timeout must be a positive number of seconds")
        self.timeout = float(timeout)
        if union_mode is not None and union_mode not in UNION_MODES:
            raise StoreError(f"union_mode must be one of {', '.join(UNION_MODES)}, not {union_mode!r}")
        self._union_mode = union_mode
        self._gsp_ok: bool | None = None
        self.requests = 0  # how many HTTP requests were sent (tests check nothing is replayed)

    @staticmethod
    def _check_url(url: str, what: str) -> str:
        parts = urllib.parse.urlsplit(str(url))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"{url}: not an http:// or https:// URL of a SPARQL {what}")
        return str(url)

    # -- HTTP ------------------------------------------------------------------------------
    def _request(self, method: str, url: str, body: bytes | None, headers: dict[str, str], *,
                 update: bool = False) -> tuple[int, str, bytes]:
        """One HTTP exchange, bounded by ``self.timeout`` in all; never retried."""
        shown = _redact(url)
        parts = urllib.parse.urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"User-Agent": USER_AGENT, "Connection": "close", **headers}
        if parts.username is not None:
            token = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            headers["Authorization"] = "Basic " + base64.b64encode(token.encode("utf-8")).decode("ascii")
        deadline = time.monotonic() + self.timeout
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(parts.hostname, parts.port, timeout=self.timeout)
        what = "update" if update else "request"

        def remaining() -> float:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            return left

        self.requests += 1
        try:
            conn.connect()
            conn.sock.settimeout(remaining())
            conn.request(method, target, body=body, headers=headers)
            conn.sock.settimeout(remaining())
            response = conn.getresponse()
            chunks = []
            while True:
                if conn.sock is not None:
                    conn.sock.settimeout(remaining())
                chunk = response.read(1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
            data = b"".join(chunks)
            status, content_type = response.status, response.getheader("Content-Type", "")
        except TimeoutError:
            if update:
                raise StoreError(f"{shown}: no answer to the update within {self.timeout:g} s; it may or may not have "
                                 "been applied and was not sent again (run the command again)") from None
            raise StoreError(f"{shown}: no answer within {self.timeout:g} s (the query is too slow or the server "
                             "is stuck; raise the timeout or simplify the query)") from None
        except ConnectionRefusedError:
            raise StoreError(f"{shown}: connection refused: no SPARQL server is listening there"
                             + (" (the update was not applied)" if update else "")) from None
        except socket.gaierror as err:
            raise StoreError(f"{shown}: cannot resolve host {parts.hostname!r} ({err.strerror or err})") from None
        except (http.client.HTTPException, OSError) as err:
            detail = _one_line(str(err)) or type(err).__name__
            raise StoreError(f"{shown}: connection failed during the {what} ({detail})"
                             + ("; it may or may not have been applied and was not sent again" if update else "")) from None
        finally:
            conn.close()
        return status, content_type, data

    def _raise_for_status(self, url: str, status: int, data: bytes, *, update: bool, query: str | None = None,
                          shift: int = 0) -> None:
        if 200 <= status < 300:
            return
        shown = _redact(url)
        message = _one_line(data.decode("utf-8", "replace"))
        if status == 400 and not update and query is not None:
            raise RemoteSyntaxError(_unshift_lines(message, shift) or "the server rejected the query")
        hints = {401: "access denied (credentials needed: http://user:password@host/...)", 403: "access denied",
                 404: "no SPARQL endpoint at this address", 405: "this address does not take SPARQL POST requests",
                 406: "the server offers none of the result formats pharmagraph reads",
                 413: "request too large for the server", 415: "the server does not take this request type"}
        reason = hints.get(status) or ("server error" if status >= 500 else "request rejected")
        verb = "update failed" if update else "query failed"
        if 300 <= status < 400:
            reason = "redirected; use the final address of the endpoint"
        raise HttpStatusError(f"{shown}: {verb}: HTTP {status} {reason}" + (f": {message}" if message else "")
                              + (" (not sent again)" if update else ""), status)

    # -- queries ---------------------------------------------------------------------------
    def union_mode(self) -> str | None:
        """How queries reach the union of all graphs here (see the module doc); None: store has no triple yet."""
        if self._union_mode is None:
            self._union_mode = self._detect_union()
        return self._union_mode

    def _detect_union(self) -> str | None:
        rows = list(self._query(_PROBE))
        if not rows:
            return None
        triple = f"{rows[0]['s']} {rows[0]['p']} {rows[0]['o']}"
        if bool(self._query(f"ASK {{ {triple} }}")):
            return "server"
        try:
            if bool(self._query(f"ASK {{ {triple} }}", params=[("union-default-graph", "true")])):
                return "param"
        except (RemoteSyntaxError, HttpStatusError):
            pass  # the server refuses the unknown parameter: not Oxigraph
        return "datasets"

    def query(self, sparql: str, use_default_graph_as_union: bool = False, prefixes: dict[str, str] | None = None,
              **_ignored):
        prologue = _prologue(sparql, prefixes or {})
        text = prologue + sparql
        shift = 1 if prologue else 0
        if not use_default_graph_as_union:
            return self._query(text, shift=shift)
        mode = self.union_mode()
        if mode == "param":
            return self._query(text, params=[("union-default-graph", "true")], shift=shift)
        if mode == "datasets":
            graphs = [g.value for g in self.named_graphs()]
            if graphs:
                params = [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs]
                return self._query(text, params=params, form=True, shift=shift)
        return self._query(text, shift=shift)

    def _query(self, sparql: str, params: list[tuple[str, str]] | None = None, form: bool = False, shift: int = 0):
        url = self.query_endpoint
        if form:
            body = urllib.parse.urlencode([("query", sparql), *(params or [])]).encode("utf-8")
            content_type = "application/x-www-form-urlencoded"
        else:
            if params:
                url += ("&" if "?" in url else "?") + urllib.parse.urlencode(params)
            body = sparql.encode("utf-8")
            content_type = "application/sparql-query"
        status, got, data = self._request("POST", url, body, {"Content-Type": content_type, "Accept": QUERY_ACCEPT})
        self._raise_for_status(url, status, data, update=False, query=sparql, shift=shift)
        return self._parse_results(url, got, data)

    def _parse_results(self, url: str, content_type: str, data: bytes):
        media = _media_type(content_type)
        try:
            if media in RESULTS_FORMATS:
                return ox.parse_query_results(data, format=RESULTS_FORMATS[media])
            if media in GRAPH_FORMATS:
                scratch = ox.Store()
                if data.strip():
                    scratch.load(data, format=GRAPH_FORMATS[media], to_graph=ox.DefaultGraph())
                return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
        except (SyntaxError, ValueError) as err:
            raise StoreError(f"{_redact(url)}: unreadable {media} answer ({_one_line(str(err))})") from None
        raise StoreError(f"{_redact(url)}: unexpected answer of type {media or 'none'}; is this a SPARQL endpoint?")

    # -- updates ---------------------------------------------------------------------------
    def update(self, sparql: str, **_ignored) -> None:
        if not self.update_endpoint:
            raise StoreError(f"{_redact(self.query_endpoint)}: no update endpoint given, so the store is read-only")
        status, _type, data = self._request("POST", self.update_endpoint, sparql.encode("utf-8"),
                                            {"Content-Type": "application/sparql-update", "Accept": "*/*"}, update=True)
        self._raise_for_status(self.update_endpoint, status, data, update=True)

    def load(self, input=None, format=None, *, path=None, base_iri=None, to_graph=None, **_ignored) -> None:
        """Add RDF to a graph with one INSERT DATA (what ``Store._init_vocabularies`` calls)."""
        data = Path(path).read_bytes() if path is not None else input
        graph = to_graph if isinstance(to_graph, ox.NamedNode) else None
        lines = [f"{q.subject} {q.predicate} {q.object} ." for q in ox.parse(data, format=format, base_iri=base_iri)]
        body = "\n".join(lines)
        self.update(f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}" if graph else f"INSERT DATA {{\n{body}\n}}")

    def flush(self) -> None:
        """Nothing to flush: every update is committed by the server when it answers."""

    # -- graphs and dumps --------------------------------------------------------------------
    def named_graphs(self):
        return iter([row["g"] for row in self._query(_GRAPHS)])

    def contains_named_graph(self, graph) -> bool:
        name = graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(str(graph))
        return bool(self._query(f"ASK {{ GRAPH {name} {{ ?s ?p ?o }} }}"))

    def __len__(self) -> int:
        """Quads in the named graphs (pharmagraph writes nothing to the default graph)."""
        rows = list(self._query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value) if rows else 0

    def _all_quads(self) -> bytes:
        """Every quad as N-Quads: Graph Store Protocol if the server has it, else a SELECT."""
        if self.graph_store_endpoint and self._gsp_ok is not False:
            url = self.graph_store_endpoint
            status, got, data = self._request("GET", url, None, {"Accept": "application/n-quads"})
            if status == 200 and _media_type(got) == "application/n-quads":
                self._gsp_ok = True
                return data
            if status >= 500:
                self._raise_for_status(url, status, data, update=False)
            self._gsp_ok = False
        lines = []
        for row in self._query(_ALL_QUADS):
            lines.append(f"{row['s']} {row['p']} {row['o']} {row['g']} .\n")
        return "".join(lines).encode("utf-8")

    def dump(self, output=None, format=None, *, from_graph=None, **_ignored):
        if from_graph is not None and not isinstance(from_graph, ox.DefaultGraph):
            triples = self._query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {from_graph} {{ ?s ?p ?o }} }}")
            data = triples.serialize(format=format)
        else:
            scratch = ox.Store()
            scratch.load(self._all_quads(), format=ox.RdfFormat.N_QUADS)
            data = scratch.dump(format=format, from_graph=from_graph) if from_graph is not None \
                else scratch.dump(format=format)
        if output is None:
            return data
        if isinstance(output, (str, Path)):
            Path(output).write_bytes(data)
        else:
            output.write(data)
        return None

    def __getattr__(self, name: str):
        raise AttributeError(f"a remote SPARQL store does not offer pyoxigraph.Store.{name} "
                             "(extend pharmagraph.remote.SparqlClient)")


def _prologue(sparql: str, prefixes: dict[str, str]) -> str:
    """One line of PREFIX declarations for the prefixes the query does not declare itself."""
    missing = [(p, iri) for p, iri in prefixes.items()
               if not re.search(rf"(?i)\bPREFIX\s+{re.escape(p)}\s*:", sparql)]
    if not missing:
        return ""
    return " ".join(f"PREFIX {p}: <{iri}>" for p, iri in missing) + "\n"


def _unshift_lines(message: str, shift: int) -> str:
    """Shift line numbers of common parser messages ('error at 3:5', 'line 3, column 5') back by ``shift``."""
    if not shift:
        return message

    def back(m: re.Match) -> str:
        return f"{m.group(1)}{max(1, int(m.group(2)) - shift)}{m.group(3)}"

    message = re.sub(r"(\bat )(\d+)(:\d+)", back, message)
    return re.sub(r"(\b[Ll]ine:? )(\d+)(\b)", back, message)


class RemoteStore(Store):
    """A pharmagraph store on a SPARQL 1.1 server: the members of :class:`Store`, over HTTP.

    ``RemoteStore(query_endpoint)`` is read-only; with ``update_endpoint`` it can write. Opening
    checks the server answers (one small query) and raises StoreError naming the endpoint if not.
    """

    batch_documents = 32  # one SPARQL update per batch: kept small for servers' request limits

    def __init__(self, query_endpoint: str, update_endpoint: str | None = None, timeout: float = 30.0, *,
                 graph_store_endpoint: str | None = None, union_mode: str | None = None):
        client = SparqlClient(query_endpoint, update_endpoint, timeout, graph_store_endpoint, union_mode)
        super().__init__(client, None, update_endpoint is not None)  # type: ignore[arg-type]
        self.path = _redact(query_endpoint)  # what messages name, as Store's path does
        self.endpoint = query_endpoint
        self.update_endpoint = update_endpoint
        self.timeout = client.timeout
        client.union_mode()  # reaches the server now: a wrong address fails here, with its name

    @classmethod
    def open(cls, query_endpoint: str, update_endpoint: str | None = None, *, write: bool = False,  # type: ignore[override]
             create: bool = False, timeout: float = 30.0, **options) -> RemoteStore:
        """Like :meth:`Store.open`: ``write`` needs ``update_endpoint``; ``create`` adds the vocabularies, or refreshes
        an older copy."""
        if write and not update_endpoint:
            raise StoreError(f"{_redact(query_endpoint)}: writing to a SPARQL server needs its update endpoint "
                             "(--update-endpoint URL)")
        store = cls(query_endpoint, update_endpoint if write else None, timeout, **options)
        if write and create and store.refresh_vocabularies():
            if store.ox._union_mode is None:
                store.ox.union_mode()
        return store

    @classmethod
    def in_memory(cls) -> Store:  # type: ignore[override]
        raise StoreError("a remote store lives on its server; use Store.in_memory() for a scratch store")

    def __repr__(self) -> str:
        return f"RemoteStore({self.path!r}, writable={self.writable})"


def open_any(store: str | Path = DEFAULT_STORE, *, endpoint: str | None = None, update_endpoint: str | None = None,
             write: bool = False, create: bool = False, timeout: float = 30.0) -> Store:
    """The embedded store at ``store``, or the SPARQL server at ``endpoint`` when one is given."""
    if endpoint:
        return RemoteStore.open(endpoint, update_endpoint, write=write, create=create, timeout=timeout)
    if update_endpoint:
        raise InputError("--update-endpoint needs --endpoint (the server's query endpoint)")
    return Store.open(store, write=write, create=create)
