"""Time `path` on a built store: the first search in a fresh process (cold) and the p50 of 5 more (warm).

    python tests/bench/bench_path.py /tmp/pg-scale/store-100000 [--pair FROM TO ...] [--runs 5]

Each pair runs in its own process, so the first search there pays for opening the store and reading
its blocks (from the page cache if another process read them lately, else from disk). The store is
opened read-only, as the CLI opens it for questions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

PAIRS = [
    ("Indidha Pharmaceutical", "ANMAT"),  # the company in the most facts at 100 k, to a regulator
    ("Harcourt Partners", "ANMAT"),
    ("Indidha Pharmaceutical", "FDA"),     # "FDA" names 8 regulators, fda-us in 13,600 facts
    ("FDA", "ANMAT"),
    ("FDA", "NMPA"),                       # two hubs
    ("WNS-186", "TRZ-2221"),               # 6 links apart
    ("Steven A. Ellison", "ANMAT"),        # no path: a component of two entities
    ("Indidha Pharmaceutical", "No Such Company"),
]


def one(store: str, start: str, end: str, runs: int) -> dict:
    from pharmagraph.errors import QueryError
    from pharmagraph.queries import run_question
    from pharmagraph.store import Store

    t0 = time.perf_counter()
    st = Store.open(store)
    opened = time.perf_counter() - t0
    times, rows, error = [], None, None
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        try:
            rows = run_question(st, "path", **{"from": start, "to": end})
        except QueryError as err:
            error = str(err)
        times.append((time.perf_counter() - t0) * 1000)
    return {"from": start, "to": end, "open_ms": round(opened * 1000), "cold_ms": round(times[0], 1),
            "warm_p50_ms": round(statistics.median(times[1:]), 1), "steps": len(rows) if rows is not None else None,
            "error": error, "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--pair", nargs=2, action="append", metavar=("FROM", "TO"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--rows", action="store_true", help="print the path found for each pair")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.store, *args.one, args.runs)))
        return
    for start, end in args.pair or PAIRS:
        done = subprocess.run([sys.executable, __file__, args.store, "--one", start, end, "--runs", str(args.runs)],
                              capture_output=True, text=True)
        if done.returncode:
            print(f"{start} -> {end}: failed\n{done.stderr[-2000:]}")
            continue
        r = json.loads(done.stdout)
        found = r["error"] or f"{r['steps']} steps"
        print(f"{start} -> {end}: cold {r['cold_ms']} ms, warm p50 {r['warm_p50_ms']} ms ({found}; store opened in "
              f"{r['open_ms']} ms)", flush=True)
        if args.rows and r["rows"]:
            for row in r["rows"]:
                print(f"    {row['step']}. {row['subject']} -- {row['relation']} -> {row['object']}")


if __name__ == "__main__":
    main()
