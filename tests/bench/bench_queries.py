"""Query benchmark: every competency question on synthetic graphs, embedded Oxigraph store vs in-memory rdflib.

Usage:  python tests/bench/bench_queries.py --sizes 10000 100000 1000000
        [--reps 20] [--max-seconds 5] [--rdflib-reps 3] [--rdflib-timeout 60] [--skip-rdflib-above 1000000]
        [--workdir /tmp/pharmagraph-bench] [--seed 7] [--optimize] [--keep] [--json results.json]

For each size (triples): writes a synthetic graph as N-Quads (tests/bench/synthetic_graph.py), then
in one child process loads it into a pharmagraph store (Store.open + pyoxigraph bulk_load from the
file, as a build loads its batches; --optimize adds RocksDB's compaction, which a build does not run and
which changed no question's time measurably while it took 2 s and grew the 1M store from 173 to 304 MB)
and times every question through
pharmagraph.queries.run_question, and in another child process loads the same file into an rdflib
Dataset(default_union=True) and runs the same questions, same .rq text, same run_question code
(through a small adapter with the Store methods run_question uses; but a question asked without parameters
runs its own text on rdflib, not the listing text Oxigraph gets, whose sub-query joins rdflib evaluates pair
by pair). Child processes keep the peak
memory figures (ru_maxrss) apart.

Parameters are realistic: no parameter, the biggest hub company, a company named in one fact, a
product; partners / neighbours / sources for the hub and the small company; path from the hub to the
small company. Per question: rows, Oxigraph p50 / p95 over up to --reps warm runs (after one warm-up,
stopping after --max-seconds), "first" = the first run on a freshly opened store (per-store caches
empty), rdflib p50 over up to --rdflib-reps runs, the speed-up (rdflib p50 / Oxigraph p50) and
whether both engines returned the same rows. Targets checked at the end (issue, 1M triples):
every question p50 <= 50 ms and >= 20x faster than rdflib, load >= 300k triples/s.
Not collected by pytest (bench_*.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TARGET_P50_MS = 50.0
TARGET_SPEEDUP = 20.0
TARGET_LOAD = 300_000


# -- parameters ------------------------------------------------------------------------------
def variants(meta: dict) -> list[tuple[str, dict]]:
    """(question, parameters) pairs, every question at least once."""
    from pharmagraph.queries import questions

    hub, small, product = meta["hub_company"], meta["small_company"].lower(), meta["product"]
    out: list[tuple[str, dict]] = []
    for name, q in questions().items():
        if name == "path":
            out.append((name, {"from": hub, "to": small}))
            continue
        if "entity" in q.params:
            out += [(name, {"entity": hub}), (name, {"entity": small})]
            continue
        if "required" not in q.params:
            out.append((name, {}))
        if "company" in q.params:
            out += [(name, {"company": hub}), (name, {"company": small})]
        if "product" in q.params:
            out.append((name, {"product": product}))
    return out


def label(params: dict, meta: dict) -> str:
    if not params:
        return "-"
    names = {meta["hub_company"]: "hub", meta["small_company"].lower(): "small", meta["product"]: "product"}
    return " ".join(f"{k}={names.get(v, v)}" for k, v in params.items())


def digest(rows: list[dict]) -> tuple[str, str]:
    ordered = json.dumps(rows, sort_keys=True, default=str)
    unordered = json.dumps(sorted(json.dumps(r, sort_keys=True, default=str) for r in rows))
    return hashlib.sha1(ordered.encode()).hexdigest()[:12], hashlib.sha1(unordered.encode()).hexdigest()[:12]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# -- rdflib adapter ----------------------------------------------------------------------------
class _Datatype:
    __slots__ = ("value",)

    def __init__(self, value: str):
        self.value = value


class _Term:
    """The two attributes run_question reads from a pyoxigraph term."""

    __slots__ = ("datatype", "value")

    def __init__(self, term):
        from rdflib import Literal

        self.value = str(term)
        self.datatype = _Datatype(str(term.datatype)) if isinstance(term, Literal) and term.datatype else None


class _Solution:
    __slots__ = ("row",)

    def __init__(self, row):
        self.row = row

    def __getitem__(self, key):
        term = self.row.get(key)
        return None if term is None else _Term(term)


class RdflibStore:
    """An rdflib Dataset (default graph = union of all graphs) behind the Store methods run_question uses."""

    def __init__(self, dataset):
        self.ds = dataset
        self._label_index = None

    def query(self, sparql: str, bindings: dict | None = None, union: bool = True):
        from pharmagraph.store import PREFIXES, bind_values

        if bindings:
            sparql = bind_values(sparql, bindings)
        result = self.ds.query(sparql, initNs=PREFIXES)
        if result.type != "SELECT":
            return result
        return [_Solution(row.asdict()) for row in result]

    def entities_named(self, name: str) -> list[str]:
        """Same contract as pharmagraph.store.Store.entities_named (when the package has it)."""
        from collections import defaultdict

        from pharmagraph.store import ENTITIES_GRAPH

        if self._label_index is None:
            index: dict[str, set[str]] = defaultdict(set)
            q = (f"SELECT ?e ?n WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?n }} FILTER(?p IN "
                 "(<http://www.w3.org/2004/02/skos/core#prefLabel>, <http://www.w3.org/2004/02/skos/core#altLabel>)) }")
            for row in self.ds.query(q):
                index[str(row.n).lower()].add(str(row.e))
            self._label_index = index
        return sorted(self._label_index.get(name.strip().lower(), ()))


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout()


# -- workers (child processes) -------------------------------------------------------------------
def time_questions(open_store, meta: dict, reps: int, max_seconds: float, warmup: bool, timeout: float | None,
                   fresh_store=None, min_reps: int = 3, progress: str | None = None) -> list[dict]:
    from pharmagraph.queries import run_question

    out = []
    store = open_store()
    for name, params in variants(meta):
        entry = {"question": name, "params": params, "times_ms": [], "error": None}
        try:
            if fresh_store is not None:  # first run on a freshly opened store: per-store caches are empty
                with fresh_store() as cold:
                    t0 = time.perf_counter()
                    run_question(cold, name, **params)
                    entry["first_ms"] = (time.perf_counter() - t0) * 1000
            if warmup:
                run_question(store, name, **params)
            started = time.perf_counter()
            for i in range(reps):
                if timeout:
                    signal.signal(signal.SIGALRM, _alarm)
                    signal.setitimer(signal.ITIMER_REAL, timeout)
                try:
                    t0 = time.perf_counter()
                    rows = run_question(store, name, **params)
                    entry["times_ms"].append((time.perf_counter() - t0) * 1000)
                finally:
                    if timeout:
                        signal.setitimer(signal.ITIMER_REAL, 0)
                if i == 0:
                    entry["rows"] = len(rows)
                    entry["digest"], entry["digest_unordered"] = digest(rows)
                    entry["row_digests"] = sorted(digest([r])[0] for r in rows)
                    if fresh_store is None:
                        entry["first_ms"] = entry["times_ms"][0]
                if time.perf_counter() - started > max_seconds and i + 1 >= min_reps:
                    break
        except _Timeout:
            entry["error"] = f"timeout > {timeout:.0f} s"
            entry["timeout_s"] = timeout
        except Exception as err:  # noqa: BLE001 - reported in the table
            entry["error"] = f"{type(err).__name__}: {str(err)[:120]}"
        out.append(entry)
        if progress:
            p50 = summarise(entry)["p50"]
            figure = entry["error"] or f"p50 {fmt_ms(p50)} ms"
            print(f"  {progress} {name} {json.dumps(params, ensure_ascii=False)}: {figure}", file=sys.stderr, flush=True)
    return out


def worker_oxigraph(args) -> dict:
    import pyoxigraph as ox
    from pharmagraph.store import Store

    meta = json.loads(Path(args.nq + ".meta.json").read_text())
    store_dir = Path(args.store)
    if store_dir.exists():
        shutil.rmtree(store_dir)
    load_avg = os.getloadavg()[0]
    t0 = time.perf_counter()
    store = Store.open(store_dir, write=True, create=True)
    store.ox.bulk_load(path=args.nq, format=ox.RdfFormat.N_QUADS)
    bulk_s = time.perf_counter() - t0
    optimize_s = 0.0
    if args.optimize:
        t1 = time.perf_counter()
        store.ox.optimize()
        optimize_s = time.perf_counter() - t1
    store.close()
    load_s = time.perf_counter() - t0
    rss_load = peak_rss_mb()
    with Store.open(store_dir) as check:
        quads = len(check)
    result = {"engine": "oxigraph", "load_s": load_s, "bulk_load_s": bulk_s, "optimize_s": optimize_s,
              "peak_rss_load_mb": rss_load, "store_bytes": folder_size(store_dir), "quads": quads, "loadavg": load_avg}
    result["questions"] = time_questions(lambda: Store.open(store_dir), meta, args.reps, args.max_seconds, warmup=True,
                                         timeout=None, fresh_store=lambda: Store.open(store_dir))
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def worker_rdflib(args) -> dict:
    import dataclasses

    import pharmagraph.queries as Q
    from rdflib import Dataset

    # rdflib joins two sub-queries by comparing every pair of their rows, so the listing texts Oxigraph gets
    # for questions without parameters (hash-joined sub-queries) would be slow for rdflib only; it runs each
    # question's own text, which gives the same rows, as before the listings existed
    for name, q in Q.questions().items():
        if getattr(q, "listing", None):
            Q.questions()[name] = dataclasses.replace(q, listing=None)

    meta = json.loads(Path(args.nq + ".meta.json").read_text())
    load_avg = os.getloadavg()[0]
    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(args.nq, format="nquads")
    load_s = time.perf_counter() - t0
    rss_load = peak_rss_mb()
    store = RdflibStore(ds)
    result = {"engine": "rdflib", "load_s": load_s, "peak_rss_load_mb": rss_load, "loadavg": load_avg,
              "quads": sum(1 for _ in ds.quads((None, None, None, None)))}
    result["questions"] = time_questions(lambda: store, meta, args.rdflib_reps, args.max_seconds, warmup=False,
                                         timeout=args.rdflib_timeout, min_reps=1, progress="rdflib")
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def run_worker(engine: str, nq: Path, store: Path, args) -> dict | None:
    out = nq.with_suffix(f".{engine}.json")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_worker", engine, "--_nq", str(nq), "--_store", str(store),
           "--_out", str(out), "--reps", str(args.reps), "--max-seconds", str(args.max_seconds),
           "--rdflib-reps", str(args.rdflib_reps), "--rdflib-timeout", str(args.rdflib_timeout)]
    if args.optimize:
        cmd.append("--optimize")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, check=False)
    if proc.returncode != 0 or not out.exists():
        print(f"  {engine} worker failed (exit {proc.returncode})")
        return None
    result = json.loads(out.read_text())
    result["wall_s"] = time.perf_counter() - t0
    return result


# -- report -------------------------------------------------------------------------------------
def fmt_ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def summarise(entry: dict) -> dict:
    t = sorted(entry.get("times_ms") or [])
    if not t:
        return {"p50": None, "p95": None}
    p95 = t[min(len(t) - 1, max(0, round(0.95 * (len(t) - 1))))]
    return {"p50": statistics.median(t), "p95": p95, "n": len(t)}


def report(size: int, gen: dict, ox_res: dict | None, rd_res: dict | None) -> dict:
    meta = gen
    print()
    print(f"== {size:,} triples requested: {meta['triples']:,} quads, {meta['documents']:,} documents, "
          f"{meta['entities']:,} entities; hub company {meta['hub_company']!r} in {meta['hub_company_facts']:,} facts, "
          f"small company {meta['small_company']!r} in {meta['small_company_facts']} ==")
    print(f"synthetic N-Quads written in {meta['seconds']:.2f} s ({meta['triples'] / max(meta['seconds'], 1e-9):,.0f} quads/s), "
          f"{meta['bytes'] / 1e6:.1f} MB")
    print(f"{'engine':10s} {'load s':>8s} {'triples/s':>11s} {'peak RSS load':>14s} {'peak RSS all':>13s} {'store on disk':>14s}  notes")
    for res in (ox_res, rd_res):
        if not res:
            continue
        rate = meta["triples"] / res["load_s"]
        size_txt = f"{res['store_bytes'] / 1e6:.1f} MB" if "store_bytes" in res else "(memory)"
        notes = (f"bulk_load {res['bulk_load_s']:.2f} s + optimize {res['optimize_s']:.2f} s; {res['quads']:,} quads"
                 if res["engine"] == "oxigraph" else f"{res['quads']:,} quads")
        print(f"{res['engine']:10s} {res['load_s']:8.2f} {rate:11,.0f} {res['peak_rss_load_mb']:11.0f} MB {res['peak_rss_mb']:10.0f} MB "
              f"{size_txt:>14s}  {notes}; load avg {res['loadavg']:.1f}")
    print()
    head = (f"{'question':15s} {'params':22s} {'rows':>6s} {'ox p50':>8s} {'ox p95':>8s} {'ox 1st':>8s} {'n':>3s} "
            f"{'rdflib p50':>10s} {'n':>2s} {'speed-up':>9s}  same rows")
    print(head)
    print("-" * len(head))
    rd_by = {(e["question"], json.dumps(e["params"], sort_keys=True)): e for e in (rd_res or {}).get("questions", [])}
    rows_out = []
    for e in (ox_res or {}).get("questions", []):
        key = (e["question"], json.dumps(e["params"], sort_keys=True))
        s = summarise(e)
        r = rd_by.get(key)
        rs = summarise(r) if r else {"p50": None}
        speed = (rs["p50"] / s["p50"]) if (rs.get("p50") and s.get("p50")) else None
        at_least = False
        if speed is None and r and (r.get("error") or "").startswith("timeout") and s.get("p50"):
            speed, at_least = r["timeout_s"] * 1000 / s["p50"], True  # rdflib took longer than its time limit
        if r is None:
            same = "(no rdflib)"
        elif r.get("error"):
            same = f"rdflib {r['error']}"
        elif e.get("error"):
            same = "-"
        elif r.get("digest") == e.get("digest"):
            same = "yes"
        elif r.get("digest_unordered") == e.get("digest_unordered"):
            same = "yes (other order)"
        else:
            mine, theirs = e.get("row_digests", []), r.get("row_digests", [])
            differ = len(set(mine) ^ set(theirs))
            same = f"NO: {differ} of {len(mine)} + {len(theirs)} rows differ"
        if e.get("error"):
            print(f"{e['question']:15s} {label(e['params'], meta):22s} ERROR {e['error']}")
        else:
            print(f"{e['question']:15s} {label(e['params'], meta):22s} {e['rows']:6d} {fmt_ms(s['p50']):>8s} {fmt_ms(s['p95']):>8s} "
                  f"{fmt_ms(e.get('first_ms')):>8s} {s.get('n', 0):3d} {fmt_ms(rs.get('p50')):>10s} {rs.get('n', 0) or '':>2} "
                  f"{(('>' if at_least else '') + f'{speed:,.0f}x' if speed else '-'):>9s}  {same}")
        rows_out.append({"question": e["question"], "params": e["params"], "rows": e.get("rows"), "ox_p50": s.get("p50"),
                         "ox_p95": s.get("p95"), "ox_first": e.get("first_ms"), "rdflib_p50": rs.get("p50"),
                         "speedup": speed, "speedup_at_least": at_least, "same": same, "error": e.get("error")})
    # targets
    if ox_res:
        slow = [r for r in rows_out if r["ox_p50"] is None or r["ox_p50"] > TARGET_P50_MS]
        weak = [r for r in rows_out if r["speedup"] is not None and r["speedup"] < TARGET_SPEEDUP]
        unknown = [r for r in rows_out if r["speedup"] is None]
        rate = meta["triples"] / ox_res["load_s"]
        print()
        def names(entries):
            return ", ".join(f"{r['question']} {label(r['params'], meta)}" for r in entries) or "none"

        print(f"targets: p50 <= {TARGET_P50_MS:.0f} ms: {len(rows_out) - len(slow)}/{len(rows_out)} (missed: {names(slow)})")
        if rd_res:
            print(f"         >= {TARGET_SPEEDUP:.0f}x rdflib: {len(rows_out) - len(weak) - len(unknown)}/{len(rows_out)} "
                  f"(missed: {names(weak)}; not measured, rdflib failed: {names(unknown)}; '>' = rdflib hit its time limit)")
        print(f"         load >= {TARGET_LOAD:,} triples/s: {'yes' if rate >= TARGET_LOAD else 'no'} ({rate:,.0f}/s "
              f"{'with optimize, ' if ox_res['optimize_s'] else ''}{meta['triples'] / ox_res['bulk_load_s']:,.0f}/s bulk_load alone)")
    return {"size": size, "generator": meta, "oxigraph": ox_res, "rdflib": rd_res, "table": rows_out}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--reps", type=int, default=20, help="warm Oxigraph runs per question (at most)")
    ap.add_argument("--max-seconds", type=float, default=5.0, help="stop repeating a question after this long (>= 3 runs)")
    ap.add_argument("--rdflib-reps", type=int, default=3, help="rdflib runs per question (at most)")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds allowed to one rdflib run")
    ap.add_argument("--skip-rdflib-above", type=int, default=None, help="no rdflib for sizes above this many triples")
    ap.add_argument("--workdir", default="/tmp/pharmagraph-bench")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--optimize", action="store_true", help="run pyoxigraph's optimize() after bulk_load (counted in the load)")
    ap.add_argument("--keep", action="store_true", help="keep the N-Quads files and stores")
    ap.add_argument("--json", help="write all figures to this file")
    ap.add_argument("--_worker", help=argparse.SUPPRESS)
    ap.add_argument("--_nq", help=argparse.SUPPRESS)
    ap.add_argument("--_store", help=argparse.SUPPRESS)
    ap.add_argument("--_out", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args._worker:
        args.nq, args.store = args._nq, args._store
        result = worker_oxigraph(args) if args._worker == "oxigraph" else worker_rdflib(args)
        Path(args._out).write_text(json.dumps(result, default=str))
        return 0

    import pharmagraph
    from synthetic_graph import generate

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    print(f"pharmagraph {getattr(pharmagraph, '__version__', '?')} from {Path(pharmagraph.__file__).parent}; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; seed {args.seed}; "
          f"Oxigraph store {'optimized' if args.optimize else 'not optimized'} after bulk_load")
    results = []
    for size in args.sizes:
        nq = work / f"synthetic-{size}.nq"
        meta = generate(size, nq, seed=args.seed)
        meta["bytes"] = nq.stat().st_size
        ox_res = run_worker("oxigraph", nq, work / f"store-{size}", args)
        rd_res = None
        if args.skip_rdflib_above is None or size <= args.skip_rdflib_above:
            rd_res = run_worker("rdflib", nq, work / f"store-{size}", args)
        results.append(report(size, meta, ox_res, rd_res))
        if not args.keep:
            nq.unlink(missing_ok=True)
            shutil.rmtree(work / f"store-{size}", ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
