"""The HTML network page, checked without a browser: offline, escaped, cut above max_nodes, fast."""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).parent / "e2e"))
from pharmagraph.render import render_html
from pharmagraph.render.html import page
from render_graphs import LONG_NAME, PAYLOADS, hostile_graph, random_graph, sample_graph

HOSTILE = PAYLOADS
LONG = LONG_NAME


def data_of(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="pg-data">(.*?)</script>', text, re.DOTALL)
    assert m, "data island missing"
    return json.loads(m.group(1))


def test_page_written(tmp_path):
    out = render_html(sample_graph(), tmp_path / "sub" / "g.html", title="Demo")
    assert out == tmp_path / "sub" / "g.html" and out.is_file()
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert '<body data-ready="false">' in text
    assert "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:" in text
    data = data_of(text)
    g = sample_graph()
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["edges"]) == g.number_of_edges()
    assert data["notice"] is None
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])  # fact keys repeat across pairs
    licence = next(e for e in data["edges"] if e["relation"] == "licenses to")
    assert licence["source"] == "kexing-2023-11-license" and "upfront payment" in licence["evidence"]
    assert licence["details"] == {"date": "2023-11-14", "dealValue": "USD 5 million", "territory": "Argentina"}
    assert {k["kind"] for k in data["legend"]["kinds"]} == {"company", "regulator", "product", "person", "place"}
    assert {r["relation"] for r in data["legend"]["relations"]} >= {"certified by", "licenses to", "holds role at"}
    assert data["dates"] == ["2022-07-01", "2024-03-08"]


def test_offline_no_remote_src_or_href(tmp_path):
    text = render_html(sample_graph(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.IGNORECASE)
    assert not re.search(r"@import|url\(\s*[\"']?(https?:)?//", text, re.IGNORECASE)
    assert "cdn.jsdelivr" not in text and "cdnjs.cloudflare" not in text and "bootstrap.min" not in text
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", text)
    assert text.lower().count("</script") == 3  # vis-network, the JSON island, the page script
    assert "<link" not in text and "<iframe" not in text


def test_hostile_text_only_escaped():
    g = hostile_graph()
    text = page(g, title=HOSTILE[0] + HOSTILE[1])
    for payload in HOSTILE[:3] + [HOSTILE[5], "<b>bold</b>", "<i>end</i>", "<img src=x onerror=alert(1)>"]:
        assert payload not in text
    assert "<svg onload" not in text and "<img" not in text
    assert text.lower().count("</script") == 3  # only our own three script elements close
    assert ("<title>&lt;img src=x onerror=&quot;window.__pwned=1;alert(1)&quot;&gt;&lt;/script&gt;&lt;script&gt;"
            "window.__pwned=1;alert(1)&lt;/script&gt;</title>") in text
    assert r"\u003cimg src=x onerror=\"window.__pwned=1;alert(1)\"\u003e" in text  # data goes through |tojson
    assert r"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e" in text
    assert r"\u0027quoted\u0027 \"double\" \u0026 \u003cb\u003ebold" in text
    data = data_of(text)
    labels = {n["name"] for n in data["nodes"]}
    assert set(HOSTILE) | {LONG} <= labels  # the full, unmodified text for the panel (inserted as text)
    long_node = next(n for n in data["nodes"] if n["name"] == LONG)
    assert len(long_node["label"]) <= 40
    assert all(n["kind"] in {"company", "regulator", "product", "person", "place", "site", "entity"}
               for n in data["nodes"])
    assert "title" not in data["nodes"][0]  # tooltips are built in the page, as text elements
    js = (Path(__file__).parents[1] / "graph/pharmagraph/render/templates/page.js").read_text()
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js
    assert "|safe" not in (Path(__file__).parents[1] / "graph/pharmagraph/render/templates/page.html").read_text()


def test_cut_above_max_nodes(tmp_path):
    g = random_graph(300, seed=3)
    text = render_html(g, tmp_path / "g.html", max_nodes=50).read_text(encoding="utf-8")
    data = data_of(text)
    assert len(data["nodes"]) == 50
    assert "pharmagraph viz --focus NAME --hops N" in data["notice"]
    assert "50 most connected of 300 entities" in data["notice"]
    kept = {n["id"] for n in data["nodes"]}
    degree = dict(g.degree())
    assert min(degree[n] for n in kept) >= max(degree[n] for n in g if n not in kept)
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])
    assert data["totals"] == {"nodes": 300, "edges": g.number_of_edges(), "drawnNodes": 50,
                              "drawnEdges": len(data["edges"])}
    assert data_of(page(g, max_nodes=300))["notice"] is None


def test_bad_max_nodes():
    with pytest.raises(ValueError):
        page(sample_graph(), max_nodes=0)


def test_empty_graph(tmp_path):
    data = data_of(render_html(nx.MultiDiGraph(), tmp_path / "g.html").read_text(encoding="utf-8"))
    assert data["nodes"] == [] and data["edges"] == [] and data["dates"] is None


def test_show_returns_iframe():
    pytest.importorskip("IPython")
    from pharmagraph.render.html import show

    out = show(sample_graph(), title="<x>")
    body = out.data
    assert body.startswith("<iframe srcdoc=\"") and 'sandbox="allow-scripts"' in body
    assert "<script" not in body  # the whole page sits escaped inside the srcdoc attribute


def test_big_graph_renders_quickly(tmp_path):
    g = random_graph(20_000, seed=5)
    started = time.perf_counter()
    out = render_html(g, tmp_path / "big.html")
    seconds = time.perf_counter() - started
    print(f"\n20,000-node graph ({g.number_of_edges():,} edges) rendered in {seconds:.2f} s, "
          f"{out.stat().st_size / 1e6:.1f} MB")
    assert len(data_of(out.read_text(encoding="utf-8"))["nodes"]) == 2000
    started = time.perf_counter()
    render_html(g, tmp_path / "all.html", max_nodes=20_000)
    print(f"20,000-node graph drawn in full (max_nodes=20000) in {time.perf_counter() - started:.2f} s")


def test_layout_without_numpy(monkeypatch):
    """numpy is optional: a plain-Python radial layout takes over, still one distinct spot per node."""
    from pharmagraph.render.layout import layout

    monkeypatch.setitem(sys.modules, "numpy", None)
    g = random_graph(200, seed=4)
    pos = layout(g)
    assert set(pos) == set(g.nodes) and len(set(pos.values())) == len(pos)
    assert data_of(page(sample_graph()))["nodes"]
