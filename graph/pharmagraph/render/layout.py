"""Fixed node positions for the HTML view, computed in Python so the browser runs no physics.

Each weakly connected component is laid out on its own (force-directed, Fruchterman-Reingold in
numpy), then the components are packed in rows, largest first: isolated entities no longer get
flung to the rim of one big drawing. networkx's own ``spring_layout`` loops over nodes in Python
above 500 nodes (about 9 s for 2,000); the vectorised version here takes well under a second.

Without numpy a plain-Python radial layout is used (breadth-first shells around the most
connected node of each component), so rendering never needs more than networkx itself.
"""

from __future__ import annotations

import math
import random

import networkx as nx

#: ideal distance between linked nodes, in vis-network pixels
EDGE_LENGTH = 110.0
#: above this many nodes a component's repulsion is estimated from a random sample of nodes
DENSE_LIMIT = 2500


def layout(g: nx.Graph, seed: int = 7, edge_length: float = EDGE_LENGTH) -> dict[str, tuple[float, float]]:
    """Positions (x, y) in pixels for every node of ``g``, deterministic for a given ``seed``."""
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(g)
    simple.add_edges_from((a, b) for a, b in g.edges() if a != b)
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(simple)), key=lambda c: (-len(c), str(c[0])))
    try:
        import numpy  # noqa: F401
        place = _force_component
    except ImportError:  # pragma: no cover - exercised only without numpy
        place = _radial_component
    laid = [place(simple.subgraph(c), c, seed, edge_length) if len(c) > 1 else {c[0]: (0.0, 0.0)} for c in comps]
    return _pack(laid, edge_length)


def _force_component(g: nx.Graph, order: list, seed: int, k: float) -> dict:
    import numpy as np

    n = len(order)
    index = {node: i for i, node in enumerate(order)}
    edges = np.array([(index[a], index[b]) for a, b in g.edges()], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    side = k * math.sqrt(n)
    pos = (rng.random((n, 2)) - 0.5) * side
    if n <= 3:
        iterations = 60
    elif n <= 500:
        iterations = 120
    elif n <= DENSE_LIMIT:
        iterations = 90
    else:
        iterations = 50
    temperature = side / 5
    cool = temperature / (iterations + 1)
    gravity = 0.02
    for _ in range(iterations):
        disp = _repulsion(pos, k, rng)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.sqrt((delta ** 2).sum(1)) + 1e-9
            pull = delta * (dist / k)[:, None]  # |F| = d^2 / k along the edge
            for dim in (0, 1):
                disp[:, dim] -= np.bincount(edges[:, 0], pull[:, dim], minlength=n)
                disp[:, dim] += np.bincount(edges[:, 1], pull[:, dim], minlength=n)
        disp -= gravity * pos * (k / (side / 2 + k))
        length = np.sqrt((disp ** 2).sum(1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cool
    pos -= pos.mean(0)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(order)}


def _repulsion(pos, k: float, rng):
    """Sum over other nodes of k^2 / d along the separating vector (sampled for big components)."""
    import numpy as np

    n = len(pos)
    x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
    if n <= DENSE_LIMIT:
        sx, sy, factor = x, y, 1.0
    else:
        sample = rng.choice(n, size=max(300, 6_000_000 // n), replace=False)
        sx, sy, factor = x[sample], y[sample], n / len(sample)
    out = np.empty((n, 2), dtype=np.float64)
    step = max(1, 4_000_000 // max(len(sx), 1))
    for lo in range(0, n, step):
        dx = x[lo:lo + step, None] - sx[None, :]
        dy = y[lo:lo + step, None] - sy[None, :]
        d2 = dx * dx + dy * dy
        d2 += np.float32(1e-2)
        np.reciprocal(d2, out=d2)
        out[lo:lo + step, 0] = (dx * d2).sum(1)
        out[lo:lo + step, 1] = (dy * d2).sum(1)
    return out * (k * k * factor)


def _radial_component(g: nx.Graph, order: list, seed: int, k: float) -> dict:  # pragma: no cover
    hub = max(order, key=lambda n: (g.degree(n), str(n)))
    shells: dict[int, list] = {}
    for node, depth in nx.single_source_shortest_path_length(g, hub).items():
        shells.setdefault(depth, []).append(node)
    rnd = random.Random(seed)
    pos = {hub: (0.0, 0.0)}
    for depth in sorted(shells):
        if depth == 0:
            continue
        ring = sorted(shells[depth], key=str)
        radius = max(depth * k, len(ring) * k / (2 * math.pi) * 0.6)
        offset = rnd.random() * 2 * math.pi
        for i, node in enumerate(ring):
            a = offset + 2 * math.pi * i / len(ring)
            pos[node] = (radius * math.cos(a), radius * math.sin(a))
    return pos


def _pack(laid: list[dict], k: float) -> dict:
    """Shelf-pack component drawings (largest first) into rows of roughly square overall shape."""
    boxes = []
    for comp in laid:
        xs = [p[0] for p in comp.values()]
        ys = [p[1] for p in comp.values()]
        boxes.append((comp, min(xs), min(ys), max(xs) - min(xs) + k, max(ys) - min(ys) + k))
    total = sum(w * h for _c, _x, _y, w, h in boxes)
    row_width = max(max(w for _c, _x, _y, w, _h in boxes), math.sqrt(total) * 1.3)
    out: dict = {}
    cx = cy = row_height = 0.0
    for comp, x0, y0, w, h in boxes:
        if cx > 0 and cx + w > row_width:
            cx, cy, row_height = 0.0, cy + row_height, 0.0
        for node, (x, y) in comp.items():
            out[node] = (round(x - x0 + cx, 1), round(y - y0 + cy, 1))
        cx += w
        row_height = max(row_height, h)
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {node: (round(x - mx, 1), round(y - my, 1)) for node, (x, y) in out.items()}


__all__ = ["layout"]
