"""Check that rewritten competency questions keep their rows: old .rq files (a git revision) vs the working tree.

Usage:  python tests/bench/bench_compare_rq.py --store STORE [--rev HEAD] [--meta graph.nq.meta.json] [--timeout 120]

Runs every question through ``pharmagraph.queries.run_question`` twice on the same store, once with
the ``.rq`` text of ``--rev`` and once with the current files (each with its ``listing/`` text for the
question asked with no parameter, where that revision has one), with no parameter and with the
parameters a benchmark uses (a hub company, a small company, a regulator, a product, a name that
matches nothing; ``--meta`` is the JSON file ``synthetic_graph.py`` writes next to its graph, else
names are picked from the store). Prints, per question and parameters, the row counts, whether the
rows are equal (as lists, so in the same order, and as sets) and both times. Exit code 1 if any
differs. Each old query runs in a child process killed after ``--timeout`` seconds: some old
queries take minutes on big graphs, and are then reported as "timeout" (not as a difference).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing as mp
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUERIES = "graph/pharmagraph/queries"


def old_text(rev: str, name: str, folder: str = "") -> str:
    return subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{QUERIES}/{folder}{name}.rq"], check=True,
                          capture_output=True, text=True).stdout


def old_listing(rev: str, name: str) -> str | None:
    """The revision's text of the question asked with no parameter (``listing/NAME.rq``), None if it has none."""
    try:
        return old_text(rev, name, "listing/")
    except subprocess.CalledProcessError:
        return None


def run_with_text(store_path: str, name: str, text: tuple[str, str | None], params: dict) -> tuple[list[dict], float]:
    import pharmagraph.queries as Q
    from pharmagraph.store import Store

    base = Q.question(name)
    patched = dataclasses.replace(base, sparql=text[0], listing=text[1]) if hasattr(base, "listing") else \
        dataclasses.replace(base, sparql=text[0])
    original = Q.question
    Q.question = lambda n: patched if n == name else original(n)
    try:
        with Store.open(store_path) as store:
            t0 = time.perf_counter()
            rows = Q.run_question(store, name, **params)
            return rows, time.perf_counter() - t0
    finally:
        Q.question = original


def _child(conn, store_path, name, text, params):
    try:
        conn.send(("ok", *run_with_text(store_path, name, text, params)))
    except Exception as err:  # noqa: BLE001 - reported, not raised: the comparison goes on
        conn.send(("error", f"{type(err).__name__}: {err}", 0.0))


def run_bounded(store_path: str, name: str, text: str, params: dict, timeout: float):
    parent, child = mp.Pipe(duplex=False)
    proc = mp.get_context("fork").Process(target=_child, args=(child, store_path, name, text, params))
    proc.start()
    if parent.poll(timeout):
        result = parent.recv()
        proc.join()
        return result
    proc.kill()
    proc.join()
    return ("timeout", None, timeout)


def parameter_sets(store_path: str, meta: dict | None) -> dict[str, str]:
    from pharmagraph.store import Store

    with Store.open(store_path) as store:
        site = next(iter(store.query("SELECT ?l WHERE { ?f pg:site ?s . ?s pg:location ?p . ?p skos:prefLabel ?l } "
                                     "ORDER BY ?l LIMIT 1")), None)
        place = site["l"].value if site else "No Such Place"
        if meta:
            return {"hub": meta["hub_company"], "small": meta["small_company"].lower(), "regulator": meta["hub_regulator"],
                    "product": meta["product"], "place": place, "nomatch": "No Such Company"}
        degree = sorted(((int(r["n"].value), r["l"].value) for r in store.query(
            "SELECT ?l (COUNT(?f) AS ?n) WHERE { ?f pg:holder|pg:issuer|pg:sponsor|pg:licensor|pg:licensee|pg:provider|"
            "pg:client|pg:acquirer|pg:acquired|pg:party|pg:developer|pg:organization|pg:operator ?c . ?c a pg:Company ; "
            "skos:prefLabel ?l } GROUP BY ?l")), reverse=True)
        product = next(iter(store.query("SELECT ?l WHERE { ?d pg:product ?p . ?p skos:prefLabel ?l } ORDER BY ?l LIMIT 1")))
        regulator = next(iter(store.query("SELECT ?l WHERE { ?r a pg:Regulator ; skos:prefLabel ?l } ORDER BY ?l LIMIT 1")))
    return {"hub": degree[0][1], "small": degree[-1][1].lower(), "regulator": regulator["l"].value,
            "product": product["l"].value, "place": place, "nomatch": "No Such Company"}


def variants(name: str, q, names: dict[str, str]) -> list[dict]:
    params = q.variables()
    if name == "path":
        return [{"from": names["hub"], "to": names["small"]}]
    if "entity" in params:
        return [{"entity": names[k]} for k in ("hub", "small", "regulator", "product", "place", "nomatch")]
    out = [{}] if "required" not in q.params else []
    if "company" in params:
        out += [{"company": names[k]} for k in ("hub", "small", "regulator", "nomatch")]
    if "product" in params:
        out += [{"product": names["product"]}, {"product": "No Such Product"}]
        if "company" in params:
            out.append({"company": names["hub"], "product": names["product"]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True, help="a pharmagraph store (pharmagraph build, or bench_queries.py --keep)")
    ap.add_argument("--rev", default="HEAD", help="git revision of the old .rq files")
    ap.add_argument("--meta", help="the .meta.json of a synthetic graph, for its hub and small company")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed to each old query")
    ap.add_argument("questions", nargs="*", help="only these questions")
    args = ap.parse_args()

    from pharmagraph.queries import questions

    names = parameter_sets(args.store, json.loads(Path(args.meta).read_text()) if args.meta else None)
    print(f"store {args.store}; parameters {names}")
    failures = 0
    for name, q in questions().items():
        if args.questions and name not in args.questions:
            continue
        try:
            before = (old_text(args.rev, name), old_listing(args.rev, name))
        except subprocess.CalledProcessError:
            print(f"{name:15s} not in {args.rev}")
            continue
        now = (q.sparql, getattr(q, "listing", None))
        for params in variants(name, q, names):
            new = run_bounded(args.store, name, now, params, args.timeout)
            old = run_bounded(args.store, name, before, params, args.timeout) if before != now else new
            label = f"{name:15s} {json.dumps(params, ensure_ascii=False)[:60]:60s}"
            if new[0] != "ok":
                failures += 1
                print(f"{label} NEW {new[0]}: {new[1]}")
                continue
            if old[0] == "timeout":
                print(f"{label} rows {len(new[1]):6d}  old timed out after {args.timeout:.0f} s, new {new[2] * 1000:8.1f} ms")
                continue
            if old[0] != "ok":
                print(f"{label} OLD {old[0]}: {old[1]}")
                continue
            same_list = old[1] == new[1]
            key = lambda rows: sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
            same_set = key(old[1]) == key(new[1])
            verdict = "same" if same_list else ("same rows, other order" if same_set else "DIFFERENT")
            failures += not same_set
            print(f"{label} rows {len(old[1]):6d} / {len(new[1]):6d}  {verdict:22s} old {old[2] * 1000:9.1f} ms  "
                  f"new {new[2] * 1000:8.1f} ms")
    print("all questions keep their rows" if not failures else f"{failures} differences or errors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
