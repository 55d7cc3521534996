// Shared helpers of the vbtrace pages. Pages carry no inline script: each loads this file, then its own.
'use strict';

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

// ---- dates, numbers and names as staff write them ----

// "2020-10-14" (or a timestamp) → "14/10/2020"; anything else is shown as it is.
function date(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
  return m ? m[3] + '/' + m[2] + '/' + m[1] : String(iso);
}
// 12345 → "12.345", as Vietnamese officials write numbers.
function count(n) {
  return Number(n ?? 0).toLocaleString('vi-VN');
}
// A document by its number, else its title, else its type and date: never by the repository's internal id.
function docLabel(d) {
  if (!d) return '';
  if (d.number) return d.number;
  if (d.title) return d.title;
  const when = d.issuedDate ? 'ngày ' + date(d.issuedDate) : '';
  if (d.type) return (d.type + ' ' + when).trim();
  return 'Văn bản chưa rõ số hiệu' + (when ? ' ' + when : '');
}
// "1852/QĐ-UBND — Ban hành Kế hoạch ..." for lists; the title alone when it is already the label.
function docFullLabel(d) {
  const label = docLabel(d);
  return d && d.title && label !== d.title ? label + ' — ' + d.title : label;
}
function docHref(d) {
  return '/document.html?id=' + encodeURIComponent(d.id);
}
function docLink(d, full) {
  return '<a href="' + docHref(d) + '">' + esc(full ? docFullLabel(d) : docLabel(d)) + '</a>';
}
// A body's name as staff write it, with its province: "Sở Tài chính tỉnh Bắc Kạn".
function qualifiedName(name, province) {
  return province ? name + ' tỉnh ' + province : name;
}

function bodyHref(name, province) {
  return '/body.html?name=' + encodeURIComponent(qualifiedName(name, province));
}

// The duties a body holds, soonest due first (its obligations), by the name staff write.
function obligationsHref(name) {
  return '/obligations.html?' + new URLSearchParams({body: name});
}

// Who holds a body's duties today when the 2025 reorganization merged the body or its province: the API's
// `successor` ({name, since, bases}), under the body as the document wrote it, the resolution or decree on hover;
// nothing when unchanged. It links to the duties that body holds now (its obligations take in its predecessors'),
// which the body page, built from the documents' own names, may not know.
function successorLine(s) {
  if (!s) return '';
  return '<div class="successor meta"' + (s.bases && s.bases.length ? ' title="' + esc('theo ' + s.bases.join('; ')) + '"' : '')
    + '>nay: <a href="' + obligationsHref(s.name) + '">' + esc(s.name) + '</a>'
    + (s.since ? ' (từ ' + date(s.since) + ')' : '') + '</div>';
}

// Whether the document is in force, as a badge naming where that comes from (the hover shows the evidence).
const VALIDITY = {IN_FORCE: 'Còn hiệu lực', NOT_YET_IN_FORCE: 'Chưa có hiệu lực', EXPIRED: 'Hết hiệu lực',
  PARTLY_EXPIRED: 'Hết hiệu lực một phần', REPLACED: 'Đã bị thay thế', UNKNOWN: 'Chưa rõ hiệu lực'};
const VALIDITY_SOURCES = {STAFF: 'cán bộ ghi nhận', REPLACEMENT: 'văn bản thay thế', REPEAL: 'văn bản bãi bỏ',
  CATALOG: 'danh mục văn bản quốc gia', PORTAL: 'cổng thông tin', EFFECT_CLAUSE: 'điều khoản hiệu lực', PROGRAM_PERIOD: 'thời hạn chương trình'};
const PROGRAM_KINDS = {NATIONAL: 'chương trình quốc gia', PROVINCIAL: 'kế hoạch, đề án cấp tỉnh', MINISTERIAL: 'chương trình cấp bộ'};
function validityLabel(status) {
  return VALIDITY[status] || status || '';
}
function validityBadge(v) {
  if (!v) return '';
  const by = v.replacedBy ? ' bởi ' + docLabel(v.replacedBy) : '';
  const source = v.source ? ' · ' + (VALIDITY_SOURCES[v.source] || v.source) + (v.setBy ? ' (' + v.setBy + ')' : '') : '';
  const hover = [v.note || v.evidence, v.setAt ? 'ngày ' + date(v.setAt) : ''].filter(Boolean).join(' — ');
  return '<span class="badge validity ' + esc(v.status.toLowerCase()) + '" title="' + esc(hover) + '">'
    + esc(validityLabel(v.status) + by + source) + '</span>';
}

