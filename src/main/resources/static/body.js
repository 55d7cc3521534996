// A body's page: where it sits (its parent, its own parts, the body that took over its duties and those it took over
// in 2025), the duties documents give it, one row per clause, and the documents addressed to it.
'use strict';

const nameInput = document.getElementById('name');
const params = new URLSearchParams(location.search);
nameInput.value = params.get('name') || '';
if (nameInput.value) show(); else showExamples();
document.getElementById('body-form').addEventListener('submit', e => { e.preventDefault(); show(); });

function showExamples() {
  const box = document.getElementById('examples');
  box.innerHTML = 'Ví dụ:<ul>' + ['Sở Tài chính tỉnh Bắc Kạn', 'Sở Khoa học và Công nghệ tỉnh Bắc Kạn', 'Bộ Khoa học và Công nghệ', 'Sở Tài chính']
    .map(b => '<li><a href="' + bodyHref(b) + '">' + esc(b) + '</a></li>').join('') + '</ul>';
  box.hidden = false;
}

const bodyLink = b => '<a href="' + bodyHref(b.name, b.province) + '">' + esc(qualifiedName(b.name, b.province)) + '</a>';

async function show() {
  history.replaceState(null, '', '/body.html?' + new URLSearchParams({name: nameInput.value.trim()}));
  document.getElementById('examples').hidden = true;
  const out = document.getElementById('profile');
  out.innerHTML = '<p class="meta">Đang tải…</p>';
  let page, vocab;
  try {
    [page, vocab] = await Promise.all([api('/api/bodies?' + new URLSearchParams({name: nameInput.value.trim()})), vocabulary()]);
  } catch (e) {
    showError(out, e);
    return;
  }
  const row = (name, value) => '<dt>' + esc(name) + '</dt><dd>' + value + '</dd>';
  const held = page.predecessors && page.predecessors.length
    ? row('Tiếp nhận nhiệm vụ của', page.predecessors.map(bodyLink).join('; ')
        + ' <div class="meta">theo đợt sắp xếp năm 2025 (<a href="' + obligationsHref(page.profile
          ? qualifiedName(page.profile.body.name, page.profile.body.province) : page.asked) + '">các nhiệm vụ đang giữ</a>)</div>') : '';
  if (!page.profile && held) {
    // A body of today that no document names yet: what it took over, and the duties it holds through them.
    document.title = 'vbtrace — ' + page.asked;
    out.innerHTML = '<div class="doc-head"><h1>' + esc(page.asked) + '</h1></div><dl class="props" id="body-place">' + held
      + '</dl><p class="meta">Chưa có văn bản nào trong kho nêu tên cơ quan này.</p>';
    return;
  }
  if (!page.profile) {
    out.innerHTML = '<p>Có ' + count(page.choices.length) + ' cơ quan tên “' + esc(page.asked) + '”; chọn một:</p><ul class="choices">'
      + page.choices.map(b => '<li>' + bodyLink(b) + '</li>').join('') + '</ul>';
    return;
  }
  const p = page.profile;
  document.title = 'vbtrace — ' + qualifiedName(p.body.name, p.body.province);
  const duties = byClause(p.duties.map(d => ({...d, body: p.body.name, province: p.body.province})));
  out.innerHTML = '<div class="doc-head"><h1>' + esc(p.body.name) + '</h1>' + (p.body.province ? ' <span class="meta">tỉnh ' + esc(p.body.province) + '</span>' : '')
    + '</div><dl class="props" id="body-place">'
    + row('Tỉnh, thành phố', esc(p.body.province || 'cơ quan trung ương hoặc chưa rõ tỉnh'))
    + row('Trực thuộc', p.parent ? bodyLink(p.parent) : '—')
    + (p.parts.length ? row('Đơn vị trực thuộc', p.parts.map(bodyLink).join('; ')) : '')
    + row('Cơ quan kế thừa', page.successor ? bodyLink(page.successor) + ' <div class="meta">' + esc(page.successorText) + '</div>'
        : '<span class="meta">không thay đổi trong đợt sắp xếp năm 2025</span>')
    + held
    + row('Nhiệm vụ được giao', count(p.dutyCount) + ' (<a href="' + obligationsHref(qualifiedName(p.body.name, p.body.province)) + '">xem theo thời hạn, tải CSV hoặc lịch</a>)')
    + row('Văn bản gửi đến', count(p.addressedCount))
    + '</dl><h2>Nhiệm vụ được giao <span class="meta">(' + count(p.dutyCount) + (p.dutyCount > p.duties.length ? ', hiện ' + count(p.duties.length) + ' mới nhất' : '')
    + ')</span></h2>' + (duties.length ? clauseTable(duties, vocab.role, {withDocument: true, withBodies: false}) : '<p class="meta">Chưa có văn bản nào trong kho giao nhiệm vụ cho cơ quan này.</p>')
    + '<h2>Văn bản gửi đến <span class="meta">(' + count(p.addressedCount) + ')</span></h2>'
    + (p.addressed.length ? '<table class="list" id="addressed"><tr><th>Văn bản</th><th>Gửi đến với tư cách</th><th>Ngày ban hành</th></tr>'
      + p.addressed.map(a => '<tr><td>' + docLink(a.document, true) + '</td><td>' + esc(a.as || '') + '</td><td>' + esc(date(a.document.issuedDate) || '—')
        + '</td></tr>').join('') + '</table>' : '<p class="meta">Chưa có văn bản nào trong kho gửi đến cơ quan này.</p>');
}
