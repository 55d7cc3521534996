// Shared helpers of the vbtrace pages.
function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}
// Fold Vietnamese to compare without diacritics: đ → d, marks stripped. Keeps length per character.
function fold(s) {
  return s.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}/gu, '');
}
// Marks the query's words in a text, matching with or without diacritics.
function highlight(text, query) {
  const words = fold(query || '').split(/[^\p{L}\d\/-]+/u).filter(w => w.length > 1);
  if (!text || words.length === 0) return esc(text);
  const chars = [...text];
  const folded = chars.map(c => fold(c).charAt(0) || c);
  const flat = folded.join('');
  const marked = new Array(chars.length).fill(false);
  for (const w of words) {
    let at = flat.indexOf(w);
    while (at >= 0) {
      const before = at === 0 || !/[\p{L}\d]/u.test(flat[at - 1]);
      const after = at + w.length >= flat.length || !/[\p{L}\d]/u.test(flat[at + w.length]);
      if (before && after) for (let i = at; i < at + w.length; i++) marked[i] = true;
      at = flat.indexOf(w, at + 1);
    }
  }
  let out = '', open = false;
  chars.forEach((c, i) => {
    if (marked[i] && !open) { out += '<mark>'; open = true; }
    if (!marked[i] && open) { out += '</mark>'; open = false; }
    out += esc(c);
  });
  return out + (open ? '</mark>' : '');
}

// Whether the document is in force, as a badge naming where that comes from (the hover shows the evidence).
const VALIDITY = {IN_FORCE: 'Còn hiệu lực', NOT_YET_IN_FORCE: 'Chưa có hiệu lực', EXPIRED: 'Hết hiệu lực',
  PARTLY_EXPIRED: 'Hết hiệu lực một phần', REPLACED: 'Đã bị thay thế', UNKNOWN: 'Chưa rõ hiệu lực'};
const VALIDITY_SOURCES = {STAFF: 'cán bộ ghi nhận', REPLACEMENT: 'văn bản thay thế', REPEAL: 'văn bản bãi bỏ',
  CATALOG: 'danh mục văn bản quốc gia', PORTAL: 'cổng thông tin', EFFECT_CLAUSE: 'điều khoản hiệu lực', PROGRAM_PERIOD: 'thời hạn chương trình'};
function validityBadge(v) {
  if (!v) return '';
  const by = v.replacedBy ? ' bởi ' + (v.replacedBy.number || '') : '';
  const source = v.source ? ' · ' + (VALIDITY_SOURCES[v.source] || v.source) + (v.setBy ? ' (' + v.setBy + ')' : '') : '';
  const hover = [v.evidence, v.setAt ? 'ngày ' + v.setAt.slice(0, 10) : ''].filter(Boolean).join(' — ');
  return '<span class="badge validity ' + esc(v.status.toLowerCase()) + '" title="' + esc(hover) + '">'
    + esc((VALIDITY[v.status] || v.status) + by + source) + '</span>';
}

// A normalized deadline as staff write it: "yearly:--11-30" → "hằng năm, ngày 30/11"; "2014-Q1" → "quý I/2014";
// "2013-10" → "tháng 10/2013"; "2023-11-30" → "30/11/2023". Anything else is shown as it is.
function deadlineText(d) {
  if (!d) return '';
  const quarter = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'};
  let m;
  if ((m = d.match(/^yearly:(.*)$/))) {
    return 'hằng năm, ' + m[1].split(',').map(x => x.replace(/^--/, '')).map(x => {
      const [month, day] = x.split('-');
      return day ? 'ngày ' + Number(day) + '/' + Number(month) : 'tháng ' + Number(month);
    }).join(' và ');
  }
  if ((m = d.match(/^(\d{4})-Q([1-4])$/))) return 'quý ' + quarter[m[2]] + '/' + m[1];
  if ((m = d.match(/^(\d{4})-(\d{2})$/))) return 'tháng ' + Number(m[2]) + '/' + m[1];
  if ((m = d.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return Number(m[3]) + '/' + Number(m[2]) + '/' + m[1];
  return d;
}

// ---- signing in, and writing from the pages ----

// The CSRF token of the session: a cookie the server sets, sent back as a header with every write from these pages
// (a page of another site can neither read the cookie nor set the header).
function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return m ? decodeURIComponent(m[1]) : '';
}

// fetch for the pages: marks the request as a script's (the server then answers 401 without the browser's password
// dialog) and sends the CSRF token with writes.
function send(url, init = {}) {
  const method = (init.method || 'GET').toUpperCase();
  const headers = Object.assign({'X-Requested-With': 'XMLHttpRequest'}, init.headers || {});
  if (method !== 'GET' && method !== 'HEAD') headers['X-XSRF-TOKEN'] = csrfToken();
  return fetch(url, Object.assign({}, init, {headers, credentials: 'same-origin'}));
}

// An error answer (problem+json) as HTML for the page; a refused write says how to sign in.
function problemHtml(res, body) {
  const text = esc((body && (body.detail || body.error)) || res.statusText || ('lỗi ' + res.status));
  const login = '<a href="/login?next=' + encodeURIComponent(location.pathname + location.search) + '">Đăng nhập</a>';
  if (res.status === 401) return '<span class="error">' + text + '</span> — ' + login;
  if (res.status === 403 && body && body.code === 'forbidden') return '<span class="error">' + text + '</span> — ' + login + ' bằng tài khoản khác';
  return '<span class="error">' + text + '</span>';
}

const ROLE_NAMES = {viewer: 'xem', editor: 'biên tập', admin: 'quản trị'};
// Who is signed in, shared by the pages (null until known).
let currentUser = null;
const whoAmI = send('/api/me').then(res => res.ok ? res.json() : {}).catch(() => ({})).then(me => {
  currentUser = me;
  showAccount(me);
  return me;
});

function showAccount(me) {
  const header = document.querySelector('header');
  if (!header) return;
  const box = document.createElement('span');
  box.id = 'account';
  box.className = 'account';
  if (me && me.name) {
    box.textContent = me.name + ' (' + (ROLE_NAMES[me.role] || me.role) + ') ';
    const out = document.createElement('button');
    out.type = 'button';
    out.id = 'logout';
    out.textContent = 'Đăng xuất';
    out.addEventListener('click', async () => {
      await send('/logout', {method: 'POST'});
      location.href = '/login?logout';
    });
    box.appendChild(out);
  } else {
    const link = document.createElement('a');
    link.id = 'login-link';
    link.href = '/login?next=' + encodeURIComponent(location.pathname + location.search);
    link.textContent = 'Đăng nhập';
    box.appendChild(link);
  }
  header.appendChild(box);
}
