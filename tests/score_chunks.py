"""Score a large case folder with ../shared/eval/score.py in chunks run side by side, and add up the counts.

score.py compares every returned row with every gold fact of the folder, resolving each name over every alias of
the folder, so its time grows faster than the square of the folder's size (the 342-case own set: over 8 minutes
for a 10-second build). Scored in chunks of about 60 cases, two at a time, the same set takes about a minute.

The sum is micro-averaged like score.py's own figure (true rows, rows, gold facts found, gold facts and attribute
hits added over the chunks), but names resolve within a chunk, not over the whole folder, so a name that is an
alias in another case no longer turns a right row into a miss; the figure can differ from one whole-folder run
in the third decimal (both are printed in the issue notes).

    python tests/score_chunks.py tests/data/cases [--size 60] [--jobs 2] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
TEXTS = (".txt", ".md", ".html")
COUNTS = ("gold", "found", "rows", "true_rows", "attr_hits", "attr_total")
ATTRIBUTE_ONLY = {"company"}  # score.py scores `companies` rows on attributes only


def chunks(folder: Path, size: int) -> list[list[Path]]:
    """The folder's cases (gold and text files), ``size`` cases a chunk, in name order."""
    cases = [[g, *(t for t in (g.with_suffix(x) for x in TEXTS) if t.exists())] for g in sorted(folder.glob("*.json"))]
    cases = [c for c in cases if len(c) > 1]
    return [sum(cases[i:i + size], []) for i in range(0, len(cases), size)]


def score_chunk(files: list[Path], cmd: str, verbose: bool, timeout: float) -> tuple[dict, str]:
    """score.py's JSON report and printed lines for one chunk, from a temporary folder of links to its files."""
    with tempfile.TemporaryDirectory(prefix="pg-chunk-") as tmp:
        folder = Path(tmp) / "cases"
        folder.mkdir()
        for f in files:
            (folder / f.name).symlink_to(f.resolve())
        report = Path(tmp) / "report.json"
        args = [sys.executable, str(SCORE), str(folder), "--cmd", cmd, "--json", str(report)]
        done = subprocess.run(args + (["--verbose"] if verbose else []), capture_output=True, text=True,
                              timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"score.py failed on {files[0].name}...: {done.stdout[-800:]}{done.stderr[-800:]}")
        return json.loads(report.read_text(encoding="utf-8")), done.stdout


def combine(reports: list[dict]) -> dict:
    """The chunk reports added up: per-type counts and the micro-averaged precision, recall, F1 and attributes."""
    by_type: dict[str, dict] = {}
    for rep in reports:
        for kind, entry in rep["by_type"].items():
            total = by_type.setdefault(kind, {"question": entry["question"], **dict.fromkeys(COUNTS, 0)})
            for k in COUNTS:
                total[k] += entry[k]
    scored = [e for k, e in by_type.items() if k not in ATTRIBUTE_ONLY]
    tp, out = sum(e["true_rows"] for e in scored), sum(e["rows"] for e in scored)
    found, gold = sum(e["found"] for e in scored), sum(e["gold"] for e in scored)
    hits, attrs = sum(e["attr_hits"] for e in by_type.values()), sum(e["attr_total"] for e in by_type.values())
    p, r = (tp / out if out else 0.0), (found / gold if gold else 0.0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "attributes": hits / attrs if attrs else 0.0, "documents": sum(rep["documents"] for rep in reports),
            "chunks": len(reports), "by_type": by_type}


def score(folder: Path, cmd: str, size: int = 60, jobs: int = 2, verbose: bool = False,
          timeout: float = 900) -> tuple[dict, list[str]]:
    """The combined report of ``folder`` scored in chunks, and every chunk's printed lines."""
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(lambda files: score_chunk(files, cmd, verbose, timeout), chunks(folder, size)))
    return combine([rep for rep, _ in results]), [out for _, out in results]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", type=Path)
    ap.add_argument("--cmd", default=f"{sys.executable} -m pharmagraph.cli")
    ap.add_argument("--size", type=int, default=60, help="cases a chunk (default 60)")
    ap.add_argument("--jobs", type=int, default=2, help="chunks scored at once (default 2)")
    ap.add_argument("--json", type=Path, help="also write the combined report here")
    ap.add_argument("--verbose", action="store_true", help="print every chunk's missed facts and extra rows")
    a = ap.parse_args()
    if not SCORE.exists():
        print(f"{SCORE}: not found (../shared beside this checkout)", file=sys.stderr)
        return 2
    total, printed = score(a.cases, a.cmd, a.size, a.jobs, a.verbose)
    if a.verbose:
        print("\n".join(printed))
    print(f"{'type':14} {'question':15} {'gold':>5} {'found':>5} {'rows':>5} {'true':>5}  attributes")
    for kind, e in total["by_type"].items():
        print(f"{kind:14} {e['question']:15} {e['gold']:5} {e['found']:5} {e['rows']:5} {e['true_rows']:5}  "
              f"{e['attr_hits']}/{e['attr_total']}")
    if a.json:
        a.json.write_text(json.dumps(total, indent=2, ensure_ascii=False))
    print(f"{total['documents']} documents in {total['chunks']} chunks")
    print(f"extraction F1 {total['f1']:.4f} (P {total['precision']:.4f} R {total['recall']:.4f}) "
          f"attributes {total['attributes']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
