// The home page before anything is typed: what the repository holds, the latest documents, and every way to browse it.
'use strict';

if (!searching()) showHome();

async function showHome() {
  const home = document.getElementById('home');
  home.innerHTML = '<p class="meta">Đang tải tổng quan kho văn bản…</p>';
  let o, filters;
  try {
    [o, filters] = await Promise.all([api('/api/overview'), searchFilters()]);
  } catch (e) {
    showError(home, e);
    return;
  }
  const c = o.counts;
  const figure = (n, label, href) => '<div><strong>' + count(n) + '</strong><span>' + (href ? '<a href="' + href + '">' + label + '</a>' : label) + '</span></div>';
  const browse = (title, facet, entries, param, label) => entries.length === 0 ? '' : '<div data-facet="' + facet + '"><span class="facet-title">'
    + esc(title) + '</span>' + entries.map(([value, n]) => '<a class="chip" href="/?' + new URLSearchParams(param(value)) + '">'
      + esc(label ? label(value) : value) + ' (' + count(n) + ')</a>').join('') + '</div>';
  const b = o.browse;
  // A range filter (the year) lists its values newest first; the others most frequent first, as counted.
  const valuesOf = f => f.parameters.length > 1 ? Object.entries(b[f.name] || {}).sort((x, y) => y[0].localeCompare(x[0]))
    : Object.entries(b[f.name] || {});
  const lower = label => label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
  home.innerHTML = '<div class="counts" id="counts">'
    + figure(c.documents, 'văn bản trong kho') + figure(c.cited, 'văn bản được dẫn chiếu, chưa có trong kho')
    + figure(c.tasks, 'nhiệm vụ được giao', '/responsible.html') + figure(c.bodies, 'cơ quan', '/body.html')
    + figure(c.programs, 'chương trình, đề án') + '</div>'
    + '<div class="home-grid"><section><h2>Văn bản mới ban hành</h2>'
    + (o.latest.length === 0 ? '<p class="meta">Kho chưa có văn bản nào: thêm văn bản ở mục “Thêm văn bản vào kho”.</p>'
      : '<ol class="latest" id="latest">' + o.latest.map(d => '<li>' + docLink(d) + (d.number && d.title ? ' — ' + esc(d.title) : '')
        + '<div class="meta">' + esc([d.type, d.issuer, d.issuedDate ? 'ngày ' + date(d.issuedDate) : ''].filter(Boolean).join(' · ')) + '</div></li>').join('') + '</ol>')
    + '</section><section class="browse" id="browse"><h2>Duyệt kho văn bản</h2>'
    + filters.map(f => browse('Theo ' + lower(f.label), f.name, valuesOf(f), v => filterParameters(f, v), v => facetLabel(f, v))).join('')
    + '</section></div>';
}
