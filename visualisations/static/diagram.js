/* Partnergraph diagrams: draws every [data-pg-diagram] section on the page with vis-network.
 *
 * Text from plans is untrusted, so it only ever reaches the page as DOM text: tooltips are
 * elements built with textContent (vis-network renders a string title as HTML), labels are
 * drawn on the canvas, and search suggestions are set through the option's value property.
 * Each diagram keeps its own state, so several can share a page.
 */
(function () {
  "use strict";

  var DIM = "rgba(190,190,190,0.35)";
  var registry = (window.partnergraph = window.partnergraph || { diagrams: {} });

  function textElement(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (className) el.className = className;
    return el;
  }

  function tooltip(title, subtitle, details, sources) {
    var box = document.createElement("div");
    box.className = "pg-tip";
    box.appendChild(textElement("strong", title));
    if (subtitle) box.appendChild(textElement("div", subtitle, "pg-tip-kind"));
    details.forEach(function (line) {
      box.appendChild(textElement("div", line));
    });
    if (sources.length) {
      box.appendChild(textElement("div", "Source", "pg-tip-heading"));
      sources.forEach(function (line) {
        box.appendChild(textElement("div", line, "pg-tip-source"));
      });
    }
    return box;
  }

  function safePath(url) {
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/" &&
      url.indexOf("\\") === -1 ? url : null;
  }

  function nodeColour(data, node) {
    var kind = data.kinds[node.kind] || { color: "#777777" };
    var status = node.status ? data.statuses[node.status] : null;
    var fill = status && node.status !== "focus" ? status.color : kind.color;
    var border = status ? status.color : kind.color;
    if (node.status === "focus") border = "#111111";
    return { background: fill, border: border, highlight: { background: fill, border: "#111111" } };
  }

  function fontColour(data, node) {
    var kind = data.kinds[node.kind] || { shape: "dot" };
    var inside = ["box", "ellipse", "database", "circle", "text"].indexOf(kind.shape) >= 0;
    return inside ? "#ffffff" : "#1a1a1a";
  }

  function visNode(data, node) {
    var kind = data.kinds[node.kind] || { label: node.kind, shape: "dot" };
    var status = node.status ? data.statuses[node.status] : null;
    var subtitle = kind.label + (status ? " \u2014 " + status.label : "");
    var name = node.name || node.label;
    return {
      id: node.id,
      label: node.label,
      shape: kind.shape,
      value: node.size || 1,
      title: tooltip(name, subtitle, node.details || [], node.sources || []),
      color: nodeColour(data, node),
      borderWidth: node.status ? 4 : 1,
      shapeProperties: { borderDashes: node.status === "withdrawn" ? [6, 4] : false },
      font: { color: fontColour(data, node), size: 14 },
      pgKind: node.kind,
      pgStatus: node.status || null,
      pgName: name,
      pgLabel: name.toLowerCase(),
      pgUrl: safePath(node.url)
    };
  }

  function visEdge(data, edge, index) {
    var style = data.edgeKinds[edge.kind] || { label: edge.kind, color: "#999999" };
    return {
      id: "e" + index,
      from: edge.source,
      to: edge.target,
      value: edge.weight || 1,
      title: tooltip(style.label, "", edge.details || [], edge.sources || []),
      color: { color: style.color, highlight: "#111111", opacity: 0.8 },
      dashes: !!style.dashes,
      arrows: data.directed ? { to: { enabled: true, scaleFactor: 0.5 } } : undefined,
      pgKind: edge.kind
    };
  }

  /* Fewer layout rounds for bigger graphs, so a page settles in seconds at any size. */
  function iterationsFor(count) {
    if (count <= 150) return 400;
    if (count <= 500) return 200;
    return 80;
  }

  function physicsFor(count) {
    if (count > 1200) {
      return {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -40, springLength: 60, avoidOverlap: 0 },
        stabilization: { enabled: true, iterations: iterationsFor(count), updateInterval: 40,
          fit: true },
        adaptiveTimestep: true,
        minVelocity: 2
      };
    }
    return {
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -12000, centralGravity: 0.25, springLength: 170,
        springConstant: 0.02, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: iterationsFor(count), updateInterval: 40,
        fit: true },
      adaptiveTimestep: true,
      minVelocity: 1
    };
  }

  function init(root) {
    var data = JSON.parse(root.querySelector("script.pg-data").textContent);
    var status = root.querySelector(".pg-status");
    var canvas = root.querySelector(".pg-canvas");
    var say = function (message) { status.textContent = message; };
    if (typeof vis === "undefined") {
      say("The diagram needs JavaScript from this app (vis-network) and it did not load.");
      return;
    }
    var nodes = new vis.DataSet(data.nodes.map(function (n) { return visNode(data, n); }));
    var edges = new vis.DataSet(data.edges.map(function (e, i) { return visEdge(data, e, i); }));
    var hiddenKinds = new Set();
    var hiddenEdges = new Set();
    var nodeView = new vis.DataView(nodes, {
      filter: function (n) { return !hiddenKinds.has(n.pgKind); }
    });
    var edgeView = new vis.DataView(edges, {
      filter: function (e) { return !hiddenEdges.has(e.pgKind); }
    });
    var big = data.nodes.length > 150;
    var network = new vis.Network(canvas, { nodes: nodeView, edges: edgeView }, {
      autoResize: true,
      layout: { improvedLayout: !big, randomSeed: 7 },
      physics: physicsFor(data.nodes.length),
      interaction: {
        hover: !big, tooltipDelay: 150, keyboard: { enabled: true, bindToWindow: false },
        multiselect: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big
      },
      nodes: { scaling: { min: 10, max: 40, label: { enabled: false } } },
      edges: { scaling: { min: 1, max: 8 }, smooth: big ? false : { type: "continuous" },
        selectionWidth: 2 }
    });

    /* vis-network listens for keys on its own frame, so that is what takes focus and the
       description; the container keeps neither, leaving one tab stop. */
    var frame = canvas.querySelector(".vis-network");
    if (frame) {
      frame.setAttribute("role", "application");
      frame.setAttribute("aria-roledescription", "network diagram");
      frame.setAttribute("aria-label", canvas.getAttribute("aria-label") || data.filename);
      canvas.removeAttribute("role");
      canvas.removeAttribute("aria-label");
    }

    var dimmed = false;
    function summary() {
      return nodeView.length + " of " + nodes.length + " nodes and " + edgeView.length +
        " of " + edges.length + " links shown.";
    }
    function restore() {
      if (!dimmed) return;
      nodes.update(data.nodes.map(function (n) {
        return { id: n.id, color: nodeColour(data, n), font: { color: fontColour(data, n) } };
      }));
      dimmed = false;
    }
    function highlight(ids) {
      var keep = new Set(ids);
      ids.forEach(function (id) {
        network.getConnectedNodes(id).forEach(function (other) { keep.add(other); });
      });
      nodes.update(data.nodes.map(function (n) {
        return keep.has(n.id)
          ? { id: n.id, color: nodeColour(data, n), font: { color: fontColour(data, n) } }
          : { id: n.id, color: { background: DIM, border: DIM }, font: { color: "#b0b0b0" } };
      }));
      dimmed = true;
      return keep.size - ids.length;
    }

    network.on("click", function (params) {
      if (params.nodes.length) {
        var label = nodes.get(params.nodes[0]).pgName;
        var around = highlight(params.nodes);
        say(label + ": " + around + (around === 1 ? " neighbour" : " neighbours") +
          " highlighted. " + summary());
      } else {
        restore();
        say(summary());
      }
    });
    network.on("doubleClick", function (params) {
      if (params.nodes.length !== 1) return;
      var url = nodes.get(params.nodes[0]).pgUrl;
      if (url) window.location.assign(url);
    });

    function settled() {
      if (root.dataset.settled === "true") return;
      network.setOptions({ physics: false });
      root.dataset.settled = "true";
      say(summary());
      root.dispatchEvent(new CustomEvent("pg:settled", { bubbles: true }));
    }
    if (data.nodes.length === 0) {
      network.once("afterDrawing", settled);
    } else {
      network.once("stabilizationIterationsDone", settled);
      network.on("stabilizationProgress", function (p) {
        say("Laying out the diagram\u2026 " + Math.round((100 * p.iterations) / p.total) + "%");
      });
    }

    var datalist = root.querySelector("datalist");
    if (datalist) {
      var names = Array.from(new Set(data.nodes.map(function (n) { return n.name || n.label; })))
        .sort();
      names.slice(0, 5000).forEach(function (name) {
        var option = document.createElement("option");
        option.value = name;
        datalist.appendChild(option);
      });
    }
    var search = root.querySelector("form.pg-search");
    if (search) {
      search.addEventListener("submit", function (event) {
        event.preventDefault();
        var query = search.querySelector("input").value.trim().toLowerCase();
        if (!query) { network.unselectAll(); restore(); say(summary()); return; }
        var found = nodeView.getIds({ filter: function (n) { return n.pgLabel.indexOf(query) >= 0; } });
        if (!found.length) { say("No shown node matches \u201c" + query + "\u201d."); return; }
        network.selectNodes(found);
        highlight(found);
        network.focus(found[0], { scale: 1.2, animation: { duration: 300 } });
        say(found.length + " match" + (found.length === 1 ? "" : "es") + " for \u201c" + query +
          "\u201d: " + nodes.get(found[0]).pgName + (found.length > 1 ? " and others" : "") + ".");
      });
    }
    root.querySelectorAll("input[data-pg-kind]").forEach(function (box) {
      box.addEventListener("change", function () {
        if (box.checked) hiddenKinds.delete(box.dataset.pgKind); else hiddenKinds.add(box.dataset.pgKind);
        nodeView.refresh();
        say(summary());
      });
    });
    root.querySelectorAll("input[data-pg-edge]").forEach(function (box) {
      box.addEventListener("change", function () {
        if (box.checked) hiddenEdges.delete(box.dataset.pgEdge); else hiddenEdges.add(box.dataset.pgEdge);
        edgeView.refresh();
        say(summary());
      });
    });

    function exportPng() {
      var source = canvas.querySelector("canvas");
      var copy = document.createElement("canvas");
      copy.width = source.width;
      copy.height = source.height;
      var context = copy.getContext("2d");
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, copy.width, copy.height);
      context.drawImage(source, 0, 0);
      return copy.toDataURL("image/png");
    }
    var exportButton = root.querySelector("button.pg-export");
    if (exportButton) {
      exportButton.addEventListener("click", function () {
        var link = document.createElement("a");
        link.href = exportPng();
        link.download = data.filename + ".png";
        document.body.appendChild(link);
        link.click();
        link.remove();
        say("Exported the current view as " + data.filename + ".png.");
      });
    }
    var fitButton = root.querySelector("button.pg-fit");
    if (fitButton) {
      fitButton.addEventListener("click", function () {
        network.unselectAll();
        restore();
        network.fit({ animation: { duration: 300 } });
        say(summary());
      });
    }

    registry.diagrams[root.id] = {
      network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
      exportPng: exportPng, highlight: highlight
    };
  }

  function start() {
    document.querySelectorAll("[data-pg-diagram]").forEach(init);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
