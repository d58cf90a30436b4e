/* pharmagraph network page. Every string in DATA is untrusted (it comes from press releases):
   it is only ever put in the page with textContent / createElement, never as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("pg-data").textContent);
  var SVG_NS = "http" + "://www.w3.org/2000/svg";  // an XML namespace name, not a URL that is fetched
  var DETAIL_LABELS = {
    date: "Date", dealValue: "Value", territory: "Territory", roleTitle: "Role", standard: "Standard",
    decisionKind: "Decision", serviceType: "Service", status: "Status", subject: "Subject",
    collaborationKind: "Collaboration"
  };
  var KIND_LABELS = {};
  DATA.legend.kinds.forEach(function (k) { KIND_LABELS[k.kind] = k.label; });
  var PANEL_LIMIT = 200;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clip(text, n) {
    text = String(text === undefined || text === null ? "" : text);
    return text.length > n ? text.slice(0, n - 1) + "\u2026" : text;
  }
  function tip(lines) {  // vis-network tooltip as a DOM element holding plain text
    var d = el("div", "pg-tip");
    d.textContent = lines.filter(function (l) { return l; }).join("\n");
    return d;
  }
  function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function plural(n, word, many) { return num(n) + " " + (n === 1 ? word : (many || word + "s")); }
  function humanKey(k) {
    return DETAIL_LABELS[k] || k.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, function (c) { return c.toUpperCase(); });
  }

  // ---- data --------------------------------------------------------------------------------
  var byId = {};
  var incident = {};
  DATA.nodes.forEach(function (n) {
    byId[n.id] = n;
    incident[n.id] = [];
  });
  DATA.edges.forEach(function (e) {
    if (incident[e.from]) { incident[e.from].push(e); }
    if (incident[e.to] && e.to !== e.from) { incident[e.to].push(e); }
  });
  function nameOf(id) { return byId[id] ? byId[id].name : String(id); }

  var nodeItems = DATA.nodes.map(function (n) {
    var item = {};
    Object.keys(n).forEach(function (k) { item[k] = n[k]; });
    item.title = tip([
      clip(n.name, 160),
      (KIND_LABELS[n.kind] || n.kind) + " \u00b7 " + plural(n.degree, "link"),
      n.aliases.length ? "also: " + clip(n.aliases.slice(0, 4).join(", "), 160) : "",
      "click for its facts"
    ]);
    return item;
  });
  var edgeItems = DATA.edges.map(function (e) {
    var item = {};
    Object.keys(e).forEach(function (k) { item[k] = e[k]; });
    var d = e.details || {};
    item.title = tip([
      clip(nameOf(e.from), 80) + " \u2014 " + e.relation + " \u2192 " + clip(nameOf(e.to), 80),
      [d.date, d.dealValue, d.territory, d.roleTitle].filter(function (x) { return x; }).map(function (x) { return clip(x, 60); }).join(" \u00b7 "),
      e.source ? "source: " + clip(e.source, 80) : ""
    ]);
    return item;
  });

  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var nodeVisible = {};
  var edgeVisible = {};
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return nodeVisible[n.id] !== false; } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return edgeVisible[e.id] !== false; } });

  // ---- header ------------------------------------------------------------------------------
  document.getElementById("pg-title").textContent = DATA.title;
  var counts = document.getElementById("pg-counts");
  function showCounts() {
    var t = DATA.totals;
    var shownN = nodesView.length, shownE = edgesView.length;
    var text = plural(shownN, "entity", "entities") + " \u00b7 " + plural(shownE, "link");
    if (shownN !== t.drawnNodes || shownE !== t.drawnEdges) {
      text += " shown (of " + num(t.drawnNodes) + " \u00b7 " + num(t.drawnEdges) + ")";
    }
    counts.textContent = text;
  }
  if (DATA.notice) {
    var notice = document.getElementById("pg-notice");
    notice.textContent = DATA.notice;
    notice.hidden = false;
  }

  // ---- legend + filters --------------------------------------------------------------------
  function swatchShape(shape, color) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var s;
    if (shape === "diamond") {
      s = document.createElementNS(SVG_NS, "polygon");
      s.setAttribute("points", "8,1 15,8 8,15 1,8");
    } else if (shape === "triangle") {
      s = document.createElementNS(SVG_NS, "polygon");
      s.setAttribute("points", "8,1.5 15,14 1,14");
    } else if (shape === "square") {
      s = document.createElementNS(SVG_NS, "rect");
      s.setAttribute("x", "2"); s.setAttribute("y", "2"); s.setAttribute("width", "12"); s.setAttribute("height", "12");
    } else if (shape === "star") {
      s = document.createElementNS(SVG_NS, "polygon");
      s.setAttribute("points", "8,0.8 10.1,5.6 15.2,5.9 11.3,9.2 12.6,14.3 8,11.5 3.4,14.3 4.7,9.2 0.8,5.9 5.9,5.6");
    } else if (shape === "hexagon") {
      s = document.createElementNS(SVG_NS, "polygon");
      s.setAttribute("points", "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8");
    } else {
      s = document.createElementNS(SVG_NS, "circle");
      s.setAttribute("cx", "8"); s.setAttribute("cy", "8"); s.setAttribute("r", "6.5");
    }
    s.setAttribute("fill", color);
    s.setAttribute("stroke", "rgba(0,0,0,.45)");
    s.setAttribute("stroke-width", "1");
    svg.appendChild(s);
    return svg;
  }
  function swatchLine(color) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("width", "22");
    svg.setAttribute("height", "10");
    svg.setAttribute("viewBox", "0 0 22 10");
    var line = document.createElementNS(SVG_NS, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "16"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", color); line.setAttribute("stroke-width", "2.5");
    var head = document.createElementNS(SVG_NS, "polygon");
    head.setAttribute("points", "15,1.5 21,5 15,8.5");
    head.setAttribute("fill", color);
    svg.appendChild(line);
    svg.appendChild(head);
    return svg;
  }
  function legendRow(list, value, swatch, name, count) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = value;
    box.addEventListener("change", applyFilters);
    label.appendChild(box);
    label.appendChild(swatch);
    var span = el("span", "pg-name", clip(name, 60));
    span.title = name;
    label.appendChild(span);
    label.appendChild(el("span", "pg-count", count));
    li.appendChild(label);
    list.appendChild(li);
    return box;
  }
  var kindBoxes = DATA.legend.kinds.map(function (k) {
    return legendRow(document.getElementById("pg-kinds"), k.kind, swatchShape(k.shape, k.color), k.label, k.count);
  });
  var relationBoxes = DATA.legend.relations.map(function (r) {
    return legendRow(document.getElementById("pg-relations"), r.relation, swatchLine(r.color), r.relation, r.count);
  });
  var dateFrom = document.getElementById("pg-date-from");
  var dateTo = document.getElementById("pg-date-to");
  var keepUndated = document.getElementById("pg-undated");
  if (DATA.dates) {
    [dateFrom, dateTo].forEach(function (input) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(DATA.dates[0])) { input.min = DATA.dates[0]; }
      if (/^\d{4}-\d{2}-\d{2}$/.test(DATA.dates[1])) { input.max = DATA.dates[1]; }
    });
    var range = el("div", "pg-hint", "dated " + DATA.dates[0] + " \u2013 " + DATA.dates[1]);
    document.getElementById("pg-dates").insertBefore(range, dateFrom.parentNode);
  } else {
    document.getElementById("pg-dates").hidden = true;
  }
  [dateFrom, dateTo].forEach(function (input) {
    input.addEventListener("change", applyFilters);
    input.addEventListener("input", applyFilters);
  });
  keepUndated.addEventListener("change", applyFilters);

  function dateBounds(raw) {  // "2024", "2024-03" or "2024-03-05..." -> [first day, last day]
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(raw || ""));
    if (!m) { return null; }
    if (m[3]) { return [m[0], m[0]]; }
    if (m[2]) { return [m[1] + "-" + m[2] + "-01", m[1] + "-" + m[2] + "-31"]; }
    return [m[1] + "-01-01", m[1] + "-12-31"];
  }
  function checkedSet(boxes) {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    return on;
  }
  function applyFilters() {
    var kindOn = checkedSet(kindBoxes);
    var relOn = checkedSet(relationBoxes);
    var from = dateFrom.value, to = dateTo.value, undated = keepUndated.checked;
    var edgeFilter = Boolean(from || to) || relationBoxes.some(function (b) { return !b.checked; });
    var linked = {};
    DATA.edges.forEach(function (e) {
      var ok = relOn[e.relation] !== false && byId[e.from] && byId[e.to] &&
        kindOn[byId[e.from].kind] !== false && kindOn[byId[e.to].kind] !== false;
      if (ok && (from || to)) {
        var b = dateBounds(e.details && e.details.date);
        ok = b ? !((from && b[1] < from) || (to && b[0] > to)) : undated;
      }
      edgeVisible[e.id] = Boolean(ok);
      if (ok) { linked[e.from] = true; linked[e.to] = true; }
    });
    DATA.nodes.forEach(function (n) {
      nodeVisible[n.id] = kindOn[n.kind] !== false && (!edgeFilter || linked[n.id] === true);
    });
    nodesView.refresh();
    edgesView.refresh();
    showCounts();
  }
  document.getElementById("pg-reset").addEventListener("click", function () {
    kindBoxes.concat(relationBoxes).forEach(function (b) { b.checked = true; });
    dateFrom.value = "";
    dateTo.value = "";
    keepUndated.checked = true;
    applyFilters();
  });

  // ---- network -----------------------------------------------------------------------------
  var container = document.getElementById("pg-network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, DATA.options);
  network.once("afterDrawing", function () {
    document.body.setAttribute("data-ready", "true");
  });
  network.fit({ animation: false });
  document.getElementById("pg-fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });

  // ---- details panel -----------------------------------------------------------------------
  var panel = document.getElementById("pg-panel");
  var panelBody = document.getElementById("pg-panel-body");
  document.getElementById("pg-panel-close").addEventListener("click", function () {
    panel.hidden = true;
    network.unselectAll();
  });

  function nodeLink(id, current) {
    if (id === current) { return el("span", "pg-self", nameOf(id)); }
    var b = el("button", "pg-link", nameOf(id));
    b.type = "button";
    b.addEventListener("click", function () { select(id); });
    return b;
  }
  function factCard(e, current) {
    var card = el("div", "pg-fact");
    card.style.borderLeftColor = e.color;
    var head = el("div", "pg-fact-head");
    head.appendChild(nodeLink(e.from, current));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "pg-rel", e.relation));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(nodeLink(e.to, current));
    card.appendChild(head);
    var details = e.details || {};
    var keys = Object.keys(details);
    if (keys.length) {
      var dl = el("dl");
      keys.forEach(function (k) {
        dl.appendChild(el("dt", null, humanKey(k)));
        dl.appendChild(el("dd", null, details[k]));
      });
      card.appendChild(dl);
    }
    if (e.evidence) { card.appendChild(el("blockquote", "pg-evidence", e.evidence)); }
    var src = el("div", "pg-source", "Source: " + (e.source || "unknown") + (e.factKind ? " \u00b7 " + e.factKind : ""));
    card.appendChild(src);
    if (edgeVisible[e.id] === false) { card.appendChild(el("div", "pg-hidden-note", "hidden by the current filters")); }
    return card;
  }
  function byDateDesc(a, b) {
    var da = (a.details && a.details.date) || "", db = (b.details && b.details.date) || "";
    if (da !== db) { return da < db ? 1 : -1; }
    return a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0;
  }
  function openPanel() {
    while (panelBody.firstChild) { panelBody.removeChild(panelBody.firstChild); }
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function heading(text) {
    var h = el("h2", null, clip(text, 200));
    panelBody.appendChild(h);
    if (String(text).length > 200) {
      var more = el("details", "pg-full");
      more.appendChild(el("summary", null, "full name"));
      more.appendChild(el("div", null, text));
      panelBody.appendChild(more);
    }
  }
  function showNode(id) {
    var n = byId[id];
    if (!n) { return; }
    openPanel();
    heading(n.name);
    panelBody.appendChild(el("div", "pg-kind", (KIND_LABELS[n.kind] || n.kind) + " \u00b7 " + plural(n.degree, "link")));
    if (n.aliases.length) { panelBody.appendChild(el("div", "pg-aliases", "Also known as: " + n.aliases.join(", "))); }
    if (nodeVisible[id] === false) { panelBody.appendChild(el("div", "pg-hidden-note", "This entity is hidden by the current filters.")); }
    var facts = incident[id].slice().sort(byDateDesc);
    panelBody.appendChild(el("h3", null, plural(facts.length, "fact")));
    var list = el("div", "pg-facts");
    panelBody.appendChild(list);
    function renderFrom(start) {
      facts.slice(start, start + PANEL_LIMIT).forEach(function (e) { list.appendChild(factCard(e, id)); });
      if (facts.length > start + PANEL_LIMIT) {
        var more = el("button", null, "Show " + Math.min(PANEL_LIMIT, facts.length - start - PANEL_LIMIT) + " more");
        more.type = "button";
        more.addEventListener("click", function () { list.removeChild(more); renderFrom(start + PANEL_LIMIT); });
        list.appendChild(more);
      }
    }
    renderFrom(0);
  }
  function showEdge(eid) {
    var e = edges.get(eid);
    if (!e) { return; }
    openPanel();
    heading(e.relation);
    panelBody.appendChild(el("div", "pg-kind", e.factKind || "fact"));
    panelBody.appendChild(factCard(e, null));
  }

  function select(id) {
    id = String(id);
    if (!byId[id]) { return false; }
    showNode(id);
    if (nodeVisible[id] !== false) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), offset: { x: -150, y: 0 }, animation: false });
    } else {
      network.unselectAll();
    }
    return true;
  }
  function selectEdge(eid) {
    eid = String(eid);
    if (!edges.get(eid)) { return false; }
    showEdge(eid);
    if (edgeVisible[eid] !== false) { network.selectEdges([eid]); }
    return true;
  }
  function keepClearOfPanel(id) {  // the panel overlays the canvas: pan a clicked node out from under it
    var p = network.canvasToDOM(network.getPositions([id])[id]);
    var free = container.clientWidth - panel.offsetWidth;
    if (p.x > free - 40) {
      network.moveTo({ position: network.getViewPosition(), animation: { duration: 250 },
        offset: { x: Math.round(free * 0.65) - p.x, y: 0 } });
    }
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); keepClearOfPanel(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
    else { panel.hidden = true; }
  });

  // ---- search ------------------------------------------------------------------------------
  var names = [];  // [lower-case name, node id, is the preferred name]
  var datalist = document.getElementById("pg-names");
  var options = 0;
  DATA.nodes.slice().sort(function (a, b) { return b.degree - a.degree; }).forEach(function (n) {
    [n.name].concat(n.aliases).forEach(function (name, i) {
      names.push([String(name).toLowerCase(), n.id, i === 0]);
      if (options < 5000) {
        var o = el("option");
        o.value = name;
        if (i > 0) { o.label = n.name; }
        datalist.appendChild(o);
        options += 1;
      }
    });
  });
  var searchStatus = document.getElementById("pg-search-status");
  function search(name) {
    var q = String(name === undefined || name === null ? "" : name).trim().toLowerCase();
    searchStatus.textContent = "";
    if (!q) { return null; }
    var hit = null;
    [function (s) { return s === q; }, function (s) { return s.indexOf(q) === 0; }, function (s) { return s.indexOf(q) >= 0; }]
      .some(function (test) {
        // a preferred name beats an alias; then the best-connected entity (names are sorted by degree)
        return [true, false].some(function (preferred) {
          for (var i = 0; i < names.length; i += 1) {
            if (names[i][2] === preferred && test(names[i][0])) { hit = names[i][1]; return true; }
          }
          return false;
        });
      });
    if (hit === null) {
      searchStatus.textContent = "No entity matches \u201c" + clip(name, 60) + "\u201d.";
      return null;
    }
    select(hit);
    return hit;
  }
  document.getElementById("pg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("pg-search").value);
  });

  showCounts();
  window.pharmagraph = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    search: search, select: select, selectEdge: selectEdge, applyFilters: applyFilters, data: DATA
  };
}());
