// The lược đồ: one document in the middle, what it rests on to the left, what rests on it to the right, each
// neighbour in a box of its relation (grouped as vbpl.vn groups them: căn cứ, hướng dẫn, sửa đổi, thay thế, bãi bỏ,
// thực hiện, ..., dẫn chiếu), drawn with Cytoscape.js served from the jar. The positions are computed here as a
// tidy two-sided tree (every relation box in the column next to the document it belongs to, every subtree in its
// own horizontal band), so lines run only through the gutters between columns and never across a box.
// Click a document to bring in its own relations, a box's title to fold it, "… và N văn bản khác" to show all.
'use strict';

const DIAGRAM = {
  NODE_W: 264, NODE_H: 64, ROOT_W: 340, ROOT_H: 78, MORE_H: 32, FOLDED_H: 38,
  PAD: 10, LABEL_H: 22, ROW_GAP: 10, GROUP_GAP: 18, GUTTER: 74,
  FONT: 14, MIN_ZOOM_READABLE: 0.85, MAX_ZOOM: 1.25,
  // Boxes shown per relation before "… và N văn bản khác"; more than this many documents folds the outer boxes.
  SHOWN_PER_GROUP: 8, UNFOLDED_BUDGET: 40,
  PALETTE: ['#1f5fa8', '#2a7a2a', '#b26b00', '#7b1fa2', '#c62828', '#00838f', '#6d4c41', '#ad1457', '#546e7a', '#6b7280'],
};

class Diagram {
  /**
   * container: the element to draw in; relations: the list of GET /api/relations, in order;
   * fetchNeighbours(node): a promise of the chain answer (depth 1) around that node, to expand it;
   * onSelect(node): shows what the page knows of the node chosen.
   */
  constructor(container, relations, {fetchNeighbours, onSelect} = {}) {
    this.container = container;
    this.relations = relations;
    this.relationIndex = Object.fromEntries(relations.map((r, i) => [r.code, i]));
    this.fetchNeighbours = fetchNeighbours;
    this.onSelect = onSelect || (() => {});
    this.nodes = new Map();
    this.edges = new Map();
    this.expanded = new Set();
    this.folded = new Set();
    this.showAll = new Set();
    this.rootId = null;
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'diagram-tooltip';
    this.tooltip.hidden = true;
    container.appendChild(this.tooltip);
    this.cy = cytoscape({container, style: this.style(), wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3,
      boxSelectionEnabled: false, autoungrabify: true});
    this.cy.on('tap', 'node', e => this.tapped(e.target));
    this.cy.on('mouseover', 'node.doc', e => this.hover(e.target, e.renderedPosition));
    this.cy.on('mouseout', 'node', () => { this.tooltip.hidden = true; });
    this.cy.on('pan zoom', () => { this.tooltip.hidden = true; });
  }

  color(code) {
    const i = this.relationIndex[code];
    return DIAGRAM.PALETTE[(i ?? DIAGRAM.PALETTE.length - 1) % DIAGRAM.PALETTE.length];
  }

  relation(code) {
    return this.relations[this.relationIndex[code]] || {code, label: code, inverseLabel: code};
  }

  /** A chain answer (root, nodes, edges) becomes the diagram; the outer boxes start folded when there are many documents. */
  load(chain) {
    this.nodes.clear(); this.edges.clear(); this.expanded.clear(); this.folded.clear(); this.showAll.clear();
    this.rootId = chain.root.id;
    this.merge(chain);
    this.expanded.add(this.rootId);
    const tree = this.tree();
    if (this.nodes.size > DIAGRAM.UNFOLDED_BUDGET) {
      for (const g of tree.groups.values()) if (g.level > 1) this.folded.add(g.id);
    }
    this.render(true);
  }

  merge(chain) {
    for (const n of chain.nodes) this.nodes.set(n.id, {...(this.nodes.get(n.id) || {}), ...n});
    for (const e of chain.edges) this.edges.set(e.from + '>' + e.to + '>' + e.relation, e);
    // Every node of a chain of depth d is expanded up to the last hop; its own nodes are at least the ones it came with.
  }

