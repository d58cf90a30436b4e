"""The competency questions: one ``.rq`` file each, headed by title / description / params / columns.

Parameters are bound by the query engine (SEP-0007 substitutions), never pasted into the text.

>>> "certifications" in questions()
True
>>> question("licensing").columns
['licensor', 'licensee', 'product', 'territory', 'value', 'source']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from pharmagraph.errors import QueryError

HERE = Path(__file__).resolve().parent
#: CLI/API parameter -> SPARQL variable candidates, first one present in the query wins
PARAM_VARS = {"company": ("company_name", "company"), "product": ("product_name",), "entity": ("entity",),
              "from": ("from",), "to": ("to",)}


@dataclass(frozen=True)
class Question:
    name: str
    title: str
    description: str
    params: str
    columns: list[str]
    lists: tuple[str, ...]
    sparql: str
    required: tuple[str, ...]

    def variables(self) -> dict[str, str]:
        """CLI parameter -> query variable."""
        out = {}
        for param, candidates in PARAM_VARS.items():
            for var in candidates:
                if re.search(rf"\?{var}\b", self.sparql) and (var != "company" or "?company_name" not in self.sparql):
                    out[param] = var
                    break
        return out


def _header(text: str, key: str) -> str:
    m = re.search(rf"^#\s*{key}:\s*(.*)$", text, re.M)
    return m.group(1).strip() if m else ""


@cache
def questions() -> dict[str, Question]:
    out = {}
    for path in sorted(HERE.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        params = _header(text, "params")
        required = tuple(re.findall(r"(\w+) \(required", params))
        out[path.stem] = Question(
            name=path.stem, title=_header(text, "title"), description=_header(text, "description"), params=params,
            columns=[c.strip() for c in _header(text, "columns").split(",") if c.strip()],
            lists=tuple(c.strip() for c in _header(text, "lists").split(",") if c.strip()),
            sparql=text, required=required)
    return out


def question(name: str) -> Question:
    try:
        return questions()[name]
    except KeyError:
        raise QueryError(f"unknown question {name!r}; known: {', '.join(sorted(questions()))}") from None


def _value(term, is_list: bool):
    if term is None:
        return [] if is_list else None
    value = term.value
    if is_list:
        return sorted(v for v in value.split("|") if v) if value else []
    datatype = getattr(term, "datatype", None)
    dt = datatype.value if datatype is not None else ""
    if dt.endswith(("#integer", "#int", "#long", "#gYear")) and re.fullmatch(r"-?\d+", value):
        return int(value)
    if dt.endswith(("#decimal", "#double", "#float")):
        number = Decimal(value)
        return int(number) if number == number.to_integral_value() else float(number)
    return value


def run_question(store, name: str, **params: str | None) -> list[dict]:
    """Rows of one competency question, as plain dicts with the question's columns."""
    q = question(name)
    variables = q.variables()
    missing = [p for p in q.required if not params.get(p)]
    if missing:
        raise QueryError(f"question {name!r} needs --{' and --'.join(missing)}")
    bindings = {variables[k]: v for k, v in params.items() if v and k in variables}
    if name == "path":
        variables = {"from": "from", "to": "to"}
    unknown = [k for k, v in params.items() if v and k not in variables]
    if unknown:
        raise QueryError(f"question {name!r} takes no --{unknown[0]}")
    if name == "path":
        return _path(store, q, params["from"], params["to"])
    bindings = {variables[k]: v for k, v in params.items() if v and k in variables}
    rows, seen = [], set()
    for solution in store.query(q.sparql, bindings):
        row = {c: _value(solution[c], c in q.lists) for c in q.columns}
        key = repr(sorted(row.items()))
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows


def _path(store, q: Question, start: str, end: str) -> list[dict]:
    """The shortest chain of facts between two entities, found over the links path.rq returns."""
    import networkx as nx

    graph = nx.Graph()
    names: dict[str, set[str]] = {}
    for s in store.query(q.sparql):
        a, b = s["a"].value, s["b"].value
        graph.add_edge(a, b, relation=s["relation"].value, subject=s["subject"].value, object=s["object"].value)
        names.setdefault(a, set()).add(s["subject"].value.lower())
        names.setdefault(b, set()).add(s["object"].value.lower())
    for s in store.query("SELECT ?e ?n WHERE { ?e skos:altLabel ?n }"):
        if s["e"].value in names:
            names[s["e"].value].add(s["n"].value.lower())

    def find(label: str) -> str:
        hits = sorted(e for e, ns in names.items() if label.lower() in ns)
        if not hits:
            raise QueryError(f"no entity named {label!r} in the graph")
        return hits[0]

    a, b = find(start), find(end)
    try:
        nodes = nx.shortest_path(graph, a, b)
    except nx.NetworkXNoPath:
        return []
    rows = []
    for i, (u, v) in enumerate(zip(nodes, nodes[1:]), 1):
        data = graph.edges[u, v]
        forward = data["subject"].lower() in names[u] and data["object"].lower() in names[v]
        rows.append({"step": i, "subject": data["subject"] if forward else data["object"], "relation": data["relation"],
                     "object": data["object"] if forward else data["subject"]})
    return rows
