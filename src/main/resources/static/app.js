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