  /**
   * The two-sided tree: breadth first from the root, each document placed once, under the document it was first
   * reached from, in the box of the first relation (in vbpl order) between them; what the root cites goes left,
   * what cites the root goes right, and each side grows outwards.
   */
  tree() {
    const links = new Map();
    const link = (a, b, e, dir) => {
      if (!links.has(a)) links.set(a, new Map());
      const m = links.get(a);
      if (!m.has(b)) m.set(b, []);
      m.get(b).push({relation: e.relation, dir});
    };
    for (const e of this.edges.values()) {
      if (!this.nodes.has(e.from) || !this.nodes.has(e.to) || e.from === e.to) continue;
      link(e.from, e.to, e, 'out');
      link(e.to, e.from, e, 'in');
    }
    const placed = new Map([[this.rootId, {level: 0, side: 0}]]);
    const groups = new Map();
    const queue = [this.rootId];
    while (queue.length) {
      const u = queue.shift();
      const here = placed.get(u);
      const next = [];
      for (const [v, between] of (links.get(u) || new Map())) {
        if (placed.has(v)) continue;
        between.sort((a, b) => this.order(a) - this.order(b) || (a.dir === 'out' ? -1 : 1));
        next.push({v, primary: between[0], extra: between.slice(1)});
      }
      next.sort((a, b) => this.order(a.primary) - this.order(b.primary) || (a.primary.dir === b.primary.dir ? 0 : a.primary.dir === 'out' ? -1 : 1)
        || String(this.nodes.get(b.v).issuedDate || '').localeCompare(String(this.nodes.get(a.v).issuedDate || ''))
        || docLabel(this.nodes.get(a.v)).localeCompare(docLabel(this.nodes.get(b.v)), 'vi'));
      for (const {v, primary, extra} of next) {
        const side = here.side === 0 ? (primary.dir === 'out' ? -1 : 1) : here.side;
        const id = 'g:' + u + '|' + primary.dir + '|' + primary.relation;
        if (!groups.has(id)) groups.set(id, {id, parent: u, dir: primary.dir, relation: primary.relation, side,
          level: here.level + side, children: []});
        groups.get(id).children.push(v);
        placed.set(v, {level: here.level + side, side, parent: u, group: id, primary, extra});
        queue.push(v);
      }
    }
    return {placed, groups};
  }

  order(link) {
    return this.relationIndex[link.relation] ?? this.relations.length;
  }

  groupTitle(g) {
    const r = this.relation(g.relation);
    return g.dir === 'out' ? r.label : r.inverseLabel;
  }

