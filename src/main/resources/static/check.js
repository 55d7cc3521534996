// The draft check: each citation of the draft with its verdicts, the document it names in the repository, how the
// repository's documents date it, and the bases comparable documents rest on.
'use strict';

const VERDICTS = {OK: 'Đúng', NOT_FOUND: 'Không tìm thấy ở đâu', MALFORMED_NUMBER: 'Số hiệu sai thể thức', DATE_MISMATCH: 'Sai ngày',
  ISSUER_MISMATCH: 'Sai cơ quan ban hành', TYPE_MISMATCH: 'Sai loại văn bản', NOT_IN_FORCE: 'Không còn hiệu lực',
  SUPERSEDED: 'Đã bị thay thế', ISSUED_AFTER_DRAFT: 'Ban hành sau dự thảo'};

document.getElementById('check-form').addEventListener('submit', async e => {
  e.preventDefault();
  const file = document.getElementById('file').files[0];
  const text = document.getElementById('draft').value;
  let init;
  if (file) { const form = new FormData(); form.append('file', file); init = {method: 'POST', body: form}; }
  else init = {method: 'POST', headers: {'Content-Type': 'text/plain; charset=UTF-8'}, body: text};
  const summary = document.getElementById('summary');
  summary.textContent = 'Đang kiểm tra…';
  let body;
  try {
    body = await api('/api/check', init);
  } catch (err) {
    showError(summary, err);
    return;
  }
  summary.textContent = body.citations.length === 0 ? 'Dự thảo không dẫn chiếu văn bản nào.'
    : count(body.citations.length) + ' trích dẫn: ' + count(body.summary.ok) + ' đúng, ' + count(body.summary.problems) + ' cần xem lại';
  document.getElementById('citations').innerHTML = body.citations.map(renderCitation).join('');
  document.getElementById('suggestions').innerHTML = (body.suggestions || []).length === 0 ? ''
    : '<h3>Căn cứ nên xem xét</h3><ol>' + body.suggestions.map(s => '<li>' + docLink(s) + ' — '
      + esc(s.message) + '</li>').join('') + '</ol>';
  // Bodies and provinces the 2025 reorganization abolished, with who holds their duties today.
  document.getElementById('reorganization').innerHTML = (body.reorganization || []).length === 0 ? ''
    : '<h3>Cơ quan, địa danh đã thay đổi</h3><ul>' + body.reorganization.map(n => '<li>' + esc(n.message) + '</li>').join('') + '</ul>';
});

// The match's status is a validity code, or a phrase when the document is not held.
function statusText(status) {
  return VALIDITY[status] || (status === 'NOT_HELD' || status === 'not in the repository' ? 'chưa có trong kho' : status);
}

function renderCitation(c) {
  const ok = c.verdicts.length === 1 && c.verdicts[0] === 'OK';
  const m = c.match;
  return '<div class="hit ' + (ok ? 'ok' : 'problem') + '"><div class="verdicts">'
    + c.verdicts.map(v => '<span class="verdict ' + esc(v) + '">' + esc(VERDICTS[v] || v) + '</span>').join(' ') + '</div>'
    + '<div class="snippet">' + esc(c.text) + '</div>'
    + (c.messages.length ? '<ul class="meta">' + c.messages.map(x => '<li>' + esc(x) + '</li>').join('') + '</ul>' : '')
    + (m ? '<div class="meta">' + (!m.stub ? 'Trong kho: ' : m.catalog ? 'Danh mục văn bản: ' : 'Chỉ biết qua trích dẫn: ') + docLink(m) + ' · ' + esc([m.type, m.issuer, m.issuedDate ? 'ngày ' + date(m.issuedDate) : '',
        statusText(m.status)].filter(Boolean).join(' · ')) + '</div>' : '')
    + ((c.mentions || []).length ? '<div class="meta">Các văn bản trong kho ghi: ' + (c.evidence && c.evidence.citers > c.mentions.length ? count(c.evidence.citers) + ' văn bản, ví dụ ' : '') + c.mentions.map(x =>
        esc(docLabel(x) + ' — ' + date(x.citedDate)) + (x.agrees ? '' : ' <span class="verdict DATE_MISMATCH">khác</span>')).join('; ') + '</div>' : '')
    + '</div>';
}
