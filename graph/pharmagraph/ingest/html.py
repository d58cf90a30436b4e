"""HTML to plain text with a real HTML parser (Lexbor through selectolax).

Scripts, styles, navigation, headers, footers, cookie banners and forms are dropped; block
elements become line breaks so headings and paragraphs stay apart.

>>> html_to_text("<p>BioDlink &amp; Kexing</p><script>x()</script><p>Second</p>").split("\\n")
['BioDlink & Kexing', 'Second']
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser

DROP = (
    "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg, "
    "select, dialog, [aria-hidden=true], [hidden]"
)
NOISE = re.compile(r"cookie|consent|subscribe|newsletter|share|social|sidebar|breadcrumb|related|advert|banner|popup|modal", re.I)
BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "table", "tr", "br", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption",
    "hr", "address", "body", "caption",
}
CELLS = {"td", "th"}
CELL = "\x1f"  # (a cell's start, while the text is assembled)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    title = tree.css_first("title")
    if title is not None and title.text(strip=True):
        meta["title"] = title.text(strip=True)
    for node in tree.css("meta"):
        name = (node.attributes.get("name") or node.attributes.get("property") or "").lower()
        content = node.attributes.get("content") or ""
        if name in ("article:published_time", "date", "dc.date", "pubdate", "publish-date") and content:
            meta.setdefault("date", content)
        elif name in ("og:url",) and content:
            meta.setdefault("source", content)
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    meta.setdefault("date", item["datePublished"])
                if isinstance(item.get("url"), str):
                    meta.setdefault("source", item["url"])
    link = tree.css_first('link[rel="canonical"]')
    if link is not None and link.attributes.get("href"):
        meta.setdefault("source", link.attributes["href"] or "")
    return meta


def html_to_text(html: str, meta: dict[str, str] | None = None) -> str:
    """The readable text of an HTML page, one block per line.

    When ``meta`` is given it receives what the page's head declares (title, date, source).
    """
    tree = LexborHTMLParser(html)
    if meta is not None:
        meta.update(_meta(tree))
    # a quote's own footer names who said it ("<blockquote>...<footer>— Jane Doe, CEO, X</footer>"): kept, its text set
    # apart from the quote's
    for node in tree.css("blockquote footer, figure footer"):
        node.insert_before("\n")
        node.unwrap()
    for node in tree.css(DROP):
        node.decompose()
    for node in tree.css("[class], [id]"):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if NOISE.search(label) and node.tag not in ("body", "html", "article", "main"):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            chunk = node.text_content or ""
            parts.append(chunk if chunk.strip() else " ")  # (the newlines between tags are no line breaks)
        elif node.tag in BLOCKS:
            parts.append("\n")
        elif node.tag in CELLS:
            parts.append(CELL)
    text = "".join(parts)
    # a table row is one line, its cells kept apart: "U.S. Food and Drug Administration (FDA) | Approved on 22 November 2022"
    lines = (re.sub(rf"(?:\s*{CELL})+\s*", " | ", re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip(f" {CELL}")) for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip(" |"))