  /** The elements to draw, with their positions: a tidy tree per side, each subtree in a band of its own height. */
  layout() {
    const {placed, groups} = this.tree();
    const D = DIAGRAM;
    const groupsOf = new Map();
    for (const g of groups.values()) {
      if (!groupsOf.has(g.parent)) groupsOf.set(g.parent, []);
      groupsOf.get(g.parent).push(g);
    }
    const visibleChildren = g => {
      if (this.showAll.has(g.id) || g.children.length <= D.SHOWN_PER_GROUP) return {shown: g.children, more: 0};
      return {shown: g.children.slice(0, D.SHOWN_PER_GROUP - 1), more: g.children.length - (D.SHOWN_PER_GROUP - 1)};
    };
    const memo = new Map();
    const bandOfNode = id => {
      if (memo.has(id)) return memo.get(id);
      const own = id === this.rootId ? D.ROOT_H : D.NODE_H;
      const mine = (groupsOf.get(id) || []).filter(g => id !== this.rootId);
      const h = Math.max(own, stackHeight(mine));
      memo.set(id, h);
      return h;
    };
    const groupHeight = g => {
      if (this.folded.has(g.id)) return D.FOLDED_H;
      const {shown, more} = visibleChildren(g);
      const rows = shown.map(bandOfNode);
      if (more) rows.push(D.MORE_H);
      return D.LABEL_H + 2 * D.PAD + rows.reduce((a, b) => a + b, 0) + D.ROW_GAP * (rows.length - 1);
    };
    const stackHeight = list => list.length === 0 ? 0
      : list.map(groupHeight).reduce((a, b) => a + b, 0) + D.GROUP_GAP * (list.length - 1);
    const colX = level => level === 0 ? 0
      : Math.sign(level) * (D.ROOT_W / 2 + D.GUTTER + D.NODE_W / 2 + D.PAD + (Math.abs(level) - 1) * (D.NODE_W + 2 * D.PAD + D.GUTTER));

    const elements = [];
    const root = this.nodes.get(this.rootId);
    elements.push(this.docElement(root, 0, 0, null, {root: true}));
    const placeGroups = (parentId, list, centreY) => {
      let y = centreY - stackHeight(list) / 2;
      for (const g of list) {
        const h = groupHeight(g);
        const x = colX(g.level);
        const color = this.color(g.relation);
        const title = this.groupTitle(g);
        const arrow = g.dir === 'out' ? {source: parentId, target: g.id} : {source: g.id, target: parentId};
        elements.push({group: 'edges', data: {id: 'e:' + g.id, ...arrow, color, relation: g.relation},
          classes: g.side < 0 ? 'leftward' : 'rightward'});
        if (this.folded.has(g.id)) {
          elements.push({group: 'nodes', data: {id: g.id, label: '▸ ' + title + ' · ' + count(g.children.length) + ' văn bản',
            color, kind: 'group'}, position: {x, y: y + h / 2}, classes: 'group folded'});
        } else {
          elements.push({group: 'nodes', data: {id: g.id, label: '▾ ' + title + ' · ' + count(g.children.length) + ' văn bản',
            color, kind: 'group'}, classes: 'group'});
          const {shown, more} = visibleChildren(g);
          let rowY = y + D.LABEL_H + D.PAD;
          for (const c of shown) {
            const band = bandOfNode(c);
            const info = placed.get(c);
            elements.push(this.docElement(this.nodes.get(c), x, rowY + band / 2, g.id, {extra: info.extra}));
            placeGroups(c, groupsOf.get(c) || [], rowY + band / 2);
            rowY += band + D.ROW_GAP;
          }
          if (more) {
            elements.push({group: 'nodes', data: {id: 'more:' + g.id, parent: g.id, group: g.id,
              label: '… và ' + count(more) + ' văn bản khác (bấm để xem)', kind: 'more'},
              position: {x, y: rowY + D.MORE_H / 2}, classes: 'more'});
          }
        }
        y += h + D.GROUP_GAP;
      }
    };
    const rootGroups = groupsOf.get(this.rootId) || [];
    placeGroups(this.rootId, rootGroups.filter(g => g.side < 0), 0);
    placeGroups(this.rootId, rootGroups.filter(g => g.side > 0), 0);
    return elements;
  }

  docElement(n, x, y, parent, {root = false, extra = []} = {}) {
    const classes = ['doc'];
    if (root) classes.push('root');
    if (n.stub) classes.push('stub');
    if (n.catalog) classes.push('catalog');
    if (this.expanded.has(n.id) && !root) classes.push('expanded');
    const also = extra.length ? '+ ' + extra.map(l => this.linkLabel(l).toLowerCase()).join(', ') : '';
    return {group: 'nodes', data: {id: n.id, parent: parent || undefined, label: nodeText(n, also, root), kind: 'doc'},
      position: {x, y}, classes: classes.join(' ')};
  }

  linkLabel(l) {
    const r = this.relation(l.relation);
    return l.dir === 'out' ? r.label : r.inverseLabel;
  }

