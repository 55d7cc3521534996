// A body's obligations across all documents, soonest first, a page at a time, with CSV (for Excel) and iCalendar downloads of them all.
'use strict';

const EXAMPLES = ['Sở Công Thương tỉnh Bắc Kạn', 'Sở Tài chính', 'Sở Khoa học và Công nghệ tỉnh Bắc Kạn', 'Bộ Y tế'];
const fields = ['body', 'today'].map(id => document.getElementById(id));
const params = new URLSearchParams(location.search);
fields.forEach(f => f.value = params.get(f.id) || '');
if (params.get('body')) show(); else showExamples();
document.getElementById('body-form').addEventListener('submit', e => { e.preventDefault(); show(); });

function showExamples() {
  const box = document.getElementById('examples');
  box.innerHTML = 'Ví dụ (tên cơ quan có dấu hay không dấu; thêm “tỉnh …” để chỉ xem cơ quan của một tỉnh):<ul>'
    + EXAMPLES.map(b => '<li><a href="' + obligationsHref(b) + '">' + esc(b) + '</a></li>').join('') + '</ul>';
  box.hidden = false;
}

async function show() {
  const query = new URLSearchParams();
  fields.filter(f => f.value.trim()).forEach(f => query.set(f.id, f.value.trim()));
  if (params.get('limit')) query.set('limit', params.get('limit')); // rows per page, from a link (default: the server's)
  history.replaceState(null, '', '/obligations.html?' + query);
  document.getElementById('examples').hidden = true;
  const summary = document.getElementById('summary');
  const out = document.getElementById('obligations');
  out.innerHTML = '';
  document.getElementById('exports').innerHTML = '';
  summary.textContent = 'Đang tìm…';
  let body, vocab;
  try {
    [body, vocab] = await Promise.all([api('/api/obligations?' + query), vocabulary()]);
  } catch (e) {
    showError(summary, e);
    return;
  }
  // The counts are of every duty of the body; the rows come a page at a time (a body named in every province may
  // hold tens of thousands).
  summary.textContent = body.total === 0 ? 'Không có nhiệm vụ nào được giao cho cơ quan này trong kho văn bản.'
    : count(body.total) + ' nhiệm vụ' + (body.overdueCount ? ', ' + count(body.overdueCount) + ' quá hạn' : '') + ' (tính đến ngày ' + date(body.today) + ')';
  if (body.total === 0) return;
  document.getElementById('exports').innerHTML = 'Tải về đủ ' + count(body.total) + ' nhiệm vụ: <a href="/api/obligations?' + query + '&format=csv">bảng tính CSV (mở bằng Excel)</a> · '
    + '<a href="/api/obligations?' + query + '&format=ics">lịch iCalendar</a>';
  out.innerHTML = '<table class="list"><tbody><tr><th>Cơ quan</th><th>Vai trò</th><th>Nhiệm vụ</th><th>Thời hạn</th><th>Hạn tới</th><th>Văn bản</th></tr></tbody></table>';
  const table = out.querySelector('tbody'); // each page's rows after the header, in one row group
  let shown = 0;
  const append = page => {
    table.insertAdjacentHTML('beforeend', page.obligations.map(o => row(o, vocab)).join(''));
    shown += page.obligations.length;
    out.querySelector('.more')?.remove();
    if (!page.next) return;
    out.insertAdjacentHTML('beforeend', '<p class="more"><button type="button">Xem thêm (đã hiện ' + count(shown) + '/' + count(body.total) + ')</button></p>');
    out.querySelector('.more button').addEventListener('click', async e => {
      e.target.disabled = true;
      const more = new URLSearchParams(query);
      more.set('after', page.next);
      try {
        append(await api('/api/obligations?' + more));
      } catch (err) {
        showError(out.querySelector('.more'), err);
      }
    });
  };
  append(body);
}

function row(o, vocab) {
  return '<tr' + (o.overdue ? ' class="overdue"' : '') + '><td><a href="' + bodyHref(o.body, o.province) + '">' + esc(o.body) + '</a>'
    + (o.province ? '<div class="meta">tỉnh ' + esc(o.province) + '</div>' : '') + successorLine(o.successor) + '</td><td>' + esc(vocab.role(o.role))
    + '</td><td>' + esc(o.task) + '</td><td>' + esc(deadlineText(o.deadline) || '—') + (o.recurring ? ' <span class="meta">(định kỳ)</span>' : '')
    + '</td><td>' + esc(date(o.nextDue) || '—') + (o.overdue ? ' <span class="verdict">quá hạn</span>' : '')
    + '</td><td><a href="' + docHref(o.document) + '#at=' + o.start + '">' + esc(docLabel(o.document)) + '</a></td></tr>';
}
