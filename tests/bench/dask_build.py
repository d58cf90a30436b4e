"""A build beyond one machine: extraction as a pure function on a Dask cluster, N-Quads shards,
bulk-loaded into an Oxigraph store (the embedded one here, or `oxigraph load` for a server).

usage: python tests/bench/dask_build.py FOLDER [FOLDER...] --out /tmp/shards [--workers 2] [--scheduler ADDRESS]

With --scheduler the same code runs on an existing multi-machine Dask cluster (the folders and
--out must then be on storage every worker sees). Prints documents/s, shard sizes, load time.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def process_partition(paths: list[str]) -> list[tuple[int, int]]:
    """Read, extract and write one shard of N-Quads; returns [(documents, bytes)]."""
    import hashlib
    import os

    from pharmagraph.api import document_nquads
    from pharmagraph.ingest import read_document

    if not paths:
        return [(0, 0)]
    out = Path(os.environ["PG_SHARDS"])
    name = hashlib.sha1("\n".join(paths).encode()).hexdigest()[:12]
    size = 0
    tmp = out / f"shard-{name}.nq.tmp"
    with tmp.open("w", encoding="utf-8") as handle:
        for p in paths:
            text = document_nquads(read_document(p))
            handle.write(text)
            size += len(text)
    tmp.replace(out / f"shard-{name}.nq")
    return [(len(paths), size)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler")
    ap.add_argument("--partitions", type=int, default=None)
    args = ap.parse_args()

    import os

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from pharmagraph.ingest import collect_paths

    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["PG_SHARDS"] = str(args.out.resolve())
    paths = [str(p.resolve()) for p in collect_paths(args.folders)]
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                                        dashboard_address=None, env={"PG_SHARDS": str(args.out.resolve())})
    client = Client(args.scheduler or cluster)
    try:
        t0 = time.perf_counter()
        parts = args.partitions or max(args.workers * 4, len(paths) // 500 or 1)
        results = db.from_sequence(paths, npartitions=parts).map_partitions(process_partition).compute()
        extract_s = time.perf_counter() - t0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    docs = sum(n for n, _ in results)
    size = sum(b for _, b in results)
    print(f"dask: {docs} documents in {extract_s:.1f} s = {docs / extract_s:.0f} documents/s on {args.workers} workers; "
          f"{len(list(args.out.glob('shard-*.nq')))} shards, {size / 1e6:.1f} MB of N-Quads")

    import pyoxigraph as ox

    from pharmagraph.store import Store

    store_dir = args.out / "store"
    t0 = time.perf_counter()
    with Store.open(store_dir, write=True, create=True) as st:
        for shard in sorted(args.out.glob("shard-*.nq")):
            st.ox.bulk_load(path=str(shard), format=ox.RdfFormat.N_QUADS)
        st.refresh_entities()
        n = len(st)
    load_s = time.perf_counter() - t0
    print(f"bulk load + labels: {n} triples in {load_s:.1f} s = {n / load_s:.0f} triples/s into {store_dir}")
    print(f"a server loads the same shards with: oxigraph load --location DIR --file {args.out}/shard-*.nq")


if __name__ == "__main__":
    main()
