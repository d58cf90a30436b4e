"""Reading press releases from disk: text, Markdown and HTML, with optional front matter."""

from __future__ import annotations

from pharmagraph.ingest.read import SUFFIXES, collect_paths, parse_document, read_document

__all__ = ["SUFFIXES", "collect_paths", "parse_document", "read_document"]
