"""The competency questions: one ``.rq`` file each, headed by title / description / params / columns.

Parameters are bound by the query engine (SEP-0007 substitutions), never pasted into the text.

>>> "certifications" in questions()
True
>>> question("licensing").columns
['licensor', 'licensee', 'product', 'territory', 'value', 'source']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path

from pharmagraph.errors import QueryError
from pharmagraph.store import bind_values

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
    #: the same question asked with no parameter, written for a whole-graph answer (``listing/NAME.rq``)
    listing: str | None = None

    def text(self, bound: bool) -> str:
        """The query run_question sends: the listing text when nothing is bound and there is one."""
        return self.sparql if bound or not self.listing else self.listing

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


#: a final ORDER BY of plain variables (ascending), nothing after it but white space
_ORDER_BY = re.compile(r"^ORDER BY((?:[ \t]+\?\w+)+)[ \t]*\s*\Z", re.MULTILINE)


@cache
def _final_order(sparql: str, columns: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    m = _ORDER_BY.search(sparql)
    order = tuple(v.lstrip("?") for v in m.group(1).split()) if m else ()
    if not order or not set(order) <= set(columns):
        return (), sparql
    return order, sparql[:m.start()]


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
            sparql=text, required=required,
            listing=listing.read_text(encoding="utf-8") if (listing := HERE / "listing" / path.name).exists() else None)
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
    if dt.endswith(("#integer", "#int", "#long")) and re.fullmatch(r"-?\d+", value):  # (a year date stays an ISO string: "2018")
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
    text = q.text(bool(bindings))
    order, unordered = _final_order(text, tuple(q.columns))
    if order:
        rows = _sorted_rows(q, order, store.query(unordered, bindings))
        if rows is not None:
            return rows
    return _rows(q, store.query(text, bindings))


def _rows(q: Question, solutions) -> list[dict]:
    """The solutions as plain dicts, each distinct row once, in the engine's order."""
    return [row for _, row in _converted(q, solutions)]


def _converted(q: Question, solutions):
    """(terms, row) for each distinct row of ``solutions``: the terms of the columns, and the row as a
    plain dict of the columns' values.

    Terms are read by position (``tuple(solution)``: a fifth of the time of reading them by name) and each
    distinct term is converted once (a label recurs on many rows): at 1M triples, 16,800 rows of
    ``people`` took 150 ms to convert one name and one term at a time, 40 ms so.
    """
    columns = q.columns
    variables = getattr(solutions, "variables", None)
    if variables is not None:
        pos = {v.value: i for i, v in enumerate(variables)}
        if all(c in pos for c in columns):
            idx = [pos[c] for c in columns]
            if idx == list(range(len(variables))):
                terms_of = tuple
            else:
                def terms_of(solution, idx=idx):
                    t = tuple(solution)
                    return tuple(t[i] for i in idx)
        else:
            variables = None
    if variables is None:
        def terms_of(solution):
            return tuple(solution[c] for c in columns)
    lists = [c in q.lists for c in columns]
    caches = [{} for _ in columns]
    seen = set()
    for solution in solutions:
        terms = terms_of(solution)
        values = []
        for term, is_list, memo in zip(terms, lists, caches):
            try:
                value = memo[term]
            except KeyError:
                value = memo[term] = _value(term, is_list)
                if is_list:
                    value = memo[term] = tuple(value)
            values.append(value)
        key = tuple(values)
        if key in seen:
            continue
        seen.add(key)
        yield terms, {c: (list(v) if is_list else v) for c, v, is_list in zip(columns, values, lists)}


#: xsd datatypes whose order run_question reproduces: strings by code point, numbers by value, dates
#: (YYYY-MM-DD, no time zone) as their text
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in ("integer", "decimal", "double", "float", "int", "long")}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _order_key(term, kinds: set):
    """The SPARQL ORDER BY key of one term (unbound first, then IRIs, then literals), recording in
    ``kinds`` what sort of term it was: one ORDER BY column with two sorts of literal (a string and
    a number, two language tags...) is left to the engine, whose rules for those are its own."""
    if term is None:
        return (0, "")
    datatype = getattr(term, "datatype", None)
    if datatype is None:  # an IRI (the questions never return blank nodes)
        kinds.add("iri")
        return (1, term.value)
    dt = datatype.value
    if dt in _NUMERIC:
        kinds.add("number")
        try:
            number = Decimal(term.value)
        except ArithmeticError:
            number = None
        if number is None or not number.is_finite():
            kinds.add("other")
            return (2, 0)
        return (2, number)
    if dt == _XSD + "date" and _DATE.fullmatch(term.value):
        kinds.add("date")
    elif dt == _XSD + "string":
        kinds.add("string")
    else:
        kinds.add(f"other {dt} {getattr(term, 'language', None)}")
    return (2, term.value)


