"""Extraction quality on the seed, shared development and own sets, scored by ../shared/eval/score.py.

Each floor is the figure measured when it was last raised; a change that lowers F1 below it
fails here. Raise the floors as extraction improves.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from conftest import CASES, DEV, SEEDS, SHARED

SCORE = SHARED / "eval" / "score.py"
FLOORS = {  # set: (F1, attributes)
    "seeds": (SEEDS, 0.95, 0.90),
    "dev": (DEV, 0.92, 0.62),
    # 342 cases since c303-c342 joined (0.72, 0.72, 0.65 and 0.58 before any rule saw them): F1 0.8369, attributes
    # 0.61; the bar is 0.85, which the own set misses by this much (read in four decimals, not score.py's two;
    # the 302 cases of the session's start went 0.8457 -> 0.8490 with its rules)
    "own": (CASES, 0.836, 0.60),
}


def _score(folder, tmp_path) -> tuple[float, float]:
    """F1 and attribute accuracy in full precision (score.py prints two decimals; its --json report has them all)."""
    cmd = f"{sys.executable} -m pharmagraph.cli"
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