  /** Draws the model; {@code first}: a new diagram, shown around its root at a readable zoom. */
  render(first = false) {
    const keep = first ? null : {zoom: this.cy.zoom(), pan: this.cy.pan()};
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(this.layout());
    });
    if (keep) { this.cy.viewport(keep); } else { this.home(); }
    this.container.dataset.nodes = String(this.cy.nodes('.doc').length);
  }

  /**
   * The root in the middle of the view, at the largest zoom (up to MAX_ZOOM) that shows the whole diagram around it,
   * but never below MIN_ZOOM_READABLE: a large diagram is then shown readable around its root, the rest a pan away.
   */
  home() {
    this.cy.resize();
    const w = this.cy.width(), h = this.cy.height();
    const box = this.cy.elements().boundingBox();
    const c = this.cy.getElementById(this.rootId).position();
    const halfW = Math.max(c.x - box.x1, box.x2 - c.x) + 20, halfH = Math.max(c.y - box.y1, box.y2 - c.y) + 20;
    const fit = Math.min(w / 2 / halfW, h / 2 / halfH);
    this.cy.zoom(Math.max(DIAGRAM.MIN_ZOOM_READABLE, Math.min(DIAGRAM.MAX_ZOOM, fit)));
    this.cy.center(this.cy.getElementById(this.rootId));
  }

  fitAll() {
    this.cy.resize();
    this.cy.fit(undefined, 20);
  }

  async tapped(node) {
    const kind = node.data('kind');
    if (kind === 'group') {
      if (this.folded.has(node.id())) this.folded.delete(node.id()); else this.folded.add(node.id());
      this.render();
      return;
    }
    if (kind === 'more') {
      this.showAll.add(node.data('group'));
      this.render();
      return;
    }
    const doc = this.nodes.get(node.id());
    this.onSelect(doc, node.id() === this.rootId);
    if (node.id() === this.rootId || !this.fetchNeighbours) return;
    if (this.expanded.has(node.id())) {
      // A second click folds (or unfolds) the boxes this document opened.
      const {groups} = this.tree();
      const own = [...groups.values()].filter(g => g.parent === node.id());
      const anyOpen = own.some(g => !this.folded.has(g.id));
      own.forEach(g => anyOpen ? this.folded.add(g.id) : this.folded.delete(g.id));
      this.render();
      return;
    }
    this.container.classList.add('busy');
    try {
      const chain = await this.fetchNeighbours(doc);
      this.merge(chain);
      this.expanded.add(node.id());
      this.render();
      this.reveal(node.id());
    } finally {
      this.container.classList.remove('busy');
    }
  }

  /** Brings a document and the boxes it just opened into view, zooming out only as far as text stays readable. */
  reveal(id) {
    const own = this.cy.getElementById(id).union(this.cy.nodes('.group').filter(g => g.incomers('node').contains(this.cy.getElementById(id))
      || g.outgoers('node').contains(this.cy.getElementById(id))));
    const box = own.boundingBox();
    const fit = Math.min(this.cy.width() / (box.w + 60), this.cy.height() / (box.h + 60));
    this.cy.zoom(Math.max(DIAGRAM.MIN_ZOOM_READABLE, Math.min(this.cy.zoom(), fit)));
    this.cy.center(own);
  }

  hover(node, at) {
    const n = this.nodes.get(node.id());
    if (!n) return;
    const state = n.catalog ? 'Bản ghi danh mục quốc gia (chưa có toàn văn trong kho)'
      : n.stub ? 'Chưa có trong kho' + (n.citedByCount ? '; ' + count(n.citedByCount) + ' văn bản trong kho dẫn chiếu' : '')
      : 'Có trong kho';
    this.tooltip.innerHTML = '<strong>' + esc(docLabel(n)) + '</strong>'
      + (n.number && n.title ? '<div>' + esc(n.title) + '</div>' : '')
      + '<div class="meta">' + esc([n.type, n.issuedDate ? 'ngày ' + date(n.issuedDate) : ''].filter(Boolean).join(' · ')) + '</div>'
      + '<div class="meta">' + esc(state) + '</div>'
      + (node.id() !== this.rootId ? '<div class="meta">' + (this.expanded.has(n.id) ? 'Bấm để thu gọn các quan hệ của văn bản này'
        : 'Bấm để mở các quan hệ của văn bản này') + '</div>' : '');
    const box = this.container.getBoundingClientRect();
    this.tooltip.style.left = Math.min(at.x + 14, box.width - 340) + 'px';
    this.tooltip.style.top = (at.y + 14) + 'px';
    this.tooltip.hidden = false;
  }

  style() {
    const D = DIAGRAM;
    return [
      {selector: 'node.doc', style: {'shape': 'round-rectangle', 'width': D.NODE_W, 'height': D.NODE_H,
        'background-color': '#ffffff', 'border-width': 1.5, 'border-color': '#0b4f9c', 'label': 'data(label)',
        'text-wrap': 'wrap', 'text-max-width': D.NODE_W - 14, 'text-valign': 'center', 'text-halign': 'center',
        'font-size': D.FONT - 1, 'font-family': 'Segoe UI, Roboto, Noto Sans, Arial, sans-serif', 'color': '#1d2430',
        'line-height': 1.25}},
      {selector: 'node.doc.expanded', style: {'border-width': 2.5}},
      {selector: 'node.doc.stub', style: {'border-style': 'dashed', 'border-color': '#c06000', 'background-color': '#fffaf3'}},
      {selector: 'node.doc.catalog', style: {'border-style': 'double', 'border-width': 4, 'border-color': '#6a4fb3',
        'background-color': '#f6f3ff'}},
      {selector: 'node.doc.root', style: {'width': D.ROOT_W, 'height': D.ROOT_H, 'background-color': '#ffe9d6',
        'border-color': '#8b1c1c', 'border-width': 3, 'font-size': D.FONT, 'text-max-width': D.ROOT_W - 16}},
      {selector: 'node.group', style: {'shape': 'round-rectangle', 'background-color': 'data(color)', 'background-opacity': 0.07,
        'border-color': 'data(color)', 'border-width': 1.5, 'label': 'data(label)', 'font-size': D.FONT - 1,
        'font-weight': 'bold', 'color': 'data(color)', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4,
        'padding': D.PAD, 'compound-sizing-wrt-labels': 'exclude', 'text-events': 'yes'}},
      {selector: 'node.group.folded', style: {'width': D.NODE_W + 2 * D.PAD, 'height': D.FOLDED_H, 'text-valign': 'center',
        'text-margin-y': 0, 'background-opacity': 0.14}},
      {selector: 'node.more', style: {'shape': 'round-rectangle', 'width': D.NODE_W, 'height': D.MORE_H - 4,
        'background-color': '#f1f3f6', 'border-width': 1, 'border-color': '#9aa3af', 'border-style': 'dashed',
        'label': 'data(label)', 'font-size': D.FONT - 1, 'text-valign': 'center', 'text-halign': 'center', 'color': '#334'}},
      {selector: 'edge', style: {'curve-style': 'taxi', 'taxi-turn': '50%', 'taxi-turn-min-distance': 8, 'width': 1.8,
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1}},
      {selector: 'edge.rightward', style: {'taxi-direction': 'rightward'}},
      {selector: 'edge.leftward', style: {'taxi-direction': 'leftward'}},
    ];
  }

  /** The legend: each relation of GET /api/relations in its colour, then how documents are drawn. */
  legend() {
    return '<div class="legend-relations">' + this.relations.map(r => '<span class="legend-item" data-relation="' + esc(r.code)
      + '"><i style="background:' + this.color(r.code) + '"></i>' + esc(r.label) + ' / ' + esc(r.inverseLabel.toLowerCase()) + '</span>').join('')
      + '</div><div class="legend-kinds"><span class="legend-item"><b class="box held"></b>Có trong kho</span>'
      + '<span class="legend-item"><b class="box stub"></b>Chưa có trong kho (chỉ được dẫn chiếu)</span>'
      + '<span class="legend-item"><b class="box catalog"></b>Bản ghi danh mục quốc gia</span>'
      + '<span class="legend-item"><b class="box root"></b>Văn bản đang xem</span></div>';
  }

  png() {
    return this.cy.png({full: true, scale: 2, bg: '#ffffff', output: 'blob'});
  }

  /** The diagram as SVG, drawn from the same positions and styles as the canvas (Cytoscape has no SVG output of its own). */
  svg() {
    const box = this.cy.elements().boundingBox({includeLabels: true});
    const m = 20;
    const out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + Math.ceil(box.w + 2 * m) + '" height="' + Math.ceil(box.h + 2 * m)
      + '" viewBox="' + [box.x1 - m, box.y1 - m, box.w + 2 * m, box.h + 2 * m].map(v => v.toFixed(1)).join(' ') + '"'
      + ' font-family="Segoe UI, Roboto, Noto Sans, Arial, sans-serif">'];
    out.push('<rect x="' + (box.x1 - m) + '" y="' + (box.y1 - m) + '" width="' + (box.w + 2 * m) + '" height="' + (box.h + 2 * m) + '" fill="#ffffff"/>');
    const rect = (n, extra) => {
      const b = n.boundingBox({includeLabels: false, includeOverlays: false});
      const bw = parseFloat(n.style('border-width')) || 1;
      const dash = n.style('border-style') === 'dashed' ? ' stroke-dasharray="6 4"' : n.style('border-style') === 'double' ? ' stroke-dasharray="2 2"' : '';
      return '<rect x="' + (b.x1 + bw / 2).toFixed(1) + '" y="' + (b.y1 + bw / 2).toFixed(1) + '" width="' + (b.w - bw).toFixed(1)
        + '" height="' + (b.h - bw).toFixed(1) + '" rx="6" fill="' + n.style('background-color') + '" fill-opacity="'
        + n.style('background-opacity') + '" stroke="' + n.style('border-color') + '" stroke-width="' + bw + '"' + dash + (extra || '') + '/>';
    };
    const text = (n, x, y, anchor) => {
      const lines = String(n.data('label') || '').split('\n');
      const size = parseFloat(n.style('font-size'));
      const lh = size * 1.25;
      const top = y - (lines.length - 1) * lh / 2;
      return '<text text-anchor="' + anchor + '" font-size="' + size + '" font-weight="' + n.style('font-weight') + '" fill="'
        + n.style('color') + '">' + lines.map((l, i) => '<tspan x="' + x.toFixed(1) + '" y="' + (top + i * lh + size * 0.35).toFixed(1)
        + '">' + esc(l) + '</tspan>').join('') + '</text>';
    };
    this.cy.nodes('.group').forEach(g => {
      out.push(rect(g));
      const b = g.boundingBox({includeLabels: false});
      out.push(g.hasClass('folded') ? text(g, (b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2, 'middle') : text(g, (b.x1 + b.x2) / 2, b.y1 - 10, 'middle'));
    });
    this.cy.edges().forEach(e => {
      const pts = [e.sourceEndpoint(), ...(e.segmentPoints() || []), e.targetEndpoint()];
      const color = e.style('line-color');
      out.push('<polyline fill="none" stroke="' + color + '" stroke-width="1.8" points="' + pts.map(p => p.x.toFixed(1) + ',' + p.y.toFixed(1)).join(' ') + '"/>');
      const a = pts[pts.length - 2], b = pts[pts.length - 1];
      const ang = Math.atan2(b.y - a.y, b.x - a.x), s = 9;
      const p1 = {x: b.x - s * Math.cos(ang - 0.45), y: b.y - s * Math.sin(ang - 0.45)};
      const p2 = {x: b.x - s * Math.cos(ang + 0.45), y: b.y - s * Math.sin(ang + 0.45)};
      out.push('<polygon fill="' + color + '" points="' + [b, p1, p2].map(p => p.x.toFixed(1) + ',' + p.y.toFixed(1)).join(' ') + '"/>');
    });
    this.cy.nodes('.doc, .more').forEach(n => {
      out.push(rect(n));
      const p = n.position();
      out.push(text(n, p.x, p.y, 'middle'));
    });
    out.push('</svg>');
    return out.join('\n');
  }
}

