// The search page: the query and its filters live in the address, so a search can be bookmarked and a browse
// link ("/?issuer=...") opens the documents of that issuer.
'use strict';

const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('q');
// "all": only documents with every word typed (issue 11); the default finds documents with some of them, best first.
const modeSelect = document.getElementById('mode');
const PAGE = 20;
/** The parameters of the address that are not a query or a filter. */
const NOT_FILTERS = ['mode', 'offset', 'limit'];
let state = Object.fromEntries(new URLSearchParams(location.search));

/** Whether the address asks for a search (a query or a filter); else the page is the home page. */
function searching() {
  return Object.entries(state).some(([name, value]) => value && !NOT_FILTERS.includes(name));
}

// The filters and facets as the server declares them (GET /api/filters: name, label, parameters, coded), fetched
// once per page: a new filter needs no change here.
let filtersPromise = null;
function searchFilters() {
  filtersPromise ??= api('/api/filters').then(body => body.filters);
  return filtersPromise;
}

/** The address parameters a facet value sets: the value itself, or a range of that one value (the year: from, to). */
function filterParameters(filter, value) {
  return Object.fromEntries(filter.parameters.map(p => [p, value]));
}

if (state.q) searchInput.value = state.q;
if (state.mode) modeSelect.value = state.mode;
if (searching()) runSearch();
searchForm.addEventListener('submit', (e) => {
  e.preventDefault();
  state = {q: searchInput.value, mode: modeSelect.value};
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
    const form = new FormData();
    form.append('file', file);
    busy(+1);
    try {
      const res = await send('/api/documents', {method: 'POST', body: form});
      let body = await res.json().catch(() => ({}));
      if (res.status === 202) body = await followJob(body.job, item, file.name);
      else if (!res.ok) { showError(item, new ApiError(file.name + ': không thêm được: ' + problemMessage(res.status, body), res.status, body)); continue; }
      showUpload(item, file.name, body);
    } catch (err) {
      item.innerHTML = esc(file.name) + ': <span class="error">không kết nối được máy chủ</span>';
    } finally {
      busy(-1);
    }
  }
});

// Polls GET /api/jobs/{id} until the job ends, showing its progress; returns what the upload would have answered.
async function followJob(id, item, name) {
  for (;;) {
    const res = await send('/api/jobs/' + encodeURIComponent(id));
    const job = await res.json().catch(() => ({}));
    if (!res.ok) return {status: 'failed', error: problemMessage(res.status, job)};
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
function choose(filter, value) {
  const same = isChosen(filter, value);
  for (const [p, v] of Object.entries(filterParameters(filter, value))) state[p] = same ? '' : v;
  state.offset = '';
  runSearch();
}

function isChosen(filter, value) {
  return Object.entries(filterParameters(filter, value)).every(([p, v]) => state[p] === v);
}

/** A facet value as shown: a validity code by its Vietnamese label, any other value as it is. */
function facetLabel(filter, value) {
  return filter.coded ? validityLabel(value) : value;
}

function renderFacets(facets, filters) {
  const box = document.getElementById('filters');
  box.innerHTML = '';
  for (const filter of filters) {
    const counts = facets && facets[filter.name] ? Object.entries(facets[filter.name]) : [];
    if (counts.length === 0) continue;
    const group = document.createElement('div');
    group.innerHTML = '<span class="facet-title">' + esc(filter.label) + ':</span> ';
    for (const [value, n] of counts.slice(0, 8)) {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'chip' + (isChosen(filter, value) ? ' chosen' : '');
      chip.textContent = facetLabel(filter, value) + ' (' + count(n) + ')';
      chip.addEventListener('click', () => choose(filter, value));
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
  document.getElementById('home').hidden = true;
  const q = state.q || '';
  const query = new URLSearchParams({q, limit: PAGE});
  for (const [name, value] of Object.entries(state)) if (value && name !== 'q' && name !== 'limit') query.set(name, value);
  const shown = new URLSearchParams(query); shown.delete('limit');
  history.replaceState(null, '', '/?' + shown);
  const results = document.getElementById('results');
  const summary = document.getElementById('summary');
  results.innerHTML = '';
  summary.textContent = 'Đang tìm…';
  let body, vocab, filters;
  try {
    [body, vocab, filters] = await Promise.all([api('/api/search?' + query), vocabulary(), searchFilters()]);
  } catch (e) {
    showError(summary, e);
    return;
  }
  summary.textContent = (body.total === 0 ? 'Không tìm thấy văn bản nào.' : count(body.total) + ' văn bản')
    + (body.phrasesNotFound || []).map(p => ' Không văn bản nào có cụm từ “' + p + '”: kết quả tìm theo các từ của cụm từ này.').join('');
  renderFacets(body.facets, filters);
  renderPages(body.total);
  for (const hit of body.hits) {
    const div = document.createElement('div');
    div.className = 'hit';
    // A stub is opened by number (its page lists the citers); a clause by its offset in the text.
    const href = hit.stub && hit.number ? '/document.html?number=' + encodeURIComponent(hit.number)
      : '/document.html?id=' + encodeURIComponent(hit.id) + (hit.clauseStart != null ? '#at=' + hit.clauseStart : '');
    div.innerHTML = '<h3><a href="' + href + '">' + esc(hit.number ? hit.number + ' — ' + (hit.title || hit.type || '') : docLabel(hit)) + '</a></h3>'
      + '<div class="meta">' + esc([hit.type, hit.issuer, hit.issuedDate ? 'ngày ' + date(hit.issuedDate) : ''].filter(Boolean).join(' · ')) + '</div>'
      + (hit.stub ? '<div class="meta">Chưa có trong kho; được dẫn chiếu bởi ' + count(hit.citedByCount) + ' văn bản: '
        + hit.citedBy.map(c => docLink(c)).join(', ') + '</div>' : '')
      + (hit.clause || hit.duty ? '<div class="meta">' + esc([hit.clause, hit.duty && ('nhiệm vụ của '
          + qualifiedName(hit.duty.body, hit.duty.province) + ' (' + vocab.role(hit.duty.role) + ')')].filter(Boolean).join(' — '))
          + '</div>' : '')
      + (hit.duty ? successorLine(hit.duty.successor) : '')
      + '<div class="snippet">' + highlight(hit.snippet, q) + '</div>';
    results.appendChild(div);
  }
}
