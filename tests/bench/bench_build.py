"""Scale benchmark: a year of press releases on one machine (run on demand, not in CI).

usage: python tests/bench/bench_build.py --sizes 1000 10000 100000 [--workers 2] [--work /tmp/pg-scale] [--server]

For each size it generates a synthetic corpus with its gold facts (tests/bench/gen_corpus.py),
builds it into a fresh embedded store with `pharmagraph build` (a subprocess, so peak memory is
that process's), and prints: documents/s end to end, triples/s into the store, peak memory, store
size on disk, the time to add one document to the full store, the time to export Turtle, the
p50 latency of every competency question, and extraction F1 on a 200-document sample of the corpus.
With --server it then builds the same corpus into a real Oxigraph server (`oxigraph serve`, through
--endpoint/--update-endpoint) and prints its documents/s, triples/s and the time to add one document.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "tests" / "bench" / "gen_corpus.py"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
PARAMS = {"partners": {"company": None}, "neighbours": {"entity": None}, "sources": {"entity": None}}


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _run(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True)
    return time.perf_counter() - t0, done


def _children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_server(size: int, work: Path, workers: int) -> None:
    """The same build into a real Oxigraph server (`oxigraph serve`), through --endpoint/--update-endpoint."""
    import socket

    corpus, location = work / f"corpus-{size}", work / f"server-{size}"
    shutil.rmtree(location, ignore_errors=True)
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    port = _free_port()
    proc = subprocess.Popen([oxigraph, "serve", "-l", str(location), "-b", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        cli = [sys.executable, "-m", "pharmagraph.cli"]
        texts = [p for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html")]
        build_s, done = _run([*cli, "build", str(corpus), "--endpoint", f"{base}/query", "--update-endpoint", f"{base}/update",
                              "--workers", str(workers)])
        if done.returncode:
            raise SystemExit(done.stderr[-2000:])
        triples = int(re.search(r"(\d+) triples", done.stdout).group(1))
        print(f"[{size}] build into oxigraph serve: {len(texts)} documents in {build_s:.0f} s = {len(texts) / build_s:.0f} "
              f"documents/s, {triples / build_s:.0f} triples/s; {triples} triples; server data {_du(location) / 1e6:.0f} MB")
        extra = work / "one-more.txt"
        extra.write_text("Norvexa Biologics has been granted GMP certification by ANMAT of Argentina for its Rosario plant.\n")
        add_s, done = _run([*cli, "build", str(extra), "--endpoint", f"{base}/query", "--update-endpoint", f"{base}/update"])
        print(f"[{size}] adding 1 document to the server: {add_s:.2f} s (process start included)")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def question_p50(store: Path, size: int) -> None:
    """p50 of every competency question about the company in the most facts (5 runs each)."""
    from pharmagraph.queries import questions, run_question
    from pharmagraph.store import Store

    with Store.open(store) as st:
        # the company named in the most facts, as an analyst would ask about a big player (DISTINCT: the union
        # graph matches `?e a pg:Company` once per document that types it, which multiplied the count)
        top = st.query("SELECT ?e (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f pg:party|pg:holder|pg:licensor|pg:licensee|pg:provider|pg:client|"
                       "pg:acquirer|pg:acquired|pg:sponsor|pg:organization|pg:operator|pg:developer ?e . ?e a pg:Company } "
                       "GROUP BY ?e ORDER BY DESC(?n) LIMIT 1")
        hub_iri = next(iter(top))["e"].value
        hub = next(iter(st.query(f"SELECT ?l WHERE {{ <{hub_iri}> skos:prefLabel ?l }}")))["l"].value
        print(f"[{size}] questions asked about {hub}, the company in the most facts")
        lines = []
        for name, q in questions().items():
            params = {}
            if "company" in q.variables():
                params["company"] = hub
            if "entity" in q.variables():
                params["entity"] = hub
            if name == "path":
                params = {"from": hub, "to": "ANMAT"}
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                try:
                    run_question(st, name, **params)
                except Exception as err:  # a path may not exist: time it anyway
                    print(f"    {name}: {type(err).__name__}: {err}")
                times.append((time.perf_counter() - t0) * 1000)
            lines.append(f"{name} {statistics.median(times):.0f} ms")
    print(f"[{size}] question p50: " + ", ".join(lines))


def bench(size: int, work: Path, workers: int) -> None:
    corpus, store = work / f"corpus-{size}", work / f"store-{size}"
    shutil.rmtree(store, ignore_errors=True)
    if not corpus.exists():
        gen_s, done = _run([sys.executable, str(GEN), str(corpus), "--count", str(size)])
        if done.returncode:
            raise SystemExit(done.stderr)
        print(f"[{size}] generated in {gen_s:.0f} s")
    texts = [p for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html")]
    cli = [sys.executable, "-m", "pharmagraph.cli"]
    build_s, done = _run([*cli, "build", str(corpus), "--store", str(store), "--workers", str(workers)])
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    peak = _children_peak_mb()
    triples = int(re.search(r"(\d+) triples", done.stdout).group(1))
    print(f"[{size}] build: {len(texts)} documents in {build_s:.0f} s = {len(texts) / build_s:.0f} documents/s, "
          f"{triples / build_s:.0f} triples/s; {triples} triples; peak memory so far {peak:.0f} MB; "
          f"store {_du(store) / 1e6:.0f} MB on disk")
    extra = work / "one-more.txt"
    extra.write_text("Norvexa Biologics has been granted GMP certification by ANMAT of Argentina for its Rosario plant.\n")
    add_s, done = _run([*cli, "build", str(extra), "--store", str(store)])
    print(f"[{size}] adding 1 document to the full store: {add_s:.2f} s (process start included)")
    exp_s, done = _run([*cli, "export", "--format", "turtle", "-o", str(work / f"export-{size}.ttl"), "--store", str(store)])
    print(f"[{size}] export Turtle: {exp_s:.1f} s, {(work / f'export-{size}.ttl').stat().st_size / 1e6:.0f} MB")

    question_p50(store, size)
    sample = work / f"sample-{size}"
    if not sample.exists():
        _run([sys.executable, str(GEN), str(sample), "--count", str(size), "--sample", "200"])
    if SCORE.exists():
        _s, done = _run([sys.executable, str(SCORE), str(sample), "--cmd", " ".join(cli)])
        print(f"[{size}] extraction on a 200-document sample: {done.stdout.strip().splitlines()[-1]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path("/tmp/pg-scale"))
    ap.add_argument("--server", action="store_true", help="also build each corpus into a real `oxigraph serve`")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        bench(size, args.work, args.workers)
        if args.server:
            bench_server(size, args.work, args.workers)
    print(json.dumps({"sizes": args.sizes, "workers": args.workers}))


if __name__ == "__main__":
    main()
