"""Extraction quality on the seed, shared development and own sets, scored by ../shared/eval/score.py.

Each floor is the figure measured when it was last raised; a change that lowers F1 below it
fails here. Raise the floors as extraction improves.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import CASES, DEV, SEEDS, SHARED

SCORE = SHARED / "eval" / "score.py"
FLOORS = {  # set: (F1, attributes)
    "seeds": (SEEDS, 0.95, 0.90),
    "dev": (DEV, 0.88, 0.62),
    # 122 cases since c83-c102 (0.72 and 0.69 before any rule saw them) and c103-c122 (0.56 and 0.70 before) joined:
    # F1 0.81, attributes 0.60
    "own": (CASES, 0.80, 0.58),
}


def _score(folder) -> tuple[float, float]:
    cmd = f"{sys.executable} -m pharmagraph.cli"
    done = subprocess.run([sys.executable, str(SCORE), str(folder), "--cmd", cmd], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    m = re.search(r"extraction F1 ([\d.]+) \(P [\d.]+ R [\d.]+\) attributes ([\d.]+)", done.stdout)
    assert m, done.stdout
    print(done.stdout)
    return float(m.group(1)), float(m.group(2))


@pytest.mark.skipif(not SCORE.exists(), reason="../shared/eval/score.py is not beside this checkout")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_does_not_regress(name):
    folder, f1_floor, attr_floor = FLOORS[name]
    f1, attributes = _score(folder)
    assert f1 >= f1_floor, f"{name}: F1 {f1:.2f} fell below {f1_floor:.2f}"
    assert attributes >= attr_floor, f"{name}: attributes {attributes:.2f} fell below {attr_floor:.2f}"
