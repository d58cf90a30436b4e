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
    "dev": (DEV, 0.90, 0.62),
    # 192 cases since c153-c192 (0.78, 0.71, 0.92 and 0.67 before any rule saw them) joined: F1 0.84, attributes 0.61
    "own": (CASES, 0.85, 0.60),
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
