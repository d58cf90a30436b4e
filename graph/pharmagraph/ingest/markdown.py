"""Markdown to plain text: rendered with markdown-it-py, then read as HTML.

>>> markdown_to_text("# About X\\n\\n**BOSTON** - X said.")
'About X\\nBOSTON - X said.'
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from pharmagraph.ingest.html import html_to_text

_MD = MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_to_text(text: str) -> str:
    """The readable text of a Markdown document, one block per line."""
    return html_to_text(f"<body>{_MD.render(text)}</body>")
