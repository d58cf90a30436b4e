"""Reading one press release file into a :class:`~pharmagraph.model.Document`.

Every problem with a file raises :class:`~pharmagraph.errors.InputError` with a one-line
message that names the file.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import frontmatter

from pharmagraph.errors import InputError
from pharmagraph.ingest.dates import parse_date
from pharmagraph.ingest.html import html_to_text
from pharmagraph.ingest.markdown import markdown_to_text
from pharmagraph.model import Document

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
MAX_BYTES = 50 * 1024 * 1024
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?\r?\n---[ \t]*\r?\n", re.S)
_DATE_LINE = re.compile(r"^\s*(?:date(?:\s*time)?|published|posted)\s*[:：]\s*(.+)$", re.I | re.M)


def collect_paths(paths: list[str | Path]) -> list[Path]:
    """Expand files and folders into the press-release files to read, sorted, each once."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise InputError(f"{path}: folder holds no press releases (.txt, .md, .html)")
            out.extend(found)
        elif path.suffix.lower() not in SUFFIXES:
            raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; expected .txt, .md or .html")
        else:
            out.append(path)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not a text press release")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not valid UTF-8 (byte {err.start})") from None


def _split_front_matter(path: Path, raw: str) -> tuple[dict, str]:
    if not _FRONT.match(raw):
        return {}, raw
    try:
        post = frontmatter.loads(raw.lstrip("\ufeff"))
    except Exception as err:  # yaml raises several kinds
        raise InputError(f"{path}: front matter is not valid YAML ({type(err).__name__})") from None
    meta = {k: str(v) for k, v in post.metadata.items() if v is not None}
    return meta, post.content


def parse_document(raw: str, name: str, fmt: str = "text", path: str = "") -> Document:
    """Build a Document from text already in memory (``fmt``: text, markdown or html)."""
    where = Path(path or name)
    meta, body = _split_front_matter(where, raw)
    declared: dict[str, str] = {}
    if fmt == "html":
        text = html_to_text(body, declared)
    elif fmt == "markdown":
        text = markdown_to_text(body)
    else:
        text = "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
    for key, value in declared.items():
        meta.setdefault(key, value)
    if not text.strip():
        raise InputError(f"{where}: no readable text")
    date = parse_date(meta["date"]) if meta.get("date") else None
    if date is None:
        m = _DATE_LINE.search(text[:2000])
        date = parse_date(m.group(1)) if m else None
    if date is None:
        date = parse_date(text[:600])
    title = meta.get("title") or next((line.strip() for line in text.split("\n") if line.strip()), None)
    stem = Path(name).stem
    return Document(
        id=stem,
        source=meta.get("source") or meta.get("url") or Path(name).name,
        text=text,
        path=str(path),
        title=title[:300] if title else None,
        date=date,
        format=fmt,
        content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
    )


def read_document(path: str | Path) -> Document:
    """Read one press release file.

    Raises:
        InputError: the file is missing, empty, binary, not UTF-8 or of an unknown type.
    """
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; expected .txt, .md or .html")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    return parse_document(_decode(path, data), path.name, fmt, str(path))
