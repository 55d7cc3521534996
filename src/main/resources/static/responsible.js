// Who is responsible: one row per clause, with every body the clause names and each body's role, the task once.
'use strict';

// Questions staff ask, each answered by the shipped corpus; shown when the page is opened without one.
const EXAMPLES = [
  {q: 'ai tham mưu bố trí kinh phí'},
  {q: 'báo cáo kết quả thực hiện', province: 'Bắc Kạn'},
  {q: 'chủ trì tổ chức đánh giá, nghiệm thu'},
  {q: 'phối hợp tuyên truyền năng suất chất lượng'},
  {q: 'xây dựng kế hoạch hằng năm', program: '1322/QĐ-TTg'},
];
const fields = ['q', 'province', 'document', 'program'].map(id => document.getElementById(id));
const params = new URLSearchParams(location.search);
fields.forEach(f => f.value = params.get(f.id) || '');
if (params.get('q')) ask(); else showExamples();
document.getElementById('ask-form').addEventListener('submit', e => { e.preventDefault(); ask(); });

function showExamples() {
  const box = document.getElementById('examples');
  box.innerHTML = 'Ví dụ câu hỏi (gõ có dấu hay không dấu đều được):<ul>' + EXAMPLES.map(x => '<li><a href="/responsible.html?'
    + new URLSearchParams(x) + '">' + esc(x.q) + '</a>' + (x.province ? ' <span class="meta">ở tỉnh ' + esc(x.province) + '</span>' : '')
    + (x.program ? ' <span class="meta">trong chương trình của ' + esc(x.program) + '</span>' : '') + '</li>').join('') + '</ul>';
  box.hidden = false;
}

async function ask() {
  const query = new URLSearchParams();
  fields.filter(f => f.value.trim()).forEach(f => query.set(f.id, f.value.trim()));
  history.replaceState(null, '', '/responsible.html?' + query);
  document.getElementById('examples').hidden = true;
  const summary = document.getElementById('summary');
  const out = document.getElementById('answers');
  out.innerHTML = '';
  summary.textContent = 'Đang tìm…';
  let body, vocab;
  try {
    [body, vocab] = await Promise.all([api('/api/responsible?' + query), vocabulary()]);
  } catch (e) {
    showError(summary, e);
    return;
  }
  if (body.answers.length === 0) { summary.textContent = 'Không tìm thấy cơ quan nào được giao việc này trong kho văn bản.'; return; }
  const rows = byClause(body.answers);
  summary.textContent = count(rows.length) + ' điều khoản giao việc, phù hợp nhất trước';
  out.innerHTML = clauseTable(rows, vocab.role, {withDocument: true, query: fields[0].value});
}