def _sorted_rows(q: Question, order: tuple[str, ...], solutions) -> list[dict] | None:
    """The rows of the query without its final ORDER BY, sorted here as the ORDER BY would sort them
    (ties by the other columns, so the order does not depend on the engine's plan; a list column by
    its items as shown, sorted, not by the order the engine concatenated them in); None when an
    ORDER BY column mixes sorts of literal, to be sorted by the engine.

    Oxigraph sorts by decoding both terms of every comparison from its string table: sorting
    16,800 rows of labels took 210 ms at 1M triples, where Python sorts them in 20 ms.
    """
    kinds = {c: set() for c in order}
    where = [q.columns.index(c) for c in order]
    key_caches = [{} for _ in order]
    keyed = []
    for terms, row in _converted(q, solutions):
        key = []
        for i, c, memo in zip(where, order, key_caches):
            term = terms[i]
            try:
                key.append(memo[term])
            except KeyError:
                if c in q.lists:
                    kinds[c].add("string")
                    value = (0, "") if term is None else (2, "|".join(row[c]))
                else:
                    value = _order_key(term, kinds[c])
                key.append(memo.setdefault(term, value))
        keyed.append((key, row))
    if any(len(k) > 1 or any(x.startswith("other") for x in k) for k in kinds.values()):
        return None
    rest = [c for c in q.columns if c not in order]
    keyed.sort(key=lambda kr: (kr[0], [_tie_key(kr[1][c]) for c in rest]))
    return [row for _, row in keyed]


def _tie_key(value):
    """A total order over converted values (None first, then numbers, then text, then lists)."""
    if value is None:
        return (0, 0, "")
    if isinstance(value, (int, float)):
        return (1, value, "")
    if isinstance(value, list):
        return (3, 0, "|".join(value))
    return (2, 0, str(value))



# -- path ---------------------------------------------------------------------------------------
# The search reads links cheaply: which entities a fact joins, without labels or relation names
# (a few index look-ups per fact inside the engine), and path.rq words only the links of the path it
# finds. Both kinds of query run on the embedded store and on a SPARQL server alike, so the two
# give the same path.

#: the entities ``?a`` of a batch, and for each of them every entity ``?b`` one fact away: a fact
#: naming ``?a`` and ``?b`` through role predicates, as in path.rq. The search first leaves out
#: path.rq's test that the fact has a pharmagraph class (one more look-up per fact: a third to a half of
#: the query's time); the path found is then checked link by link by path.rq, and searched again with
#: the test if a link fails (a fact without such a class, which pharmagraph's own builds never write).
_NEIGHBOURS = """SELECT DISTINCT ?a ?b WHERE {{
  ?a skos:prefLabel ?_label .
  ?f ?role ?a . FILTER(?role IN ({roles}))
  ?f ?other_role ?b . FILTER(?other_role IN ({roles}) && ?b != ?a){typed}
}}"""
_TYPED = "\n  ?f a ?cls . FILTER(STRSTARTS(STR(?cls), STR(pg:)))"
#: how many facts name each entity through a role: what widening the search at that entity reads
_FACT_COUNTS = "SELECT ?a (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f ?role ?a . FILTER(?role IN ({roles})) }} GROUP BY ?a"
#: (entity, fact) pairs counted up to a cap: a sub-query whose LIMIT stops the engine reading a hub's facts
_FACT_PAIRS = "SELECT DISTINCT ?a ?f WHERE {{ ?f ?role ?a . FILTER(?role IN ({roles})) }} LIMIT {cap}"
_LABELLED = "SELECT DISTINCT ?a WHERE { ?a skos:prefLabel ?label }"
#: the facts that entities sharing a neighbour query are named in: at first, and at most (the batches
#: double in between, so that a meeting near the start of a frontier is found after reading little);
#: an entity in more facts (a hub) is read on its own, after the others of its frontier
_FIRST_BATCH, _BATCH_FACTS = 50, 400
#: entities counted by one query; entities counted to estimate what widening a bigger frontier reads,
#: and counted at a time when comparing the two frontiers
_COUNT_BATCH, _SAMPLE, _COUNT_STEP = 32, 64, 16