/** A document's box: its name (number, else title, else type and date), then its title and date, on at most four short lines. */
function nodeText(n, also, root) {
  const width = root ? 42 : 36;
  const head = docLabel(n);
  const lines = [];
  if (n.number) {
    lines.push(head + (n.issuedDate ? ' · ' + date(n.issuedDate) : ''));
    lines.push(...wrapWords(n.title || (n.stub ? (n.catalog ? 'bản ghi danh mục quốc gia' : 'chưa có trong kho') : n.type || ''), width, also ? 1 : 2));
  } else {
    lines.push(...wrapWords(head, width, also ? 1 : 2));
    const line = [n.type && !head.startsWith(n.type) ? n.type : '', n.issuedDate ? date(n.issuedDate) : ''].filter(Boolean).join(' · ');
    if (line) lines.push(line);
  }
  if (also) lines.push(also.length > width ? also.slice(0, width - 1) + '…' : also);
  return lines.filter(Boolean).join('\n');
}

/** Words on lines of at most {@code width} characters, at most {@code max} lines, the last cut with "…" when words are left. */
function wrapWords(text, width, max) {
  const lines = [];
  let line = '';
  for (const word of String(text || '').split(/\s+/).filter(Boolean)) {
    const w = word.length > width ? word.slice(0, width - 1) + '…' : word;
    if (!line || (line + ' ' + w).length <= width) { line = line ? line + ' ' + w : w; continue; }
    lines.push(line);
    line = w;
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    lines.length = max;
    const last = lines[max - 1];
    lines[max - 1] = (last.length >= width ? last.slice(0, width - 1) : last) + '…';
  }
  return lines;
}

