"""Reading SPARQL from the command line and printing results in the usual formats.

SELECT results as a table, SPARQL 1.1 Query Results JSON, CSV or TSV; ASK as true/false;
CONSTRUCT and DESCRIBE as Turtle.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pyoxigraph as ox

from pharmagraph.errors import InputError


def read_query(text: str | None, file: str | None) -> str:
    """The query from an argument, a file, or standard input (in that order)."""
    if text and text != "-":
        return text
    if file:
        path = Path(file)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        return path.read_text(encoding="utf-8")
    if not sys.stdin.isatty():
        data = sys.stdin.read()
        if data.strip():
            return data
    raise InputError("no query given: pass it as an argument, with --file, or on standard input")


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def format_results(results, fmt: str) -> str:
    """Text of query results in ``fmt`` (table, json, csv, tsv)."""
    if isinstance(results, ox.QueryBoolean):
        value = bool(results)
        return json.dumps({"head": {}, "boolean": value}) + "\n" if fmt == "json" else ("true\n" if value else "false\n")
    if isinstance(results, ox.QueryTriples):
        from rdflib import Graph

        data = results.serialize(format=ox.RdfFormat.N_TRIPLES)
        g = Graph()
        g.parse(data=data.decode("utf-8") if isinstance(data, bytes) else (data or ""), format="nt")
        from pharmagraph.export import _bind

        _bind(g)
        return g.serialize(format="turtle")
    variables = [v.value for v in results.variables]
    rows = [[s[v] for v in variables] for s in results]
    if fmt == "json":
        bindings = [{v: _term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow(["" if t is None else t.value for t in row])
        return out.getvalue()
    cells = [["" if t is None else t.value for t in row] for row in rows]
    widths = [min(60, max([len(v), *(len(r[i]) for r in cells)])) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c[:w].ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines) + "\n"
