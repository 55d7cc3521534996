// Duty clauses as staff read them: one row per clause, with every body it names and each body's role, and the
// task once (the clause's words only when they say more than the task). Used by the document, responsible and body pages.
'use strict';

/**
 * Groups duty items ({body, province, role, successor, task, quote, deadline, document, start, end}) by their clause,
 * first seen first.
 */
function byClause(items) {
  const rows = new Map();
  for (const a of items) {
    const key = (a.document ? a.document.id : '') + ':' + a.start + ':' + a.end;
    if (!rows.has(key)) rows.set(key, {...a, bodies: []});
    const row = rows.get(key);
    if (!row.bodies.some(b => b.body === a.body && b.role === a.role && b.province === a.province)) {
      row.bodies.push({body: a.body, province: a.province, role: a.role, successor: a.successor});
    }
  }
  return [...rows.values()];
}

/**
 * The table of clauses: bodies with their roles (each linked to its page, and to the body that holds its duties today
 * when the reorganization changed it), the task (query words marked), the deadline, and, when {@code withDocument},
 * the document linked at the clause.
 */
function clauseTable(rows, roleLabel, {withDocument = false, withBodies = true, query = ''} = {}) {
  return '<table class="list clauses"><thead><tr><th>' + (withBodies ? 'Cơ quan và vai trò' : 'Vai trò') + '</th><th>Nhiệm vụ</th><th>Thời hạn</th>'
    + (withDocument ? '<th>Văn bản</th>' : '') + '</tr></thead><tbody>'
    + rows.map(r => '<tr><td class="bodies">' + r.bodies.map(b => '<div class="body-role">' + (withBodies ? '<a class="body" href="'
        + bodyHref(b.body, b.province) + '">' + esc(b.body) + '</a>'
        + (b.province ? ' <span class="meta">tỉnh ' + esc(b.province) + '</span>' : '') + ' ' : '')
        + '<span class="role">' + esc(roleLabel(b.role)) + '</span>' + (withBodies ? successorLine(b.successor) : '') + '</div>').join('') + '</td>'
      + '<td class="task">' + highlight(r.task, query)
        + (r.quote && normalizeSpace(r.quote) !== normalizeSpace(r.task) ? '<div class="quote">“' + esc(r.quote) + '”</div>' : '') + '</td>'
      + '<td class="deadline">' + esc(deadlineText(r.deadline) || '—') + '</td>'
      + (withDocument ? '<td class="document"><a href="' + docHref(r.document) + '#at=' + r.start + '">' + esc(docLabel(r.document)) + '</a></td>' : '')
      + '</tr>').join('') + '</tbody></table>';
}

function normalizeSpace(s) {
  return String(s || '').replace(/\s+/g, ' ').trim();
}