/**
 * A lược đồ with its toolbar, legend and the panel that names the document chosen, in {@code panel}; the chain answer
 * is given (a promise), each expansion asks GET /api/chain for the neighbours of the document clicked.
 * The diagram is kept on window.vbtraceDiagram for whoever needs to look at it (the browser tests do).
 */
async function mountDiagram(panel, chainPromise, {fileName = 'luoc-do'} = {}) {
  panel.innerHTML = '<div class="diagram-tools" role="toolbar" aria-label="Lược đồ">'
    + '<button type="button" data-act="home">Về văn bản đang xem</button>'
    + '<button type="button" data-act="fit">Xem toàn bộ</button>'
    + '<button type="button" data-act="unfold">Mở mọi nhóm</button>'
    + '<button type="button" data-act="fold">Thu gọn các nhóm</button>'
    + '<span class="spacer"></span>'
    + '<button type="button" data-act="png">Tải ảnh PNG</button>'
    + '<button type="button" data-act="svg">Tải SVG</button></div>'
    + '<div class="diagram-canvas" role="img" aria-label="Lược đồ quan hệ văn bản"></div>'
    + '<div class="diagram-info meta">Bấm vào một văn bản để mở các quan hệ của nó, vào tên nhóm để thu gọn hay mở nhóm; '
    + 'rê chuột lên văn bản để xem trích yếu đầy đủ; kéo để di chuyển, cuộn để phóng to, thu nhỏ.</div>'
    + '<div class="diagram-legend"></div>';
  const canvas = panel.querySelector('.diagram-canvas');
  const info = panel.querySelector('.diagram-info');
  const [vocab, chain] = await Promise.all([vocabulary(), chainPromise]);
  const diagram = new Diagram(canvas, vocab.relations, {
    fetchNeighbours: doc => api('/api/chain?' + new URLSearchParams({id: doc.id, direction: 'both', depth: '1'})),
    onSelect: (doc, isRoot) => {
      info.innerHTML = '<strong>' + esc(docLabel(doc)) + '</strong>' + (doc.number && doc.title ? ' — ' + esc(doc.title) : '')
        + (doc.issuedDate ? ' · ngày ' + esc(date(doc.issuedDate)) : '')
        + (doc.stub ? ' · <span class="verdict">chưa có trong kho</span>' : '')
        + ' · <a href="' + docHref(doc) + '">Mở văn bản</a>'
        + (isRoot ? '' : ' · <a href="' + docHref(doc) + '#tab=luoc-do">Lược đồ của văn bản này</a>');
    },
  });
  diagram.load(chain);
  panel.querySelector('.diagram-legend').innerHTML = diagram.legend();
  window.vbtraceDiagram = diagram;
  const save = (blob, extension) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = fileName + '.' + extension;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  };
  panel.querySelector('.diagram-tools').addEventListener('click', e => {
    const act = e.target.closest('button') && e.target.closest('button').dataset.act;
    if (act === 'home') diagram.home();
    if (act === 'fit') diagram.fitAll();
    if (act === 'unfold') { diagram.folded.clear(); diagram.render(); }
    if (act === 'fold') { for (const g of diagram.tree().groups.values()) diagram.folded.add(g.id); diagram.render(); diagram.home(); }
    if (act === 'png') save(diagram.png(), 'png');
    if (act === 'svg') save(new Blob([diagram.svg()], {type: 'image/svg+xml'}), 'svg');
  });
  return diagram;
}

/** A name for a downloaded file: the document's label without diacritics or slashes ("luoc-do_1852-qd-ubnd"). */
function diagramFileName(d) {
  return 'luoc-do_' + fold(docLabel(d)).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}
