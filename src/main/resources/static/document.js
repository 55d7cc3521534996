// The document page (kept out of the HTML: the Content-Security-Policy allows no inline script).
const RELATIONS = {BASED_ON: 'Căn cứ', IMPLEMENTS: 'Thực hiện', ISSUES: 'Ban hành kèm theo', APPROVES: 'Phê duyệt',
  AMENDS: 'Sửa đổi', REPLACES: 'Thay thế', REPEALS: 'Bãi bỏ', GUIDES: 'Hướng dẫn', PROPOSED_BY: 'Theo đề nghị', CITES: 'Dẫn chiếu'};
const ROLES = {LEAD: 'chủ trì', SUPPORT: 'phối hợp', ADVISE: 'tham mưu', STANDING: 'thường trực', REPORT: 'báo cáo', EXECUTE: 'thực hiện'};
const params = new URLSearchParams(location.search);
const url = params.get('id') ? '/api/documents/' + encodeURIComponent(params.get('id'))
                             : '/api/documents/by-number?number=' + encodeURIComponent(params.get('number') || '');
let currentId = null;
load();
async function load() {
  const res = await send(url);
  const page = await res.json();
  if (!res.ok) { document.getElementById('head').innerHTML = '<span class="error">' + esc(page.error || res.statusText) + '</span>'; return; }
  const d = page.document;
  currentId = d.id;
  document.title = 'vbtrace — ' + (d.number || d.title || d.id);
  document.getElementById('head').innerHTML =
    '<strong>' + esc([d.type, d.number].filter(Boolean).join(' ')) + '</strong> ' + validityBadge(page.validity) + ' ' + esc(d.title || '')
    + (page.stub ? '<p class="meta">Văn bản này chưa có trong kho; các văn bản dưới đây dẫn chiếu đến nó.</p>' : '')
    + '<dl><dt>Cơ quan ban hành</dt><dd>' + esc(d.issuer || '—') + '</dd><dt>Ngày ban hành</dt><dd>' + esc(d.issuedDate || '—')
    + '</dd><dt>Nơi ban hành</dt><dd>' + esc(d.place || '—') + '</dd><dt>Người ký</dt><dd>'
    + esc([d.signerTitle, d.signer].filter(Boolean).join(' — ') || '—')
    + (d.addressees && d.addressees.length ? '</dd><dt>Kính gửi</dt><dd>' + esc(d.addressees.join('; ')) : '')
    + (d.recipients && d.recipients.length ? '</dd><dt>Nơi nhận</dt><dd>' + esc(d.recipients.join('; ')) : '')
    + (page.effect ? '</dd><dt>Hiệu lực</dt><dd>' + esc(page.effect.text) + (page.effect.effectiveDate ? ' (từ ' + esc(page.effect.effectiveDate) + ')' : '') : '')
    + (d.portalStatus ? '</dd><dt>Tình trạng (cổng)</dt><dd>' + esc(d.portalStatus) : '')
    + '</dd><dt>Tệp gốc</dt><dd>' + esc(d.source || '—') + '</dd></dl>';
  renderLinks(page);
  renderText(page);
}
// A staff member records a status with the reason; the record bears the signed-in user's name. The page then shows
// the status that results.
whoAmI.then(me => {
  document.getElementById('status-by').textContent = me && me.name
    ? 'Ghi nhận với tên ' + me.name : 'Cần đăng nhập với vai trò biên tập để ghi nhận.';
});
document.getElementById('status-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const result = document.getElementById('status-result');
  const id = currentId;
  if (!id) return;
  const res = await send('/api/documents/' + encodeURIComponent(id) + '/status', {method: 'PUT',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({status: document.getElementById('status-value').value,
      note: document.getElementById('status-note').value})});
  const body = await res.json().catch(() => ({}));
  if (!res.ok) { result.innerHTML = problemHtml(res, body); return; }
  result.textContent = 'Đã lưu.';
  load();
});
function docLink(id, label) { return '<a href="/document.html?id=' + encodeURIComponent(id) + '">' + esc(label) + '</a>'; }
function period(p) { return p.fromYear && p.toYear ? p.fromYear + '–' + p.toYear : p.toYear ? 'đến ' + p.toYear : ''; }
function programRef(p) { return p ? esc(p.name || p.key) + (period(p) ? ' (' + period(p) + ')' : '') + (p.approvedByNumber ? ', ' + esc(p.approvedByNumber) : '') : ''; }
function renderLinks(page) {
  let html = '';
  if (page.programs && page.programs.length) {
    html += '<table class="list"><tr><th>Chương trình, đề án</th><th>Giai đoạn</th><th>Phê duyệt tại</th><th>Kế thừa / được kế tiếp bởi</th></tr>'
      + page.programs.map(p => '<tr><td>' + esc(p.name || p.key) + (p.shortName ? ' <span class="meta">(gọi tắt: ' + esc(p.shortName) + ')</span>' : '')
        + '</td><td>' + esc(period(p) || '—') + '</td><td>' + (p.approvedBy ? docLink(p.approvedBy.id, p.approvedBy.number || p.approvedBy.title || '') : '—')
        + '</td><td>' + [p.succeeds ? 'kế thừa ' + programRef(p.succeeds) : '', p.succeededBy ? 'kế tiếp bởi ' + programRef(p.succeededBy) : ''].filter(Boolean).join('<br>')
        + '</td></tr>').join('') + '</table>';
  }
  if (page.bodies && page.bodies.length) {
    html += '<details><summary>Cơ quan được nêu (' + page.bodies.length + ')</summary><table class="list"><tr><th>Cơ quan</th><th>Tỉnh</th><th>Trực thuộc</th></tr>'
      + page.bodies.map(b => '<tr><td>' + esc(b.name) + '</td><td>' + esc(b.province || '—') + '</td><td>' + esc(b.parent || '—') + '</td></tr>').join('')
      + '</table></details>';
  }
  if (page.citedBy && page.citedBy.length) {
    html += '<table class="list"><tr><th colspan="2">Văn bản dẫn chiếu đến văn bản này</th></tr>'
      + page.citedBy.map(c => '<tr><td>' + esc(RELATIONS[c.relation] || c.relation) + '</td><td>'
        + docLink(c.id, (c.number || '') + ' ' + (c.title || '')) + '</td></tr>').join('') + '</table>';
  }
  if (page.assignments && page.assignments.length) {
    html += '<details><summary>Nhiệm vụ được giao (' + page.assignments.length + ')</summary>'
      + '<table class="list"><tr><th>Cơ quan</th><th>Vai trò</th><th>Nhiệm vụ</th><th>Thời hạn</th></tr>'
      + page.assignments.map(a => '<tr><td>' + esc(a.body + (a.province ? ' tỉnh ' + a.province : '')) + '</td><td>' + esc(ROLES[a.role] || a.role) + '</td><td>'
        + esc(a.task) + '</td><td>' + esc(deadlineText(a.deadline)) + '</td></tr>').join('') + '</table></details>';
  }
  document.getElementById('links').innerHTML = html;
}
// The text with each reference and duty clause marked at its span (offsets in the normalized text).
function renderText(page) {
  const text = page.text || '';
  const marks = [];
  for (const r of page.references || []) marks.push({start: r.start, end: r.end, kind: 'ref', r});
  for (const a of page.assignments || []) marks.push({start: a.start, end: a.end, kind: 'duty', a});
  marks.sort((x, y) => x.start - y.start || (x.kind === 'ref' ? 1 : -1));
  let html = '', at = 0;
  const open = [];
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
    else if (e.open) html += openTag(e.m); else html += closeTag(e.m);
  }
  html += esc(text.slice(at));
  document.getElementById('text').innerHTML = html;
  const anchor = document.getElementById('at');
  if (anchor) anchor.scrollIntoView({block: 'start'});
}
function openTag(m) {
  if (m.kind === 'duty') return '<span class="duty" title="' + esc(m.a.body + ' — ' + (ROLES[m.a.role] || m.a.role)) + '">';
  const r = m.r;
  const label = (RELATIONS[r.relation] || r.relation) + ': ' + (r.number || r.title || '') + (r.date ? ' (' + r.date + ')' : '');
  if (r.inRepository) return '<a class="ref" href="/document.html?id=' + encodeURIComponent(r.targetId) + '" title="' + esc(label) + '">';
  return '<span class="ref stub" title="' + esc(label + ' — chưa có trong kho') + '">';
}
function closeTag(m) { return m.kind === 'duty' ? '</span>' : (m.r.inRepository ? '</a>' : '</span>'); }