// A normalized deadline as staff write it: "yearly:--11-30" → "hằng năm, ngày 30/11"; "2014-Q1" → "quý I/2014";
// "2013-10" → "tháng 10/2013"; "2025" → "năm 2025"; "2023-11-30" → "30/11/2023". Anything else is shown as it is.
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
  if ((m = d.match(/^(\d{4})$/))) return 'năm ' + m[1];
  if ((m = d.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return date(d);
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

// ---- talking to the server: a loading bar while waiting, Vietnamese errors ----

const STATUS_TEXT = {400: 'Yêu cầu không hợp lệ', 401: 'Cần đăng nhập', 403: 'Không có quyền thực hiện việc này',
  404: 'Không tìm thấy', 405: 'Thao tác không được hỗ trợ', 413: 'Tệp quá lớn', 415: 'Định dạng không được hỗ trợ',
  422: 'Không đọc được nội dung', 429: 'Quá nhiều yêu cầu, hãy thử lại sau', 500: 'Máy chủ gặp lỗi, hãy thử lại',
  502: 'Máy chủ không trả lời', 503: 'Máy chủ đang bận, hãy thử lại', 504: 'Máy chủ trả lời quá chậm'};
// The HTTP reason phrases a problem's title carries when the server gave none of its own: the page says it in Vietnamese.
const ENGLISH_TITLES = new Set(['Bad Request', 'Unauthorized', 'Forbidden', 'Not Found', 'Method Not Allowed',
  'Payload Too Large', 'Content Too Large', 'Unsupported Media Type', 'Unprocessable Entity', 'Unprocessable Content',
  'Internal Server Error', 'Service Unavailable', 'Gateway Timeout', 'Too Many Requests']);

class ApiError extends Error {
  constructor(message, status, body) { super(message); this.status = status; this.body = body; }
}

// The message of a problem answer (RFC 9457): its detail, else its title, else what the status means.
function problemMessage(status, body) {
  const detail = body && (body.detail || body.error);
  // The server's details start in lower case (they also end CLI lines after a prefix); a page shows a sentence.
  if (detail && !ENGLISH_TITLES.has(detail)) return detail.charAt(0).toUpperCase() + detail.slice(1);
  if (body && body.title && !ENGLISH_TITLES.has(body.title)) return body.title;
  return STATUS_TEXT[status] || 'Lỗi ' + status;
}

let apiPending = 0;
function busy(delta) {
  apiPending += delta;
  let bar = document.getElementById('busy');
  if (!bar) {
    bar = document.createElement('div');
    bar.id = 'busy';
    bar.className = 'busy-bar';
    bar.setAttribute('role', 'status');
    bar.innerHTML = '<span class="spinner"></span> Đang tải…';
    document.body.appendChild(bar);
  }
  bar.hidden = apiPending <= 0;
  document.body.setAttribute('aria-busy', apiPending > 0 ? 'true' : 'false');
}

// fetch + JSON, with the loading bar shown meanwhile; a failure throws an ApiError with a message for the user.
async function api(url, init) {
  busy(+1);
  try {
    let res;
    try {
      res = await send(url, init);
    } catch (e) {
      throw new ApiError('Không kết nối được máy chủ; hãy kiểm tra mạng và thử lại.', 0, null);
    }
    const body = await res.json().catch(() => null);
    if (!res.ok) throw new ApiError(problemMessage(res.status, body), res.status, body);
    return body;
  } finally {
    busy(-1);
  }
}

// A refused write (401: not signed in; 403 forbidden: a role too low) says how to sign in.
function showError(element, error) {
  const login = '<a href="/login?next=' + encodeURIComponent(location.pathname + location.search) + '">Đăng nhập</a>';
  const forbidden = error.status === 403 && error.body && error.body.code === 'forbidden';
  element.innerHTML = '<span class="error" role="alert">' + esc(error.message || String(error)) + '</span>'
    + (error.status === 401 ? ' — ' + login : forbidden ? ' — ' + login + ' bằng tài khoản khác' : '');
}

// The relation types and roles as the server declares them (GET /api/relations, /api/roles), fetched once per page.
let vocabularyPromise = null;
function vocabulary() {
  vocabularyPromise ??= Promise.all([api('/api/relations'), api('/api/roles')]).then(([r, roles]) => ({
    relations: r.relations,
    relation: code => r.relations.find(x => x.code === code) || {code, label: code, inverseLabel: code},
    role: code => (roles.roles.find(x => x.code === code) || {label: code || ''}).label,
  }));
  return vocabularyPromise;
}
