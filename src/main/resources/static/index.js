// The index page (kept out of the HTML: the Content-Security-Policy allows no inline script).
const ROLES = {LEAD: 'chủ trì', SUPPORT: 'phối hợp', ADVISE: 'tham mưu', STANDING: 'thường trực', REPORT: 'báo cáo', EXECUTE: 'thực hiện'};
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const FILTERS = ['type', 'issuer', 'province', 'status', 'from', 'to'];
const FACET_NAMES = {type: 'Loại văn bản', issuer: 'Cơ quan ban hành', year: 'Năm', province: 'Nơi ban hành', status: 'Hiệu lực'};
const PAGE = 20;
let state = Object.fromEntries(new URLSearchParams(location.search));
if (state.q) { input.value = state.q; runSearch(); }
form.addEventListener('submit', (e) => {
  e.preventDefault();
  state = {q: input.value};
  runSearch();
});
// Each file is sent on its own, so one bad file does not stop the others; each line says what became of it.
// A large file (or one the server could not finish at once) becomes a job, followed here until it ends.
document.getElementById('upload-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const list = document.getElementById('upload-result');
  list.innerHTML = '';
  for (const file of document.getElementById('upload-file').files) {
    const item = document.createElement('li');
    item.textContent = file.name + ': đang gửi…';
    list.appendChild(item);
    const data = new FormData();
    data.append('file', file);
    const res = await send('/api/documents', {method: 'POST', body: data});
    let body = await res.json().catch(() => ({}));
    if (res.status === 202) body = await followJob(body.job, item, file.name);
    else if (!res.ok) { item.innerHTML = esc(file.name) + ': không thêm được: ' + problemHtml(res, body); continue; }
    showUpload(item, file.name, body);
  }
});
// Polls GET /api/jobs/{id} until the job ends, showing its progress; returns what the upload would have answered.
async function followJob(id, item, name) {
  for (;;) {
    const res = await send('/api/jobs/' + encodeURIComponent(id));
    const job = await res.json().catch(() => ({}));
    if (!res.ok) return {status: 'failed', error: job.error || res.statusText};
    if (job.status === 'done') return job.result;
    if (job.status === 'failed') return {status: 'failed', error: job.error};
    item.innerHTML = esc(name) + ': ' + esc(job.phase || job.status) + ' <progress max="1" value="' + Number(job.progress) + '"></progress>';
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}
function showUpload(item, name, body) {
  const link = body.id ? ' — <a href="/document.html?id=' + encodeURIComponent(body.id) + '">mở văn bản</a>' : '';
  item.innerHTML = esc(name) + ': ' + (body.status === 'ingested' ? 'đã thêm vào kho' + link
    : body.status === 'unchanged' ? 'đã có trong kho, không đổi' + link
    : '<span class="error">không thêm được: ' + esc(body.error || 'lỗi không rõ') + '</span>');
}
// A facet value narrows the search to it; clicking the chosen one again removes the filter.
function choose(facet, value) {
  if (facet === 'year') { const same = state.from === value; state.from = same ? '' : value; state.to = same ? '' : value; }
  else state[facet] = state[facet] === value ? '' : value;
  state.offset = '';
  runSearch();
}
function renderFacets(facets) {
  const box = document.getElementById('filters');
  box.innerHTML = '';
  for (const [facet, title] of Object.entries(FACET_NAMES)) {
    const counts = facets && facets[facet] ? Object.entries(facets[facet]) : [];
    if (counts.length === 0) continue;
    const group = document.createElement('div');
    group.innerHTML = '<span class="facet-title">' + esc(title) + ':</span> ';
    for (const [value, n] of counts.slice(0, 8)) {
      const chosen = facet === 'year' ? state.from === value : state[facet] === value;
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'chip' + (chosen ? ' chosen' : '');
      chip.textContent = (facet === 'status' ? (VALIDITY[value] || value) : value) + ' (' + n + ')';
      chip.addEventListener('click', () => choose(facet, value));
      group.appendChild(chip);
    }
    box.appendChild(group);
  }
}
function renderPages(total) {
  const pages = document.getElementById('pages');
  const offset = Number(state.offset || 0);
  pages.innerHTML = '';
  const add = (label, to) => { const b = document.createElement('button'); b.type = 'button'; b.className = 'chip'; b.textContent = label;
    b.addEventListener('click', () => { state.offset = String(to); runSearch(); }); pages.appendChild(b); };
  if (offset > 0) add('← Trang trước', Math.max(0, offset - PAGE));
  if (offset + PAGE < total) add('Trang sau →', offset + PAGE);
}
async function runSearch() {
  const q = state.q || '';
  const query = new URLSearchParams({q, limit: PAGE});
  for (const f of [...FILTERS, 'offset']) if (state[f]) query.set(f, state[f]);
  const shown = new URLSearchParams(query); shown.delete('limit');
  history.replaceState(null, '', '/?' + shown);
  const results = document.getElementById('results');
  const summary = document.getElementById('summary');
  results.innerHTML = '';
  const res = await send('/api/search?' + query);
  const body = await res.json();
  if (!res.ok) { summary.innerHTML = '<span class="error">' + esc(body.error || res.statusText) + '</span>'; return; }
  summary.textContent = body.total === 0 ? 'Không tìm thấy văn bản nào.' : body.total + ' văn bản';
  renderFacets(body.facets);
  renderPages(body.total);
  for (const hit of body.hits) {
    const div = document.createElement('div');
    div.className = 'hit';
    // A stub is opened by number (its page lists the citers); a clause by its offset in the text.
    const href = hit.stub ? '/document.html?number=' + encodeURIComponent(hit.number)
      : '/document.html?id=' + encodeURIComponent(hit.id) + (hit.clauseStart != null ? '#at=' + hit.clauseStart : '');
    div.innerHTML = '<h3><a href="' + href + '">'
      + esc((hit.number ? hit.number + ' — ' : '') + (hit.title || hit.source || hit.type || '')) + '</a></h3>'
      + '<div class="meta">' + esc([hit.type, hit.issuer, hit.issuedDate, hit.source].filter(Boolean).join(' · ')) + '</div>'
      + (hit.stub ? '<div class="meta">Chưa có trong kho; được dẫn chiếu bởi ' + hit.citedByCount + ' văn bản: '
        + hit.citedBy.map(c => '<a href="/document.html?id=' + encodeURIComponent(c.id) + '">'
          + esc(c.number || c.title || c.id) + '</a>').join(', ') + '</div>' : '')
      + (hit.clause || hit.duty ? '<div class="meta">' + esc([hit.clause, hit.duty && ('nhiệm vụ của ' + hit.duty.body
          + ' (' + (ROLES[hit.duty.role] || hit.duty.role) + ')')].filter(Boolean).join(' — ')) + '</div>' : '')
      + '<div class="snippet">' + highlight(hit.snippet, q) + '</div>';
    results.appendChild(div);
  }
}