class _LinkReader:
    """Cheap reads of the links behind path.rq, and the fact counts that say what they cost."""

    def __init__(self, store, q: Question):
        self.roles = ", ".join(re.search(r"VALUES \?role \{([^}]*)\}", q.sparql).group(1).split())
        self.store = store
        self.typed = False
        self.counts: dict[str, int] = {}
        self.labels: dict[str, bool] = {}
        self.widened: list[str] = []  # entities whose links were read, in order (for tests and profiling)

    def count(self, nodes: list[str]) -> None:
        """Count the facts naming each of ``nodes`` (those not counted yet)."""
        todo = [x for x in dict.fromkeys(nodes) if x not in self.counts]
        for n in range(0, len(todo), _COUNT_BATCH):
            chunk = todo[n:n + _COUNT_BATCH]
            self.counts.update((x, 0) for x in chunk)
            for s in self.store.query(_FACT_COUNTS.format(roles=self.roles), {"a": chunk}):
                self.counts[s["a"].value] = int(s["n"].value)

    def forward_cheaper(self, front_f: list[str], front_b: list[str]) -> bool:
        """Whether widening the forward frontier reads no more facts than widening the backward one.

        What a frontier reads is the facts naming its entities: counted for a small frontier, else
        estimated from ``_SAMPLE`` of its entities spread over it. The two sides are counted a chunk at
        a time, the side with the smaller running total first, and the answer comes as soon as one
        side is wholly counted and no bigger than the other's running total. Once one side's total is
        known, the rest of the other is counted only up to what settles the answer: a hub among its
        entities is not counted through when a few hundred of its facts exceed the first side.
        """
        sides = []
        for front in (front_f, front_b):
            sample = front if len(front) <= _SAMPLE else [front[i * len(front) // _SAMPLE] for i in range(_SAMPLE)]
            sides.append((sample, Fraction(len(front), len(sample))))
        pos, total = [0, 0], [Fraction(0), Fraction(0)]
        while True:
            done = [pos[k] == len(sides[k][0]) for k in (0, 1)]
            if done[0] and total[0] <= total[1]:
                return True
            if done[1] and total[1] < total[0]:
                return False
            k = 0 if not done[0] and (total[0] <= total[1] or done[1]) else 1
            sample, scale = sides[k]
            if done[1 - k]:
                # the forward side loses once its total exceeds the backward one's, the backward side once
                # its total reaches the forward one's: facts of the rest of this side that settle it
                need = (total[1 - k] - total[k]) / scale
                settled = math.floor(need) + 1 if k == 0 else math.ceil(need)
                facts = self.count_upto(sample[pos[k]:], settled)
                if facts >= settled:
                    return k == 1
                total[k] += facts * scale
                pos[k] = len(sample)
                continue
            chunk = sample[pos[k]:pos[k] + _COUNT_STEP]
            self.count(chunk)
            total[k] += sum(self.counts[x] for x in chunk) * scale
            pos[k] += len(chunk)

    def count_upto(self, nodes: list[str], cap: int) -> int:
        """The facts naming ``nodes`` (the sum of their counts), or ``cap`` if they are at least that many;
        the query stops reading at ``cap`` (and the counts of the entities are kept only when it did not)."""
        known = sum(self.counts[x] for x in nodes if x in self.counts)
        todo = [x for x in dict.fromkeys(nodes) if x not in self.counts]
        if known >= cap or not todo:
            return min(known, cap)
        pairs = bind_values(_FACT_PAIRS.format(roles=self.roles, cap=cap - known), {"a": todo})
        counts = {s["a"].value: int(s["n"].value) for s in self.store.query(
            f"SELECT ?a (COUNT(*) AS ?n) WHERE {{ {pairs} }} GROUP BY ?a")}
        found = sum(counts.values())
        if found < cap - known:
            self.counts.update({x: counts.get(x, 0) for x in todo})
        return min(known + found, cap)

    def links(self, front: list[str]):
        """(a, b) for every link of every labelled entity ``a`` of ``front``: a in IRI order, its b too,
        except that the hubs of ``front`` (entities in more than ``_BATCH_FACTS`` facts) come last, the
        smallest first.

        Entities are read a few at a time and each hub on its own, so that the search stops reading
        where both sides meet: often before it reaches a hub.
        """
        batch, size, hubs, limit = [], 0, [], _FIRST_BATCH
        for n in range(0, len(front), _COUNT_BATCH):
            self.count(front[n:n + _COUNT_BATCH])
            for node in front[n:n + _COUNT_BATCH]:
                facts = self.counts[node]
                if facts > _BATCH_FACTS:
                    hubs.append(node)
                    continue
                if not facts:
                    continue
                if batch and size + facts > limit:
                    yield from self._links(batch)
                    batch, size, limit = [], 0, min(2 * limit, _BATCH_FACTS)
                batch.append(node)
                size += facts
        if batch:
            yield from self._links(batch)
        for node in sorted(hubs, key=lambda x: (self.counts[x], x)):
            yield from self._links([node])

    def _links(self, batch: list[str]):
        query = _NEIGHBOURS.format(roles=self.roles, typed=_TYPED if self.typed else "")
        self.widened.extend(batch)
        yield from sorted({(s["a"].value, s["b"].value) for s in self.store.query(query, {"a": batch})})

    def labelled(self, node: str) -> bool:
        """Whether ``node`` has a preferred label, as both entities of a link in path.rq have."""
        if node not in self.labels:
            self.labels[node] = any(True for _ in self.store.query(_LABELLED, {"a": node}))
        return self.labels[node]


def _search(reader: _LinkReader, sources: list[str], targets: list[str], max_hops: int) -> list[str]:
    """The entities of a shortest chain from a source to a target, [] if none within ``max_hops`` links.

    A breadth-first search from both ends at once. Each round widens the side whose frontier is
    named in fewer facts (what widening it reads), so a hub with thousands of neighbours is only
    widened when the other side would read more; a round stops at the first entity both sides
    have reached (one of the other side's last round, so the chain is a shortest one). Entities are
    taken in IRI order (a frontier's hubs last, by size) and so are their neighbours: the same store
    always gives the same chain.
    """
    # parent maps: entity -> the entity before it, on the way from a source (fwd) or from a target (bwd)
    fwd: dict[str, str | None] = {x: None for x in sources}
    bwd: dict[str, str | None] = {x: None for x in targets}
    front_f, front_b = sorted(sources), sorted(targets)
    meet = next((x for x in front_f if x in bwd), None)
    hops = 0
    while meet is None and front_f and front_b and hops < max_hops:
        hops += 1
        grow_forward = reader.forward_cheaper(front_f, front_b)
        frontier, seen, other = (front_f, fwd, bwd) if grow_forward else (front_b, bwd, fwd)
        nxt = []
        for a, b in reader.links(frontier):
            if b in seen:
                continue
            seen[b] = a
            nxt.append(b)
            if b in other and reader.labelled(b):  # (an entity without a label is in no link of path.rq)
                meet = b
                break
        if grow_forward:
            front_f = sorted(nxt)
        else:
            front_b = sorted(nxt)
    if meet is None:
        return []
    chain = [meet]
    while fwd[chain[0]] is not None:  # source ... meet
        chain.insert(0, fwd[chain[0]])
    while bwd[chain[-1]] is not None:  # meet ... target
        chain.append(bwd[chain[-1]])
    return chain


def _reverse(relation: str) -> str:
    """ "Certification (issuer -> holder)" read the other way round.

    >>> _reverse("Certification (issuer -> holder)")
    'Certification (holder -> issuer)'
    """
    m = re.fullmatch(r"(.*)\((\w+) -> (\w+)\)", relation)
    return f"{m.group(1)}({m.group(3)} -> {m.group(2)})" if m else relation


def _step(store, q: Question, reader: _LinkReader, a: str, b: str) -> dict | None:
    """The link a -> b as path.rq words it (the first by relation if several facts make it), None if
    path.rq has no such link. The query starts from the entity in fewer facts; read from b, the link is
    turned round."""
    reader.count([a, b])
    flip = reader.counts[b] < reader.counts[a]
    rows = []
    for s in store.query(q.sparql, {"a": b, "b": a} if flip else {"a": a, "b": b}):
        subject, relation, obj = s["subject"].value, s["relation"].value, s["object"].value
        rows.append((_reverse(relation), obj, subject) if flip else (relation, subject, obj))
    if not rows:
        return None
    relation, subject, obj = min(rows)
    return {"subject": subject, "relation": relation, "object": obj}


def _path(store, q: Question, start: str, end: str, max_hops: int = 6) -> list[dict]:
    """The shortest chain of facts between two entities (at most ``max_hops`` facts), worded by path.rq."""
    sources, targets = store.entities_named(start), store.entities_named(end)
    if not sources:
        raise QueryError(f"no entity named {start!r} in the graph")
    if not targets:
        raise QueryError(f"no entity named {end!r} in the graph")
    reader = _LinkReader(store, q)
    for typed in (False, True):
        reader.typed = typed
        chain = _search(reader, sources, targets, max_hops)
        steps = [_step(store, q, reader, a, b) for a, b in zip(chain, chain[1:])]
        if all(steps):  # (no chain at all: none with the test either, its links are a subset)
            return [{"step": i, **link} for i, link in enumerate(steps, 1)]
    raise QueryError(f"path: the search found a link path.rq does not have ({start!r} to {end!r})")
