// The document page: its head, then tabs as vbpl.vn has them: the text with references and duties marked, its
// properties, the lược đồ, related documents, duties, and the original files to download.
'use strict';

const params = new URLSearchParams(location.search);
const url = params.get('id') ? '/api/documents/' + encodeURIComponent(params.get('id'))
                             : '/api/documents/by-number?number=' + encodeURIComponent(params.get('number') || '');
const TABS = ['toan-van', 'thuoc-tinh', 'luoc-do', 'lien-quan', 'nhiem-vu', 'tai-ve'];
let current = null;
let diagramShown = false;

document.getElementById('tabs').addEventListener('click', e => {
  const tab = e.target.closest('[data-tab]');
  if (tab) { showTab(tab.dataset.tab); history.replaceState(null, '', location.pathname + location.search + '#tab=' + tab.dataset.tab); }
});
document.getElementById('status-form').addEventListener('submit', recordStatus);
load();

async function load() {
  let page;
  try {
    page = await api(url);
  } catch (e) {
    showError(document.getElementById('head'), e);
    document.getElementById('tabs').hidden = true;
    return;
  }
  current = page;
  const d = page.document;
  document.title = 'vbtrace — ' + docLabel(d);
  renderHead(page);
  renderProps(page);
  renderLinks(page, await vocabulary());
  renderDuties(page, await vocabulary());
  renderText(page, await vocabulary());
  // A stub has no text, duties nor files: its page is what cites it.
  for (const t of ['toan-van', 'nhiem-vu', 'tai-ve']) document.querySelector('[data-tab="' + t + '"]').hidden = page.stub;
  const asked = /(?:^#|&)tab=([\w-]+)/.exec(location.hash);
  const at = /(?:^#|&)at=\d+/.test(location.hash);
  showTab(asked && TABS.includes(asked[1]) ? asked[1] : at || !page.stub ? 'toan-van' : 'luoc-do');
  if (!page.stub) renderOriginals(d.id);
  const anchor = document.getElementById('at');
  if (anchor && at) anchor.scrollIntoView({block: 'start'});
}

function showTab(name) {
  for (const t of TABS) {
    const on = t === name;
    document.querySelector('[data-tab="' + t + '"]').setAttribute('aria-selected', on ? 'true' : 'false');
    document.getElementById('panel-' + t).hidden = !on;
  }
  if (name === 'luoc-do' && current && !diagramShown) {
    diagramShown = true;
    const d = current.document;
    mountDiagram(document.getElementById('diagram'),
      api('/api/chain?' + new URLSearchParams({id: d.id, direction: 'both', depth: '1'})), {fileName: diagramFileName(d)})
      .catch(e => showError(document.getElementById('diagram'), e));
  }
}

function renderHead(page) {
  const d = page.document;
  document.getElementById('head').innerHTML = '<h1>' + esc([d.type, d.number].filter(Boolean).join(' ') || docLabel(d)) + '</h1> '
    + validityBadge(page.validity)
    + (d.title ? '<p class="doc-title">' + esc(d.title) + '</p>' : '')
    + '<p class="meta">' + esc([d.issuer, d.place && d.issuedDate ? d.place + ', ngày ' + date(d.issuedDate)
        : d.issuedDate ? 'ngày ' + date(d.issuedDate) : d.place].filter(Boolean).join(' · ')) + '</p>'
    + (page.stub ? '<p class="meta">Văn bản này chưa có trong kho: các văn bản trong kho dưới đây dẫn chiếu đến nó.</p>' : '');
}

function renderProps(page) {
  const d = page.document;
  const row = (name, value) => '<dt>' + esc(name) + '</dt><dd>' + (value || '—') + '</dd>';
  document.getElementById('props').innerHTML = '<dl class="props">'
    + row('Số ký hiệu', esc(d.number)) + row('Loại văn bản', esc(d.type)) + row('Cơ quan ban hành', esc(d.issuer))
    + row('Ngày ban hành', esc(date(d.issuedDate))) + row('Nơi ban hành', esc(d.place))
    + row('Trích yếu', esc(d.title)) + row('Người ký', esc([d.signerTitle, d.signer].filter(Boolean).join(' — ')))
    + (d.addressees && d.addressees.length ? row('Kính gửi', d.addressees.map(a => '<a href="' + bodyHref(a) + '">' + esc(a) + '</a>').join('; ')) : '')
    + (d.recipients && d.recipients.length ? row('Nơi nhận', esc(d.recipients.join('; '))) : '')
    + row('Hiệu lực', validityBadge(page.validity) + (page.validity && page.validity.note ? ' <span class="meta">' + esc(page.validity.note) + '</span>' : ''))
    + (page.effect ? row('Điều khoản hiệu lực', esc(page.effect.text) + (page.effect.effectiveDate ? ' (từ ngày ' + esc(date(page.effect.effectiveDate)) + ')' : '')) : '')
    + (d.portalStatus ? row('Tình trạng (cổng thông tin)', esc(d.portalStatus)) : '')
    + (d.source ? row('Tệp gốc', esc(fileName(d.source)) + ' <span class="meta">(xem thẻ “Tải về”)</span>') : '')
    + '</dl>';
  document.getElementById('status-editor').hidden = false;
}

// The record bears the signed-in account's name (issue 12); without one the page says how to sign in.
whoAmI.then(me => {
  document.getElementById('status-by').innerHTML = me && me.name ? esc('Ghi nhận với tên ' + me.name)
    : 'Cần <a href="/login?next=' + encodeURIComponent(location.pathname + location.search) + '">đăng nhập</a> bằng tài khoản biên tập để ghi nhận.';
});

// "corpus/renditions/x.pdf" → "x.pdf": a page names files, never where they lay on a disk.
function fileName(source) {
  return String(source).split(/[\\/]/).pop();
}

async function recordStatus(e) {
  e.preventDefault();
  const result = document.getElementById('status-result');
  if (!current) return;
  try {
    await api('/api/documents/' + encodeURIComponent(current.document.id) + '/status', {method: 'PUT',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({status: document.getElementById('status-value').value,
        note: document.getElementById('status-note').value})});
    result.textContent = 'Đã lưu.';
    const page = await api('/api/documents/' + encodeURIComponent(current.document.id));
    current = page;
    renderHead(page);
    renderProps(page);
  } catch (err) {
    showError(result, err);
  }
}

function period(p) { return p.fromYear && p.toYear ? p.fromYear + '–' + p.toYear : p.toYear ? 'đến ' + p.toYear : ''; }
function programRef(p) { return p ? esc(p.name || p.key) + (period(p) ? ' (' + period(p) + ')' : '') + (p.approvedByNumber ? ', ' + esc(p.approvedByNumber) : '') : ''; }

// Related documents as the lược đồ groups them: what this one cites, by relation, then what cites it.
function renderLinks(page, vocab) {
  let html = '';
  if (page.programs && page.programs.length) {
    html += '<h2>Chương trình, đề án</h2><table class="list"><tr><th>Chương trình, đề án</th><th>Giai đoạn</th><th>Phê duyệt tại</th><th>Kế thừa / được kế tiếp bởi</th></tr>'
      + page.programs.map(p => '<tr><td>' + esc(p.name || p.key) + (p.shortName ? ' <span class="meta">(gọi tắt: ' + esc(p.shortName) + ')</span>' : '')
        + '</td><td>' + esc(period(p) || '—') + '</td><td>' + (p.approvedBy ? docLink(p.approvedBy) : '—')
        + '</td><td>' + [p.succeeds ? 'kế thừa ' + programRef(p.succeeds) : '', p.succeededBy ? 'kế tiếp bởi ' + programRef(p.succeededBy) : ''].filter(Boolean).join('<br>')
        + '</td></tr>').join('') + '</table>';
  }
  const groups = [];
  for (const r of vocab.relations) {
    const cited = new Map();
    for (const ref of page.references || []) {
      if (ref.relation !== r.code) continue;
      const key = ref.targetId || ref.title || ref.text;
      if (!cited.has(key)) cited.set(key, ref);
    }
    if (cited.size) groups.push({title: r.label, items: [...cited.values()].map(refItem)});
  }
  for (const r of vocab.relations) {
    const citers = (page.citedBy || []).filter(c => c.relation === r.code);
    if (citers.length) groups.push({title: r.inverseLabel, items: citers.map(c => docLink(c, true))});
  }
  html += groups.length === 0 ? '<p class="meta">Văn bản này không dẫn chiếu văn bản nào và chưa văn bản nào trong kho dẫn chiếu đến nó.</p>'
    : '<h2>Văn bản liên quan</h2><table class="list related">' + groups.map(g => '<tr><th>' + esc(g.title) + ' <span class="meta">('
      + count(g.items.length) + ')</span></th><td><ul>' + g.items.map(i => '<li>' + i + '</li>').join('') + '</ul></td></tr>').join('') + '</table>';
  if (page.bodies && page.bodies.length) {
    html += '<h2>Cơ quan được nêu <span class="meta">(' + count(page.bodies.length) + ')</span></h2><table class="list"><tr><th>Cơ quan</th><th>Tỉnh</th><th>Trực thuộc</th></tr>'
      + page.bodies.map(b => '<tr><td><a href="' + bodyHref(b.name, b.province) + '">' + esc(b.name) + '</a></td><td>' + esc(b.province || '—')
        + '</td><td>' + esc(b.parent || '—') + '</td></tr>').join('') + '</table>';
  }
  document.getElementById('links').innerHTML = html;
}

function refItem(r) {
  const label = (r.number || r.title || r.text) + (r.date ? ' ngày ' + date(r.date) : '');
  return r.inRepository ? '<a href="/document.html?id=' + encodeURIComponent(r.targetId) + '">' + esc(label) + '</a>'
    : r.targetId ? '<a class="stub" href="/document.html?id=' + encodeURIComponent(r.targetId) + '">' + esc(label) + '</a> <span class="meta">(chưa có trong kho)</span>'
    : esc(label) + ' <span class="meta">(chưa có trong kho)</span>';
}

function renderDuties(page, vocab) {
  const today = page.dutySuccessors || [];
  const rows = byClause((page.assignments || []).map(a => ({...a, document: page.document,
    successor: (today.find(d => d.body === a.body && (d.province || null) === (a.province || null)) || {}).successor})));
  document.querySelector('[data-tab="nhiem-vu"]').textContent = 'Nhiệm vụ được giao (' + count(rows.length) + ')';
  document.getElementById('duties').innerHTML = rows.length === 0 ? '<p class="meta">Văn bản này không giao nhiệm vụ cho cơ quan nào.</p>'
    : clauseTable(rows, vocab.role, {withDocument: true});
  for (const a of document.querySelectorAll('#duties td.document a')) a.textContent = 'Xem trong văn bản';
}

async function renderOriginals(id) {
  const box = document.getElementById('originals');
  try {
    const list = (await api('/api/documents/' + encodeURIComponent(id) + '/originals')).originals;
    box.innerHTML = list.length === 0 ? '<p class="meta">Không có tệp gốc.</p>'
      : '<table class="list"><tr><th>Tệp gốc</th><th>Định dạng</th><th>Dung lượng</th></tr>'
        + list.map(o => '<tr><td><a class="original" href="/api/documents/' + encodeURIComponent(id) + '/originals/' + encodeURIComponent(o.hash)
          + '" download>' + esc(o.name) + '</a></td><td>' + esc(o.format.toUpperCase()) + '</td><td>' + esc(size(o.size)) + '</td></tr>').join('')
        + '</table>';
  } catch (e) {
    showError(box, e);
  }
}

function size(bytes) {
  if (bytes < 0) return '—';
  if (bytes < 1024) return count(bytes) + ' byte';
  if (bytes < 1024 * 1024) return count(Math.round(bytes / 1024)) + ' KB';
  return (bytes / 1024 / 1024).toLocaleString('vi-VN', {maximumFractionDigits: 1}) + ' MB';
}

// The text with each reference and duty clause marked at its span (offsets in the normalized text).
function renderText(page, vocab) {
  const text = page.text || '';
  const marks = [];
  for (const r of page.references || []) marks.push({start: r.start, end: r.end, kind: 'ref', r});
  for (const a of page.assignments || []) marks.push({start: a.start, end: a.end, kind: 'duty', a});
  let html = '', at = 0;
  const events = [];
  for (const m of marks) { events.push({pos: m.start, open: true, m}); events.push({pos: m.end, open: false, m}); }
  events.sort((x, y) => x.pos - y.pos || (x.open === y.open ? 0 : x.open ? 1 : -1));
  // #at=<offset> (a search hit's clause): a marker at that offset, scrolled to once the text is shown.
  const target = /(?:^#|&)at=(\d+)/.exec(location.hash);
  if (target) {
    const pos = Math.min(+target[1], text.length);
    const before = events.findIndex(e => e.pos >= pos);
    events.splice(before < 0 ? events.length : before, 0, {pos, anchor: true});
  }
  for (const e of events) {
    if (e.pos < at) continue;
    html += esc(text.slice(at, e.pos)); at = e.pos;
    if (e.anchor) html += '<span id="at" class="at-clause"></span>';
    else if (e.open) html += openTag(e.m, vocab); else html += closeTag(e.m);
  }
  html += esc(text.slice(at));
  document.getElementById('text').innerHTML = html;
}

function openTag(m, vocab) {
  if (m.kind === 'duty') return '<span class="duty" title="' + esc(m.a.body + ' — ' + vocab.role(m.a.role)) + '">';
  const r = m.r;
  const label = vocab.relation(r.relation).label + ': ' + (r.number || r.title || '') + (r.date ? ' (ngày ' + date(r.date) + ')' : '');
  if (r.inRepository) return '<a class="ref" href="/document.html?id=' + encodeURIComponent(r.targetId) + '" title="' + esc(label) + '">';
  return '<span class="ref stub" title="' + esc(label + ' — chưa có trong kho') + '">';
}
function closeTag(m) { return m.kind === 'duty' ? '</span>' : (m.r.inRepository ? '</a>' : '</span>'); }
