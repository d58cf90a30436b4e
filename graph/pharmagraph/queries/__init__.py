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
PARAM_VARS = {"company": ("company_iri",), "product": ("product_iri",), "entity": ("entity_iri",),
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
                if re.search(rf"\?{var}\b", self.sparql):
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
    # names are matched to entities (any preferred or other name, any case) before the query runs,
    # and the query gets their IRIs: an index look-up instead of a scan of every label
    bindings = {}
    for k, v in params.items():
        if v and k in variables:
            iris = store.entities_named(v)
            if not iris:
                return []
            bindings[variables[k]] = iris
    rows, seen = [], set()
    for solution in store.query(q.sparql, bindings):
        row = {c: _value(solution[c], c in q.lists) for c in q.columns}
        key = repr(sorted(row.items()))
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows




def _links(store, q: Question, nodes: list[str]):
    """Every (a, b, link) with a in ``nodes``: path.rq with ?a bound to them, 200 nodes a query, yielded as
    they come so that the search stops querying once both sides meet."""
    for n in range(0, len(nodes), 200):
        for s in store.query(q.sparql, {"a": nodes[n:n + 200]}):
            yield (s["a"].value, s["b"].value,
                   {"subject": s["subject"].value, "relation": s["relation"].value, "object": s["object"].value})


def _reverse(relation: str) -> str:
    """ "Certification (issuer -> holder)" read the other way round.

    >>> _reverse("Certification (issuer -> holder)")
    'Certification (holder -> issuer)'
    """
    m = re.fullmatch(r"(.*)\((\w+) -> (\w+)\)", relation)
    return f"{m.group(1)}({m.group(3)} -> {m.group(2)})" if m else relation


def _path(store, q: Question, start: str, end: str, max_hops: int = 6) -> list[dict]:
    """The shortest chain of facts between two entities.

    A breadth-first search from both ends at once that always widens the smaller side, so a hub
    with thousands of neighbours is only expanded when nothing smaller is left (path.rq shows
    the shape of one link).
    """
    sources, targets = store.entities_named(start), store.entities_named(end)
    if not sources:
        raise QueryError(f"no entity named {start!r} in the graph")
    if not targets:
        raise QueryError(f"no entity named {end!r} in the graph")
    # parent maps: node -> (previous node, link as written from previous to node) on each side
    fwd: dict[str, tuple[str, dict] | None] = {x: None for x in sources}
    bwd: dict[str, tuple[str, dict] | None] = {x: None for x in targets}
    front_f, front_b = list(sources), list(targets)
    meet = next((x for x in sources if x in bwd), None)
    hops = 0
    while meet is None and front_f and front_b and hops < max_hops:
        hops += 1
        grow_forward = len(front_f) <= len(front_b)
        frontier, seen = (front_f, fwd) if grow_forward else (front_b, bwd)
        other = bwd if grow_forward else fwd
        nxt = []
        for a, b, link in _links(store, q, sorted(frontier)):
            if b in seen:
                continue
            seen[b] = (a, link)
            nxt.append(b)
            if b in other:
                meet = b
                break
        if grow_forward:
            front_f = nxt
        else:
            front_b = nxt
    if meet is None:
        return []
    steps = []
    node = meet
    while fwd[node] is not None:  # start ... meet
        prev, link = fwd[node]
        steps.insert(0, link)
        node = prev
    node = meet
    while bwd[node] is not None:  # meet ... end: links were read from the end side, turn them round
        prev, link = bwd[node]
        steps.append({"subject": link["object"], "relation": _reverse(link["relation"]), "object": link["subject"]})
        node = prev
    return [{"step": i, **link} for i, link in enumerate(steps, 1)]
