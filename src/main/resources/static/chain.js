// The chain page: a document's lược đồ to several hops, the programs along it and every relation as a table.
// The number is read as the search box reads it ("qd 1322", "1322/qd-ttg"); ?id= opens a document without a number.
'use strict';

const inputs = ['number', 'direction', 'depth'].map(id => document.getElementById(id));
const params = new URLSearchParams(location.search);
inputs.forEach(i => { if (params.get(i.id)) i.value = params.get(i.id); });
if (params.get('number') || params.get('id')) show(params.get('id')); else showExamples();
document.getElementById('chain-form').addEventListener('submit', e => { e.preventDefault(); show(null); });

/** Numbers worth trying, from the documents the repository holds: the latest ones and what they rest on. */
async function showExamples() {
  const box = document.getElementById('examples');
  try {
    const o = await api('/api/overview');
    const numbered = o.latest.filter(d => d.number).slice(0, 6);
    if (numbered.length === 0) return;
    box.innerHTML = 'Ví dụ — bấm để xem lược đồ của văn bản (số hiệu gõ có dấu hay không dấu, đủ hay tắt đều được):<ul>'
      + numbered.map(d => '<li><a href="/chain.html?' + new URLSearchParams({number: d.number}) + '">' + esc(d.number) + '</a> '
        + '<span class="meta">' + esc(d.title || d.type || '') + '</span></li>').join('')
      + '<li><a href="/chain.html?' + new URLSearchParams({number: shortForm(numbered[0].number)}) + '">' + esc(shortForm(numbered[0].number))
        + '</a> <span class="meta">(cách gõ tắt của ' + esc(numbered[0].number) + ')</span></li></ul>';
    box.hidden = false;
  } catch (e) {
    showError(box, e);
    box.hidden = false;
  }
}

/** "1852/QĐ-UBND" → "1852 qd ubnd": the short way staff type a number, without diacritics or slashes. */
function shortForm(number) {
  const m = /^(\d+)[\/-](.+)$/.exec(number);
  return m ? m[1] + ' ' + fold(m[2]).replace(/[^a-z0-9]+/g, ' ').trim() : number;
}

async function show(id) {
  const query = new URLSearchParams();
  if (id) query.set('id', id);
  inputs.forEach(i => { if (i.value.trim() || i.id !== 'number') query.set(i.id, i.value.trim()); });
  if (!id && !inputs[0].value.trim()) { inputs[0].focus(); return; }
  history.replaceState(null, '', '/chain.html?' + query);
  document.getElementById('examples').hidden = true;
  const summary = document.getElementById('summary');
  const diagramBox = document.getElementById('diagram');
  summary.textContent = 'Đang tìm…';
  document.getElementById('edges').innerHTML = '';
  document.getElementById('programs').innerHTML = '';
  let chain;
  try {
    chain = await api('/api/chain?' + query);
  } catch (e) {
    showError(summary, e);
    diagramBox.innerHTML = '';
    return;
  }
  // The number as officials write it, whatever form was typed.
  if (!id && chain.root.number) inputs[0].value = chain.root.number;
  const stubs = chain.nodes.filter(n => n.stub).length;
  summary.textContent = 'Lược đồ của ' + docLabel(chain.root) + ': ' + count(chain.nodes.length) + ' văn bản (' + count(stubs)
    + ' chưa có trong kho), ' + count(chain.edges.length) + ' quan hệ. Bên trái: các văn bản nó dựa vào; bên phải: các văn bản dựa vào nó.';
  const vocab = await vocabulary();
  await mountDiagram(diagramBox, Promise.resolve(chain), {fileName: diagramFileName(chain.root)});
  document.getElementById('programs').innerHTML = programs(chain);
  const byId = Object.fromEntries(chain.nodes.map(n => [n.id, n]));
  document.getElementById('edges').innerHTML = '<h2>Các quan hệ</h2><table class="list"><tr><th>Văn bản</th><th>Quan hệ</th><th>Văn bản được dẫn chiếu</th></tr>'
    + chain.edges.map(e => '<tr><td>' + nodeLink(byId[e.from]) + '</td><td>' + esc(vocab.relation(e.relation).label.toLowerCase())
      + '</td><td>' + nodeLink(byId[e.to]) + '</td></tr>').join('') + '</table>';
}

// Programs approved along the chain, with the one each continues and the one that continues it.
function programs(chain) {
  if (!chain.programs || chain.programs.length === 0) return '';
  const period = p => p.fromYear && p.toYear ? p.fromYear + '–' + p.toYear : p.toYear ? 'đến ' + p.toYear : '';
  const ref = p => esc(p.name || p.key) + (period(p) ? ' (' + period(p) + ')' : '') + (p.approvedByNumber ? ', ' + esc(p.approvedByNumber) : '');
  return '<h2>Chương trình, đề án</h2><table class="list"><tr><th>Chương trình</th><th>Giai đoạn</th><th>Phê duyệt tại</th><th>Dòng kế thừa</th></tr>'
    + chain.programs.map(p => '<tr><td>' + esc(p.name || p.key) + '</td><td>' + esc(period(p) || '—') + '</td><td>'
      + (p.approvedBy ? docLink(p.approvedBy) : '—') + '</td><td>'
      + [p.succeeds ? 'kế thừa ' + ref(p.succeeds) : '', p.succeededBy ? 'được kế tiếp bởi ' + ref(p.succeededBy) : ''].filter(Boolean).join('<br>')
      + '</td></tr>').join('') + '</table>';
}

function nodeLink(n) {
  return docLink(n) + (n.stub ? ' <span class="meta">(chưa có trong kho, ' + count(n.citedByCount) + ' văn bản dẫn chiếu)</span>' : '');
}
