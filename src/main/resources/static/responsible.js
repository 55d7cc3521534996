// The responsible page (kept out of the HTML: the Content-Security-Policy allows no inline script).
const ROLES = {LEAD: 'chủ trì', SUPPORT: 'phối hợp', ADVISE: 'tham mưu', STANDING: 'thường trực', REPORT: 'báo cáo', EXECUTE: 'thực hiện'};
const fields = ['q', 'province', 'document', 'program'].map(id => document.getElementById(id));
const params = new URLSearchParams(location.search);
fields.forEach(f => f.value = params.get(f.id) || '');
if (params.get('q')) ask();
document.getElementById('ask-form').addEventListener('submit', e => { e.preventDefault(); ask(); });
async function ask() {
  const query = new URLSearchParams();
  fields.filter(f => f.value.trim()).forEach(f => query.set(f.id, f.value.trim()));
  history.replaceState(null, '', '/responsible.html?' + query);
  const summary = document.getElementById('summary');
  const out = document.getElementById('answers');
  out.innerHTML = '';
  summary.textContent = 'Đang tìm…';
  const res = await send('/api/responsible?' + query);
  const body = await res.json();
  if (!res.ok) { summary.innerHTML = '<span class="error">' + esc(body.error || res.statusText) + '</span>'; return; }
  if (body.answers.length === 0) { summary.textContent = 'Không tìm thấy cơ quan nào được giao việc này trong kho văn bản.'; return; }
  summary.textContent = body.answers.length + ' câu trả lời, phù hợp nhất trước';
  out.innerHTML = '<table class="list"><tr><th>Cơ quan</th><th>Vai trò</th><th>Nhiệm vụ</th><th>Thời hạn</th><th>Văn bản</th></tr>'
    + body.answers.map(a => '<tr><td><strong>' + esc(a.body) + '</strong>' + (a.province ? '<div class="meta">tỉnh ' + esc(a.province) + '</div>' : '') + '</td><td>' + esc(ROLES[a.role] || a.role)
      + '</td><td>' + highlight(a.task, fields[0].value) + '<div class="quote">“' + esc(a.quote) + '”</div></td><td>'
      + esc(deadlineText(a.deadline) || '—') + '</td><td><a href="/document.html?id=' + encodeURIComponent(a.document.id) + '#at=' + a.start + '">'
      + esc(a.document.number || a.document.title || a.document.id) + '</a></td></tr>').join('') + '</table>';
}
