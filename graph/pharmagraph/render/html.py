"""The interactive HTML network: pyvis data, our own template, vis-network inlined, no network access.

pyvis builds the node/edge lists and options (fed in bulk: ``Network.add_node`` checks membership
in a list, which is quadratic), but its stock template loads Bootstrap from a CDN and renders some
strings as raw HTML, so the page comes from ``templates/page.html`` instead. All graph text is
untrusted (it comes from press releases): it travels as one JSON island (``|tojson`` escapes
``< > & '``) and the page script inserts it with ``textContent`` only.
"""

from __future__ import annotations

import html
import math
import re
import warnings
from collections import defaultdict
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from pharmagraph.render.layout import layout

TEMPLATES = Path(__file__).parent / "templates"

#: entity kind -> (vis shape, fill colour, legend label)
KIND_STYLE = {
    "company": ("dot", "#4e79a7", "Company"),
    "regulator": ("diamond", "#e15759", "Regulator"),
    "government": ("diamond", "#edc948", "Government"),
    "product": ("triangle", "#59a14f", "Product"),
    "person": ("star", "#f28e2b", "Person"),
    "place": ("hexagon", "#76b7b2", "Place"),
    "site": ("square", "#b07aa1", "Site"),
    "entity": ("dot", "#9d9d9d", "Other entity"),
}
#: edge relation -> colour
RELATION_COLOURS = {
    "certified by": "#e15759",
    "decision on": "#ff9d9a",
    "sponsors": "#9c755f",
    "licenses to": "#4e79a7",
    "licenses out": "#76b7b2",
    "licenses in": "#86bcb6",
    "serves": "#b07aa1",
    "works on": "#d4a6c8",
    "acquires": "#2f2f2f",
    "collaborates with": "#59a14f",
    "holds role at": "#f28e2b",
    "develops": "#8cd17d",
    "operates site in": "#edc948",
}
_FALLBACK_COLOURS = ["#499894", "#d37295", "#a0cbe8", "#fabfd2", "#79706e", "#b6992d", "#ffbe7d", "#bab0ac"]
#: edge attributes shown as the fact's details, in this order (others follow alphabetically)
DETAIL_ORDER = ["date", "dealValue", "territory", "roleTitle", "standard", "decisionKind", "serviceType",
                "status", "subject", "collaborationKind"]
_EDGE_CORE = {"relation", "fact", "kind", "source", "evidence"}
LABEL_MAX = 40
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}){0,2}")
_VIS = Path(__import__("pyvis").__file__).parent / "templates" / "lib" / "vis-9.1.2"


def _clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def relation_colour(relation: str) -> str:
    if relation in RELATION_COLOURS:
        return RELATION_COLOURS[relation]
    return _FALLBACK_COLOURS[sum(map(ord, relation)) % len(_FALLBACK_COLOURS)]


