"""A per-user cache of things that are slow to derive and never change for one installation.

The extractor's reference tables and compiled patterns are the same in every process: deriving them
takes about a second, most of the time a one-document build spends. They are kept in
``$PHARMAGRAPH_CACHE``, else ``$XDG_CACHE_HOME/pharmagraph``, else ``~/.cache/pharmagraph``, under a
name that carries every input they depend on, so a stale entry is never read: a new input is a new
name. A cache that cannot be read or written is skipped, never an error (the value is derived again).
"""

from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """The cache folder, created if need be, or None when there is none to be had."""
    base = os.environ.get("PHARMAGRAPH_CACHE")
    if base is None:
        base = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pharmagraph")
    if base == "":  # PHARMAGRAPH_CACHE="" turns the cache off
        return None
    try:
        path = Path(base)
        path.mkdir(parents=True, exist_ok=True)
        return path
    except OSError:
        return None


def load(name: str):
    """The value stored under ``name``, or None.

    Values are plain data (lists, dicts, strings, numbers) kept with ``marshal``, which, unlike pickle,
    runs no code when it reads a file.
    """
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / name, "rb") as f:
            return marshal.load(f)
    except Exception:  # missing, truncated, from another version of a library: derive it again
        return None


def save(name: str, value) -> None:
    """Store ``value`` under ``name``, atomically (a reader sees the old file or the new one, never half)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        with os.fdopen(fd, "wb") as f:
            marshal.dump(value, f)
        os.replace(tmp, folder / name)
    except (OSError, ValueError):  # ValueError: a value marshal cannot write
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
