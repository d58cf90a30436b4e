"""Bad input: one clear line naming the file, exit code 2, and the store exactly as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import PRESS, run_cli


def _snapshot(store: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(store.rglob("*")):
        if path.is_file() and path.name not in ("LOCK", "LOG") and not path.name.startswith("LOG.old"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


CASES = {
    "missing": lambda d: d / "nope.txt",
    "empty": lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt",
    "binary": lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02PNG") and d / "bin.txt" or d / "bin.txt",
    "latin1": lambda d: (d / "l1.txt").write_bytes("Société Générale €".encode("cp1252")) and d / "l1.txt" or d / "l1.txt",
    "folder": lambda d: (d / "nothing").mkdir() or d / "nothing",
    "suffix": lambda d: (d / "x.pdf").write_bytes(b"%PDF") and d / "x.pdf" or d / "x.pdf",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_leaves_store_unchanged(case, fresh_store, tmp_path):
    bad = CASES[case](tmp_path)
    before = _snapshot(fresh_store)
    done = run_cli("build", str(PRESS), str(bad), "--store", str(fresh_store))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and bad.name in lines[0], done.stderr
    assert _snapshot(fresh_store) == before


def test_store_folder_that_is_not_a_store(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"meow")
    done = run_cli("build", str(PRESS), "--store", str(folder))
    assert done.returncode == 2 and "not a pharmagraph store" in done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["cat.jpg"]
    done = run_cli("ask", "certifications", "--store", str(tmp_path / "nothing-here"))
    assert done.returncode == 2 and "no store" in done.stderr


def test_second_writer_is_told_the_store_is_busy(fresh_store):
    from pharmagraph.store import Store

    with Store.open(fresh_store, write=True):
        done = run_cli("build", str(PRESS), "--store", str(fresh_store))
        assert done.returncode == 2 and "busy" in done.stderr
        reader = run_cli("ask", "certifications", "--store", str(fresh_store), "--format", "json")
        assert reader.returncode == 0, reader.stderr