def _cut(g: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """The subgraph on the ``max_nodes`` most connected nodes (ties broken by label, then id)."""
    degree = dict(g.degree())
    ranked = sorted(g.nodes, key=lambda n: (-degree[n], str(g.nodes[n].get("label", n)), str(n)))
    return g.subgraph(ranked[:max_nodes])


def build_network(g: nx.MultiDiGraph, title: str = "pharmagraph", max_nodes: int = 2000):
    """A pyvis ``Network`` holding the drawable data, and the page's extra data (legend, notice...)."""
    from pyvis.network import Network

    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    total_nodes, total_edges = g.number_of_nodes(), g.number_of_edges()
    cut = total_nodes > max_nodes
    view = _cut(g, max_nodes) if cut else g
    positions = layout(view)
    degree = dict(view.degree())

    nodes = []
    kinds: dict[str, int] = defaultdict(int)
    for node, data in view.nodes(data=True):
        kind = data.get("kind") or "entity"
        kind = kind if kind in KIND_STYLE else "entity"
        kinds[kind] += 1
        label = str(data.get("label") or node)
        aliases = [a for a in str(data.get("aliases") or "").split("|") if a.strip() and a != label]
        x, y = positions[node]
        nodes.append({
            "id": str(node), "label": _clip(label, LABEL_MAX), "name": label, "aliases": aliases,
            "kind": kind, "group": kind, "degree": degree[node], "x": x, "y": y,
            "size": round(9 + 5 * math.log2(1 + degree[node]), 1),
        })

    edges = []
    relations: dict[str, int] = defaultdict(int)
    dates = []
    parallel: dict[tuple, int] = defaultdict(int)
    for i, (a, b, key, data) in enumerate(view.edges(keys=True, data=True)):
        relation = str(data.get("relation") or data.get("kind") or "related to")
        relations[relation] += 1
        details = {k: str(data[k]) for k in DETAIL_ORDER if data.get(k) not in (None, "")}
        details.update({k: str(v) for k, v in sorted(data.items())
                        if k not in _EDGE_CORE and k not in details and v not in (None, "")})
        if _ISO_DATE.match(details.get("date", "")):
            dates.append(_ISO_DATE.match(details["date"]).group(0))
        pair = (min(str(a), str(b)), max(str(a), str(b)))
        rank = parallel[pair]
        parallel[pair] += 1
        edge = {
            "id": f"e{i}", "from": str(a), "to": str(b), "label": _clip(relation, LABEL_MAX), "relation": relation,
            "color": relation_colour(relation), "fact": str(data.get("fact") or key), "factKind": str(data.get("kind") or ""),
            "source": str(data.get("source") or ""), "evidence": str(data.get("evidence") or ""), "details": details,
        }
        if rank:
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW",
                              "roundness": 0.18 * ((rank + 1) // 2)}
        edges.append(edge)

    big = len(nodes) > 600
    net = Network(height="100%", width="100%", directed=True, heading="", cdn_resources="in_line")
    net.nodes = nodes  # bulk: pyvis' add_node is quadratic
    net.edges = edges
    net.options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "groups": {kind: {"shape": shape, "color": {"background": colour, "border": _darker(colour),
                                                    "highlight": {"background": colour, "border": "#111111"},
                                                    "hover": {"background": colour, "border": "#111111"}}}
                   for kind, (shape, colour, _l) in KIND_STYLE.items()},
        "nodes": {"borderWidth": 1.5, "font": {"size": 14, "face": "system-ui, sans-serif", "color": "#222222",
                                               "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "width": 1.4,
                  "smooth": False, "selectionWidth": 2,
                  "font": {"size": 10, "face": "system-ui, sans-serif", "color": "#4a4a4a", "strokeWidth": 0,
                           "background": "rgba(255,255,255,0.85)", "align": "horizontal"},
                  "color": {"inherit": False}},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False},
    }
    legend = {
        "kinds": [{"kind": k, "label": lab, "shape": shape, "color": colour, "count": kinds[k]}
                  for k, (shape, colour, lab) in KIND_STYLE.items() if kinds.get(k)],
        "relations": [{"relation": r, "color": relation_colour(r), "count": c}
                      for r, c in sorted(relations.items(), key=lambda x: (-x[1], x[0]))],
    }
    notice = None
    if cut:
        notice = (f"Large graph: showing the {len(nodes):,} most connected of {total_nodes:,} entities "
                  f"({len(edges):,} of {total_edges:,} links). To see one entity's surroundings, run "
                  f"pharmagraph viz --focus NAME --hops N")
    extra = {
        "title": title, "legend": legend, "notice": notice,
        "dates": [min(dates), max(dates)] if dates else None,
        "totals": {"nodes": total_nodes, "edges": total_edges, "drawnNodes": len(nodes), "drawnEdges": len(edges)},
    }
    return net, extra


def _darker(colour: str, factor: float = 0.75) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _script_safe(code: str) -> str:
    """Library code inlined in <script>/<style>: no closing tag may end the element early."""
    return code.replace("</script", "<\\/script").replace("</style", "<\\/style")


def page(g: nx.MultiDiGraph, title: str = "pharmagraph", max_nodes: int = 2000) -> str:
    """The whole HTML page as a string."""
    net, extra = build_network(g, title=title, max_nodes=max_nodes)
    net.set_template_dir(str(TEMPLATES) + "/", "page.html")
    # pyvis' environment does not autoescape; ours does (the template never uses |safe on data)
    net.templateEnv = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True))
    template = net.templateEnv.get_template(net.path)
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": net.options, **extra}
    return template.render(
        page_title=Markup(html.escape(title)),  # escaped here; Markup stops a second escape
        data=data,
        vis_css=Markup(_script_safe((_VIS / "vis-network.css").read_text(encoding="utf-8"))),
        vis_js=Markup(_script_safe((_VIS / "vis-network.min.js").read_text(encoding="utf-8"))),
        page_css=Markup(_script_safe((TEMPLATES / "page.css").read_text(encoding="utf-8"))),
        page_js=Markup(_script_safe((TEMPLATES / "page.js").read_text(encoding="utf-8"))),
    )


def render_html(g: nx.MultiDiGraph, path, title: str = "pharmagraph", max_nodes: int = 2000) -> Path:
    """Write ``g`` as one self-contained, offline HTML page at ``path``; return the path.

    Above ``max_nodes`` entities only the most connected ones are drawn and the page says so.
    """
    path = Path(path)
    text = page(g, title=title, max_nodes=max_nodes)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def show(g: nx.MultiDiGraph, title: str = "pharmagraph", max_nodes: int = 2000, height: int = 650):
    """The page for Jupyter: an ``IPython.display.HTML`` iframe (``srcdoc``, so its scripts run)."""
    try:
        from IPython.display import HTML
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("pharmagraph.render.show needs IPython (pip install ipython); "
                          "use render_html(g, 'graph.html') to write a file instead") from exc
    doc = page(g, title=title, max_nodes=max_nodes)
    with warnings.catch_warnings():  # IPython nudges iframes towards IFrame(src=...): no file here, on purpose
        warnings.simplefilter("ignore", UserWarning)
        return HTML(f'<iframe srcdoc="{html.escape(doc, quote=True)}" style="width:100%;height:{int(height)}px;'
                    f'border:1px solid #ddd" sandbox="allow-scripts" title="{html.escape(title, quote=True)}"></iframe>')


__all__ = ["build_network", "page", "render_html", "show"]
