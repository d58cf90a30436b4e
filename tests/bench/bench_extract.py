"""Benchmark: press releases per second for extraction alone and for a whole build.

Run on demand (not collected by pytest):  python tests/bench/bench_extract.py [--repeat 5]
Prints figures; the target is >= 100 press releases per second on one core for extraction.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [ROOT / "data" / "press-releases", ROOT / "tests" / "data" / "cases", ROOT.parent / "shared" / "eval" / "dev"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the corpus for extraction")
    args = ap.parse_args()

    from pharmagraph.api import build, read_documents
    from pharmagraph.extract import extract

    docs = read_documents([f for f in FOLDERS if f.exists()])
    size = sum(len(d.text) for d in docs)
    extract(docs[0])  # load reference tables once, as a long build does
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for d in docs:
            extract(d)
    extract_s = time.perf_counter() - t0
    n = len(docs) * args.repeat
    print(f"corpus: {len(docs)} press releases, {size / len(docs) / 1000:.1f} kB of text each on average")
    print(f"extraction: {n} documents in {extract_s:.2f} s = {n / extract_s:.0f} documents/s on one core "
          f"({extract_s / n * 1000:.1f} ms each)")

    tmp = Path(tempfile.mkdtemp(prefix="pg-bench-"))
    try:
        t0 = time.perf_counter()
        report = build([f for f in FOLDERS if f.exists()], store=tmp / "store")
        build_s = time.perf_counter() - t0
        print(f"whole build (read, extract, RDF, store, labels): {report.documents} documents in {build_s:.2f} s = "
              f"{report.documents / build_s:.0f} documents/s; {report.triples} triples")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
