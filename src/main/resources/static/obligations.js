// The obligations page (kept out of the HTML: the Content-Security-Policy allows no inline script).
const ROLES = {LEAD: 'chủ trì', SUPPORT: 'phối hợp', ADVISE: 'tham mưu', STANDING: 'thường trực', REPORT: 'báo cáo', EXECUTE: 'thực hiện'};
const fields = ['body', 'today'].map(id => document.getElementById(id));
const params = new URLSearchParams(location.search);
fields.forEach(f => f.value = params.get(f.id) || '');
if (params.get('body')) show();
document.getElementById('body-form').addEventListener('submit', e => { e.preventDefault(); show(); });
async function show() {
  const query = new URLSearchParams();
  fields.filter(f => f.value.trim()).forEach(f => query.set(f.id, f.value.trim()));
  history.replaceState(null, '', '/obligations.html?' + query);
  const summary = document.getElementById('summary');
  const out = document.getElementById('obligations');
  out.innerHTML = '';
  document.getElementById('exports').innerHTML = '';
  const res = await send('/api/obligations?' + query);
  const body = await res.json();
  if (!res.ok) { summary.innerHTML = '<span class="error">' + esc(body.error || res.statusText) + '</span>'; return; }
  const overdue = body.obligations.filter(o => o.overdue).length;
  summary.textContent = body.obligations.length === 0 ? 'Không có nhiệm vụ nào được giao cho cơ quan này trong kho văn bản.'
    : body.obligations.length + ' nhiệm vụ' + (overdue ? ', ' + overdue + ' quá hạn' : '') + ' (tính đến ngày ' + body.today + ')';
  if (body.obligations.length === 0) return;
  document.getElementById('exports').innerHTML = 'Tải về: <a href="/api/obligations?' + query + '&format=csv">CSV</a> · '
    + '<a href="/api/obligations?' + query + '&format=ics">iCalendar (lịch)</a>';
  out.innerHTML = '<table class="list"><tr><th>Cơ quan</th><th>Vai trò</th><th>Nhiệm vụ</th><th>Thời hạn</th><th>Hạn tới</th><th>Văn bản</th></tr>'
    + body.obligations.map(o => '<tr' + (o.overdue ? ' class="overdue"' : '') + '><td>' + esc(o.body) + (o.province ? '<div class="meta">tỉnh ' + esc(o.province) + '</div>' : '') + '</td><td>' + esc(ROLES[o.role] || o.role)
      + '</td><td>' + esc(o.task) + '</td><td>' + esc(deadlineText(o.deadline) || '—') + (o.recurring ? ' <span class="meta">(định kỳ)</span>' : '')
      + '</td><td>' + esc(deadlineText(o.nextDue) || '—') + (o.overdue ? ' <span class="verdict">quá hạn</span>' : '')
      + '</td><td><a href="/document.html?id=' + encodeURIComponent(o.document.id) + '#at=' + o.start + '">'
      + esc(o.document.number || o.document.title || o.document.id) + '</a></td></tr>').join('') + '</table>';
}
