"""Drawing the graph: an interactive HTML network (pyvis), self-contained and offline."""

from __future__ import annotations

from pharmagraph.render.html import render_html, show

__all__ = ["render_html", "show"]
