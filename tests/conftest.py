"""Shared fixtures: a store built from the bundled press releases, and a CLI runner."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# property tests draw the same examples in every run (tests are deterministic); their own @settings keep this
settings.register_profile("deterministic", derandomize=True, print_blob=True)
settings.load_profile("deterministic")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "eval" / "seeds"
DEV = SHARED / "eval" / "dev"
CASES = ROOT / "tests" / "data" / "cases"
PRESS = ROOT / "data" / "press-releases"



def module_values(modules, pick) -> list:
    """Every value the modules hold, alone or in lists, tuples and dicts (three levels down), for which ``pick``
    returns something: what it returns, once each."""
    found: dict[int, object] = {}

    def walk(value, depth=0):
        picked = pick(value)
        if picked is not None:
            found[id(picked)] = picked
        elif depth < 3 and isinstance(value, (list, tuple)):
            for v in value:
                walk(v, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for k, v in value.items():
                walk(k, depth + 1)
                walk(v, depth + 1)

    for module in modules:
        for value in vars(module).values():
            walk(value)
    return list(found.values())

def run_cli(*args: str, input: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real ``pharmagraph`` command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "pharmagraph.cli", *args], capture_output=True, text=True,
                          input=input, cwd=cwd, timeout=300)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """A store built once from data/press-releases (read-only for tests)."""
    store = tmp_path_factory.mktemp("seed") / "store"
    done = run_cli("build", str(PRESS), "--store", str(store))
    assert done.returncode == 0, done.stderr
    return store


@pytest.fixture()
def fresh_store(tmp_path, seed_store) -> Path:
    """A private copy of the seed store that a test may change."""
    target = tmp_path / "store"
    shutil.copytree(seed_store, target)
    return target


def ask_json(store: Path, name: str, *args: str) -> list[dict]:
    done = run_cli("ask", name, "--store", str(store), "--format", "json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
