"""The HTML network page in headless Chromium: drawn, searchable, clickable, filterable, offline, inert.

Needs the Python ``playwright`` package and Debian's ``chromium`` (/usr/bin/chromium); no browser is
downloaded (``playwright install`` is never run). Run: ``pytest -m e2e tests/e2e``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    pytest.skip("browser tests need the playwright Python package (pip install playwright)", allow_module_level=True)
if not CHROMIUM.exists():  # pragma: no cover - depends on the environment
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)

sys.path.insert(0, str(Path(__file__).parent))
from pharmagraph.render import render_html
from render_graphs import LONG_NAME, PAYLOADS, hostile_graph, random_graph, sample_graph

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-quic", "--disable-sync"]
KEXING = "https://w3id.org/pharmagraph/entity/kexing-biopharm"
BIODLINK = "https://w3id.org/pharmagraph/entity/biodlink"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Visit:
    """One page with every request, dialog, console error and page error recorded."""

    def __init__(self, browser):
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.page.add_init_script("window.__pwned = 0;")
        self.page.route("**/*", self._route)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path, timeout: float = 30_000) -> float:
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=timeout)
        return time.perf_counter() - started

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def check_clean(self):
        remote = [u for u in self.requests if not u.startswith(("file:", "data:"))]
        assert remote == [], f"network requests: {remote}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"
        assert self.js("window.__pwned") == 0
        assert self.errors == [], f"console/page errors: {self.errors}"


@pytest.fixture
def visit(browser):
    v = Visit(browser)
    yield v
    v.page.close()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory):
    return render_html(sample_graph(), tmp_path_factory.mktemp("viz") / "sample.html", title="Sample & <test>")


def test_loads_and_draws_every_node_and_edge(visit, sample_page):
    visit.open(sample_page)
    g = sample_graph()
    counts = visit.js("""() => ({nodes: pharmagraph.nodes.length, edges: pharmagraph.edges.length,
        drawnNodes: pharmagraph.network.body.nodeIndices.length,
        drawnEdges: pharmagraph.network.body.edgeIndices.length})""")
    assert counts == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                      "drawnNodes": g.number_of_nodes(), "drawnEdges": g.number_of_edges()}
    assert visit.page.title() == "Sample & <test>"
    assert visit.page.text_content("#pg-title") == "Sample & <test>"
    assert visit.page.is_hidden("#pg-notice")
    legend = visit.page.text_content("#pg-controls")
    for word in ("Company", "Regulator", "Product", "Person", "certified by", "licenses to", "holds role at"):
        assert word in legend
    visit.check_clean()


def test_search_by_alias(visit, sample_page):
    visit.open(sample_page)
    assert visit.js("() => pharmagraph.search('shandong KEXING')") == KEXING
    assert visit.js("() => pharmagraph.network.getSelectedNodes()") == [KEXING]
    assert visit.page.is_visible("#pg-panel")
    assert visit.page.text_content("#pg-panel h2") == "Kexing Biopharm"
    assert visit.js("() => pharmagraph.search('no such company')") is None
    assert "No entity matches" in visit.page.text_content("#pg-search-status")
    # the way a person does it: type in the box and press Enter
    visit.page.fill("#pg-search", "biodlink international")
    visit.page.press("#pg-search", "Enter")
    assert visit.page.text_content("#pg-panel h2") == "BioDlink"
    visit.check_clean()


def test_select_shows_facts_with_evidence_and_source(visit, sample_page):
    visit.open(sample_page)
    assert visit.js(f"() => pharmagraph.select({KEXING!r})") is True
    panel = visit.page.text_content("#pg-panel")
    assert "licenses to" in panel and "Bio-Thera" in panel
    assert "USD 5 million" in panel and "Argentina" in panel and "2023-11-14" in panel
    assert "upfront payment of USD 5 million" in panel  # evidence sentence
    assert "kexing-2023-11-license" in panel  # source document
    assert "holds role at" in panel and "CEO" in panel and "Jun Liu" in panel
    # a counterparty in the panel is a button that moves the selection
    visit.page.get_by_role("button", name="Jun Liu").first.click()
    assert visit.page.text_content("#pg-panel h2") == "Jun Liu"
    visit.check_clean()


def test_real_click_on_a_node(visit, sample_page):
    visit.open(sample_page)
    x, y = visit.js(f"""() => {{ const net = pharmagraph.network;
        const p = net.canvasToDOM(net.getPositions([{BIODLINK!r}])[{BIODLINK!r}]);
        const r = document.querySelector('#pg-network canvas').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }}""")
    visit.page.mouse.move(x, y)
    visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert "BioDlink" in visit.page.text_content("div.vis-tooltip")
    visit.page.mouse.click(x, y)
    visit.page.wait_for_selector("#pg-panel:not([hidden])")
    panel = visit.page.text_content("#pg-panel")
    assert visit.page.text_content("#pg-panel h2") == "BioDlink"
    assert "certified by" in panel and "ANMAT" in panel and "biodlink-2024-03-gmp" in panel
    assert "certified by ANMAT, ANVISA and the EMA" in panel
    visit.check_clean()


def test_filters_by_kind_relation_and_date(visit, sample_page):
    visit.open(sample_page)
    shown = "() => [pharmagraph.nodesView.length, pharmagraph.edgesView.length]"
    assert visit.js(shown) == [12, 15]
    visit.page.locator("#pg-kinds input[value=regulator]").uncheck()
    assert visit.js(shown) == [8, 10]  # 4 regulators, their 4 certifications and 1 decision gone
    visit.page.click("#pg-reset")
    visit.page.locator("#pg-relations input[value='certified by']").uncheck()
    assert visit.js(shown) == [9, 11]  # NMPA, EMA and ANVISA had only certifications; ANMAT keeps a decision
    visit.page.click("#pg-reset")
    visit.page.fill("#pg-date-from", "2024-01-01")
    assert visit.js(shown) == [11, 8]  # 4 certifications + 4 undated facts (Pusintin is left alone)
    visit.page.locator("#pg-undated").uncheck()
    assert visit.js(shown) == [5, 4]
    assert visit.js("() => pharmagraph.network.body.nodeIndices.length") == 5
    visit.page.fill("#pg-date-from", "2023-01-01")
    visit.page.fill("#pg-date-to", "2023-12-31")
    assert visit.js(shown) == [5, 5]  # the 2023 licensing deal (3 edges) and approval (2 edges)
    visit.page.click("#pg-reset")
    assert visit.js(shown) == [12, 15]
    visit.check_clean()


def test_no_network_request_at_all(visit, sample_page):
    visit.open(sample_page)
    visit.js(f"() => pharmagraph.select({KEXING!r})")
    visit.page.mouse.wheel(0, 200)
    visit.page.wait_for_timeout(200)
    assert visit.requests and all(u.startswith(("file:", "data:")) for u in visit.requests), visit.requests
    visit.check_clean()


def test_hostile_text_never_runs(visit, tmp_path):
    path = render_html(hostile_graph(), tmp_path / "hostile.html", title=PAYLOADS[0] + PAYLOADS[1])
    visit.open(path)
    ids = visit.js("() => pharmagraph.nodes.getIds()")
    assert len(ids) == len(PAYLOADS) + 2
    panels = []
    for node in ids:  # every panel, with every hostile name, relation, detail, source and evidence
        assert visit.js("id => pharmagraph.select(id)", node) is True
        panels.append(visit.page.text_content("#pg-panel"))
    for edge in visit.js("() => pharmagraph.edges.getIds()"):
        assert visit.js("id => pharmagraph.selectEdge(id)", edge) is True
        panels.append(visit.page.text_content("#pg-panel"))
    shown = "\n".join(panels)
    for payload in PAYLOADS:  # each appears as literal text
        assert payload in shown
    assert LONG_NAME in shown
    assert visit.js("(q) => pharmagraph.search(q)", PAYLOADS[0]) is not None
    assert visit.page.text_content("#pg-panel h2") == PAYLOADS[0]  # shown as text, verbatim
    assert visit.js("(q) => pharmagraph.search(q)", PAYLOADS[1]) is not None
    assert visit.page.text_content("#pg-panel h2") == PAYLOADS[1]
    assert visit.js("(q) => pharmagraph.search(q)", LONG_NAME[:60]) is not None
    # hover every drawn node so vis builds each tooltip
    for node in ids:
        x, y = visit.js("""id => { const net = pharmagraph.network; const p = net.canvasToDOM(net.getPositions([id])[id]);
            const r = document.querySelector('#pg-network canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }""", node)
        visit.page.mouse.move(x, y)
        visit.page.wait_for_timeout(250)
    visit.page.wait_for_timeout(300)
    injected = visit.js("() => document.querySelectorAll('img, iframe, object, embed, b, i, svg[onload]').length")
    assert injected == 0
    assert visit.js("() => document.querySelectorAll('script').length") == 3
    assert visit.js("""() => [...document.querySelectorAll('*')].filter(
        e => [...e.attributes].some(a => a.name.startsWith('on'))).length""") == 0
    assert visit.js("() => document.querySelectorAll('a[href]').length") == 0
    assert visit.page.title() == PAYLOADS[0] + PAYLOADS[1]
    visit.check_clean()


def test_cut_notice_is_visible(visit, tmp_path):
    path = render_html(random_graph(300, seed=2), tmp_path / "cut.html", max_nodes=40)
    visit.open(path)
    assert visit.page.is_visible("#pg-notice")
    notice = visit.page.text_content("#pg-notice")
    assert "40 most connected of 300" in notice and "pharmagraph viz --focus NAME --hops N" in notice
    assert visit.js("() => pharmagraph.network.body.nodeIndices.length") == 40
    visit.check_clean()


def test_2000_nodes_ready_quickly(visit, tmp_path):
    g = random_graph(2000, seed=11)
    started = time.perf_counter()
    path = render_html(g, tmp_path / "big.html")
    python_seconds = time.perf_counter() - started
    seconds = visit.open(path, timeout=60_000)
    print(f"\n2,000 nodes / {g.number_of_edges():,} edges: Python render {python_seconds:.2f} s, "
          f"browser load to data-ready {seconds:.2f} s")
    assert visit.js("() => pharmagraph.network.body.nodeIndices.length") == 2000
    assert visit.js("() => pharmagraph.edges.length") == g.number_of_edges()
    started = time.perf_counter()
    assert visit.js("() => pharmagraph.search('alias-1234')") == "https://w3id.org/pharmagraph/entity/e1234"
    visit.page.locator("#pg-kinds input[value=person]").uncheck()
    visit.js("() => pharmagraph.network.redraw()")
    print(f"search + filter + redraw on 2,000 nodes: {time.perf_counter() - started:.2f} s")
    assert seconds < 15
    visit.check_clean()
