"""Extraction quality on the seed, shared development and own sets, scored by ../shared/eval/score.py.

The own set is scored in chunks of 60 cases, two at a time (``score_chunks.py``): score.py's matching grows
faster than the square of a folder's size, and the whole 342-case folder took over 8 minutes of CI's 20.

Each floor is the figure measured when it was last raised; a change that lowers F1 below it
fails here. Raise the floors as extraction improves.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import score_chunks
from conftest import CASES, DEV, SEEDS, SHARED

SCORE = SHARED / "eval" / "score.py"
FLOORS = {  # set: (F1, attributes)
    "seeds": (SEEDS, 0.95, 0.90),
    "dev": (DEV, 0.935, 0.63),
    # 1202 cases since c1083-c1202 joined in the twenty-sixth session (twelve batches, 0.61-0.86 before any rule saw
    # them: 0.75 on average for the first eight, 0.77 for the last four): in chunks F1 0.8176, attributes 0.5617 (1082
    # cases at the end of the twenty-fifth: 0.8201, 0.5644). Per release the session's rules moved the 1082 older cases
    # from 0.8253 to 0.8267, the first 80 new ones from 0.7389 (session-start code) to 0.7830 and the last 40 from 0.7715
    # to 0.7884 (the rules written before them changed none of their facts). The floors stay at 0.81 and 0.56 (set in
    # the twenty-fourth session). The bar is 0.85, which the own set misses by this much
    "own": (CASES, 0.81, 0.56),
}


def _score(folder, tmp_path) -> tuple[float, float]:
    """F1 and attribute accuracy in full precision (score.py prints two decimals; its --json report has them all)."""
    cmd = f"{sys.executable} -m pharmagraph.cli"
    if folder == CASES:
        total, printed = score_chunks.score(folder, cmd, timeout=1200)
        print("\n".join(printed))
        return total["f1"], total["attributes"]
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, str(SCORE), str(folder), "--cmd", cmd, "--json", str(report)],
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"extraction F1 [\d.]+ \(P [\d.]+ R [\d.]+\) attributes [\d.]+", done.stdout), done.stdout
    print(done.stdout)
    figures = json.loads(report.read_text(encoding="utf-8"))
    return figures["f1"], figures["attributes"]


@pytest.mark.skipif(not SCORE.exists(), reason="../shared/eval/score.py is not beside this checkout")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_does_not_regress(name, tmp_path):
    folder, f1_floor, attr_floor = FLOORS[name]
    f1, attributes = _score(folder, tmp_path)
    assert f1 >= f1_floor, f"{name}: F1 {f1:.4f} fell below {f1_floor}"
    assert attributes >= attr_floor, f"{name}: attributes {attributes:.4f} fell below {attr_floor}"


def test_chunk_reports_add_up_like_one_report():
    """Two chunks' counts make the micro-averaged figures score.py would print for their sum."""
    def report(gold, found, rows, true, company_rows):
        return {"documents": 3, "by_type": {
            "approval": {"question": "approvals", "gold": gold, "found": found, "rows": rows, "true_rows": true,
                         "attr_hits": 1, "attr_total": 2},
            "company": {"question": "companies", "gold": 9, "found": 9, "rows": company_rows, "true_rows": 0,
                        "attr_hits": 3, "attr_total": 4}}}
    total = score_chunks.combine([report(10, 8, 10, 7, 50), report(6, 3, 5, 4, 70)])
    assert (total["precision"], total["recall"]) == (11 / 15, 11 / 16)  # companies rows are not counted
    assert total["f1"] == 2 * (11 / 15) * (11 / 16) / (11 / 15 + 11 / 16)
    assert total["attributes"] == 8 / 12 and total["documents"] == 6
