"""The per-user cache of compiled patterns and reference tables: same results warm, cold, damaged or off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# a long pattern with named groups, flags, a trie and look-arounds, like the extractor's
PROBE = r"""
import json, re, sys
from pharmagraph.extract import regex_cache
from pharmagraph.extract.places import is_city
names = "|".join(f"name{i:04d}" for i in range(300))
source = rf"(?<![\w-])(?P<name>{names}|Suzhou(?:\s+Industrial\s+Park)?)(?:,\s+(?P<country>[A-Z][a-z]+))?(?![\w-])"
pattern = regex_cache.compile_pattern(source, re.I)
reference = re.compile(source, re.I)
text = "At NAME0042, Chinaland and suzhou industrial park, Jiangsu; xname0001 no; name0299-b no; name0299"
found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
assert found == [(m.span(), m.groupdict()) for m in reference.finditer(text)], found
assert pattern.flags == reference.flags and pattern.groupindex == reference.groupindex and pattern.groups == reference.groups
print(json.dumps({"found": found, "city": [is_city("Suzhou"), is_city("Pusintin")], "added": regex_cache._added}))
"""


def _probe(cache: str) -> dict:
    env = {**os.environ, "PHARMAGRAPH_CACHE": cache}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_patterns_are_the_same_cold_and_warm(tmp_path: Path):
    cold = _probe(str(tmp_path))
    assert cold["added"] >= 1  # compiled by this process (and whatever it imported) and written at its exit
    files = sorted(p.name for p in tmp_path.iterdir())
    assert any(f.startswith("patterns") for f in files) and any(f.startswith("cities-") for f in files)
    warm = _probe(str(tmp_path))
    assert warm["added"] == 0  # read back, not compiled again
    assert warm["found"] == cold["found"] and len(cold["found"]) == 3
    assert warm["city"] == cold["city"] == [True, False]


@pytest.mark.parametrize("damage", [b"", b"not marshal data", b"\x00" * 64])
def test_a_damaged_cache_is_derived_again(tmp_path: Path, damage: bytes):
    _probe(str(tmp_path))
    for p in tmp_path.iterdir():
        p.write_bytes(damage)
    again = _probe(str(tmp_path))
    assert again["added"] >= 1 and again["city"] == [True, False]


def test_the_cache_can_be_turned_off(tmp_path: Path):
    assert _probe("")["city"] == [True, False]
