// The chain page (kept out of the HTML: the Content-Security-Policy allows no inline script).
const RELATIONS = {BASED_ON: 'căn cứ', IMPLEMENTS: 'thực hiện', ISSUES: 'ban hành kèm theo', APPROVES: 'phê duyệt',
  AMENDS: 'sửa đổi', REPLACES: 'thay thế', REPEALS: 'bãi bỏ', GUIDES: 'hướng dẫn', PROPOSED_BY: 'theo đề nghị', CITES: 'dẫn chiếu'};
const inputs = ['number', 'direction', 'depth'].map(id => document.getElementById(id));
const params = new URLSearchParams(location.search);
inputs.forEach(i => { if (params.get(i.id)) i.value = params.get(i.id); });
if (params.get('number')) show();
document.getElementById('chain-form').addEventListener('submit', e => { e.preventDefault(); show(); });
async function show() {
  const query = new URLSearchParams();
  inputs.forEach(i => query.set(i.id, i.value.trim()));
  history.replaceState(null, '', '/chain.html?' + query);
  const summary = document.getElementById('summary');
  const res = await send('/api/chain?' + query);
  const chain = await res.json();
  if (!res.ok) { summary.innerHTML = '<span class="error">' + esc(chain.error || res.statusText) + '</span>';
    document.getElementById('diagram').innerHTML = ''; document.getElementById('edges').innerHTML = ''; return; }
  const stubs = chain.nodes.filter(n => n.stub).length;
  summary.textContent = chain.nodes.length + ' văn bản (' + stubs + ' chưa có trong kho), ' + chain.edges.length + ' quan hệ. Mũi tên: văn bản → văn bản nó dẫn chiếu.';
  document.getElementById('diagram').innerHTML = diagram(chain) + programs(chain);
  const byId = Object.fromEntries(chain.nodes.map(n => [n.id, n]));
  document.getElementById('edges').innerHTML = '<table class="list"><tr><th>Văn bản</th><th>Quan hệ</th><th>Văn bản được dẫn chiếu</th></tr>'
    + chain.edges.map(e => '<tr><td>' + nodeLink(byId[e.from]) + '</td><td>' + esc(RELATIONS[e.relation] || e.relation)
      + '</td><td>' + nodeLink(byId[e.to]) + '</td></tr>').join('') + '</table>';
}
// Programs approved along the chain, with the one each continues and the one that continues it.
function programs(chain) {
  if (!chain.programs || chain.programs.length === 0) return '';
  const period = p => p.fromYear && p.toYear ? p.fromYear + '–' + p.toYear : p.toYear ? 'đến ' + p.toYear : '';
  const ref = p => esc(p.name || p.key) + (period(p) ? ' (' + period(p) + ')' : '') + (p.approvedByNumber ? ', ' + esc(p.approvedByNumber) : '');
  return '<table class="list"><tr><th>Chương trình</th><th>Giai đoạn</th><th>Phê duyệt tại</th><th>Dòng kế thừa</th></tr>'
    + chain.programs.map(p => '<tr><td>' + esc(p.name || p.key) + '</td><td>' + esc(period(p) || '—') + '</td><td>'
      + (p.approvedBy ? '<a href="/document.html?id=' + encodeURIComponent(p.approvedBy.id) + '">' + esc(p.approvedBy.number || p.approvedBy.title || p.approvedBy.id) + '</a>' : '—') + '</td><td>'
      + [p.succeeds ? 'kế thừa ' + ref(p.succeeds) : '', p.succeededBy ? 'được kế tiếp bởi ' + ref(p.succeededBy) : ''].filter(Boolean).join('<br>')
      + '</td></tr>').join('') + '</table>';
}
function nodeLink(n) {
  return '<a href="/document.html?id=' + encodeURIComponent(n.id) + '">' + esc(n.number || n.title || n.id) + '</a>'
    + (n.stub ? ' <span class="meta">(chưa có trong kho, ' + n.citedByCount + ' văn bản dẫn chiếu)</span>' : '');
}
// Layers: the root at 0, what it rests on above (negative), what rests on it below (positive).
function layers(chain) {
  const level = {[chain.root.id]: 0};
  const queue = [chain.root.id];
  while (queue.length) {
    const id = queue.shift();
    for (const e of chain.edges) {
      if (e.from === id && !(e.to in level)) { level[e.to] = level[id] - 1; queue.push(e.to); }
      if (e.to === id && !(e.from in level)) { level[e.from] = level[id] + 1; queue.push(e.from); }
    }
  }
  return level;
}
function diagram(chain) {
  const level = layers(chain);
  const rows = {};
  for (const n of chain.nodes) (rows[level[n.id] ?? 0] ??= []).push(n);
  // A level with many documents wraps onto several lines of at most PER_LINE boxes, so the boxes stay readable.
  const PER_LINE = 4;
  const lines = [];
  for (const k of Object.keys(rows).map(Number).sort((a, b) => a - b))
    for (let i = 0; i < rows[k].length; i += PER_LINE) lines.push(rows[k].slice(i, i + PER_LINE));
  const W = 230, H = 54, GX = 24, GY = 70;
  const width = Math.max(...lines.map(l => l.length)) * (W + GX) + GX;
  const pos = {};
  lines.forEach((line, row) => line.forEach((n, i) => {
    const offset = (width - line.length * (W + GX) + GX) / 2;
    pos[n.id] = {x: offset + i * (W + GX), y: 20 + row * (H + GY)};
  }));
  const height = 20 + lines.length * (H + GY);
  let svg = '<svg class="chain" viewBox="0 0 ' + width + ' ' + height + '" width="' + width + '" height="' + height + '">'
    + '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="#5b6472"/></marker></defs>';
  // Two relations between the same pair (căn cứ and thực hiện) share one line and one label.
  const pairs = {};
  for (const e of chain.edges) (pairs[e.from + '\u0000' + e.to] ??= {from: e.from, to: e.to, labels: []}).labels.push(RELATIONS[e.relation] || e.relation);
  for (const e of Object.values(pairs)) {
    const a = pos[e.from], b = pos[e.to];
    if (!a || !b) continue;
    const x1 = a.x + W / 2, y1 = a.y + (b.y < a.y ? 0 : H), x2 = b.x + W / 2, y2 = b.y + (b.y < a.y ? H : 0);
    svg += '<line x1="' + x1 + '" y1="' + y1 + '" x2="' + x2 + '" y2="' + y2 + '" stroke="#8a929e" marker-end="url(#arrow)"/>'
      + '<text x="' + (x1 + x2) / 2 + '" y="' + ((y1 + y2) / 2 - 3) + '" class="edge-label">' + esc(e.labels.join(', ')) + '</text>';
  }
  for (const n of chain.nodes) {
    const p = pos[n.id];
    const second = n.stub ? 'chưa có trong kho · ' + n.citedByCount + ' văn bản dẫn chiếu' : (n.title || '');
    const title = second.length > 36 ? second.slice(0, 35) + '…' : second;
    svg += '<a href="/document.html?id=' + encodeURIComponent(n.id) + '"><rect x="' + p.x + '" y="' + p.y + '" width="' + W + '" height="' + H
      + '" rx="5" class="node' + (n.id === chain.root.id ? ' root' : '') + (n.stub ? ' stub' : '') + '"><title>' + esc((n.number || '') + ' ' + (n.title || '')) + '</title></rect>'
      + '<text x="' + (p.x + 8) + '" y="' + (p.y + 20) + '" class="node-number">' + esc(n.number || (n.stub ? (n.title || '').slice(0, 28) : 'Văn bản không số')) + '</text>'
      + '<text x="' + (p.x + 8) + '" y="' + (p.y + 40) + '" class="node-title">' + esc(title) + '</text></a>';
  }
  return svg + '</svg>';
}
